import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { isCalendarDay } from "./calendar-day";
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

/** A page's condition that no row meets: the page of a list whose cursor is refused. */
export const noRows = { RAW: (): SQL => sql`false` };

/**
 * A timestamp column as the database holds it, to the microsecond, for a connection to order and
 * page by: a JavaScript Date keeps milliseconds only, and a cursor holding one would skip the
 * other rows of that millisecond. The expression is the column itself, so an index on it serves.
 */
export function exactTime<Table>(column: (table: Table) => AnyColumn) {
  return timeKey((table: Table): SQL<string> => sql<string>`${column(table)}`);
}

/** The kind of number a page orders by: a whole number, or a decimal. */
export type NumberKind = "integer" | "decimal";
/** What a value a page orders by is, when its expression says: a time, or a number of a kind. */
type KeyKind = "time" | NumberKind;

/** The expressions a page orders by, marked with the kind of value they give. */
const keyKinds = new WeakMap<object, KeyKind>();

/**
 * An expression a page orders by that gives a time (a timestamp column, or a coalesce of one
 * with infinity), marked so that a cursor's value for it is checked as a time before it reaches
 * the database; a cursor holds it as text.
 */
export function timeKey<Expression extends (table: never) => SQL>(
  expression: Expression,
): Expression {
  keyKinds.set(expression, "time");
  return expression;
}

/** Whether a page's extra gives a time (`timeKey`, `exactTime`). */
export function isTimeKey(extra: unknown): boolean {
  return typeof extra === "function" && keyKinds.get(extra) === "time";
}

/**
 * An expression a page orders by that gives a number (a rank, a parent's number), marked so that
 * a cursor's value for it is checked as a number of its kind before it reaches the database, as a
 * column's is.
 */
export function numberKey<Expression extends (table: never) => SQL>(
  kind: NumberKind,
  expression: Expression,
): Expression {
  keyKinds.set(expression, kind);
  return expression;
}

/** The kind of number a page's extra gives (`numberKey`), if it gives one. */
export function numberKindOf(extra: unknown): NumberKind | undefined {
  const kind = typeof extra === "function" ? keyKinds.get(extra) : undefined;
  return kind === "time" ? undefined : kind;
}

/**
 * A number as a cursor may hold one for a `numberKey`: a JavaScript number that is exact (a whole
 * one for an integer), or one written as PostgreSQL writes it (at most 15 digits before the point,
 * and for a decimal at most 15 after it).
 */
export function isNumberValue(value: unknown, kind: NumberKind): boolean {
  if (typeof value === "number")
    return kind === "integer"
      ? Number.isSafeInteger(value)
      : Number.isFinite(value) && Math.abs(value) < 2 ** 53;
  if (typeof value !== "string") return false;
  return kind === "integer" ? /^-?\d{1,15}$/.test(value) : /^-?\d{1,15}(\.\d{1,15})?$/.test(value);
}

/**
 * A time as PostgreSQL writes a timestamp: a day, then a time of the clock, to the microsecond,
 * and an offset from UTC that PostgreSQL takes (at most 15 hours 59 minutes either way).
 */
const timeText =
  /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-](0\d|1[0-5])(:?[0-5]\d)?)?$/;

/**
 * Whether the text is a time PostgreSQL reads, as it writes a timestamp (`2026-12-02
 * 17:27:11.065123+00`, or infinity): a day the calendar has, in a year from 1 (PostgreSQL has no
 * year 0) to 9999, at a time the clock has. A JavaScript time written with `toISOString` is one
 * when it falls in those years.
 */
export function isTimeText(text: string): boolean {
  if (text === "infinity" || text === "-infinity") return true;
  const day = timeText.exec(text)?.[1];
  return day !== undefined && !day.startsWith("0000") && isCalendarDay(day);
}

/** A LIKE pattern that finds the text anywhere, its own % _ and \ taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
