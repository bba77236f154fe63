import { type Db, rowsOf } from "@kraftsamling/db";
import { type SQL, sql } from "drizzle-orm";
import { invalidCursorMessage } from "../error-masking";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { swedishSearchQuery } from "../shared/search-words";

/**
 * Where a hit lies in the results, best first: its rank (as the database wrote the number, so
 * that it compares equal), then themes before comments, then the id.
 */
export interface SearchPosition {
  rank: string;
  kind: "theme" | "comment";
  id: string;
}

export interface SearchHit {
  kind: "theme" | "comment";
  themeSlug: string;
  themeTitle: string;
  commentId: string | null;
  /** The matching passage, HTML-escaped, with the matched words in <mark>. */
  snippet: string;
  rank: number;
  position: SearchPosition;
}

export interface SearchOptions {
  /** Comments are searched for signed-in people. */
  includeComments: boolean;
}

// The text is escaped before ts_headline adds its <mark>, so the snippet holds no markup but that.
const escaped = (column: SQL) =>
  sql`replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const headline =
  "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=' … '";

const themeText = (alias: string) =>
  sql`${sql.raw(alias)}.title || ' ' || ${sql.raw(alias)}.description`;

/**
 * What matches, with its rank and nothing else: the themes, and (for signed-in people) the comments
 * in themes that are not archived. Deleted and hidden comments are not searched: a snippet would
 * show what the thread no longer shows.
 */
function matches(text: string, options: SearchOptions, ranked = true): SQL {
  const query = swedishSearchQuery(text);
  // Counting leaves the rank out: a theme's rank takes its text apart again (comments rank their
  // stored words).
  const rank = (words: SQL) => (ranked ? sql`ts_rank(${words}, ${query})` : sql`0::real`);
  const themes = sql`
    select 'theme'::text as kind, t.id, ${rank(sql`to_tsvector('swedish', ${themeText("t")})`)} as rank
    from themes t
    where to_tsvector('swedish', ${themeText("t")}) @@ ${query} and t.status <> 'archived'`;
  if (!options.includeComments) return themes;
  return sql`${themes}
    union all
    select 'comment'::text, c.id, ${rank(sql`c.search_words`)}
    from comments c join themes t on t.id = c.theme_id
    where c.search_words @@ ${query} and c.deleted_at is null
      and c.hidden_at is null and t.status <> 'archived'`;
}

const positionRow = (p: SearchPosition) => sql`(${p.rank}::real, ${p.kind}::text, ${p.id}::uuid)`;

/**
 * One page of the hits for a Swedish full-text search, best first ("socialsekreterarna" finds
 * "socialsekreterare", as the Swedish stemmer reduces both to one word): the page's hits are
 * chosen by rank first, and only theirs get a snippet. `after` and `before` are positions of
 * earlier pages; `inverted` reads from the end (the worst first), for `last`.
 */
export async function searchPage(
  db: Db,
  text: string,
  options: SearchOptions & {
    limit: number;
    after?: SearchPosition;
    before?: SearchPosition;
    inverted?: boolean;
    /**
     * Count all the hits in the same statement: the ranking reads every match anyway, so the
     * count costs no second reading of them. Null when the page is empty.
     */
    withTotal?: boolean;
  },
): Promise<{ hits: SearchHit[]; total: number | null }> {
  const query = swedishSearchQuery(text);
  const order = options.inverted ? sql`asc` : sql`desc`;
  const bounds = [
    options.after && sql`(rank, kind, id) < ${positionRow(options.after)}`,
    options.before && sql`(rank, kind, id) > ${positionRow(options.before)}`,
  ].filter((bound): bound is SQL => Boolean(bound));
  const where = bounds.length > 0 ? sql`where ${sql.join(bounds, sql` and `)}` : sql``;
  const rows = rowsOf<{
    kind: "theme" | "comment";
    id: string;
    rank: string;
    themeSlug: string;
    themeTitle: string;
    snippet: string;
    total: number | null;
  }>(
    await db.execute(sql`
      with page as (
        select kind, id, rank, total from (
          select kind, id, rank, ${options.withTotal ? sql`count(*) over ()` : sql`null::bigint`} as total
          from (${matches(text, options)}) matched
        ) hits
        ${where}
        order by rank ${order}, kind ${order}, id ${order}
        limit ${options.limit}
      )
      select p.kind, p.id::text as id, p.rank::text as rank, p.total::int as total,
        t.slug as "themeSlug", t.title as "themeTitle",
        ts_headline('swedish',
          ${escaped(sql`case when p.kind = 'theme' then ${themeText("t")} else c.body end`)},
          ${query}, ${headline}) as snippet
      from page p
      left join comments c on p.kind = 'comment' and c.id = p.id
      join themes t on t.id = case when p.kind = 'theme' then p.id else c.theme_id end
      order by p.rank ${order}, p.kind ${order}, p.id ${order}`),
  );
  const hits = rows.map((row) => ({
    kind: row.kind,
    themeSlug: row.themeSlug,
    themeTitle: row.themeTitle,
    commentId: row.kind === "comment" ? row.id : null,
    snippet: row.snippet,
    rank: Number(row.rank),
    position: { rank: row.rank, kind: row.kind, id: row.id },
  }));
  return { hits, total: rows[0]?.total ?? null };
}

/** How many hits the search has in all, counted without a snippet. */
export async function searchCount(db: Db, text: string, options: SearchOptions): Promise<number> {
  const [row] = rowsOf<{ hits: number }>(
    await db.execute(
      sql`select count(*)::int as hits from (${matches(text, options, false)}) hits`,
    ),
  );
  return row?.hits ?? 0;
}

/** The text to search for, or INVALID_SEARCH when it is too short or too long. */
export function searchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > 200)
    throw new InputError("INVALID_SEARCH", "Search for 2 to 200 characters.", "text");
  return trimmed;
}

/** A hit's position as a connection's cursor. */
export function searchCursor(position: SearchPosition): string {
  return Buffer.from(JSON.stringify([position.rank, position.kind, position.id])).toString(
    "base64url",
  );
}

/** A decimal number as PostgreSQL writes a `real`, that a `real` holds without over- or underflow. */
function isRealNumber(text: string): boolean {
  if (text.length > 40 || !/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(text)) return false;
  const value = Number(text);
  const asReal = Math.fround(value);
  // Zero only when written as zero: a tiny number that JavaScript reads as 0 underflows a real.
  const zero = /^-?[0.]+(e[-+]?\d+)?$/i.test(text);
  return Number.isFinite(asReal) && (asReal !== 0 || zero) && Math.abs(value) < 3.4e38;
}

/** The position a cursor names, or INVALID_CURSOR on the argument that gave it. */
export function searchPosition(
  cursor: string | null | undefined,
  field: string,
): SearchPosition | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 3) {
      const [rank, kind, id] = value;
      if (
        typeof rank === "string" &&
        isRealNumber(rank) &&
        (kind === "theme" || kind === "comment") &&
        typeof id === "string" &&
        uuidOrNull(id) !== null &&
        // Only as the search wrote it: base64url decoding passes over what is not base64url.
        searchCursor({ rank, kind, id }) === cursor
      )
        return { rank, kind, id };
    }
  } catch {
    // Refused below.
  }
  throw new InputError("INVALID_CURSOR", invalidCursorMessage, field);
}
