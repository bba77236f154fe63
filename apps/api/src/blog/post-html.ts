import { type Db, schema } from "@kraftsamling/db";
import { inArray, sql } from "drizzle-orm";
import { renderMarkdown } from "../dialogue/markdown";

/**
 * The HTML of the posts `ids`, as stored when each was written or edited. A post without it (written
 * before the column existed, or by the seed, which cannot render) is rendered now and stored, so
 * that only its first read renders: one statement reads them all, and one more stores those
 * rendered, however many they are. A post that no longer exists is left out.
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
  const rendered = rows
    .filter((row) => row.html === null)
    .map((row) => ({ id: row.id, html: renderMarkdown(row.body) }));
  if (rendered.length > 0) {
    // A post edited meanwhile keeps the HTML its edit stored.
    await db.execute(sql`
      update blog_posts p set body_html = r.html
      from jsonb_to_recordset(${JSON.stringify(rendered)}::jsonb) as r(id uuid, html text)
      where p.id = r.id and p.body_html is null`);
  }
  return new Map([
    ...rows.flatMap((row) => (row.html === null ? [] : [[row.id, row.html] as const])),
    ...rendered.map((row) => [row.id, row.html] as const),
  ]);
}
