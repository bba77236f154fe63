import { type Db, schema } from "@kraftsamling/db";
import { inArray, isNull, sql } from "drizzle-orm";
import { renderMarkdown } from "../dialogue/markdown";

/**
 * The HTML of the posts `ids`, as stored when each was written or edited, in one statement. A post
 * without it (written before the column existed, or by the seed, which cannot render) is rendered
 * for this answer; `renderMissingPostHtml` stores it at start-up, so reads never write. A post that
 * no longer exists is left out.
 */
export async function storedPostHtml(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({
      id: schema.blogPosts.id,
      body: schema.blogPosts.body,
      html: schema.blogPosts.bodyHtml,
    })
    .from(schema.blogPosts)
    .where(inArray(schema.blogPosts.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.html ?? renderMarkdown(row.body)]));
}

/**
 * Renders and stores the HTML of every post that has none (there are few posts: one statement
 * reads them, one stores them). Answers how many it stored.
 */
export async function renderMissingPostHtml(db: Db): Promise<number> {
  const rows = await db
    .select({ id: schema.blogPosts.id, body: schema.blogPosts.body })
    .from(schema.blogPosts)
    .where(isNull(schema.blogPosts.bodyHtml));
  if (rows.length === 0) return 0;
  const rendered = rows.map((row) => ({ id: row.id, html: renderMarkdown(row.body) }));
  // A post edited meanwhile keeps the HTML its edit stored.
  await db.execute(sql`
    update blog_posts p set body_html = r.html
    from jsonb_to_recordset(${JSON.stringify(rendered)}::jsonb) as r(id uuid, html text)
    where p.id = r.id and p.body_html is null`);
  return rows.length;
}
