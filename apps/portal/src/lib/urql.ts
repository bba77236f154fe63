import type { Client as SocketClient } from "graphql-ws";
import { Client, fetchExchange, subscriptionExchange } from "urql";
import { portalCacheExchange } from "./cache";
import { persistedMissExchange, portalPersistedExchange } from "./persisted-operations";
import { personalDataExchange } from "./personal-data-exchange";
import { staleCursorExchange } from "./stale-cursor-exchange";

/**
 * A client for the portal: the API serves /graphql on the same origin (Vite proxies it in development).
 * Queries go as POST: urql would send short ones as GET, which Apollo's CSRF protection rejects
 * without an extra header. The session is an httpOnly cookie, sent with every request on the same
 * origin, and with the WebSocket's upgrade for subscriptions; a new client is made whenever the
 * session changes (see session.tsx), so that nothing cached for one person is shown to the next.
 * The cache is normalized (cache.ts): a mutation's answer and a live update change what every page
 * shows in place, without asking for it again. Queries and mutations go by hash (persisted-operations.ts);
 * subscriptions go as text over the socket, where the API recognises the portal's by their hash.
 */
export function createClient(): Client {
  // The WebSocket client is loaded with the first subscription: most pages never open one.
  let socket: Promise<SocketClient> | null = null;
  const socketClient = () => {
    socket ??= import("graphql-ws").then(({ createClient: createSocketClient }) =>
      createSocketClient({
        url: `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/graphql`,
        lazy: true,
        retryAttempts: Number.POSITIVE_INFINITY,
      }),
    );
    return socket;
  };
  return new Client({
    url: "/graphql",
    exchanges: [
      portalCacheExchange(),
      // A list's page whose cursor the API refuses starts the list over.
      staleCursorExchange,
      // Before anything is sent: no personal identity number leaves the browser.
      personalDataExchange,
      // After the cache, which adds __typename: the hash is of the text the cache would send.
      portalPersistedExchange,
      persistedMissExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            let unsubscribe: (() => void) | null = null;
            let ended = false;
            void socketClient().then(
              (client) => {
                if (!ended)
                  unsubscribe = client.subscribe({ ...request, query: request.query ?? "" }, sink);
              },
              (error: unknown) => sink.error(error),
            );
            return {
              unsubscribe: () => {
                ended = true;
                unsubscribe?.();
              },
            };
          },
        }),
      }),
    ],
    requestPolicy: "cache-and-network",
    preferGetMethod: false,
    fetchOptions: { credentials: "same-origin" },
  });
}
