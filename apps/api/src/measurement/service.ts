import { type Db, schema } from "@kraftsamling/db";
import {
  cellKey,
  type DisclosureCell,
  type SurveyGrouping,
  suppressedCells,
  suppressedLabel,
  surveyGroupings,
} from "@kraftsamling/domain";
import { and, asc, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

type Deps = Pick<Dependencies, "clock">;
export type SurveyRow = typeof schema.surveys.$inferSelect;
export type SurveyImportRow = typeof schema.surveyImports.$inferSelect;
export type SurveyRound = SurveyRow["round"];
export type RespondentRole = (typeof schema.respondentRole.enumValues)[number];
export type { SurveyGrouping };
export { surveyGroupings };

/** The retention of respondent rows when the coordinator has set none. */
export const defaultRetentionDays = 365;
export const retentionLimits = { min: 1, max: 3650 } as const;
export const surveyImportPage = { maxLimit: 100 } as const;

/** One published cell of the direct-time share: its keys, and its statistics unless suppressed. */
export interface DirectTimeCellView {
  grouping: SurveyGrouping;
  groupCode: string | null;
  countyCode: string | null;
  role: RespondentRole | null;
  suppressed: boolean;
  /** "färre än 5" when suppressed. */
  label: string | null;
  n: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

type CellRow = typeof schema.surveyCells.$inferSelect;

const roleOrder: Record<string, number> = Object.fromEntries(
  schema.respondentRole.enumValues.map((role, index) => [role, index]),
);

/** The keys of a cell as the API names them. */
function keysOf(cell: Pick<CellRow, "grouping" | "key1" | "key2">) {
  const g = cell.grouping;
  return {
    groupCode: g === "group" || g === "group_role" ? cell.key1 : null,
    countyCode: g === "county" || g === "county_role" ? cell.key1 : null,
    role: (g === "role"
      ? cell.key1
      : g.endsWith("_role")
        ? cell.key2
        : null) as RespondentRole | null,
  };
}

/** Which cells of each survey are hidden: computed over all its groupings at once, once. */
const hiddenBySurvey = new Map<string, Set<string>>();

async function cellsOfSurvey(
  db: Db,
  surveyId: string,
): Promise<{ cells: CellRow[]; hidden: Set<string> }> {
  const cells = await db
    .select()
    .from(schema.surveyCells)
    .where(eq(schema.surveyCells.surveyId, surveyId));
  let hidden = hiddenBySurvey.get(surveyId);
  if (!hidden) {
    hidden = suppressedCells(
      cells.map((c) => ({
        grouping: c.grouping as SurveyGrouping,
        key1: c.key1,
        key2: c.key2,
        n: c.n,
      })),
    );
    // Cells never change once imported; a survey's answers keep the same suppression.
    if (cells.length > 0) hiddenBySurvey.set(surveyId, hidden);
  }
  return { cells, hidden };
}

/**
 * A share as published: four decimals (a hundredth of a percentage point), as the CSV file writes
 * it. More digits say nothing a reader needs and would let the exact sums of the answers be
 * worked out from the means.
 */
const publishedShare = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10_000) / 10_000;

function view(cell: CellRow, hidden: Set<string>): DirectTimeCellView {
  const suppressed = hidden.has(cellKey(cell as DisclosureCell));
  return {
    grouping: cell.grouping as SurveyGrouping,
    ...keysOf(cell),
    suppressed,
    label: suppressed ? suppressedLabel : null,
    n: suppressed ? null : cell.n,
    mean: suppressed ? null : publishedShare(cell.mean),
    median: suppressed ? null : publishedShare(cell.median),
    q1: suppressed ? null : publishedShare(cell.q1),
    q3: suppressed ? null : publishedShare(cell.q3),
  };
}

/** Codes in order, roles in the enum's order. */
const keyOrder = (key: string) => (key in roleOrder ? String(roleOrder[key]) : key);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKeys = (a: Pick<CellRow, "key1" | "key2">, b: Pick<CellRow, "key1" | "key2">) =>
  compare(keyOrder(a.key1), keyOrder(b.key1)) || compare(keyOrder(a.key2), keyOrder(b.key2));

/**
 * The direct-time share's distribution in the cells of one grouping of a survey, by key: a cell
 * with fewer than five respondents, or one that could be worked out from the others and the
 * totals, is suppressed (no count, no statistic). Empty when there is no such survey.
 */
export async function directTimeDistribution(
  db: Db,
  surveyId: string | number,
  grouping: SurveyGrouping,
): Promise<DirectTimeCellView[]> {
  const id = uuidOrNull(surveyId);
  if (!id) return [];
  const { cells, hidden } = await cellsOfSurvey(db, id);
  return cells
    .filter((c) => c.grouping === grouping)
    .sort(byKeys)
    .map((c) => view(c, hidden));
}

/** Every published cell of a survey, all groupings: what the CSV file and the attack test read. */
export async function allDirectTimeCells(db: Db, surveyId: string): Promise<DirectTimeCellView[]> {
  const { cells, hidden } = await cellsOfSurvey(db, surveyId);
  return surveyGroupings.flatMap((g) =>
    cells
      .filter((c) => c.grouping === g)
      .sort(byKeys)
      .map((c) => view(c, hidden)),
  );
}

export interface DirectTimeChangeView {
  before: SurveyRow;
  after: SurveyRow;
  cells: DirectTimeChangeCellView[];
}

export interface DirectTimeChangeCellView {
  grouping: SurveyGrouping;
  groupCode: string | null;
  countyCode: string | null;
  role: RespondentRole | null;
  /** Suppressed on either side: nothing of the cell is shown. */
  suppressed: boolean;
  label: string | null;
  before: DirectTimeCellView | null;
  after: DirectTimeCellView | null;
  medianChange: number | null;
  meanChange: number | null;
}

/** The latest survey of each round, by period then import. */
async function latestOfRound(db: Db, round: SurveyRound): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.surveys)
    .where(eq(schema.surveys.round, round))
    .orderBy(desc(schema.surveys.periodEnd), desc(schema.surveys.importedAt))
    .limit(1);
  return row;
}

