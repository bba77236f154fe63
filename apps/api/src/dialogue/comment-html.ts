import { type Db, schema } from "@kraftsamling/db";
import { isNull, sql } from "drizzle-orm";
import { renderMarkdown } from "./markdown";

/**
 * A comment's HTML, rendered once when the text is written or edited and read from then on. A row
 * without it (written before the column existed, or by a tool that does not render) is rendered
 * when read, until `renderMissingCommentHtml` has stored it.
 */
export function commentHtml(comment: { body: string; bodyHtml: string | null }): string {
  return comment.bodyHtml ?? renderMarkdown(comment.body);
}

/** How many comments one statement of `renderMissingCommentHtml` stores. */
const batchSize = 500;

/**
 * Renders and stores the HTML of every comment that has none, a batch at a time, so that reads
 * render nothing; once `stopped` says so, it ends after the batch under way. Answers how many it
 * stored.
 */
export async function renderMissingCommentHtml(
  db: Db,
  stopped: () => boolean = () => false,
): Promise<number> {
  let stored = 0;
  while (!stopped()) {
    const rows = await db
      .select({ id: schema.comments.id, body: schema.comments.body })
      .from(schema.comments)
      .where(isNull(schema.comments.bodyHtml))
      .limit(batchSize);
    if (rows.length === 0) return stored;
    const rendered = rows.map((row) => ({ id: row.id, html: renderMarkdown(row.body) }));
    await db.execute(sql`
      update comments c set body_html = r.html
      from jsonb_to_recordset(${JSON.stringify(rendered)}::jsonb) as r(id uuid, html text)
      where c.id = r.id and c.body_html is null`);
    stored += rows.length;
  }
  return stored;
}
