import { Client, cacheExchange, fetchExchange } from "urql";

/**
 * One client for the portal: the API serves /graphql on the same origin (Vite proxies it in development).
 * Queries go as POST: urql would send short ones as GET, which Apollo's CSRF protection rejects
 * without an extra header.
 */
export const client = new Client({
  url: "/graphql",
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: "cache-and-network",
  preferGetMethod: false,
});
