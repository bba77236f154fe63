import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { connectionPage } from "./query-cost";

/** A connection's page: 50 items unless `first` or `last` asks otherwise, at most 100. */
export const pageSizes = {
  defaultSize: connectionPage.defaultSize,
  maxSize: connectionPage.maxSize,
} as const;

/** The most items an old plain list returns, now that a connection pages through the same list. */
export const replacedListLimit = 100;

/** The deprecation of a plain list that `<name>Connection` replaces. */
export function replacedBy(name: string) {
  return {
    deprecationReason: `Use ${name}Connection, which pages. This list returns at most ${replacedListLimit} items.`,
  };
}

/**
 * A timestamp column as the database holds it, to the microsecond, for a connection to order and
 * page by: a JavaScript Date keeps milliseconds only, and a cursor holding one would skip the
 * other rows of that millisecond. The expression is the column itself, so an index on it serves.
 */
export function exactTime<Table>(column: (table: Table) => AnyColumn) {
  return (table: Table): SQL<string> => sql<string>`${column(table)}`;
}

/** A LIKE pattern that finds the text anywhere, its own % _ and \ taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
