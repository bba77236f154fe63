import { type Db, rowsOf } from "@kraftsamling/db";
import { getTableName, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/** The most ids one `nodes` question may name. */
export const maxNodeIds = 100;

/** A table whose rows are nodes of one GraphQL type, by their uuid `id`. */
export interface NodeTable {
  type: string;
  table: PgTable;
}

/**
 * Which type each uuid belongs to, in ONE statement over every node table (uuids are unique across
 * the database, so an id names at most one row). Ids that name no row are left out.
 */
export async function nodeTypesOf(
  db: Db,
  tables: readonly NodeTable[],
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0 || tables.length === 0) return new Map();
  const list = sql`${`{${ids.join(",")}}`}::uuid[]`;
  const parts: SQL[] = tables.map(
    ({ type, table }) =>
      sql`select ${type}::text as type, id from ${sql.identifier(getTableName(table))} where id = any(${list})`,
  );
  const rows = rowsOf<{ type: string; id: string }>(
    await db.execute(sql.join(parts, sql` union all `)),
  );
  return new Map(rows.map((row) => [row.id, row.type]));
}
