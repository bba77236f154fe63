import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { blogPosts } from "./blog";
import { commentHiddenBy, commentReportReason } from "./enums";
import { themes } from "./mission";
import { organisations, people } from "./people";
import { searchWords } from "./search-words";

/** A comment in a theme's thread; the author may speak for one of their organisations. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The thread: a theme's, or a blog post's (exactly one of the two). */
    themeId: uuid("theme_id").references(() => themes.id),
    postId: uuid("post_id").references(() => blogPosts.id),
    /** Null once the author's account is erased: the comment stays, as a former participant's. */
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id),
    body: text("body").notNull(),
    /** The body's Swedish words, for search (kept by the database). */
    searchWords: searchWords("search_words").generatedAlwaysAs(sql`to_tsvector('swedish', "body")`),
    /**
     * The body rendered from the portal's Markdown subset, written with the body (null for a row
     * written before the column existed, or by a tool that does not render: read renders it then).
     */
    bodyHtml: text("body_html"),
    /** 0 for a comment on the theme, 1–3 for replies. */
    depth: smallint("depth").notNull().default(0),
    /** The author marked it as the organisation's position; it shows as such once an admin approves. */
    positionProposed: boolean("position_proposed").notNull().default(false),
    positionApprovedAt: timestamp("position_approved_at", { withTimezone: true }),
    positionApprovedById: uuid("position_approved_by_id").references(() => people.id, {
      onDelete: "set null",
    }),
    /**
     * In milliseconds, as the thread's page cursors carry it: a cursor names its comment exactly,
     * so that the next page starts right after it.
     */
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** Hidden by a moderator, or by reports until a moderator decides. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    /** Who hid it: reports or a moderator; null when it is not hidden. */
    hiddenBy: commentHiddenBy("hidden_by"),
    /** The moderator's reason, shown to the author; null when reports hid it. */
    hiddenReason: text("hidden_reason"),
    /** The moderator who hid it; null when reports hid it. */
    hiddenById: uuid("hidden_by_id").references((): AnyPgColumn => people.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    check("comments_one_thread", sql`num_nonnulls(${t.themeId}, ${t.postId}) = 1`),
    // A hidden comment says who hid it; reports give no reason, only a moderator does.
    check(
      "comments_hidden_by",
      sql`(${t.hiddenAt} is null) = (${t.hiddenBy} is null) and (${t.hiddenBy} is distinct from 'reports' or ${t.hiddenReason} is null)`,
    ),
    // A thread's pages in the order written: the id breaks ties, so a page starts at its cursor.
    index("comments_theme_idx").on(t.themeId, t.createdAt, t.id),
    index("comments_post_idx").on(t.postId, t.createdAt, t.id),
    index("comments_parent_idx").on(t.parentId),
    index("comments_author_idx").on(t.authorId, t.createdAt),
    // Swedish full-text search over the stored words.
    index("comments_search_idx").using("gin", t.searchWords),
    // The comments whose HTML is still to be stored, found at start without reading them all.
    index("comments_html_missing_idx")
      .on(t.id)
      .where(sql`${t.bodyHtml} is null`),
  ],
);

/** Earlier wordings of an edited comment, kept. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    /** When this wording was replaced. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId)],
);

/** "Håller med": one per person and comment. */
export const commentAgreements = pgTable(
  "comment_agreements",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.personId] })],
);

/** A participant's report of a comment; open until a moderator hides, restores or dismisses. */
export const commentReports = pgTable(
  "comment_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reporterId: uuid("reporter_id").references(() => people.id, { onDelete: "set null" }),
    reason: commentReportReason("reason").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    // One open report per person and comment: reporting again counts once.
    uniqueIndex("comment_reports_open_key")
      .on(t.commentId, t.reporterId)
      .where(sql`${t.resolvedAt} is null`),
    index("comment_reports_open_idx").on(t.resolvedAt, t.commentId),
  ],
);

/** A participant blocked from writing until a moment. */
export const participantBlocks = pgTable(
  "participant_blocks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    until: timestamp("until", { withTimezone: true }).notNull(),
    reason: text("reason").notNull(),
    blockedById: uuid("blocked_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participant_blocks_person_idx").on(t.personId, t.until)],
);
