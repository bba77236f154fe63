import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema";
import { costOptions, operationCost } from "../src/shared/query-cost";

const portalSource = fileURLToPath(new URL("../../portal/src", import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Every document the portal writes in `graphql(\`…\`)`, with the fragments of all files by name. */
function portalDocuments() {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations: { file: string; operation: OperationDefinitionNode }[] = [];
  for (const file of sourceFiles(portalSource)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/graphql\(\s*`([^`]*)`/g)) {
      for (const definition of parse(match[1] ?? "").definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments[definition.name.value] = definition;
        if (definition.kind === Kind.OPERATION_DEFINITION)
          operations.push({ file: file.slice(portalSource.length + 1), operation: definition });
      }
    }
  }
  return { fragments, operations };
}

describe("the portal's own operations", () => {
  it("each cost less than the API's limit, with the limits they send left at their defaults", () => {
    const { fragments, operations } = portalDocuments();
    expect(operations.length).toBeGreaterThan(80);
    const costs = operations.map(({ file, operation }) => ({
      operation: `${file}: ${operation.name?.value ?? "(anonymous)"}`,
      cost: operationCost(schema, operation, fragments),
    }));
    expect(costs.filter((c) => c.cost > costOptions.maxCost)).toEqual([]);
  });
});
