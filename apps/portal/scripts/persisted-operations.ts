import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { initGraphQLTada } from "gql.tada";
import ts from "typescript";
import { formatDocument, stringifyDocument } from "urql";

/**
 * The portal's own GraphQL operations, as the API accepts them by hash: every `graphql(...)` call in
 * apps/portal/src is built the way the browser builds it (gql.tada with its fragments), formatted
 * the way the normalized cache sends it (`__typename` added), and named by the sha256 of that text,
 * which is the hash the persisted exchange sends. In Apollo's manifest format, so that other tools
 * read it too.
 */
export interface PersistedOperationManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: {
    id: string;
    name: string;
    type: "query" | "mutation" | "subscription";
    body: string;
  }[];
}

/** The file the build writes next to the portal's index.html, and the API reads. */
export const manifestFileName = "persisted-operations.json";

export const portalSource = fileURLToPath(new URL("../src", import.meta.url));

interface Call {
  file: string;
  /** The variable it is assigned to, when it is. */
  name: string | null;
  text: string;
  /** The fragments it composes, by the names they have in this file. */
  fragments: string[];
  line: number;
}

interface SourceFile {
  calls: Call[];
  /** Local name → the file and exported name it is imported from. */
  imports: Map<string, { file: string; name: string }>;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function moduleFile(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ""));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c)) ?? null;
}

function problem(file: string, line: number, what: string): Error {
  return new Error(
    `${file}:${line}: ${what}: the portal's operations are collected from graphql("…", [fragments]) calls with a literal text and an array of fragment names.`,
  );
}

function readSource(file: string): SourceFile {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const calls: Call[] = [];
  const imports = new Map<string, { file: string; name: string }>();
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = moduleFile(file, node.moduleSpecifier.text);
      const bindings = node.importClause?.namedBindings;
      if (target && bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements)
          imports.set(element.name.text, {
            file: target,
            name: (element.propertyName ?? element.name).text,
          });
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "graphql"
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const [first, second] = node.arguments;
      if (!first || !ts.isStringLiteralLike(first)) throw problem(file, line, "not a literal text");
      let fragments: string[] = [];
      if (second) {
        if (!ts.isArrayLiteralExpression(second))
          throw problem(file, line, "fragments not given as an array");
        fragments = second.elements.map((element) => {
          if (!ts.isIdentifier(element)) throw problem(file, line, "a fragment that is not a name");
          return element.text;
        });
      }
      const parent = node.parent;
      const name =
        ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : null;
      calls.push({ file, name, text: first.text, fragments, line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { calls, imports };
}

/** Every operation of the portal, built as the browser builds and sends it. */
export function collectPortalOperations(folder = portalSource): PersistedOperationManifest {
  const files = new Map(sourceFiles(folder).map((file) => [file, readSource(file)]));
  const graphql = initGraphQLTada<never>() as unknown as (
    text: string,
    fragments?: unknown[],
  ) => Parameters<typeof formatDocument>[0];
  const built = new Map<Call, ReturnType<typeof graphql>>();
  const find = (file: string, name: string, line: number): Call => {
    const source = files.get(file);
    const own = source?.calls.find((c) => c.name === name);
    if (own) return own;
    const imported = source?.imports.get(name);
    if (imported) return find(imported.file, imported.name, line);
    throw problem(file, line, `the fragment ${name} is not a graphql() call of the portal`);
  };
  const build = (call: Call): ReturnType<typeof graphql> => {
    const known = built.get(call);
    if (known) return known;
    const fragments = call.fragments.map((name) => build(find(call.file, name, call.line)));
    const document = graphql(call.text, fragments);
    built.set(call, document);
    return document;
  };
  const operations = new Map<string, PersistedOperationManifest["operations"][number]>();
  for (const source of files.values()) {
    for (const call of source.calls) {
      const document = build(call);
      const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
      if (!operation || operation.kind !== "OperationDefinition") continue;
      const body = stringifyDocument(formatDocument(document));
      const id = createHash("sha256").update(body).digest("hex");
      operations.set(id, {
        id,
        name: operation.name?.value ?? "",
        type: operation.operation,
        body,
      });
    }
  }
  return {
    format: "apollo-persisted-query-manifest",
    version: 1,
    operations: [...operations.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
