import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { commitmentKind, commitmentStatus } from "./enums";
import { findings } from "./findings";
import { meetings } from "./meetings";
import { people } from "./people";

/**
 * Åtagande: one of the ten proposals to the government (seed 001) or a part of SKL's action plan
 * (seed 004: its areas, the items "SKL ska verka för" under them, its stability factors), with who
 * carries it out and where it stands.
 */
export const commitments = pgTable(
  "commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    kind: commitmentKind("kind").notNull(),
    /** Its number in its source (proposal 5), or its order there. */
    number: smallint("number").notNull(),
    /** An action item's area. */
    parentId: uuid("parent_id").references((): AnyPgColumn => commitments.id),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** Who carries it out: "Socialstyrelsen", "SKL", "Regeringen". */
    actor: text("actor").notNull(),
    /** Its latest status, as the latest change in its history says. */
    status: commitmentStatus("status").notNull(),
    /** Where in the sources it comes from: "seed 001", "seed 004". */
    source: text("source").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("commitments_slug_key").on(t.slug),
    index("commitments_kind_idx").on(t.kind, t.number),
    index("commitments_parent_idx").on(t.parentId),
  ],
);

/** A step in a commitment's timeline: its status from a day on, with a note. */
export const commitmentStatusChanges = pgTable(
  "commitment_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    status: commitmentStatus("status").notNull(),
    changedOn: date("changed_on").notNull(),
    /** The sources do not date it: the day is assumed. */
    dateAssumed: boolean("date_assumed").notNull().default(false),
    note: text("note").notNull().default(""),
    recordedById: uuid("recorded_by_id").references(() => people.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("commitment_status_changes_commitment_idx").on(t.commitmentId, t.changedOn)],
);

/** The findings that led to a commitment. */
export const commitmentFindings = pgTable(
  "commitment_findings",
  {
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    findingId: uuid("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.findingId] }),
    index("commitment_findings_finding_idx").on(t.findingId),
  ],
);

/** The meetings that led to a commitment. */
export const commitmentMeetings = pgTable(
  "commitment_meetings",
  {
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.meetingId] }),
    index("commitment_meetings_meeting_idx").on(t.meetingId),
  ],
);
