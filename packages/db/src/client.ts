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
import { namedStatementPeriodSeconds, nameRepeatedStatements } from "./named-statements";
import { type Relations, relations } from "./relations";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** The drizzle database, whichever driver is behind it. */
export type Db = PgAsyncDatabase<PgQueryResultHKT, Relations>;

export type QueryLogger = (sql: string, params: unknown[]) => void;

/** The rows of a raw `db.execute` (or a transaction's): both drivers answer `{ rows }`. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: Db;
  /** Applies every committed migration that the database has not seen yet. */
  migrate(): Promise<void>;
  /** Runs raw SQL and returns its rows. */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** One listening connection for any number of channels, which connects again when it is lost. */
  listener(options?: ListenerOptions): Listener;
  /** Throws unless the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `listening` while every channel is LISTENed on a live connection; `reconnecting` from the loss of
 * that connection until a new one listens again; `stopped` before the first channel and after close.
 */
export type ListenerState = "listening" | "reconnecting" | "stopped";

/** What befell the listening connection, for the caller to log and to act on. */
export type ListenerEvent =
  /** The connection was lost; the first attempt to connect again follows in `retryInMs`. */
  | { type: "lost"; error: Error; retryInMs: number }
  /** Attempt number `attempt` to connect again failed; the next follows in `retryInMs`. */
  | { type: "retryFailed"; attempt: number; error: Error; retryInMs: number }
  /**
   * A new connection listens on every channel again, `downMs` after the loss. NOTIFYs sent in
   * between are lost for good: whoever relies on them should read the current state again.
   */
  | { type: "restored"; attempts: number; downMs: number };

export interface ListenerOptions {
  onEvent?: (event: ListenerEvent) => void;
  /** The pause before the first attempt to connect again (500 ms); it doubles after each failure. */
  initialRetryMs?: number;
  /** The longest pause between two attempts (10 s); the attempts go on until `close`. */
  maxRetryMs?: number;
}

export interface Listener {
  readonly state: ListenerState;
  /**
   * Calls `onMessage` with the payload of every NOTIFY on the channel, now and after every
   * reconnection. The first call connects, and rejects when that fails; later calls resolve even
   * while the connection is being made again. Resolves to a function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** Stops listening on every channel, and stops trying to connect again. */
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

/** DB_STATEMENT_COUNT=on counts the statements the API sends, for a load run to read. */
const countingStatements = process.env.DB_STATEMENT_COUNT === "on";
let statementsSent = 0;

/** The statements sent through drizzle since start when DB_STATEMENT_COUNT=on; else undefined. */
export function statementCount(): number | undefined {
  return countingStatements ? statementsSent : undefined;
}

function loggerOption(logQuery: QueryLogger | undefined) {
  if (countingStatements) {
    return {
      logger: {
        logQuery: (sql: string, params: unknown[]) => {
          statementsSent += 1;
          logQuery?.(sql, params);
        },
      },
    };
  }
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
    listener: () => pgliteListener(client),
    ping: async () => {
      await client.query("select 1");
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/**
 * The longest a statement of the API may run on PostgreSQL before the server cancels it. PGlite runs
 * inside the API's process and honours no timeout: there the query cost limit is the guard.
 */
export const statementTimeoutMs = 10_000;

export async function openPostgres(databaseUrl: string, logQuery?: QueryLogger): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 5000,
    // No statement of the API's may hold a connection and the server's work for long.
    statement_timeout: statementTimeoutMs,
    // The API's statements are short: compiling one to machine code (JIT) costs more than it
    // saves, and the planner's guesses for a large table would start it for reading one page.
    // A kept statement is planned for the values it is given each time: after five runs
    // PostgreSQL would otherwise try one plan for any values, and the plan that suits a week of
    // findings reads every finding for a range of years (80 ms instead of 6, bench/kept-plans.ts).
    options: "-c jit=off -c plan_cache_mode=force_custom_plan",
    // A connection keeps the statements it was sent named; the names are given anew each period.
    maxLifetimeSeconds: namedStatementPeriodSeconds,
  });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => {});
  // A statement sent again and again is parsed and planned once a connection, not each time.
  nameRepeatedStatements(pool);
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
    // On a connection of its own, without the statement timeout: an index on a large table may take long.
    migrate: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await migrateNodePg(drizzleNodePg({ client, relations }), { migrationsFolder });
      } finally {
        await client.end();
      }
    },
    rows: async <T extends Record<string, unknown>>(query: SQL) =>
      ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    listener: (options) => new PostgresListener(databaseUrl, options),
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

