import type { Context } from "../context";

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
