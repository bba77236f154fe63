import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The portal's operations by the sha256 of their text (the manifest the portal's build writes). */
export type PersistedOperations = ReadonlyMap<string, string>;

/** The manifest's name in the built portal's folder. */
export const manifestFileName = "persisted-operations.json";

interface Manifest {
  format?: string;
  operations?: { id?: unknown; body?: unknown }[];
}

/** The operations of an Apollo-format manifest, each checked against its hash. */
export function persistedOperationsOf(manifest: Manifest): PersistedOperations {
  const operations = new Map<string, string>();
  for (const operation of manifest.operations ?? []) {
    const { id, body } = operation;
    if (typeof id !== "string" || typeof body !== "string") continue;
    if (sha256(body) !== id)
      throw new Error(`the persisted operation ${id} does not match its text`);
    operations.set(id, body);
  }
  return operations;
}

/** The manifest built with the portal in `portalDir`; none when the portal is not built. */
export function readPersistedOperations(portalDir: string): PersistedOperations {
  const file = join(portalDir, manifestFileName);
  if (!existsSync(file)) return new Map();
  return persistedOperationsOf(JSON.parse(readFileSync(file, "utf8")) as Manifest);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The requests whose document came from the manifest, by their `extensions` object. */
const fromManifest = new WeakSet<object>();

/**
 * Whether a GraphQL request's document is one of the portal's, named by its hash. Only
 * `takePersistedOperation` marks one: a caller cannot claim it in the body.
 */
export function isPortalOperation(extensions: unknown): boolean {
  return typeof extensions === "object" && extensions !== null && fromManifest.has(extensions);
}

/** Whether a document sent as text (a subscription over the socket) is one of the portal's. */
export function isPortalDocument(operations: PersistedOperations, text: string): boolean {
  return operations.has(sha256(text));
}

export const unknownOperationMessage =
  "This persisted operation is not known to the server (it knows the portal's own operations only, and a new version of the portal may have replaced it): send the whole document in `query`, or reload the page.";

/**
 * Persisted operations over HTTP POST: a body with `extensions.persistedQuery.sha256Hash` and no
 * `query` gets the portal's operation of that hash as its `query` ("portal"); an unknown hash is
 * "unknown", which the endpoint answers with PERSISTED_QUERY_NOT_FOUND (the portal then sends the
 * document). A body with its own `query` runs that document, as any program's, whatever hash it
 * names ("none"). Apollo's automatic persisted queries stay off: no caller can add to what is known.
 */
export function takePersistedOperation(
  operations: PersistedOperations,
  body: unknown,
): "none" | "portal" | "unknown" {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "none";
  const request = body as Record<string, unknown>;
  const extensions = request.extensions;
  if (typeof extensions !== "object" || extensions === null) return "none";
  if (!("persistedQuery" in extensions)) return "none";
  const { persistedQuery, ...rest } = extensions as Record<string, unknown>;
  request.extensions = rest;
  if (typeof request.query === "string" && request.query !== "") return "none";
  const hash = (persistedQuery as { sha256Hash?: unknown } | null)?.sha256Hash;
  const document = typeof hash === "string" ? operations.get(hash) : undefined;
  if (!document) return "unknown";
  request.query = document;
  fromManifest.add(rest);
  return "portal";
}
