import type { Database, Db } from "@kraftsamling/db";
import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
} from "rate-limiter-flexible";
import { asDb, type DbOrDatabase } from "../accounts/database";

/** One limit: at most `points` in a window of `durationSeconds`, counted from the first. */
export interface LimitRule {
  /** Names the limit in the store; the subjects of different limits never meet. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Where the limits count. Redis (REDIS_URL) or PostgreSQL (the `rate_limit_points` table) are
 * shared by every API instance; memory serves PGlite, which only one process can open anyway.
 */
export interface RateLimitStore {
  readonly kind: "redis" | "postgres" | "memory";
  /** The limiter of one rule, made once and kept. */
  limiter(rule: LimitRule): RateLimiterAbstract;
  close(): Promise<void>;
}

/** The table of the PostgreSQL store, created by a migration. */
const pointsTable = "rate_limit_points";

function storeOf(
  kind: RateLimitStore["kind"],
  make: (rule: LimitRule) => RateLimiterAbstract,
  close: () => Promise<void> = async () => {},
): RateLimitStore {
  const limiters = new Map<string, RateLimiterAbstract>();
  return {
    kind,
    limiter: (rule) => {
      const id = `${rule.name}/${rule.points}/${rule.durationSeconds}`;
      let limiter = limiters.get(id);
      if (!limiter) {
        limiter = make(rule);
        limiters.set(id, limiter);
      }
      return limiter;
    },
    close,
  };
}

export function memoryStore(): RateLimitStore {
  return storeOf(
    "memory",
    (rule) =>
      new RateLimiterMemory({
        keyPrefix: rule.name,
        points: rule.points,
        duration: rule.durationSeconds,
      }),
  );
}

/** Counts in the database's own pool of connections, one atomic statement per request. */
export function postgresStore(pool: unknown): RateLimitStore {
  return storeOf(
    "postgres",
    (rule) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: pointsTable,
        tableCreated: true,
        keyPrefix: rule.name,
        points: rule.points,
        duration: rule.durationSeconds,
      }),
  );
}

/**
 * Counts in Redis, under `prefix` (so that several portals, or parallel test runs, can share one
 * Redis). Connects at once, and rejects with a sentence that says what to change when Redis does not
 * answer.
 */
export async function redisStore(url: string, prefix = "kraftsamling:"): Promise<RateLimitStore> {
  const client = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  // The client reconnects by itself; a lost connection must not crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const where = new URL(url);
    throw new RedisStartError(
      `REDIS_URL: no Redis answers at ${where.hostname}:${where.port || "6379"} (${(error as Error).message}): start Redis, correct REDIS_URL, or unset it to count in the database.`,
    );
  }
  return storeOf(
    "redis",
    (rule) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${prefix}${rule.name}`,
        points: rule.points,
        duration: rule.durationSeconds,
      }),
    async () => {
      await client.quit().catch(() => client.disconnect());
    },
  );
}

/** Thrown at start when REDIS_URL is set and Redis does not answer. */
export class RedisStartError extends Error {
  override name = "RedisStartError";
}

/** The store of each open database, by its root drizzle instance. */
const stores = new WeakMap<Db, RateLimitStore>();

/** The pg pool behind a drizzle database on PostgreSQL; none on PGlite. */
function postgresPool(db: Db): unknown {
  const client = (db as unknown as { $client?: { constructor?: { name?: string } } }).$client;
  const name = client?.constructor?.name;
  return name === "Pool" || name === "BoundPool" ? client : null;
}

/** The store that the database counts in: PostgreSQL on PostgreSQL, memory on PGlite. */
export function databaseStore(database: Database): RateLimitStore {
  const pool = database.kind === "postgres" ? postgresPool(database.db) : null;
  return pool ? postgresStore(pool) : memoryStore();
}

/** Makes every limit counted for this database count in `store` (Redis, when REDIS_URL is set). */
export function useRateLimitStore(database: Database, store: RateLimitStore): void {
  stores.set(database.db, store);
}

/**
 * The store the limits of a database count in: the one given by `useRateLimitStore`, else the
 * database's own (PostgreSQL, or memory on PGlite), made at first use.
 */
export function rateLimitStoreFor(database: DbOrDatabase): RateLimitStore {
  const db = asDb(database);
  let store = stores.get(db);
  if (!store) {
    const pool = postgresPool(db);
    store = pool ? postgresStore(pool) : memoryStore();
    stores.set(db, store);
  }
  return store;
}
