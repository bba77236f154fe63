import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const source = fileURLToPath(new URL("../src", import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

const files = sourceFiles(source).map((file) => ({
  name: path.relative(source, file).split(path.sep).join("/"),
  text: readFileSync(file, "utf8"),
}));

/** The lines of the files that match, as `file:line: text`, for a failure that says where. */
function matching(selection: typeof files, pattern: RegExp): string[] {
  return selection.flatMap(({ name, text }) =>
    text
      .split("\n")
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => pattern.test(line))
      .map(({ line, index }) => `${name}:${index + 1}: ${line.trim()}`),
  );
}

/** Files that build or serve the GraphQL request and so may know its context. */
const plumbing = new Set([
  "builder.ts",
  "context.ts",
  "server.ts",
  "main.ts",
  "input-guard.ts",
  "error-masking.ts",
  // The Apollo plugin that counts each operation against its caller's budget.
  "rate-limits/graphql-plugin.ts",
]);
const schemaFiles = files.filter((f) => f.name.startsWith("schema/"));
const serviceFiles = files.filter(
  (f) => !f.name.startsWith("schema/") && !f.name.startsWith("http/") && !plumbing.has(f.name),
);

describe("the API's layout", () => {
  it("keeps writes, transactions and SQL out of the schema's resolvers", () => {
    expect(matching(schemaFiles, /\.(insert|update|delete|transaction)\(/)).toEqual([]);
    expect(matching(schemaFiles, /\bsql\s*`|\bsql\.|import\s*{[^}]*\bsql\b[^}]*}\s*from/)).toEqual(
      [],
    );
  });

  it("gives services the database, their dependencies and the person, never the GraphQL context", () => {
    expect(matching(serviceFiles, /import[^;]*\bContext\b[^;]*from\s*"(\.\.?\/)+context"/)).toEqual(
      [],
    );
    expect(matching(serviceFiles, /from\s*"(\.\.?\/)+context"/)).toEqual([]);
  });

  it("checks the viewer's role only through the scopes", () => {
    const outsideScopes = files.filter((f) => f.name !== "accounts/scopes.ts");
    // What a person or an invitation is given is data; what the viewer or the actor is, a scope.
    expect(matching(outsideScopes, /\b(viewer|actor|person)\??\.role\s*[!=]==/)).toEqual([]);
  });
});
