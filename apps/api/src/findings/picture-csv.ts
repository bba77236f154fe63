import { type Db, rowsOf, schema } from "@kraftsamling/db";
import { type SQL, sql } from "drizzle-orm";
import { stockholmParts } from "../shared/stockholm-time";
import {
  type FindingFilter,
  type FindingKind,
  type FindingSource,
  findingCondition,
} from "./filter";

/** The columns of the findings download, in order. */
export const findingCsvHeader = [
  "id",
  "publicerad",
  "uppdaterad",
  "rubrik",
  "text",
  "typ",
  "källa",
  "teman",
  "fas",
  "kommun",
  "län",
  "kommungrupp",
  "besöksomgång",
  "möte",
  "påhittade_demodata",
] as const;

const kindWords: Record<FindingKind, string> = {
  challenge: "utmaning",
  good_example: "gott exempel",
};

const sourceWords: Record<FindingSource, string> = {
  visit: "kommunbesök",
  dialogue_meeting: "dialogmöte",
  hearing: "hearing",
  round_table: "rundabordssamtal",
  webinar: "webbinarium",
  survey: "enkät",
  research: "forskning",
};

/** Where the next batch starts: after this finding, newest first. */
export interface FindingCsvPosition {
  publishedAt: Date;
  id: string;
}

interface CsvRow extends Record<string, unknown> {
  id: string;
  published_at: Date | string;
  revised_at: Date | string | null;
  title: string;
  body: string;
  kind: FindingKind;
  source: FindingSource;
  themes: string | null;
  phase_number: number;
  municipality: string | null;
  county: string | null;
  group_code: string | null;
  round: number | null;
  meeting: string | null;
  invented: boolean;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The Stockholm calendar day of a moment, as 2016-03-02. */
function stockholmDay(moment: Date): string {
  const { year, month, day } = stockholmParts(moment);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * One batch of the published findings matching the filter, newest first, after `after`: each
 * finding as the download's fields, and where the next batch starts (null after the last).
 */
export async function findingCsvBatch(
  db: Db,
  filter: FindingFilter,
  after: FindingCsvPosition | null,
  size: number,
): Promise<{ rows: string[][]; next: FindingCsvPosition | null }> {
  const f = schema.findings;
  const from: SQL = after
    ? sql`and (${f.publishedAt}, ${f.id}) < (${after.publishedAt.toISOString()}::timestamptz, ${after.id}::uuid)`
    : sql``;
  const result = await db.execute(sql`
    select ${f.id} as id, ${f.publishedAt} as published_at, ${f.revisedAt} as revised_at,
      ${f.title} as title, ${f.body} as body, ${f.kind} as kind, ${f.source} as source,
      (select string_agg(t.title, '; ' order by t.title)
         from ${schema.findingThemes} ft join ${schema.themes} t on t.id = ft.theme_id
         where ft.finding_id = ${f.id}) as themes,
      ${f.phaseNumber} as phase_number, mu.name as municipality, c.name as county,
      mu.group_code as group_code, v.round as round, mt.title as meeting, ${f.invented} as invented
    from ${f}
    left join ${schema.municipalities} mu on mu.code = ${f.municipalityCode}
    left join ${schema.counties} c on c.code = mu.county_code
    left join ${schema.visits} v on v.id = ${f.visitId}
    left join ${schema.meetings} mt on mt.id = ${f.meetingId} and mt.status <> 'draft'
    where ${findingCondition(filter, "public")} and ${f.publishedAt} is not null ${from}
    order by ${f.publishedAt} desc, ${f.id} desc
    limit ${size}`);
  const list = rowsOf<CsvRow>(result);
  const rows = list.map((row) => [
    row.id,
    stockholmDay(asDate(row.published_at)),
    row.revised_at ? stockholmDay(asDate(row.revised_at)) : "",
    row.title,
    row.body,
    kindWords[row.kind],
    sourceWords[row.source],
    row.themes ?? "",
    String(row.phase_number),
    row.municipality ?? "",
    row.county ?? "",
    row.group_code ?? "",
    row.round === null ? "" : String(row.round),
    row.meeting ?? "",
    row.invented ? "ja" : "nej",
  ]);
  const last = list.at(-1);
  return {
    rows,
    next:
      last && list.length === size ? { publishedAt: asDate(last.published_at), id: last.id } : null,
  };
}

/** The ids of the themes with these slugs; a slug no theme has is returned in `unknown`. */
export async function themeIdsBySlug(
  db: Db,
  slugs: readonly string[],
): Promise<{ ids: string[]; unknown: string[] }> {
  if (slugs.length === 0) return { ids: [], unknown: [] };
  const rows = await db.query.themes.findMany({
    columns: { id: true, slug: true },
    where: { slug: { in: [...slugs] } },
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return {
    ids: rows.map((r) => r.id),
    unknown: slugs.filter((slug) => !bySlug.has(slug)),
  };
}
