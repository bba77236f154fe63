import { type Db, rowsOf, schema } from "@kraftsamling/db";
import { openDataset } from "@kraftsamling/domain";
import { type SQL, sql } from "drizzle-orm";
import { uuidOrNull } from "../shared/ids";
import { stockholmParts } from "../shared/stockholm-time";
import {
  type FindingFilter,
  type FindingKind,
  type FindingSource,
  findingCondition,
} from "./filter";
import { type FindingDimension, findingCounts } from "./picture";

/** The columns of the findings download's CSV, in order: the open-data catalogue's. */
export const findingCsvHeader = columnsOf("findings").map((c) => c.csv);

function columnsOf(name: string) {
  const dataset = openDataset(name);
  if (!dataset) throw new Error(`the open-data catalogue has no dataset ${name}`);
  return dataset.columns;
}

export const kindWords: Record<FindingKind, string> = {
  challenge: "utmaning",
  good_example: "gott exempel",
};

export const sourceWords: Record<FindingSource, string> = {
  visit: "kommunbesök",
  dialogue_meeting: "dialogmöte",
  hearing: "hearing",
  round_table: "rundabordssamtal",
  webinar: "webbinarium",
  survey: "enkät",
  research: "forskning",
};

/** An enum value as the GraphQL API and the filter parameters spell it: `good_example` → `GOOD_EXAMPLE`. */
export const codeOf = (value: string) => value.toUpperCase();

/** Where the next batch starts: after this finding, newest first. */
export interface FindingCsvPosition {
  /** As the database writes it, to the microsecond: a Date would round it to the millisecond. */
  publishedAt: string;
  id: string;
}

/** One published finding as the open data gives it (the catalogue's `findings` columns). */
export interface FindingRecord {
  id: string;
  publishedOn: string;
  revisedOn: string | null;
  title: string;
  text: string;
  kind: string;
  source: string;
  themes: string[];
  phase: number;
  municipality: string | null;
  county: string | null;
  municipalityGroup: string | null;
  visitRound: number | null;
  meeting: string | null;
  invented: boolean;
  municipalityCode: string | null;
  countyCode: string | null;
}