async function listenOnPglite(
  client: PGlite,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<() => Promise<void>> {
  const stop = await client.listen(channel, onMessage);
  return async () => {
    if (!client.closed) await stop();
  };
}

/** PGlite runs in this process: its notifications cannot be lost, so it is always listening. */
function pgliteListener(client: PGlite): Listener {
  const stops = new Set<() => Promise<void>>();
  let closed = false;
  return {
    get state(): ListenerState {
      return closed ? "stopped" : "listening";
    },
    listen: async (channel, onMessage) => {
      const stop = await listenOnPglite(client, channel, onMessage);
      stops.add(stop);
      return async () => {
        if (stops.delete(stop)) await stop();
      };
    },
    close: async () => {
      closed = true;
      const all = [...stops];
      stops.clear();
      for (const stop of all) await stop();
    },
  };
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * LISTEN needs a connection of its own, outside the pool; one serves every channel. When the
 * server drops it, it connects again after a pause that doubles up to a ceiling, for as long as it
 * takes, LISTENs on every channel again and says so, since the NOTIFYs in between are gone.
 */
class PostgresListener implements Listener {
  private readonly channels = new Map<string, Set<(payload: string) => void>>();
  private readonly onEvent: (event: ListenerEvent) => void;
  private readonly initialRetryMs: number;
  private readonly maxRetryMs: number;
  private connection: Connection | null = null;
  private firstConnection: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private lostAt = 0;
  private attempts = 0;
  private closed = false;
  state: ListenerState = "stopped";

  constructor(
    private readonly databaseUrl: string,
    options: ListenerOptions = {},
  ) {
    this.onEvent = options.onEvent ?? (() => {});
    this.initialRetryMs = options.initialRetryMs ?? 500;
    this.maxRetryMs = options.maxRetryMs ?? 10_000;
  }

  async listen(
    channel: string,
    onMessage: (payload: string) => void,
  ): Promise<() => Promise<void>> {
    if (this.closed) throw new Error("this listener is closed");
    const receivers = this.channels.get(channel) ?? new Set();
    receivers.add(onMessage);
    this.channels.set(channel, receivers);
    const stop = async () => {
      const current = this.channels.get(channel);
      if (!current?.delete(onMessage) || current.size > 0) return;
      this.channels.delete(channel);
      const connection = this.connection;
      connection?.channels.delete(channel);
      await connection?.client.query(`UNLISTEN ${quoteIdentifier(channel)}`).catch(() => {});
    };
    if (this.state === "stopped") {
      this.firstConnection ??= this.connect().then(
        (connection) => this.adopt(connection),
        (error) => {
          this.firstConnection = null;
          throw error;
        },
      );
      try {
        await this.firstConnection;
      } catch (error) {
        await stop();
        throw error;
      }
    }
    await this.listenOnNewChannels();
    return stop;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.state = "stopped";
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.channels.clear();
    const connection = this.connection;
    this.connection = null;
    await connection?.client.end().catch(() => {});
  }

  /** A connection that LISTENs on every channel known now; ended again when anything fails. */
  private async connect(): Promise<Connection> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      connectionTimeoutMillis: 5000,
      keepAlive: true,
      application_name: "kraftsamling-listen",
    });
    const connection: Connection = {
      client,
      channels: new Set(this.channels.keys()),
      failure: null,
    };
    const fail = (error: Error) => {
      connection.failure ??= error;
      this.lose(connection);
    };
    client.on("error", fail);
    client.on("end", () => fail(new Error("the server closed the connection")));
    client.on("notification", (message) => {
      if (message.payload === undefined) return;
      for (const receive of this.channels.get(message.channel) ?? []) receive(message.payload);
    });
    try {
      await client.connect();
      if (connection.channels.size > 0)
        await client.query(
          [...connection.channels].map((c) => `LISTEN ${quoteIdentifier(c)};`).join(" "),
        );
      if (connection.failure) throw connection.failure;
    } catch (error) {
      await client.end().catch(() => {});
      throw asError(error);
    }
    return connection;
  }

  /** Takes a connection that listens; ends it when the listener was closed meanwhile. */
  private async adopt(connection: Connection): Promise<void> {
    if (this.closed) {
      await connection.client.end().catch(() => {});
      return;
    }
    this.connection = connection;
    this.state = "listening";
    if (connection.failure) this.lose(connection);
  }

  /** LISTENs on the channels added while the connection was being made. */
  private async listenOnNewChannels(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const added = [...this.channels.keys()].filter((c) => !connection.channels.has(c));
    for (const channel of added) connection.channels.add(channel);
    if (added.length === 0) return;
    // A failure means the connection is going: the next one LISTENs on these channels too.
    await connection.client
      .query(added.map((c) => `LISTEN ${quoteIdentifier(c)};`).join(" "))
      .catch(() => {});
  }

  private lose(connection: Connection): void {
    if (this.connection !== connection) return;
    this.connection = null;
    connection.client.end().catch(() => {});
    if (this.closed) return;
    this.state = "reconnecting";
    this.lostAt = Date.now();
    this.attempts = 0;
    this.onEvent({
      type: "lost",
      error: connection.failure ?? new Error("the connection was lost"),
      retryInMs: this.initialRetryMs,
    });
    this.retryAfter(this.initialRetryMs);
  }

  private retryAfter(delayMs: number): void {
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.retry(delayMs);
    }, delayMs);
  }

  private async retry(delayMs: number): Promise<void> {
    if (this.closed) return;
    this.attempts += 1;
    let connection: Connection;
    try {
      connection = await this.connect();
    } catch (error) {
      if (this.closed) return;
      const next = Math.min(delayMs * 2, this.maxRetryMs);
      this.onEvent({
        type: "retryFailed",
        attempt: this.attempts,
        error: asError(error),
        retryInMs: next,
      });
      this.retryAfter(next);
      return;
    }
    await this.adopt(connection);
    await this.listenOnNewChannels();
    if (this.connection !== connection) return;
    this.onEvent({ type: "restored", attempts: this.attempts, downMs: Date.now() - this.lostAt });
  }
}

interface Connection {
  client: pg.Client;
  /** The channels LISTENed on this connection. */
  channels: Set<string>;
  /** Why the connection failed, once it has. */
  failure: Error | null;
}
