import { type Db, schema } from "@kraftsamling/db";
import { eq, type SQL, sql } from "drizzle-orm";
import { cursorValues } from "../shared/cursor-values";
import type { Thread } from "./thread";

type ThreadRef = Pick<Thread, "kind" | "id">;

/** The comments of a thread, as a filter of the relational queries. */
export function threadFilter(thread: ThreadRef) {
  return thread.kind === "theme" ? { themeId: thread.id } : { postId: thread.id };
}

/**
 * The position a page cursor names: the comment's time and id, as the connection's cursor holds
 * them (`DC:` and a tuple of both); undefined for anything else, which the connection refuses.
 */
function positionOf(cursor: string | null | undefined): { at: Date; id: string } | undefined {
  const values = cursor ? cursorValues(cursor, 2) : undefined;
  if (values?.length !== 2) return undefined;
  const [at, id] = values;
  return at instanceof Date && !Number.isNaN(at.getTime()) && typeof id === "string"
    ? { at, id }
    : undefined;
}

/**
 * The page's bounds as one comparison of (time, id) with the cursor's, which the thread's index
 * (thread, created_at, id) starts at: a late page reads as few rows as the first. The connection
 * adds the same bounds in a form the index does not serve; this one makes the plan.
 */
export function pageBounds(args: { after?: string | null; before?: string | null }) {
  const after = positionOf(args.after);
  const before = positionOf(args.before);
  const row = (table: typeof schema.comments) => sql`(${table.createdAt}, ${table.id})`;
  const at = (position: { at: Date; id: string }) =>
    sql`(${position.at.toISOString()}::timestamptz, ${position.id}::uuid)`;
  const bounds: { RAW: (table: typeof schema.comments) => SQL }[] = [];
  if (after) bounds.push({ RAW: (table) => sql`${row(table)} > ${at(after)}` });
  if (before) bounds.push({ RAW: (table) => sql`${row(table)} < ${at(before)}` });
  return bounds;
}

/**
 * How many comments the thread holds, deleted and hidden ones included, as its pages do: the count
 * the thread keeps (the triggers `comments_counted_on_*`), one row read however long the thread.
 */
export async function threadCommentCount(db: Db, thread: ThreadRef): Promise<number> {
  const table = thread.kind === "theme" ? schema.themes : schema.blogPosts;
  const [row] = await db
    .select({ comments: table.commentCount })
    .from(table)
    .where(eq(table.id, thread.id));
  return row?.comments ?? 0;
}
