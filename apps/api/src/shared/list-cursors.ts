import { createHash } from "node:crypto";
import { type GraphQLFieldResolver, type GraphQLSchema, getNamedType, isObjectType } from "graphql";
import { invalidCursorMessage } from "../error-masking";
import { InputError } from "./errors";
import { isConnectionType } from "./query-cost";

/**
 * Every connection's cursors carry the list they came from: a mark made of the field, the object
 * the list hangs off (its id) and every argument but the page's own (the filter, the order, the
 * search words). A cursor given to another list, another thread, another order or another filter
 * is refused as INVALID_CURSOR instead of being read as a position there, where it would page on
 * from a row that list never showed, or find nothing and say the list had ended.
 *
 * The mark is set around every connection field of the schema (`markConnectionCursors`), so a new
 * list has it without asking; each list's own resolver reads its cursors without the mark
 * (`withoutMark`).
 */

/** The page's own arguments, which move along the same list and so are not part of its mark. */
const pageArguments = new Set(["first", "last", "after", "before"]);

/** The mark's length: 60 bits of a SHA-256, in base64url, then a dot. */
const markLength = 10;
const markPattern = /^[A-Za-z0-9_-]{10}\./;

/** An argument's value written the same whatever order its input object's fields came in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  // A time is its instant, as the arguments that take one (`from`, `to`) mean it.
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

/** The mark of one list: its field, its owner's id, its arguments but the page's. */
export function listMark(
  type: string,
  field: string,
  owner: unknown,
  args: Record<string, unknown>,
  defaults: Record<string, unknown> = {},
): string {
  const ownerId =
    owner !== null && typeof owner === "object" && "id" in owner
      ? String((owner as { id: unknown }).id)
      : "";
  // An argument given as null means its default, as the resolvers read it.
  const chosen = Object.fromEntries(
    Object.entries(args)
      .filter(([n]) => !pageArguments.has(n))
      .map(([n, v]) => [n, v === null && n in defaults ? defaults[n] : v]),
  );
  return createHash("sha256")
    .update(`${type}.${field}\n${ownerId}\n${JSON.stringify(canonical(chosen))}`)
    .digest("base64url")
    .slice(0, markLength);
}

/** A cursor as the list gives it out: its mark, a dot, the position. */
const marked = (mark: string, cursor: unknown) =>
  typeof cursor === "string" ? `${mark}.${cursor}` : cursor;

/**
 * A cursor without its mark, as a list's own resolver reads it: the mark was checked against the
 * list when the field began (and a list loaded with its parent reads its cursors before that).
 */
export function withoutMark(cursor: string): string {
  return markPattern.test(cursor) ? cursor.slice(markLength + 1) : cursor;
}

/** Marks the cursors of a connection's answer in place, its edges' and its pageInfo's. */
function markAnswer(answer: unknown, mark: string): unknown {
  if (answer === null || typeof answer !== "object") return answer;
  const connection = answer as {
    edges?: ({ cursor?: unknown } | null)[];
    pageInfo?: { startCursor?: unknown; endCursor?: unknown };
  };
  for (const edge of connection.edges ?? []) if (edge) edge.cursor = marked(mark, edge.cursor);
  const info = connection.pageInfo;
  if (info) {
    info.startCursor = marked(mark, info.startCursor);
    info.endCursor = marked(mark, info.endCursor);
  }
  return answer;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Set on a connection's arguments once its own field has checked their mark: a list loaded with its
 * parent reads the same cursors earlier, while the parent's query is planned, and leaves a refusal
 * to the field (`checkedCursors` in schema/connection.ts), so that the error names the list.
 */
const checkedByField: unique symbol = Symbol("cursors checked by the list's own field");

/** Whether a connection's own field has checked these arguments (see `checkedByField`). */
export function isCheckedByField(args: object): boolean {
  return (args as { [checkedByField]?: boolean })[checkedByField] === true;
}

/** Wraps one connection field: its cursors checked against its mark on the way in, marked out. */
function markedResolver(
  type: string,
  field: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
  defaults: Record<string, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return (parent, args: Record<string, unknown>, context, info) => {
    const mark = listMark(type, field, parent, args, defaults);
    for (const name of ["after", "before"] as const) {
      const cursor = args[name];
      // An empty cursor is none, as the connection reads it.
      if (typeof cursor !== "string" || cursor === "") continue;
      if (!cursor.startsWith(`${mark}.`))
        throw new InputError("INVALID_CURSOR", invalidCursorMessage, name);
      args[name] = cursor.slice(mark.length + 1);
    }
    (args as { [checkedByField]?: boolean })[checkedByField] = true;
    const answer = resolve(parent, args, context, info);
    return isThenable(answer)
      ? answer.then((settled) => markAnswer(settled, mark))
      : markAnswer(answer, mark);
  };
}

/** Sets the mark around every connection field of the schema; returns the schema. */
export function markConnectionCursors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isConnectionType(getNamedType(field.type)) || !field.resolve) continue;
      const defaults = Object.fromEntries(
        field.args.filter((a) => a.defaultValue !== undefined).map((a) => [a.name, a.defaultValue]),
      );
      field.resolve = markedResolver(type.name, field.name, field.resolve, defaults);
    }
  }
  return schema;
}
