import { type Db, schema } from "@kraftsamling/db";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { stockholmParts } from "../shared/stockholm-time";
import {
  checkQuarter,
  type Quarter,
  quarterContent,
  quarterDays,
  quarterName,
  type ReportContent,
} from "./content";

type Deps = Pick<Dependencies, "clock">;

/** The longest summary the coordinator writes. */
export const summaryLimit = 20_000;

/** A quarter's report as it reads: the content as sent once sent, else as the data stands today. */
export interface QuarterlyReportView {
  year: number;
  quarter: number;
  summary: string;
  /** YYYY-MM-DD; null while it is being written. */
  sentOn: string | null;
  updatedAt: Date | null;
  content: ReportContent;
}

/** A saved report, for the list of reports. */
export interface QuarterlyReportRow {
  year: number;
  quarter: number;
  sentOn: string | null;
  updatedAt: Date;
  summaryLength: number;
}

const q = schema.quarterlyReports;

const today = (deps: Deps) => {
  const { year, month, day } = stockholmParts(deps.clock.now());
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

const sentRefusal = (quarter: Quarter, sentOn: string, field: string) =>
  new InputError(
    "REPORT_SENT",
    `The report for ${quarterName(quarter)} was sent on ${sentOn} and is kept as it was sent: it can no longer be changed.`,
    field,
  );

async function reportForChange(tx: Db, { year, quarter }: Quarter) {
  const [row] = await tx
    .select()
    .from(q)
    .where(and(eq(q.year, year), eq(q.quarter, quarter)))
    .for("update");
  return row;
}

/**
 * Writes the coordinator's summary of a quarter: creates the report's draft or changes it.
 * Refused once the report is sent.
 */
export async function saveReportSummary(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: Quarter & { summary: string },
): Promise<void> {
  checkQuarter(input);
  const summary = input.summary.trim();
  if (summary.length > summaryLimit) {
    throw new InputError(
      "SUMMARY_TOO_LONG",
      `A summary is at most ${summaryLimit} characters, got ${summary.length}.`,
      "summary",
    );
  }
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    // Two first saves at once: the unique key lets one insert, the other waits and updates.
    await tx
      .insert(q)
      .values({ year: input.year, quarter: input.quarter, updatedById: viewer.personId })
      .onConflictDoNothing();
    const report = await reportForChange(tx, input);
    if (!report) throw new Error("the report disappeared");
    if (report.sentOn) throw sentRefusal(input, report.sentOn, "summary");
    await tx
      .update(q)
      .set({ summary, updatedById: viewer.personId, updatedAt: now })
      .where(eq(q.id, report.id));
    await recordAudit(tx, viewer, {
      action: "report.summary",
      subjectType: "quarterly_report",
      subjectId: report.id,
      before: { summary: report.summary },
      after: { summary },
    });
  });
}

/**
 * Marks a quarter's report as sent to the minister on `sentOn` (YYYY-MM-DD, from the quarter's
 * first day up to today) and keeps its content as it is now, whatever changes later. A sent report
 * stays sent.
 */
export async function markReportSent(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: Quarter & { sentOn: string },
): Promise<void> {
  checkQuarter(input);
  const { from } = quarterDays(input);
  if (input.sentOn < from) {
    throw new InputError(
      "DATE_TOO_EARLY",
      `The report for ${quarterName(input)} cannot be sent before the quarter starts (${from}), got ${input.sentOn}.`,
      "sentOn",
    );
  }
  const day = today(deps);
  if (input.sentOn > day) {
    throw new InputError(
      "DATE_IN_FUTURE",
      `A report is marked as sent on a day up to today (${day}), got ${input.sentOn}.`,
      "sentOn",
    );
  }
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await tx
      .insert(q)
      .values({ year: input.year, quarter: input.quarter, updatedById: viewer.personId })
      .onConflictDoNothing();
    const report = await reportForChange(tx, input);
    if (!report) throw new Error("the report disappeared");
    if (report.sentOn) throw sentRefusal(input, report.sentOn, "sentOn");
    const content = await quarterContent(tx, input);
    await tx
      .update(q)
      .set({
        sentOn: input.sentOn,
        sentContent: content,
        updatedById: viewer.personId,
        updatedAt: now,
      })
      .where(eq(q.id, report.id));
    await recordAudit(tx, viewer, {
      action: "report.sent",
      subjectType: "quarterly_report",
      subjectId: report.id,
      before: { sentOn: null },
      after: { year: input.year, quarter: input.quarter, sentOn: input.sentOn },
    });
  });
}

/** A quarter's report: as it was sent once sent, else today's content with the draft's summary. */
export async function readReport(db: Db, quarter: Quarter): Promise<QuarterlyReportView> {
  checkQuarter(quarter);
  const [report] = await db
    .select()
    .from(q)
    .where(and(eq(q.year, quarter.year), eq(q.quarter, quarter.quarter)));
  if (report?.sentOn && report.sentContent) {
    return {
      year: quarter.year,
      quarter: quarter.quarter,
      summary: report.summary,
      sentOn: report.sentOn,
      updatedAt: report.updatedAt,
      content: report.sentContent as ReportContent,
    };
  }
  return {
    year: quarter.year,
    quarter: quarter.quarter,
    summary: report?.summary ?? "",
    sentOn: null,
    updatedAt: report?.updatedAt ?? null,
    content: await quarterContent(db, quarter),
  };
}

/** The saved reports, latest quarter first. */
export async function listReports(db: Db): Promise<QuarterlyReportRow[]> {
  const rows = await db
    .select({
      year: q.year,
      quarter: q.quarter,
      sentOn: q.sentOn,
      updatedAt: q.updatedAt,
      summaryLength: sql<number>`char_length(${q.summary})`,
    })
    .from(q)
    .orderBy(desc(q.year), desc(q.quarter));
  return rows.map((row) => ({ ...row, summaryLength: Number(row.summaryLength) }));
}
