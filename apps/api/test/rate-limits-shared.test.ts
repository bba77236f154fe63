import { randomUUID } from "node:crypto";
import { openPostgres } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresStore, type RateLimitStore, redisStore } from "../src/rate-limits/store";
import { limitedServer, settings } from "./rate-limits-support";
import { type TestApi, testApi } from "./support";

const redisUrl = "redis://127.0.0.1:6379";
const query = "{ phases { name } }";

/**
 * Two API instances that count in one store: together they allow exactly the budget, whichever
 * instance each request reaches, and then both answer 429 with the headers.
 */
async function sharesOneBudget(
  api: TestApi,
  stores: [RateLimitStore, RateLimitStore],
  databases: [TestApi, TestApi] = [api, api],
) {
  const budget = 7;
  const servers = [
    await limitedServer(databases[0], settings({ anonymous: budget }), stores[0]),
    await limitedServer(databases[1], settings({ anonymous: budget }), stores[1]),
  ];
  try {
    // Sixteen at once, alternating between the instances.
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => servers[i % 2]?.post({ query })),
    );
    const statuses = answers.map((a) => a?.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(budget);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16 - budget);
    for (const server of servers) {
      const refused = await server.post({ query });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("ratelimit-limit")).toBe(String(budget));
      expect(refused.headers.get("ratelimit-remaining")).toBe("0");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(refused.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(60);
    }
    const remaining = answers
      .filter((a) => a?.status === 200)
      .map((a) => Number(a?.headers.get("ratelimit-remaining")))
      .sort((a, b) => a - b);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6]);
  } finally {
    for (const server of servers) await server.stop();
  }
}

describe("two API instances on one Redis", () => {
  let api: TestApi;
  const stores: RateLimitStore[] = [];
  beforeAll(async () => {
    api = await testApi();
    // A prefix of this run's own: test files running at once share the Redis.
    const prefix = `kraftsamling-test:${randomUUID()}:`;
    stores.push(await redisStore(redisUrl, prefix), await redisStore(redisUrl, prefix));
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await api?.close();
  });

  it("allow exactly the budget between them, then both answer 429", async () => {
    await sharesOneBudget(api, stores as [RateLimitStore, RateLimitStore]);
  });

  it("refuse to start with a REDIS_URL where no Redis answers, saying what to change", async () => {
    await expect(redisStore("redis://127.0.0.1:1")).rejects.toThrow(
      /^REDIS_URL: no Redis answers at 127\.0\.0\.1:1 .*unset it to count in the database\.$/,
    );
  });
});

describe.skipIf(!process.env.DATABASE_URL)("two API instances on one PostgreSQL database", () => {
  let api: TestApi;
  let second: Awaited<ReturnType<typeof openPostgres>>;
  beforeAll(async () => {
    api = await testApi();
    // The same database as `api`, through a pool of its own, as another instance would have.
    const [row] = await api.database.rows<{ name: string }>(sql`select current_database() as name`);
    const url = new URL(process.env.DATABASE_URL ?? "");
    url.pathname = `/${row?.name}`;
    second = await openPostgres(url.toString());
  });
  afterAll(async () => {
    await second?.close();
    await api?.close();
  });

  it("allow exactly the budget between them, counted in the rate_limit_points table", async () => {
    const pool = (db: unknown) => (db as { $client: unknown }).$client;
    const other = { ...api, database: second } as TestApi;
    await sharesOneBudget(
      api,
      [postgresStore(pool(api.database.db)), postgresStore(pool(second.db))],
      [api, other],
    );
  });
});
