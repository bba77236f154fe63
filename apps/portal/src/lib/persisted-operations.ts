import { persistedExchange } from "@urql/exchange-persisted";
import { CombinedError, type Exchange } from "urql";
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
