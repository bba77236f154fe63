import { persistedExchange } from "@urql/exchange-persisted";
import {
  CombinedError,
  type Exchange,
  formatDocument,
  getOperationName,
  stringifyDocument,
} from "urql";
import { map, pipe } from "wonka";

/**
 * The portal sends its own queries and mutations by hash, not as text: the API knows them from the
 * manifest built with the portal (scripts/persisted-operations.ts) and counts them against the
 * portal's budget of the session rather than a third party's. A page loaded before a deploy may
 * name a hash the API no longer knows: it then sends the whole document, which the API runs like
 * any program's and counts against the address. The operation's name goes along, for logs and tools.
 */
export const portalPersistedExchange: Exchange = persistedExchange({
  enableForMutation: true,
  // POST, like every other request of the portal (Apollo's CSRF protection refuses a plain GET).
  preferGetForPersistedQueries: false,
});

/**
 * The API says PERSISTED_QUERY_NOT_FOUND in a sentence; the persisted exchange looks for Apollo's
 * bare "PersistedQueryNotFound" before it sends the document instead.
 */
export const persistedMissExchange: Exchange =
  ({ forward }) =>
  (operations) =>
    pipe(
      forward(operations),
      map((result) => {
        const errors = result.error?.graphQLErrors ?? [];
        if (!errors.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) return result;
        return {
          ...result,
          error: new CombinedError({
            response: result.error?.response,
            graphQLErrors: errors.map((e) =>
              e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND"
                ? { message: "PersistedQueryNotFound", extensions: e.extensions }
                : e,
            ),
          }),
        };
      }),
    );

/** The sha256 of a text, in hex, as the persisted exchange makes it; null where the browser has no Web Crypto. */
async function sha256(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Posts one of the portal's documents outside the urql client (before it exists) the way the client
 * does: by hash, and as text when the API does not know the hash.
 */
export async function postPersisted(
  document: Parameters<typeof formatDocument>[0],
): Promise<Response> {
  const text = stringifyDocument(formatDocument(document));
  const operationName = getOperationName(document);
  const post = (body: Record<string, unknown>) =>
    fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ operationName, ...body }),
    });
  const hash = await sha256(text);
  if (hash) {
    const response = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    const answer = (await response.clone().json()) as {
      errors?: { extensions?: { code?: string } }[];
    };
    if (!answer.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND"))
      return response;
  }
  return post({ query: text });
}
