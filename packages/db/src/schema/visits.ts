import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { visitQuestions } from "./mission";
import { organisations, people } from "./people";
import { municipalities } from "./places";

/** Why a municipality is in the selection to visit (see @kraftsamling/domain's visit selection). */
export const visitPickReason = pgEnum("visit_pick_reason", [
  "locked_in",
  "only_in_county",
  "covers_county",
  "group_seat",
]);

/** Where a municipality visit stands: planned, held, then written up. */
export const visitStatus = pgEnum("visit_status", ["planned", "held", "written_up"]);

/**
 * A saved choice of the municipalities to visit, with what it was made from (size, seed, locks).
 * Saving keeps the earlier ones as history: exactly one has no `replacedAt`, the current one.
 */
export const visitSelections = pgTable(
  "visit_selections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    size: smallint("size").notNull(),
    seed: integer("seed").notNull(),
    lockedIn: text("locked_in").array().notNull().default(sql`'{}'::text[]`),
    lockedOut: text("locked_out").array().notNull().default(sql`'{}'::text[]`),
    savedById: uuid("saved_by_id").references(() => people.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
    /** When a later selection took its place; null for the current one. */
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
    /** Made up for the demonstration: never a real selection. */
    invented: boolean("invented").notNull().default(false),
  },
  (t) => [
    uniqueIndex("visit_selections_current_key").on(sql`(true)`).where(sql`${t.replacedAt} is null`),
  ],
);

/** One municipality of a saved selection, with why it was picked and in which order. */
export const visitSelectionPicks = pgTable(
  "visit_selection_picks",
  {
    selectionId: uuid("selection_id")
      .notNull()
      .references(() => visitSelections.id, { onDelete: "cascade" }),
    municipalityCode: char("municipality_code", { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    reason: visitPickReason("reason").notNull(),
    /** Which of its municipality group's seats it takes: 1 for the first. */
    seat: smallint("seat").notNull(),
    /** The order the picks were made in, from 1. */
    position: smallint("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.selectionId, t.municipalityCode] }),
    uniqueIndex("visit_selection_picks_position_key").on(t.selectionId, t.position),
    index("visit_selection_picks_municipality_idx").on(t.municipalityCode),
  ],
);

/** Kommunbesök: one of the two visits (round 1 autumn 2015, round 2 spring 2016) to a municipality. */
export const visits = pgTable(
  "visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityCode: char("municipality_code", { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    round: smallint("round").notNull(),
    visitDate: date("visit_date").notNull(),
    status: visitStatus("status").notNull().default("planned"),
    notes: text("notes").notNull().default(""),
    /** Made up for the demonstration: never a real visit. */
    invented: boolean("invented").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("visits_municipality_round_key").on(t.municipalityCode, t.round),
    index("visits_date_idx").on(t.visitDate),
    check("visits_round", sql`${t.round} in (1, 2)`),
  ],
);

/**
 * Who took part in a visit: a person with an account, or an organisation with an optional role
 * ("socialchef"), or a role alone. A person's rows go with their account when it is erased.
 */
export const visitParticipants = pgTable(
  "visit_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "cascade",
    }),
    role: text("role"),
    position: smallint("position").notNull(),
  },
  (t) => [
    index("visit_participants_visit_idx").on(t.visitId, t.position),
    index("visit_participants_person_idx").on(t.personId),
    index("visit_participants_organisation_idx").on(t.organisationId),
    check(
      "visit_participants_kind",
      sql`(${t.personId} is not null and ${t.organisationId} is null and ${t.role} is null)
        or (${t.personId} is null and ${t.organisationId} is not null)
        or (${t.personId} is null and ${t.organisationId} is null and ${t.role} is not null)`,
    ),
  ],
);

/** What was heard in a visit to one of the seven visit questions. */
export const visitAnswers = pgTable(
  "visit_answers",
  {
    visitId: uuid("visit_id")
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    questionNumber: smallint("question_number")
      .notNull()
      .references(() => visitQuestions.number),
    answer: text("answer").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.questionNumber] })],
);
