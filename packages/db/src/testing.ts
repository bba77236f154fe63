import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { loadConfig } from "@kraftsamling/config";
import pg from "pg";
import {
  type Database,
  migrationsFolder,
  openPglite,
  openPostgres,
  type QueryLogger,
} from "./client";

/**
 * A fresh, migrated database for one test file: on PostgreSQL when DATABASE_URL is set (a new
 * database on that server, dropped on close), otherwise a clone of a PGlite migrated once per worker.
 */
export async function freshDatabase(options: { logQuery?: QueryLogger } = {}): Promise<Database> {
  const { databaseUrl } = loadConfig();
  return databaseUrl ? freshPostgres(databaseUrl, options.logQuery) : freshPglite(options.logQuery);
}

/** Whether the tests run against a PostgreSQL server rather than PGlite. */
export function testsUsePostgres(): boolean {
  return loadConfig().databaseUrl !== undefined;
}

let template: Promise<PGlite> | undefined;

async function freshPglite(logQuery?: QueryLogger): Promise<Database> {
  template ??= (async () => {
    const client = await PGlite.create();
    const database = await openPglite({ pglite: client });
    await database.migrate();
    return client;
  })();
  const clone = (await (await template).clone()) as PGlite;
  return openPglite({ pglite: clone }, logQuery);
}

/** Creates an empty database on the server named by the URL and returns that database's URL. */
export async function createScratchDatabase(
  databaseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kraftsamling_test_${randomBytes(6).toString("hex")}`;
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

async function freshPostgres(databaseUrl: string, logQuery?: QueryLogger): Promise<Database> {
  const scratch = await createScratchDatabase(databaseUrl);
  const database = await openPostgres(scratch.url, logQuery);
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

export { migrationsFolder };

/**
 * Two connections to one fresh, migrated database, as two API instances would have: two pools on a
 * scratch PostgreSQL database, or two handles on one PGlite (which runs in this process only).
 */
export async function oneDatabaseTwice(): Promise<{
  databases: [Database, Database];
  drop: () => Promise<void>;
}> {
  const { databaseUrl } = loadConfig();
  if (databaseUrl) {
    const scratch = await createScratchDatabase(databaseUrl);
    const first = await openPostgres(scratch.url);
    const second = await openPostgres(scratch.url);
    await first.migrate();
    return { databases: [first, second], drop: scratch.drop };
  }
  const pglite = await PGlite.create();
  const first = await openPglite({ pglite });
  const second = await openPglite({ pglite });
  await first.migrate();
  return { databases: [first, second], drop: async () => {} };
}