interface FindingRow extends Record<string, unknown> {
  id: string;
  published_at: Date | string;
  position: string;
  revised_at: Date | string | null;
  title: string;
  body: string;
  kind: FindingKind;
  source: FindingSource;
  themes: string[];
  phase_number: number;
  municipality: string | null;
  county: string | null;
  group_code: string | null;
  municipality_code: string | null;
  county_code: string | null;
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
 * One batch of the published findings matching the filter, newest first, after `after`, and where
 * the next batch starts (null after the last).
 */
export async function findingRecordBatch(
  db: Db,
  filter: FindingFilter,
  after: FindingCsvPosition | null,
  size: number,
): Promise<{ records: FindingRecord[]; next: FindingCsvPosition | null }> {
  const f = schema.findings;
  const from: SQL = after
    ? // The first condition lets the index on (status, published_at) start at the position.
      sql`and ${f.publishedAt} <= ${after.publishedAt}::timestamptz
          and (${f.publishedAt}, ${f.id}) < (${after.publishedAt}::timestamptz, ${after.id}::uuid)`
    : sql``;
  const result = await db.execute(sql`
    select ${f.id} as id, ${f.publishedAt} as published_at, ${f.revisedAt} as revised_at,
      ${f.publishedAt}::text as position, ${f.title} as title, ${f.body} as body,
      ${f.kind} as kind, ${f.source} as source,
      array(select t.title
         from ${schema.findingThemes} ft join ${schema.themes} t on t.id = ft.theme_id
         where ft.finding_id = ${f.id} order by t.title) as themes,
      ${f.phaseNumber} as phase_number, mu.name as municipality, c.name as county,
      mu.group_code as group_code, mu.code as municipality_code, mu.county_code as county_code, v.round as round, mt.title as meeting, ${f.invented} as invented
    from ${f}
    left join ${schema.municipalities} mu on mu.code = ${f.municipalityCode}
    left join ${schema.counties} c on c.code = mu.county_code
    left join ${schema.visits} v on v.id = ${f.visitId}
    left join ${schema.meetings} mt on mt.id = ${f.meetingId} and mt.status <> 'draft'
    where ${findingCondition(filter, "public")} and ${f.publishedAt} is not null ${from}
    order by ${f.publishedAt} desc, ${f.id} desc
    limit ${size}`);
  const list = rowsOf<FindingRow>(result);
  const records = list.map(
    (row): FindingRecord => ({
      id: row.id,
      publishedOn: stockholmDay(asDate(row.published_at)),
      revisedOn: row.revised_at ? stockholmDay(asDate(row.revised_at)) : null,
      title: row.title,
      text: row.body,
      kind: codeOf(row.kind),
      source: codeOf(row.source),
      themes: row.themes,
      phase: Number(row.phase_number),
      municipality: row.municipality,
      county: row.county,
      municipalityGroup: row.group_code,
      visitRound: row.round === null ? null : Number(row.round),
      meeting: row.meeting,
      invented: row.invented,
      municipalityCode: row.municipality_code,
      countyCode: row.county_code,
    }),
  );
  const last = list.at(-1);
  return {
    records,
    next: last && list.length === size ? { publishedAt: last.position, id: last.id } : null,
  };
}

const yesNo = (value: boolean) => (value ? "ja" : "nej");

/** A finding as a row of the CSV file: Swedish words for its kind and source, ja/nej. */
export function findingCsvRow(record: FindingRecord): string[] {
  return [
    record.id,
    record.publishedOn,
    record.revisedOn ?? "",
    record.title,
    record.text,
    kindWords[record.kind.toLowerCase() as FindingKind],
    sourceWords[record.source.toLowerCase() as FindingSource],
    record.themes.join("; "),
    String(record.phase),
    record.municipality ?? "",
    record.county ?? "",
    record.municipalityGroup ?? "",
    record.visitRound === null ? "" : String(record.visitRound),
    record.meeting ?? "",
    yesNo(record.invented),
    record.municipalityCode ?? "",
    record.countyCode ?? "",
  ];
}

/** One batch of the findings as CSV rows (see `findingRecordBatch`). */
export async function findingCsvBatch(
  db: Db,
  filter: FindingFilter,
  after: FindingCsvPosition | null,
  size: number,
): Promise<{ rows: string[][]; next: FindingCsvPosition | null }> {
  const { records, next } = await findingRecordBatch(db, filter, after, size);
  return { rows: records.map(findingCsvRow), next };
}

/** One cell of the findings counted (the catalogue's `finding-counts` columns). */
export interface FindingCountRecord {
  theme?: string | null;
  group?: string | null;
  county?: string | null;
  phase?: number | null;
  kind?: string | null;
  source?: string | null;
  round?: number | null;
  count: number;
  invented: boolean;
}

/** The columns of the counts grouped by these dimensions, in the catalogue's order. */
export function findingCountColumns(groupBy: readonly FindingDimension[]) {
  return columnsOf("finding-counts").filter(
    (c) =>
      c.field === "count" ||
      c.field === "invented" ||
      groupBy.includes(c.field as FindingDimension),
  );
}

/**
 * The published findings matching the filter counted by the dimensions, as `findingCounts` counts
 * them, with themes named by slug and kinds and sources by their codes.
 */
export async function findingCountRecords(
  db: Db,
  groupBy: readonly FindingDimension[],
  filter: FindingFilter,
): Promise<{ total: number; invented: boolean; records: FindingCountRecord[] }> {
  const view = await findingCounts(db, groupBy, filter);
  // Without a grouping the answer is one row, the total, also when it is nothing.
  if (view.groupBy.length === 0)
    return {
      total: view.total,
      invented: view.invented,
      records: [{ count: view.total, invented: view.invented }],
    };
  const slugs = groupBy.includes("theme")
    ? new Map(
        (await db.query.themes.findMany({ columns: { id: true, slug: true } })).map((t) => [
          t.id,
          t.slug,
        ]),
      )
    : new Map<string, string>();
  const records = view.cells.map((cell) => {
    const record: FindingCountRecord = { count: cell.count, invented: view.invented };
    for (const dimension of view.groupBy) {
      if (dimension === "theme")
        record.theme = cell.themeId ? (slugs.get(cell.themeId) ?? null) : null;
      if (dimension === "group") record.group = cell.groupCode ?? null;
      if (dimension === "county") record.county = cell.countyCode ?? null;
      if (dimension === "phase") record.phase = cell.phaseNumber ?? null;
      if (dimension === "kind") record.kind = cell.kind ? codeOf(cell.kind) : null;
      if (dimension === "source") record.source = cell.source ? codeOf(cell.source) : null;
      if (dimension === "round") record.round = cell.round ?? null;
    }
    return record;
  });
  return { total: view.total, invented: view.invented, records };
}

/** A cell of the counts as a CSV row of these columns. */
export function findingCountCsvRow(
  record: FindingCountRecord,
  columns: readonly { field: string }[],
): string[] {
  return columns.map(({ field }) => {
    const value = record[field as keyof FindingCountRecord];
    if (value === null || value === undefined) return "";
    if (typeof value === "boolean") return yesNo(value);
    if (field === "kind") return kindWords[String(value).toLowerCase() as FindingKind];
    if (field === "source") return sourceWords[String(value).toLowerCase() as FindingSource];
    return String(value);
  });
}

/**
 * The ids of the themes these values name, each a theme's slug or its id (as GraphQL gives it); a
 * value no theme has is returned in `unknown`.
 */
export async function themeIdsOf(
  db: Db,
  values: readonly string[],
): Promise<{ ids: string[]; unknown: string[] }> {
  if (values.length === 0) return { ids: [], unknown: [] };
  const ids = values.map(uuidOrNull).filter((id): id is string => id !== null);
  const rows = await db.query.themes.findMany({
    columns: { id: true, slug: true },
    where: {
      OR: [{ slug: { in: [...values] } }, ...(ids.length > 0 ? [{ id: { in: ids } }] : [])],
    },
  });
  const known = new Set(rows.flatMap((r) => [r.slug, r.id]));
  return {
    ids: rows.map((r) => r.id),
    unknown: values.filter((value) => !known.has(value) && !known.has(uuidOrNull(value) ?? "")),
  };
}
