import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { respondentRole, surveyImportStatus, surveyRound } from "./enums";
import { people } from "./people";
import { municipalities } from "./places";

/**
 * Tidsmätningen: one survey of how social workers spend their time, imported from a CSV file.
 * Its aggregates stay when its respondents' rows are deleted at the end of the retention period.
 */
export const surveys = pgTable(
  "surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    round: surveyRound("round").notNull(),
    /** The SHA-256 of the imported file: the same file is not imported twice. */
    fileSha256: char("file_sha256", { length: 64 }).notNull(),
    respondentCount: integer("respondent_count").notNull(),
    importedById: uuid("imported_by_id").references(() => people.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
    /** When its respondents' rows were deleted (the retention period ended); the aggregates stay. */
    respondentsDeletedAt: timestamp("respondents_deleted_at", { withTimezone: true }),
    /** Made up for the demonstration: never a real measurement. */
    invented: boolean("invented").notNull().default(false),
  },
  (t) => [
    uniqueIndex("surveys_file_key").on(t.fileSha256),
    check("surveys_period", sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/** One respondent of a survey: where they work, their role and the shares of their time (0–1). */
export const surveyRespondents = pgTable(
  "survey_respondents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    /** The row of the file it came from, the header being row 1. */
    rowNumber: integer("row_number").notNull(),
    municipalityCode: char("municipality_code", { length: 4 })
      .notNull()
      .references(() => municipalities.code),
    role: respondentRole("role").notNull(),
    directShare: doublePrecision("direct_share").notNull(),
    documentationShare: doublePrecision("documentation_share").notNull(),
    administrationShare: doublePrecision("administration_share").notNull(),
    travelShare: doublePrecision("travel_share").notNull(),
    otherShare: doublePrecision("other_share").notNull(),
  },
  (t) => [
    index("survey_respondents_survey_idx").on(t.surveyId, t.rowNumber),
    check(
      "survey_respondents_shares",
      sql`abs(${t.directShare} + ${t.documentationShare} + ${t.administrationShare} + ${t.travelShare} + ${t.otherShare} - 1) < 0.0001`,
    ),
  ],
);

/**
 * The direct-time share's distribution in one cell of a survey's fixed groupings, computed at import
 * and kept after the respondents' rows are gone. `grouping` is one of total, group, county, role,
 * group_role, county_role; `key1`/`key2` the cell's codes ('' where the grouping has none). Small
 * cells are stored as they are and suppressed whenever they are read.
 */
export const surveyCells = pgTable(
  "survey_cells",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    grouping: text("grouping").notNull(),
    key1: text("key1").notNull().default(""),
    key2: text("key2").notNull().default(""),
    n: integer("n").notNull(),
    mean: doublePrecision("mean").notNull(),
    median: doublePrecision("median").notNull(),
    q1: doublePrecision("q1").notNull(),
    q3: doublePrecision("q3").notNull(),
  },
  (t) => [uniqueIndex("survey_cells_key").on(t.surveyId, t.grouping, t.key1, t.key2)],
);

/** An import of a survey file under way or done: its progress and, when refused, every bad row. */
export const surveyImports = pgTable(
  "survey_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    status: surveyImportStatus("status").notNull().default("running"),
    name: text("name").notNull(),
    fileSha256: char("file_sha256", { length: 64 }),
    rowsRead: integer("rows_read").notNull().default(0),
    /** Every bad row: [{ row, reason }], when refused. */
    problems: jsonb("problems").$type<{ row: number; reason: string }[]>(),
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "set null" }),
    startedById: uuid("started_by_id").references(() => people.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("survey_imports_started_idx").on(t.startedAt)],
);

/** The measurement's settings: one row. */
export const measurementSettings = pgTable(
  "measurement_settings",
  {
    id: smallint("id").primaryKey().default(1),
    /** How many days after its import a survey's respondent rows are kept. */
    respondentRetentionDays: integer("respondent_retention_days").notNull().default(365),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("measurement_settings_one_row", sql`${t.id} = 1`),
    check("measurement_settings_retention", sql`${t.respondentRetentionDays} between 1 and 3650`),
  ],
);
