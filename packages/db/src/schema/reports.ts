import { sql } from "drizzle-orm";
import {
  check,
  date,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { people } from "./people";

/**
 * The quarterly report to the minister: the coordinator's summary for a quarter and, once sent, the
 * report as it was sent, kept unchanged whatever changes later.
 */
export const quarterlyReports = pgTable(
  "quarterly_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    year: smallint("year").notNull(),
    quarter: smallint("quarter").notNull(),
    summary: text("summary").notNull().default(""),
    /** The day it was sent to the minister; null while it is being written. */
    sentOn: date("sent_on"),
    /** The report's content as it was sent (findings, meetings, visits, measurement, commitments). */
    sentContent: jsonb("sent_content"),
    updatedById: uuid("updated_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("quarterly_reports_quarter_key").on(t.year, t.quarter),
    check("quarterly_reports_quarter", sql`${t.quarter} between 1 and 4`),
    check("quarterly_reports_sent", sql`(${t.sentOn} is null) = (${t.sentContent} is null)`),
  ],
);
