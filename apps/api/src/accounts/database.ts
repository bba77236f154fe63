import type { Database, Db } from "@kraftsamling/db";

/** The drizzle database or a transaction, or the whole `Database` that some callers still hand over. */
export type DbOrDatabase = Db | Database;

/** The drizzle database (or transaction) to run statements on. */
export function asDb(database: DbOrDatabase): Db {
  return "migrate" in database ? database.db : database;
}
