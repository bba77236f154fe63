import type { Relations } from "@kraftsamling/db";
import { getSchemaConfig } from "@pothos/plugin-drizzle";
import { type Column, getColumns, isTable } from "drizzle-orm";
import { builder } from "../builder";
import type { Context } from "../context";
import { invalidCursorMessage } from "../error-masking";
import {
  isNumberValue,
  isTimeKey,
  isTimeText,
  type NumberKind,
  noRows,
  numberKindOf,
} from "../shared/connections";
import { cursorValues } from "../shared/cursor-values";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { isCheckedByField, withoutMark } from "../shared/list-cursors";

/**
 * The options of a Connection type's `totalCount`: the count runs (as one SQL count) only when the
 * field is asked for, and a query for the count alone reads no page.
 */
export function totalCountField(list: string) {
  return {
    description: `How many ${list} there are in all, on every page (the same filter, without paging).`,
    extensions: { pothosDrizzleTotalCount: true },
    resolve: (connection: object) => countOf((connection as { totalCount?: unknown }).totalCount),
  };
}

/** The count a connection was given: a number, or a function that counts when called. */
function countOf(count: unknown): number | Promise<number> {
  return typeof count === "function"
    ? (count as () => number | Promise<number>)()
    : (count as number);
}

/**
 * The options of `totalCount` on a connection of an object's related rows: `count` counts them in
 * SQL for the parent (as the connection's own arguments filter them), only when asked for.
 */
export function relatedTotalCountField<Args>(
  list: string,
  count: (context: Context, parentId: string, args: Args) => Promise<number>,
) {
  return {
    description: `How many ${list} there are in all, on every page (the same filter, without paging).`,
    resolve: (connection: object, _args: object, context: Context) => {
      const { parent, args } = connection as { parent: { id: string }; args: Args };
      return count(context, parent.id, args);
    },
  };
}

/** A table a connection pages through. */
type TableName = keyof Relations & string;

/** A page's order, as a connection's query gives it: its keys (columns or extras) and directions. */
interface PageOrder {
  orderBy?: Record<string, "asc" | "desc" | undefined>;
  extras?: Record<string, unknown>;
}

/** A key of a page's order: a column of the table, or an extra (an expression) it selects. */
interface OrderKey {
  key: string;
  column?: Column;
  /** An extra that is a time to the microsecond, which a cursor holds as text. */
  time?: boolean;
  /** An extra that is a number (`numberKey`), and which kind. */
  number?: NumberKind;
}

/**
 * The values a cursor of the page holds, in order, as @pothos/plugin-drizzle pages: the query's
 * order (the primary key when it gives none), then the table's tie-breaker, unless the order
 * already covers columns the database keeps unique.
 */
function cursorKeys(table: TableName, { orderBy, extras }: PageOrder): OrderKey[] {
  const config = getSchemaConfig(builder);
  const source = config.relations[table]?.table;
  const columns: Record<string, Column> = source && isTable(source) ? getColumns(source) : {};
  const keyOf = (column: Column): OrderKey => ({ key: config.columnToTsName(column), column });
  const keys: OrderKey[] = orderBy
    ? Object.entries(orderBy)
        .filter(([, direction]) => direction)
        .map(([key]) => ({
          key,
          column: columns[key],
          time: isTimeKey(extras?.[key]),
          number: numberKindOf(extras?.[key]),
        }))
    : config.getPrimaryKey(table).map(keyOf);
  const ordered = (column: Column) => keys.some((k) => k.column?.name === column.name);
  const unique = config
    .getUniqueConstraints(table)
    .some((set) => set.every((column) => column.notNull && ordered(column)));
  if (!unique)
    for (const column of config.findTieBreaker(table) ?? [])
      if (!ordered(column)) keys.push(keyOf(column));
  return keys;
}

/** A time a timestamp column can hold, by the same rule as a time the cursor holds as text. */
const isTime = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) && isTimeText(value.toISOString());

/**
 * Whether a cursor's value is one the key could have given: of the column's kind (an id of a uuid
 * column, one of an enum's values, a whole number of an integer column, a time of a timestamp),
 * or for an extra, a plain value the database compares.
 */
function fits(key: OrderKey, value: unknown): boolean {
  const { column } = key;
  if (value === null) return !column?.notNull;
  if (key.time) return typeof value === "string" && isTimeText(value);
  if (key.number) return isNumberValue(value, key.number);
  if (!column)
    return (
      typeof value === "string" ||
      typeof value === "bigint" ||
      (typeof value === "number" && Number.isFinite(value))
    );
  if (column.columnType === "PgUUID") return typeof value === "string" && !!uuidOrNull(value);
  const enumValues = (column as { enumValues?: readonly string[] }).enumValues;
  if (enumValues) return typeof value === "string" && enumValues.includes(value);
  const [kind, detail = ""] = column.dataType.split(" ");
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "number":
      return (
        typeof value === "number" &&
        (detail.startsWith("int") ? Number.isInteger(value) : Number.isFinite(value))
      );
    case "bigint":
      return typeof value === "bigint";
    case "boolean":
      return typeof value === "boolean";
    case "object":
      return detail === "date" ? isTime(value) : true;
    default:
      return true;
  }
}

/**
 * The page's query, once the connection's `after` and `before` are cursors this list gives out: as
 * many values as its order has keys, each of its key's kind. Anything else is refused with
 * INVALID_CURSOR on the argument that gave it, as a cursor that is not a cursor at all is, rather
 * than read as a position the list never gave (a shorter cursor as the start of one) or left to
 * fail in the database (a malformed id).
 *
 * A list of an object's related rows (`t.relatedConnection`) reads its cursors twice: while the
 * parent's query is planned, to load the page with the parent, and when the list's own field
 * resolves. A refusal at the first would fail the parent (an organisation or a meeting given as
 * null, the error on it): there, before the field has checked the arguments, the page loads no
 * row instead, and the list's own field refuses the cursor on its argument.
 */
export function checkedCursors<Page extends PageOrder>(
  table: TableName,
  args: { after?: string | null; before?: string | null },
  page: Page,
): Page {
  try {
    return checkedPage(table, args, page);
  } catch (error) {
    if (isCheckedByField(args) || !(error instanceof InputError)) throw error;
    // Neither the cursors nor any row reach the parent's query.
    args.after = null;
    args.before = null;
    return { ...page, where: noRows };
  }
}

function checkedPage<Page extends PageOrder>(
  table: TableName,
  args: { after?: string | null; before?: string | null },
  page: Page,
): Page {
  // A first page has no cursor to check: its keys are not worked out.
  if (!args.after && !args.before) return page;
  const keys = cursorKeys(table, page);
  for (const field of ["after", "before"] as const) {
    // A list loaded with its parent reads its cursors before its field checks their mark.
    const cursor = args[field] && withoutMark(args[field]);
    if (args[field]) args[field] = cursor;
    // An empty cursor is none, as the connection reads it.
    if (!cursor) continue;
    const values = cursorValues(cursor, keys.length);
    const given =
      values?.length === keys.length && keys.every((key, index) => fits(key, values[index]));
    if (!given) throw new InputError("INVALID_CURSOR", invalidCursorMessage, field);
  }
  return page;
}