/**
 * The change of the direct-time share between the latest survey before the first visit round and
 * the latest before the second, cell by cell of one grouping; a cell suppressed on either side is
 * suppressed here. Null until both rounds have a survey.
 */
export async function directTimeChange(
  db: Db,
  grouping: SurveyGrouping,
): Promise<DirectTimeChangeView | null> {
  const before = await latestOfRound(db, "before_visit_1");
  const after = await latestOfRound(db, "before_visit_2");
  if (!before || !after) return null;
  const [b, a] = await Promise.all([
    directTimeDistribution(db, before.id, grouping),
    directTimeDistribution(db, after.id, grouping),
  ]);
  const keyOf = (c: DirectTimeCellView) =>
    `${c.groupCode ?? ""}|${c.countyCode ?? ""}|${c.role ?? ""}`;
  const beforeByKey = new Map(b.map((c) => [keyOf(c), c]));
  const afterByKey = new Map(a.map((c) => [keyOf(c), c]));
  const keys = [...new Set([...b.map(keyOf), ...a.map(keyOf)])];
  const cells = keys.map((key) => {
    const x = beforeByKey.get(key) ?? null;
    const y = afterByKey.get(key) ?? null;
    const any = (x ?? y) as DirectTimeCellView;
    const suppressed = Boolean(x?.suppressed || y?.suppressed);
    const change = (f: "median" | "mean") => {
      const from = x?.[f];
      const to = y?.[f];
      return suppressed || from == null || to == null ? null : publishedShare(to - from);
    };
    return {
      grouping,
      groupCode: any.groupCode,
      countyCode: any.countyCode,
      role: any.role,
      suppressed,
      label: suppressed ? suppressedLabel : null,
      before: suppressed ? null : x,
      after: suppressed ? null : y,
      medianChange: change("median"),
      meanChange: change("mean"),
    };
  });
  const sortKey = (c: DirectTimeChangeCellView) =>
    `${c.groupCode ?? ""}|${c.countyCode ?? ""}|${String(roleOrder[c.role ?? ""] ?? "")}`;
  cells.sort((p, q) => (sortKey(p) < sortKey(q) ? -1 : sortKey(p) > sortKey(q) ? 1 : 0));
  return { before, after, cells };
}

/** The surveys, newest period first. */
export async function listSurveys(db: Db): Promise<SurveyRow[]> {
  return db
    .select()
    .from(schema.surveys)
    .orderBy(desc(schema.surveys.periodEnd), desc(schema.surveys.importedAt));
}

export async function surveyById(db: Db, id: string | number): Promise<SurveyRow | undefined> {
  const surveyId = uuidOrNull(id);
  if (!surveyId) return undefined;
  const [row] = await db.select().from(schema.surveys).where(eq(schema.surveys.id, surveyId));
  return row;
}

/** A survey's respondent count as everyone may read it: null when the whole survey is a small cell. */
export async function publicRespondentCount(db: Db, survey: SurveyRow): Promise<number | null> {
  const { cells, hidden } = await cellsOfSurvey(db, survey.id);
  const total = cells.find((c) => c.grouping === "total");
  if (!total) return survey.respondentCount >= 5 ? survey.respondentCount : null;
  return hidden.has(cellKey(total as DisclosureCell)) ? null : total.n;
}

