import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { findingKind, findingSource, findingStatus } from "./enums";
import { meetings } from "./meetings";
import { phases, themes } from "./mission";
import { people } from "./people";
import { municipalities } from "./places";
import { searchWords } from "./search-words";
import { visits } from "./visits";

/**
 * Iakttagelse: what the coordinator learnt at a visit, a meeting, from a survey or research. Its
 * county and municipality group follow from its municipality. Only published findings leave the
 * coordinator's office, and never with who wrote them.
 */
export const findings = pgTable(
  "findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** The title's and body's Swedish words, for search (kept by the database). */
    searchWords: searchWords("search_words").generatedAlwaysAs(
      sql`to_tsvector('swedish', "title" || ' ' || "body")`,
    ),
    kind: findingKind("kind").notNull().default("challenge"),
    source: findingSource("source").notNull(),
    status: findingStatus("status").notNull().default("draft"),
    phaseNumber: smallint("phase_number")
      .notNull()
      .references(() => phases.number),
    municipalityCode: char("municipality_code", { length: 4 }).references(
      () => municipalities.code,
    ),
    visitId: uuid("visit_id").references(() => visits.id, { onDelete: "set null" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    /** The day it was heard or read. */
    observedOn: date("observed_on"),
    recordedById: uuid("recorded_by_id").references(() => people.id, { onDelete: "set null" }),
    /** The number of its latest revision in `finding_revisions`, from 1. */
    version: integer("version").notNull().default(1),
    /** When it was first published. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** When its content last changed after it was first published ("uppdaterad 2016-03-02"). */
    revisedAt: timestamp("revised_at", { withTimezone: true }),
    /** Why it was taken back from the public, while it is unpublished. */
    unpublishedReason: text("unpublished_reason"),
    /** Made up for the demonstration: never a real finding. */
    invented: boolean("invented").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The lists' order (newest or oldest published first, the id breaking ties) and a date range;
    // the municipality too, so that a page of one county or municipality is chosen from the index
    // before any row is read (apps/api/src/findings/public-page.ts).
    index("findings_status_idx").on(t.status, t.publishedAt, t.id, t.municipalityCode),
    // Everything the national picture counts by, so that it reads this index and not the rows
    // with their texts.
    index("findings_picture_idx").on(
      t.status,
      t.kind,
      t.source,
      t.phaseNumber,
      t.municipalityCode,
      t.visitId,
      t.invented,
      t.id,
    ),
    index("findings_meeting_idx").on(t.meetingId),
    index("findings_visit_idx").on(t.visitId),
    // A municipality's, county's or group's findings in the lists' order, and counted from the index.
    index("findings_municipality_idx").on(t.municipalityCode, t.status, t.publishedAt, t.id),
    index("findings_observed_idx").on(t.observedOn),
    index("findings_search_idx").using("gin", t.searchWords),
    check(
      "findings_unpublished_reason",
      sql`(${t.status}::text = 'unpublished') = (${t.unpublishedReason} is not null)`,
    ),
  ],
);

/** The themes a finding is about: one or more. */
export const findingThemes = pgTable(
  "finding_themes",
  {
    findingId: uuid("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id),
  },
  (t) => [
    primaryKey({ columns: [t.findingId, t.themeId] }),
    index("finding_themes_theme_idx").on(t.themeId, t.findingId),
  ],
);

/** Every version of a finding's content, the first included, so that editing keeps the history. */
export const findingRevisions = pgTable(
  "finding_revisions",
  {
    findingId: uuid("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    kind: findingKind("kind").notNull(),
    source: findingSource("source").notNull(),
    phaseNumber: smallint("phase_number").notNull(),
    themeIds: uuid("theme_ids").array().notNull(),
    municipalityCode: char("municipality_code", { length: 4 }),
    visitId: uuid("visit_id"),
    meetingId: uuid("meeting_id"),
    observedOn: date("observed_on"),
    editedById: uuid("edited_by_id").references(() => people.id, { onDelete: "set null" }),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.version] })],
);

/**
 * One row whose version goes up with every statement that changes findings, their themes or the
 * visits, so that an answer of the national picture kept in memory knows when it is out of date.
 * Kept by triggers (see the findings-picture-version migration), whoever writes.
 */
export const findingPictureState = pgTable(
  "finding_picture_state",
  {
    id: smallint("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("finding_picture_state_one_row", sql`${t.id} = 1`)],
);
