import type { Database } from "@kraftsamling/db";
import { sql } from "drizzle-orm";

export interface SearchHit {
  kind: "theme" | "comment";
  themeSlug: string;
  themeTitle: string;
  commentId: string | null;
  /** The matching passage, HTML-escaped, with the matched words in <mark>. */
  snippet: string;
  rank: number;
}

// The text is escaped before ts_headline adds its <mark>, so the snippet holds no markup but that.
const escaped = (column: ReturnType<typeof sql>) =>
  sql`replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const headline =
  "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=' … '";

/**
 * Swedish full-text search over themes and, for signed-in people, comments: "socialsekreterarna"
 * finds "socialsekreterare", as the Swedish stemmer reduces both to one word. Deleted and hidden
 * comments are not searched: a snippet would show what the thread no longer shows.
 */
export async function search(
  database: Database,
  text: string,
  options: { includeComments: boolean; limit: number },
): Promise<SearchHit[]> {
  const query = sql`websearch_to_tsquery('swedish', ${text})`;
  const themeText = sql`t.title || ' ' || t.description`;
  const themes = sql`
    select 'theme' as kind, t.slug as "themeSlug", t.title as "themeTitle", null::text as "commentId",
      ts_headline('swedish', ${escaped(themeText)}, ${query}, ${headline}) as snippet,
      ts_rank(to_tsvector('swedish', ${themeText}), ${query}) as rank
    from themes t
    where to_tsvector('swedish', ${themeText}) @@ ${query} and t.status <> 'archived'`;
  const comments = sql`
    select 'comment' as kind, t.slug, t.title, c.id::text,
      ts_headline('swedish', ${escaped(sql`c.body`)}, ${query}, ${headline}),
      ts_rank(to_tsvector('swedish', c.body), ${query})
    from comments c join themes t on t.id = c.theme_id
    where to_tsvector('swedish', c.body) @@ ${query} and c.deleted_at is null and c.hidden_at is null
      and t.status <> 'archived'`;
  const union = options.includeComments ? sql`${themes} union all ${comments}` : themes;
  const rows = await database.rows<{
    kind: "theme" | "comment";
    themeSlug: string;
    themeTitle: string;
    commentId: string | null;
    snippet: string;
    rank: number;
  }>(sql`select * from (${union}) hits order by rank desc, kind desc limit ${options.limit}`);
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
