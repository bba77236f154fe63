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

/** The HTTP requests whose document is the portal's, by the request object handed to Apollo. */
const fromManifest = new WeakSet<object>();

/** Marks the request handed to Apollo as the portal's (its persisted operation was "portal"). */
export function markPortalOperation(httpRequest: object): void {
  fromManifest.add(httpRequest);
}

/**
 * Whether a GraphQL request's document is one of the portal's, named by its hash: Apollo's
 * `request.http`. Only the endpoint marks one: a caller cannot claim it in the body or address.
 */
export function isPortalOperation(httpRequest: unknown): boolean {
  return typeof httpRequest === "object" && httpRequest !== null && fromManifest.has(httpRequest);
}

/** Whether a document sent as text (a subscription over the socket) is one of the portal's. */
export function isPortalDocument(operations: PersistedOperations, text: string): boolean {
  return operations.has(sha256(text));
}

export const hashMismatchMessage =
  "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of the document in `query`: send the hash (hex) of the exact text sent as `query`, or leave `persistedQuery` out.";

export const unknownOperationMessage =
  "This persisted operation is not known to the server (it knows the portal's own operations only, and a new version of the portal may have replaced it): send the whole document in `query`, or reload the page.";

/**
 * Persisted operations over HTTP POST: a body with `extensions.persistedQuery.sha256Hash` and no
 * `query` gets the portal's operation of that hash as its `query` ("portal"); an unknown hash is
 * "unknown", which the endpoint answers with PERSISTED_QUERY_NOT_FOUND (the portal then sends the
 * document with its hash). A body with its own `query` runs that document when the hash it names is
 * the document's ("portal" when that is one of the portal's, "none" otherwise) and is refused when
 * it is not ("mismatch"): a hash that says one thing while the text says another is a mistake worth
 * saying. Apollo's automatic persisted queries stay off: no caller can add to what is known.
 */
export function takePersistedOperation(
  operations: PersistedOperations,
  body: unknown,
): "none" | "portal" | "unknown" | "mismatch" {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "none";
  const request = body as Record<string, unknown>;
  const extensions = request.extensions;
  if (typeof extensions !== "object" || extensions === null) return "none";
  if (!("persistedQuery" in extensions)) return "none";
  const { persistedQuery, ...rest } = extensions as Record<string, unknown>;
  request.extensions = rest;
  const hash = (persistedQuery as { sha256Hash?: unknown } | null)?.sha256Hash;
  if (typeof request.query === "string" && request.query !== "") {
    if (hash === undefined) return "none";
    if (typeof hash !== "string" || sha256(request.query) !== hash.toLowerCase()) return "mismatch";
    return operations.has(hash.toLowerCase()) ? "portal" : "none";
  }
  const document = typeof hash === "string" ? operations.get(hash) : undefined;
  if (!document) return "unknown";
  request.query = document;
  return "portal";
}

/**
 * The same for a query sent by GET: `extensions` (JSON) and `query` in the address. Answers the
 * outcome and the address's query string to hand on, with the document put in and the hash taken
 * out; an address without a persisted operation (or with `extensions` that is not JSON, which
 * Apollo then refuses) is handed on as it came.
 */
export function takePersistedOperationFromSearch(
  operations: PersistedOperations,
  search: string,
): { outcome: ReturnType<typeof takePersistedOperation>; search: string } {
  const params = new URLSearchParams(search);
  const extensionsText = params.get("extensions");
  if (extensionsText === null) return { outcome: "none", search };
  let extensions: unknown;
  try {
    extensions = JSON.parse(extensionsText);
  } catch {
    return { outcome: "none", search };
  }
  const request: Record<string, unknown> = { query: params.get("query") ?? undefined, extensions };
  const outcome = takePersistedOperation(operations, request);
  if (outcome === "none" && extensions === request.extensions) return { outcome, search };
  if (typeof request.query === "string") params.set("query", request.query);
  params.set("extensions", JSON.stringify(request.extensions));
  return { outcome, search: `?${params}` };
}
