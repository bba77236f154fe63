import { type Db, schema } from "@kraftsamling/db";
import { and, count, type SQL, sql } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { exactTime, timeKey } from "../shared/connections";

/** The blog posts table, or the alias a relational query reads it under. */
type BlogPostsTable = typeof schema.blogPosts;

/** Which posts a list of the blog shows: about one theme (by its address), or all. */
export interface BlogListFilter {
  themeSlug?: string | null;
}

const office = (viewer: Viewer | null) => hasScope(viewer, "coordinator");

/**
 * The SQL condition on `blog_posts` of a list for the viewer at `now`: the coordinator, who writes
 * the blog, sees drafts and scheduled posts too; anyone else what is published by `now`.
 */
export function blogListCondition(
  viewer: Viewer | null,
  now: Date,
  filter: BlogListFilter,
  p: BlogPostsTable = schema.blogPosts,
): SQL {
  const parts: SQL[] = [];
  if (!office(viewer)) parts.push(sql`${p.publishedAt} <= ${now.toISOString()}::timestamptz`);
  if (filter.themeSlug) {
    parts.push(
      sql`${p.id} in (select bt.post_id from ${schema.blogPostThemes} bt join ${schema.themes} th on th.id = bt.theme_id where th.slug = ${filter.themeSlug})`,
    );
  }
  return and(...parts) ?? sql`true`;
}

/**
 * The relational query of a page of the blog, for a cursor connection: the latest published
 * first; for the coordinator, drafts (never published) before them, each by when it was written.
 * The times are keyed by the values the driver returns as text, so that a cursor holds them to the
 * microsecond; the id breaks ties. Only the coordinator's cursors hold when a post was written:
 * anyone else's would tell when a draft was begun.
 */
export function blogPageQuery(viewer: Viewer | null, now: Date, filter: BlogListFilter) {
  const everything = office(viewer);
  return {
    where: { RAW: (p: BlogPostsTable) => blogListCondition(viewer, now, filter, p) },
    extras: {
      publishedKey: timeKey((p: BlogPostsTable) =>
        everything
          ? sql`coalesce(${p.publishedAt}, 'infinity'::timestamptz)`
          : sql`${p.publishedAt}`,
      ),
      ...(everything ? { writtenKey: exactTime((p: BlogPostsTable) => p.createdAt) } : {}),
    },
    orderBy: (everything
      ? { publishedKey: "desc", writtenKey: "desc" }
      : { publishedKey: "desc" }) as Record<string, "asc" | "desc">,
  };
}

/** How many posts a list of the blog holds for the viewer. */
export async function countBlogPosts(
  db: Db,
  viewer: Viewer | null,
  now: Date,
  filter: BlogListFilter,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(schema.blogPosts)
    .where(blogListCondition(viewer, now, filter));
  return row?.n ?? 0;
}
