import type { RateLimitSettings } from "@kraftsamling/config";
import type { PersistedOperations } from "../src/http/persisted-operations";
import type { RateLimitStore } from "../src/rate-limits/store";
import { createServer } from "../src/server";
import type { TestApi } from "./support";

/** Small budgets, so that a test spends one in a few requests. */
export function settings(overrides: Partial<RateLimitSettings> = {}): RateLimitSettings {
  return {
    enabled: true,
    anonymous: 10,
    apiKey: 600,
    portalSession: 8,
    portalAddress: 12,
    ...overrides,
  };
}

/** The API over HTTP with the given budgets, counting in `store`. */
export async function limitedServer(
  api: TestApi,
  rateLimits: RateLimitSettings,
  store: RateLimitStore,
  persisted: PersistedOperations = new Map(),
) {
  const server = await createServer({
    database: api.database,
    log: api.services.log,
    services: {
      mailer: api.services.mailer,
      config: api.services.config,
      clock: api.services.clock,
    },
    portalDir: "/nonexistent",
    rateLimits,
    rateLimitStore: store,
    persistedOperations: persisted,
  });
  const { url } = await server.listen(0, "127.0.0.1");
  const base = url.replace(/\/$/, "");
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  return { url: base, post, stop: () => server.stop() };
}