export async function surveyImportById(
  db: Db,
  id: string | number,
): Promise<SurveyImportRow | undefined> {
  const importId = uuidOrNull(id);
  if (!importId) return undefined;
  const [row] = await db
    .select()
    .from(schema.surveyImports)
    .where(eq(schema.surveyImports.id, importId));
  return row;
}

/** The latest imports first, a running one included. */
export async function listSurveyImports(db: Db, limit: number): Promise<SurveyImportRow[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > surveyImportPage.maxLimit) {
    throw new InputError(
      "OUT_OF_RANGE",
      `limit must be between 1 and ${surveyImportPage.maxLimit}, got ${limit}.`,
      "limit",
    );
  }
  return db
    .select()
    .from(schema.surveyImports)
    .orderBy(desc(schema.surveyImports.startedAt), asc(schema.surveyImports.id))
    .limit(limit);
}

/** How many days after its import a survey's respondent rows are kept. */
export async function respondentRetentionDays(
  db: Db,
): Promise<{ days: number; updatedAt: Date | null }> {
  const [row] = await db
    .select()
    .from(schema.measurementSettings)
    .where(eq(schema.measurementSettings.id, 1));
  return {
    days: row?.respondentRetentionDays ?? defaultRetentionDays,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** When a survey's respondent rows go (or went), by the retention now set. */
export function respondentsDeleteOn(survey: Pick<SurveyRow, "importedAt">, days: number): Date {
  return new Date(survey.importedAt.getTime() + days * 86_400_000);
}

/** Sets how long respondent rows are kept (coordinator): 1–3650 days. */
export async function setRespondentRetention(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  days: number,
): Promise<{ days: number; updatedAt: Date | null }> {
  if (!Number.isInteger(days) || days < retentionLimits.min || days > retentionLimits.max) {
    throw new InputError(
      "OUT_OF_RANGE",
      `The retention is ${retentionLimits.min}–${retentionLimits.max} days, got ${days}.`,
      "days",
    );
  }
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    const before = await respondentRetentionDays(tx as unknown as Db);
    await tx
      .insert(schema.measurementSettings)
      .values({ id: 1, respondentRetentionDays: days, updatedAt: now })
      .onConflictDoUpdate({
        target: schema.measurementSettings.id,
        set: { respondentRetentionDays: days, updatedAt: now },
      });
    await recordAudit(tx as unknown as Db, viewer, {
      action: "measurement.setRespondentRetention",
      subjectType: "measurementSettings",
      subjectId: null,
      before: { respondentRetentionDays: before.days },
      after: { respondentRetentionDays: days },
    });
  });
  return respondentRetentionDays(db);
}

/**
 * Deletes the respondent rows of every survey imported longer ago than the retention period and
 * notes when; the survey and its cells stay. Answers the surveys whose rows went.
 */
export async function deleteExpiredRespondents(db: Db, deps: Deps): Promise<string[]> {
  const { days } = await respondentRetentionDays(db);
  const cutoff = new Date(deps.clock.now().getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: schema.surveys.id })
      .from(schema.surveys)
      .where(
        and(lt(schema.surveys.importedAt, cutoff), isNull(schema.surveys.respondentsDeletedAt)),
      )
      .for("update");
    const ids = expired.map((s) => s.id);
    if (ids.length === 0) return [];
    await tx
      .delete(schema.surveyRespondents)
      .where(inArray(schema.surveyRespondents.surveyId, ids));
    await tx
      .update(schema.surveys)
      .set({ respondentsDeletedAt: deps.clock.now() })
      .where(inArray(schema.surveys.id, ids));
    await recordAudit(tx as unknown as Db, null, {
      action: "measurement.deleteExpiredRespondents",
      subjectType: "survey",
      subjectId: null,
      after: { surveyIds: ids, retentionDays: days },
    });
    return ids;
  });
}

/** How many respondent rows a survey still has (the coordinator's view of the retention). */
export async function keptRespondents(db: Db, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.surveyRespondents)
    .where(eq(schema.surveyRespondents.surveyId, surveyId));
  return row?.n ?? 0;
}

/**
 * Imports noted as running that no process is reading any more (the API stopped midway): at
 * start, every running import is refused, and while running, those started more than a day ago.
 */
export async function refuseAbandonedImports(
  db: Db,
  deps: Deps,
  startedBefore?: Date,
): Promise<number> {
  const cutoff = startedBefore ?? new Date(deps.clock.now().getTime() - 86_400_000);
  const refused = await db
    .update(schema.surveyImports)
    .set({
      status: "refused",
      problems: [{ row: 0, reason: "importen avbröts när portalen startades om" }],
      finishedAt: deps.clock.now(),
    })
    .where(
      and(eq(schema.surveyImports.status, "running"), lt(schema.surveyImports.startedAt, cutoff)),
    )
    .returning({ id: schema.surveyImports.id });
  return refused.length;
}
