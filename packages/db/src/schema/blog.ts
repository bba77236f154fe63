import { sql } from "drizzle-orm";
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { themes } from "./mission";
import { people } from "./people";

/** A post on the coordinator's blog, written in the portal's Markdown subset; a draft until published. */
export const blogPosts = pgTable(
  "blog_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /**
     * The body rendered as HTML, once when the post is written or edited, and read from then on.
     * Null for a post written before the column existed or by the seed (which cannot render): the
     * first read renders and stores it.
     */
    bodyHtml: text("body_html"),
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    /** Null while a draft; a moment in the future schedules it. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Comments under the post follow the same moderation as a theme's thread. */
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    slowModeSeconds: integer("slow_mode_seconds").notNull().default(0),
    /**
     * How many comments the thread holds, deleted and hidden ones included (as its pages count
     * them): kept once per statement by the database's triggers `comments_counted_on_*` on every
     * comment written, moved or removed, so that no page counts the whole thread.
     */
    commentCount: integer("comment_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("blog_posts_slug_key").on(t.slug),
    index("blog_posts_published_idx").on(t.publishedAt),
    index("blog_posts_search_idx").using(
      "gin",
      sql`to_tsvector('swedish', ${t.title} || ' ' || ${t.body})`,
    ),
  ],
);

/** The themes a post is about. */
export const blogPostThemes = pgTable(
  "blog_post_themes",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => blogPosts.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.themeId] }),
    index("blog_post_themes_theme_idx").on(t.themeId),
  ],
);
