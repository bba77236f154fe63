import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgAsyncDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { type Relations, relations } from "./relations";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** The drizzle database, whichever driver is behind it. */
export type Db = PgAsyncDatabase<PgQueryResultHKT, Relations>;

export type QueryLogger = (sql: string, params: unknown[]) => void;

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: Db;
  /** Applies every committed migration that the database has not seen yet. */
  migrate(): Promise<void>;
  /** Runs raw SQL and returns its rows. */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * Calls `onMessage` with the payload of every NOTIFY on the channel, from any connection or
   * process on this database; resolves to a function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** Throws unless the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { databaseUrl: string; dataDir?: undefined; logQuery?: QueryLogger }
  | { databaseUrl?: undefined; dataDir: string; logQuery?: QueryLogger }
  | { databaseUrl?: undefined; pglite: PGlite; logQuery?: QueryLogger };

/** Thrown when the database cannot be opened; its message says what to change. */
export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}

function loggerOption(logQuery: QueryLogger | undefined) {
  return logQuery ? { logger: { logQuery } } : {};
}

/** Opens PGlite in a data folder, or an existing PGlite instance (tests clone one). */
export async function openPglite(
  options: { dataDir: string } | { pglite: PGlite },
  logQuery?: QueryLogger,
): Promise<Database> {
  let client: PGlite;
  if ("pglite" in options) {
    client = options.pglite;
  } else {
    ensureWritableFolder(options.dataDir);
    try {
      client = await PGlite.create(options.dataDir);
    } catch (error) {
      throw new DatabaseStartError(
        `DATA_DIR ${options.dataDir} holds no usable database (${(error as Error).message}): choose an empty folder, or move this one away.`,
      );
    }
  }
  const db = drizzlePglite({ client, relations, ...loggerOption(logQuery) });
  return {
    kind: "pglite",
    db: db as unknown as Db,
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
    },
    rows: async <T extends Record<string, unknown>>(query: SQL) =>
      (await db.execute(query)).rows as T[],
    listen: async (channel, onMessage) => {
      const stop = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await stop();
      };
    },
    ping: async () => {
      await client.query("select 1");
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

export async function openPostgres(databaseUrl: string, logQuery?: QueryLogger): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 5000,
  });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => {});
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseStartError(describePostgresError(databaseUrl, error));
  }
  const db = drizzleNodePg({ client: pool, relations, ...loggerOption(logQuery) });
  let closed = false;
  return {
    kind: "postgres",
    db: db as unknown as Db,
    migrate: async () => {
      await migrateNodePg(db, { migrationsFolder });
    },
    rows: async <T extends Record<string, unknown>>(query: SQL) =>
      ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    listen: (channel, onMessage) => listenOnPostgres(databaseUrl, channel, onMessage),
    ping: async () => {
      await pool.query("select 1");
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** One factory for both drivers: PostgreSQL when a URL is given, PGlite otherwise. */
export function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.logQuery);
  if ("pglite" in options) return openPglite({ pglite: options.pglite }, options.logQuery);
  if (options.dataDir === undefined)
    throw new DatabaseStartError("Give either DATABASE_URL or DATA_DIR.");
  return openPglite({ dataDir: options.dataDir }, options.logQuery);
}

/** Creates the folder one level at a time: a recursive mkdir never returns on some virtual file systems. */
function makeFolder(folder: string): void {
  if (existsSync(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) makeFolder(parent);
  mkdirSync(folder);
}

function ensureWritableFolder(dataDir: string): void {
  try {
    makeFolder(resolve(dataDir));
    if (!statSync(dataDir).isDirectory())
      throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new DatabaseStartError(
      `DATA_DIR ${dataDir} cannot be written (${code}): set DATA_DIR to a folder you may write to, for example DATA_DIR=./data.`,
    );
  }
}

function describePostgresError(databaseUrl: string, error: unknown): string {
  const url = new URL(databaseUrl);
  const where = `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case "ECONNREFUSED":
      return `DATABASE_URL: no PostgreSQL server answers at ${where}: start the server, correct the host and port, or unset DATABASE_URL to use the embedded database.`;
    case "ENOTFOUND":
      return `DATABASE_URL: the host ${url.hostname} is unknown: correct the host name in DATABASE_URL.`;
    case "3D000":
      return `DATABASE_URL: the database ${url.pathname.slice(1)} does not exist on ${url.hostname}: create it (createdb ${url.pathname.slice(1)}) or name another.`;
    case "28P01":
    case "28000":
      return `DATABASE_URL: PostgreSQL at ${where} refused the user ${decodeURIComponent(url.username) || "(none)"}: correct the user or password.`;
    default:
      return `DATABASE_URL: cannot connect to PostgreSQL at ${where}: ${e.message ?? String(error)}.`;
  }
}

/**
 * LISTEN needs a connection of its own, outside the pool. When the server drops it, it connects
 * again after a pause, so a restarted database does not silence the live updates for good.
 */
async function listenOnPostgres(
  databaseUrl: string,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
    });
    next.on("error", () => {
      next.end().catch(() => {});
      if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000);
    });
    await next.connect();
    await next.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
