import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * Orders names as Swedish does (… x y z å ä ö), the same on PGlite and on any server collation:
 * lower-case, then å ä ö mapped to the three code points right after z, compared byte by byte.
 */
export function swedishOrder(column: AnyColumn): SQL {
  return sql`translate(lower(${column}), 'åäöæøéèüá', '{|}|}eeya') collate "C"`;
}
