import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { proposalStatus, themeStatus } from "./enums";

/** The five phases of the mission (seed 000, slide 14). */
export const phases = pgTable("phases", {
  number: smallint("number").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  startsOn: date("starts_on"),
  endsOn: date("ends_on"),
});

export const themes = pgTable(
  "themes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    phaseNumber: smallint("phase_number").references(() => phases.number),
    status: themeStatus("status").notNull().default("open"),
    /** A moderator locked the thread: no new comments or replies until unlocked. */
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    /** Slow mode: at least this many seconds between one person's comments in this thread; 0 is off. */
    slowModeSeconds: integer("slow_mode_seconds").notNull().default(0),
    /**
     * How many comments the thread holds, deleted and hidden ones included (as its pages count
     * them): kept once per statement by the database's triggers `comments_counted_on_*` on every comment written, moved or
     * removed, so that no page counts the whole thread.
     */
    commentCount: integer("comment_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("themes_slug_key").on(t.slug),
    index("themes_phase_idx").on(t.phaseNumber),
    index("themes_search_idx").using(
      "gin",
      sql`to_tsvector('swedish', ${t.title} || ' ' || ${t.description})`,
    ),
  ],
);

/** The questions asked at every municipality visit (seed 000, slides 10–11), each a prompt under a theme. */
export const visitQuestions = pgTable(
  "visit_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: smallint("number").notNull(),
    text: text("text").notNull(),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id),
  },
  (t) => [
    uniqueIndex("visit_questions_number_key").on(t.number),
    index("visit_questions_theme_idx").on(t.themeId),
  ],
);

/** The proposals to the government (seed 001), each with a responsible body and a status. */
export const proposals = pgTable(
  "proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    responsibleBody: text("responsible_body").notNull(),
    status: proposalStatus("status").notNull(),
    reportDue: date("report_due"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("proposals_number_key").on(t.number)],
);
