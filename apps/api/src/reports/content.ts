import { type Db, rowsOf, schema } from "@kraftsamling/db";
import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { directTimeDistribution } from "../measurement/service";
import { InputError } from "../shared/errors";
import { fromStockholm } from "../shared/stockholm-time";

/** The quarters a report can be written for: the mission's years and some margin. */
export const reportYears = { min: 2015, max: 2030 } as const;

export interface Quarter {
  year: number;
  quarter: number;
}

/** The year and quarter, or OUT_OF_RANGE naming the one at fault. */
export function checkQuarter({ year, quarter }: Quarter): void {
  if (!Number.isInteger(year) || year < reportYears.min || year > reportYears.max) {
    throw new InputError(
      "OUT_OF_RANGE",
      `year must be between ${reportYears.min} and ${reportYears.max}, got ${year}.`,
      "year",
    );
  }
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new InputError(
      "OUT_OF_RANGE",
      `quarter must be 1, 2, 3 or 4, got ${quarter}.`,
      "quarter",
    );
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The quarter's first day and the day after its last, as YYYY-MM-DD. */
export function quarterDays({ year, quarter }: Quarter): { from: string; until: string } {
  const month = (quarter - 1) * 3 + 1;
  const next = quarter === 4 ? { year: year + 1, month: 1 } : { year, month: month + 3 };
  return { from: `${year}-${pad(month)}-01`, until: `${next.year}-${pad(next.month)}-01` };
}

/** The quarter as the moments it starts and ends in Stockholm. */
export function quarterMoments(q: Quarter): { from: Date; until: Date } {
  const { from, until } = quarterDays(q);
  const at = (day: string) => {
    const [year, month] = day.split("-").map(Number) as [number, number];
    return fromStockholm({ year, month, day: 1, hour: 0, minute: 0 });
  };
  return { from: at(from), until: at(until) };
}

/** "Q3 2016". */
export const quarterName = ({ year, quarter }: Quarter) => `Q${quarter} ${year}`;

export interface ThemeFindings {
  themeSlug: string;
  theme: string;
  challenges: number;
  goodExamples: number;
}

export interface HeldMeeting {
  slug: string;
  title: string;
  /** ISO 8601. */
  startsAt: string;
  organisationCount: number;
  /**
   * Where the count comes from: the organisations of its confirmed registrations, or, when no
   * confirmed registration names an organisation, those invited to it.
   */
  countedFrom: "registrations" | "invitations";
}

export interface MadeVisit {
  municipalityCode: string;
  municipality: string;
  round: number;
  /** YYYY-MM-DD. */
  date: string;
}

export interface HeadlineCell {
  /** "Samtliga" for the total, else the municipality group's name. */
  label: string;
  /** The municipality group's code; null for the total. */
  groupCode: string | null;
  suppressed: boolean;
  /** "färre än 5" when suppressed. */
  suppressedLabel: string | null;
  n: number | null;
  mean: number | null;
  median: number | null;
}

export interface MeasurementHeadline {
  surveyName: string;
  /** YYYY-MM-DD. */
  periodStart: string;
  periodEnd: string;
  invented: boolean;
  cells: HeadlineCell[];
}

export interface CommitmentChange {
  commitmentSlug: string;
  commitmentTitle: string;
  status: (typeof schema.commitmentStatus.enumValues)[number];
  /** YYYY-MM-DD. */
  changedOn: string;
  dateAssumed: boolean;
  note: string;
}

/** What a quarter's report says, as plain data: stored as it is when the report is sent. */
export interface ReportContent {
  year: number;
  quarter: number;
  /** The quarter's first and last day, YYYY-MM-DD. */
  firstDay: string;
  lastDay: string;
  /** New published findings by theme: a finding with two themes counts in both. */
  findingsByTheme: ThemeFindings[];
  /** Distinct new published findings. */
  findingTotals: { challenges: number; goodExamples: number };
  meetingsHeld: HeldMeeting[];
  /** Distinct organisations that took part in any of the meetings held. */
  organisationCount: number;
  visits: MadeVisit[];
  /** The latest survey whose period ended by the quarter's end; null when there is none. */
  measurement: MeasurementHeadline | null;
  commitmentChanges: CommitmentChange[];
  /** Which parts count made-up demonstration data: "findings", "visits", "measurement". */
  inventedParts: string[];
}

const int = (value: unknown) => Number(value ?? 0);

interface MeetingRow {
  slug: string;
  title: string;
  starts_at: string | Date;
  organisation_ids: string[] | null;
  from_registrations: boolean;
}

async function findingsPart(db: Db, q: Quarter) {
  const { from, until } = quarterMoments(q);
  const f = schema.findings;
  const t = schema.themes;
  const rows = await db
    .select({
      slug: t.slug,
      title: t.title,
      challenges: sql<number>`count(distinct ${f.id}) filter (where ${f.kind} = 'challenge')`,
      goodExamples: sql<number>`count(distinct ${f.id}) filter (where ${f.kind} = 'good_example')`,
      invented: sql<boolean>`coalesce(bool_or(${f.invented}), false)`,
      total: sql<number>`grouping(${t.slug}, ${t.title})`,
    })
    .from(f)
    .innerJoin(schema.findingThemes, eq(schema.findingThemes.findingId, f.id))
    .innerJoin(t, eq(t.id, schema.findingThemes.themeId))
    .where(and(eq(f.status, "published"), gte(f.publishedAt, from), lt(f.publishedAt, until)))
    .groupBy(sql`grouping sets ((${t.slug}, ${t.title}), ())`);
  const themes = rows
    .filter((row) => int(row.total) === 0)
    .map((row) => ({
      themeSlug: row.slug,
      theme: row.title,
      challenges: int(row.challenges),
      goodExamples: int(row.goodExamples),
    }))
    .sort((a, b) => a.theme.localeCompare(b.theme, "sv"));
  const all = rows.find((row) => int(row.total) !== 0);
  return {
    findingsByTheme: themes,
    findingTotals: { challenges: int(all?.challenges), goodExamples: int(all?.goodExamples) },
    invented: Boolean(all?.invented),
  };
}

async function meetingsPart(db: Db, q: Quarter) {
  const { from, until } = quarterMoments(q);
  const result = await db.execute(sql`
    with held as (
      select m.id, m.slug, m.title, m.starts_at from ${schema.meetings} m
      where m.status = 'held' and m.parent_id is null
        and m.starts_at >= ${from.toISOString()}::timestamptz
        and m.starts_at < ${until.toISOString()}::timestamptz
    ),
    registered as (
      select r.meeting_id, r.organisation_id from ${schema.meetingRegistrations} r
      join held h on h.id = r.meeting_id
      where r.status = 'confirmed' and r.organisation_id is not null
    ),
    invited as (
      select mo.meeting_id, mo.organisation_id from ${schema.meetingOrganisations} mo
      join held h on h.id = mo.meeting_id
      where not exists (select 1 from registered r where r.meeting_id = mo.meeting_id)
    ),
    took_part as (select * from registered union select * from invited)
    select h.slug, h.title, h.starts_at,
      array_remove(array_agg(distinct t.organisation_id::text), null) as organisation_ids,
      exists (select 1 from registered r where r.meeting_id = h.id) as from_registrations
    from held h left join took_part t on t.meeting_id = h.id
    group by h.id, h.slug, h.title, h.starts_at
    order by h.starts_at, h.slug
  `);
  const everyone = new Set<string>();
  const meetingsHeld: HeldMeeting[] = rowsOf<MeetingRow>(result).map((row) => {
    const ids = row.organisation_ids ?? [];
    for (const id of ids) everyone.add(id);
    return {
      slug: row.slug,
      title: row.title,
      startsAt: new Date(row.starts_at).toISOString(),
      organisationCount: ids.length,
      countedFrom: row.from_registrations ? "registrations" : "invitations",
    };
  });
  return { meetingsHeld, organisationCount: everyone.size };
}

async function visitsPart(db: Db, q: Quarter) {
  const { from, until } = quarterDays(q);
  const v = schema.visits;
  const rows = await db
    .select({
      municipalityCode: v.municipalityCode,
      municipality: schema.municipalities.name,
      round: v.round,
      date: v.visitDate,
      invented: v.invented,
    })
    .from(v)
    .innerJoin(schema.municipalities, eq(schema.municipalities.code, v.municipalityCode))
    .where(
      and(
        inArray(v.status, ["held", "written_up"]),
        gte(v.visitDate, from),
        lt(v.visitDate, until),
      ),
    )
    .orderBy(asc(v.visitDate), asc(schema.municipalities.name));
  return {
    visits: rows.map(({ invented: _, ...visit }) => visit),
    invented: rows.some((row) => row.invented),
  };
}

/**
 * The headline of the measurement: the total and the municipality groups of the latest survey
 * whose period ended by the quarter's end, suppressed exactly as the public sees them.
 */
async function measurementPart(db: Db, q: Quarter): Promise<MeasurementHeadline | null> {
  const { until } = quarterDays(q);
  const s = schema.surveys;
  const [survey] = await db
    .select()
    .from(s)
    .where(lt(s.periodEnd, until))
    .orderBy(desc(s.periodEnd), desc(s.importedAt))
    .limit(1);
  if (!survey) return null;
  const [total, groups, groupNames] = await Promise.all([
    directTimeDistribution(db, survey.id, "total"),
    directTimeDistribution(db, survey.id, "group"),
    db
      .select({ code: schema.municipalityGroups.code, name: schema.municipalityGroups.name })
      .from(schema.municipalityGroups),
  ]);
  const names = new Map(groupNames.map((g) => [g.code, g.name]));
  const cells = [...total, ...groups].map((cell) => ({
    label: cell.groupCode
      ? `${cell.groupCode} ${names.get(cell.groupCode) ?? ""}`.trim()
      : "Samtliga",
    groupCode: cell.groupCode,
    suppressed: cell.suppressed,
    suppressedLabel: cell.label,
    n: cell.n,
    mean: cell.mean,
    median: cell.median,
  }));
  return {
    surveyName: survey.name,
    periodStart: survey.periodStart,
    periodEnd: survey.periodEnd,
    invented: survey.invented,
    cells,
  };
}

async function commitmentsPart(db: Db, q: Quarter): Promise<CommitmentChange[]> {
  const { from, until } = quarterDays(q);
  const c = schema.commitmentStatusChanges;
  return db
    .select({
      commitmentSlug: schema.commitments.slug,
      commitmentTitle: schema.commitments.title,
      status: c.status,
      changedOn: c.changedOn,
      dateAssumed: c.dateAssumed,
      note: c.note,
    })
    .from(c)
    .innerJoin(schema.commitments, eq(schema.commitments.id, c.commitmentId))
    .where(and(gte(c.changedOn, from), lt(c.changedOn, until)))
    .orderBy(asc(c.changedOn), asc(c.recordedAt), asc(schema.commitments.slug));
}

/** What the report of a quarter says today, from the data as it stands. */
export async function quarterContent(db: Db, q: Quarter): Promise<ReportContent> {
  checkQuarter(q);
  const [findings, meetings, visits, measurement, commitmentChanges] = await Promise.all([
    findingsPart(db, q),
    meetingsPart(db, q),
    visitsPart(db, q),
    measurementPart(db, q),
    commitmentsPart(db, q),
  ]);
  const { from, until } = quarterDays(q);
  const last = new Date(`${until}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  const inventedParts = [
    findings.invented ? "findings" : null,
    visits.invented ? "visits" : null,
    measurement?.invented ? "measurement" : null,
  ].filter((part): part is string => part !== null);
  return {
    year: q.year,
    quarter: q.quarter,
    firstDay: from,
    lastDay: last.toISOString().slice(0, 10),
    findingsByTheme: findings.findingsByTheme,
    findingTotals: findings.findingTotals,
    meetingsHeld: meetings.meetingsHeld,
    organisationCount: meetings.organisationCount,
    visits: visits.visits,
    measurement,
    commitmentChanges,
    inventedParts,
  };
}
