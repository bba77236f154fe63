import { type Db, rowsOf, schema } from "@kraftsamling/db";
import { inArray, type SQL, sql } from "drizzle-orm";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import {
  type FindingAudience,
  type FindingFilter,
  type FindingKind,
  type FindingSource,
  findingCondition,
} from "./filter";
import { keptAt, keptPicture, pictureVersion } from "./picture-cache";
import {
  countsFromCube,
  countyVisitsFromCube,
  cubeAnswers,
  loadPictureCube,
  type PictureCube,
  roundChangeFromCube,
} from "./picture-cube";

/** What the national picture can be broken down by. */
export const findingDimensions = [
  "theme",
  "group",
  "county",
  "phase",
  "kind",
  "source",
  "round",
] as const;
export type FindingDimension = (typeof findingDimensions)[number];

/** The keys of one cell: only those of the dimensions grouped by are set (null = none). */
export interface FindingKeys {
  themeId?: string | null;
  groupCode?: string | null;
  countyCode?: string | null;
  phaseNumber?: number | null;
  kind?: FindingKind | null;
  source?: FindingSource | null;
  round?: number | null;
}

export interface FindingCountCell extends FindingKeys {
  count: number;
}

export interface FindingCountsView {
  groupBy: FindingDimension[];
  /** Distinct findings matching the filter: a finding with two themes counts once. */
  total: number;
  cells: FindingCountCell[];
  /** Some counted finding is made up for the demonstration. */
  invented: boolean;
}

export interface FindingRoundCell extends FindingKeys {
  round1: number;
  round2: number;
  change: number;
}

export interface FindingRoundComparisonView {
  groupBy: FindingDimension[];
  /** Municipalities visited (held or written up) in both rounds. */
  municipalityCount: number;
  round1Total: number;
  round2Total: number;
  cells: FindingRoundCell[];
  invented: boolean;
}

export interface CountyVisitsRow {
  countyCode: string;
  round1: number;
  round2: number;
  findings: number;
}

export interface CountyVisitSummaryView {
  counties: CountyVisitsRow[];
  invented: boolean;
}

/** A visit counts once it took place: held, or written up. */
const visitedStatuses = sql`('held', 'written_up')`;

/**
 * Each dimension: its key column in the statement (over the findings `@`, their themes
 * `ft`, municipalities `mu` and visits `v`), the join it needs, and the name of its key in a cell.
 */
const dimensionSql: Record<
  FindingDimension,
  {
    column: string;
    join: "themes" | "municipality" | "visit" | null;
    key: keyof FindingKeys;
    /** Text, ordered by code point (`collate "C"`), as the cube orders it. */
    text: boolean;
  }
> = {
  theme: { column: "ft.theme_id::text", join: "themes", key: "themeId", text: true },
  group: { column: "mu.group_code", join: "municipality", key: "groupCode", text: true },
  county: { column: "mu.county_code", join: "municipality", key: "countyCode", text: true },
  phase: { column: "@.phase_number", join: null, key: "phaseNumber", text: false },
  kind: { column: "@.kind::text", join: null, key: "kind", text: true },
  source: { column: "@.source::text", join: null, key: "source", text: true },
  round: { column: "v.round", join: "visit", key: "round", text: false },
};

/** The dimensions, checked: each at most once, in the order given. */
function checkedGrouping(
  groupBy: readonly FindingDimension[],
  refused: FindingDimension[] = [],
): FindingDimension[] {
  const seen = new Set<FindingDimension>();
  for (const dimension of groupBy) {
    if (!findingDimensions.includes(dimension)) {
      throw new InputError(
        "INVALID_DIMENSION",
        `groupBy names no dimension "${dimension}".`,
        "groupBy",
      );
    }
    if (seen.has(dimension)) {
      throw new InputError(
        "DUPLICATE_DIMENSION",
        `groupBy names ${dimension.toUpperCase()} more than once; name each dimension at most once.`,
        "groupBy",
      );
    }
    if (refused.includes(dimension)) {
      throw new InputError(
        "INVALID_DIMENSION",
        `groupBy cannot hold ${dimension.toUpperCase()} here: the comparison already splits by round.`,
        "groupBy",
      );
    }
    seen.add(dimension);
  }
  return [...seen];
}

/**
 * The joins the grouping needs, from the matching findings `m`. Grouped by theme while the filter
 * names themes, only those themes make cells: the picture of the themes asked for.
 */
function groupingJoins(
  dimensions: FindingDimension[],
  filter: FindingFilter | null | undefined,
  findings: string,
) {
  const m = sql.raw(findings);
  const joins = new Set(dimensions.map((d) => dimensionSql[d].join));
  const parts: SQL[] = [];
  if (joins.has("themes")) {
    const themeIds = filter?.themeIds?.map((id) => uuidOrNull(id) ?? "");
    parts.push(
      themeIds
        ? sql`join ${schema.findingThemes} ft on ft.finding_id = ${m}.id and ${inArray(sql`ft.theme_id`, themeIds)}`
        : sql`join ${schema.findingThemes} ft on ft.finding_id = ${m}.id`,
    );
  }
  if (joins.has("municipality"))
    parts.push(sql`left join ${schema.municipalities} mu on mu.code = ${m}.municipality_code`);
  if (joins.has("visit")) parts.push(sql`left join ${schema.visits} v on v.id = ${m}.visit_id`);
  return sql.join(parts, sql` `);
}

/** `k0, k1, …` for the grouped columns, to select, group and order by. */
function keyColumns(dimensions: FindingDimension[], findings: string) {
  const select = dimensions.map((d, i) =>
    sql.raw(`${dimensionSql[d].column.replace("@", findings)} as k${i}`),
  );
  const names = dimensions.map((_d, i) => sql.raw(`k${i}`));
  return { select, names };
}

/** A cell's keys from a row's `k0, k1, …`. */
function keysOf(dimensions: FindingDimension[], row: Record<string, unknown>): FindingKeys {
  const keys: FindingKeys = {};
  dimensions.forEach((d, i) => {
    const value = row[`k${i}`];
    const key = dimensionSql[d].key;
    if (value === null || value === undefined) {
      keys[key] = null;
    } else if (key === "phaseNumber" || key === "round") {
      keys[key] = Number(value);
    } else {
      (keys as Record<string, unknown>)[key] = String(value);
    }
  });
  return keys;
}

/** Orders cells by count, largest first, then by their keys (no key last; text by code point). */
function orderBy(first: SQL, dimensions: FindingDimension[], names: SQL[]) {
  return sql.join(
    [
      first,
      ...names.map((name, i) => {
        const dimension = dimensions[i];
        return dimension && dimensionSql[dimension].text
          ? sql`${name} collate "C" asc nulls last`
          : sql`${name} asc nulls last`;
      }),
    ],
    sql`, `,
  );
}

/**
 * The published findings matching the filter counted by any of the dimensions, with their total,
 * in one statement. Grouped by nothing, one cell holds the total.
 */
export async function findingCountsInSql(
  db: Db,
  groupBy: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
  audience: FindingAudience = "public",
): Promise<FindingCountsView> {
  const dimensions = checkedGrouping(groupBy);
  const condition = findingCondition(filter, audience);
  const f = schema.findings;
  const { select, names } = keyColumns(dimensions, `"findings"`);
  // The total and the cells each read the findings once, side by side: no materialised list of
  // the matching findings to write out and read back.
  const statement = sql`
    select totals.total, totals.invented, cells.*
    from (
      select count(*)::int as total, coalesce(bool_or(${f.invented}), false) as invented
      from ${f} where ${condition}
    ) totals
    left join (
      select ${sql.join([...select, sql`count(*)::int as count`], sql`, `)}
      from ${f} ${groupingJoins(dimensions, filter, `"findings"`)}
      where ${condition}
      ${names.length > 0 ? sql`group by ${sql.join(names, sql`, `)}` : sql``}
    ) cells on cells.count > 0
    order by ${orderBy(
      sql`cells.count desc`,
      dimensions,
      names.map((n) => sql`cells.${n}`),
    )}`;
  return keptPicture(db, ["counts", dimensions, filter ?? null, audience], async () => {
    const list = rowsOf(await db.execute(statement));
    const head = list[0];
    return {
      groupBy: dimensions,
      total: Number(head?.total ?? 0),
      invented: Boolean(head?.invented),
      cells: list
        .filter((row) => row.count !== null && row.count !== undefined)
        .map((row) => ({ ...keysOf(dimensions, row), count: Number(row.count) })),
    };
  });
}

/**
 * The published findings heard at the visits of the municipalities visited in both rounds, by
 * round, in one statement: what changed from the first round to the second.
 */
export async function findingRoundChangeInSql(
  db: Db,
  groupBy: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
  audience: FindingAudience = "public",
): Promise<FindingRoundComparisonView> {
  const dimensions = checkedGrouping(groupBy, ["round"]);
  const condition = findingCondition(filter, audience);
  const f = schema.findings;
  const { select, names } = keyColumns(dimensions, "m");
  const statement = sql`
    with both_rounds as (
      select vb.municipality_code, bool_or(vb.invented) as invented
      from ${schema.visits} vb
      where vb.status in ${visitedStatuses}
      group by vb.municipality_code
      having count(distinct vb.round) = 2
    ),
    matching as (
      select ${f.id} as id, ${f.phaseNumber} as phase_number, ${f.kind} as kind,
        ${f.source} as source, ${f.municipalityCode} as municipality_code,
        ${f.visitId} as visit_id, ${f.invented} as invented, vr.round as visit_round
      from ${f}
      join ${schema.visits} vr on vr.id = ${f.visitId}
      join both_rounds b on b.municipality_code = vr.municipality_code
      where ${condition}
    ),
    totals as (
      select
        (select count(*)::int from both_rounds) as municipality_count,
        count(*) filter (where m.visit_round = 1)::int as round1_total,
        count(*) filter (where m.visit_round = 2)::int as round2_total,
        coalesce(bool_or(m.invented), false)
          or coalesce((select bool_or(b.invented) from both_rounds b), false) as invented
      from matching m
    ),
    cells as (
      select ${sql.join(
        [
          ...select,
          sql`count(*) filter (where m.visit_round = 1)::int as round1`,
          sql`count(*) filter (where m.visit_round = 2)::int as round2`,
        ],
        sql`, `,
      )}
      from matching m ${groupingJoins(dimensions, filter, "m")}
      ${names.length > 0 ? sql`group by ${sql.join(names, sql`, `)}` : sql``}
    )
    select totals.*, cells.*
    from totals left join cells on cells.round1 + cells.round2 > 0
    order by ${orderBy(
      sql`cells.round1 + cells.round2 desc`,
      dimensions,
      names.map((n) => sql`cells.${n}`),
    )}`;
  return keptPicture(db, ["roundChange", dimensions, filter ?? null, audience], async () => {
    const list = rowsOf(await db.execute(statement));
    const head = list[0];
    return {
      groupBy: dimensions,
      municipalityCount: Number(head?.municipality_count ?? 0),
      round1Total: Number(head?.round1_total ?? 0),
      round2Total: Number(head?.round2_total ?? 0),
      invented: Boolean(head?.invented),
      cells: list
        .filter((row) => row.round1 !== null && row.round1 !== undefined)
        .map((row) => {
          const round1 = Number(row.round1);
          const round2 = Number(row.round2);
          return { ...keysOf(dimensions, row), round1, round2, change: round2 - round1 };
        }),
    };
  });
}

/**
 * Every county, by code: how many of its municipalities were visited (held or written up) in each
 * round, and how many published findings matching the filter have a municipality in it.
 */
export async function countyVisitsInSql(
  db: Db,
  filter: FindingFilter | null | undefined,
  audience: FindingAudience = "public",
): Promise<CountyVisitSummaryView> {
  const condition = findingCondition(filter, audience);
  const f = schema.findings;
  const statement = sql`
    with visited as (
      select mv.county_code,
        count(distinct v.municipality_code) filter (where v.round = 1)::int as round1,
        count(distinct v.municipality_code) filter (where v.round = 2)::int as round2,
        bool_or(v.invented) as invented
      from ${schema.visits} v
      join ${schema.municipalities} mv on mv.code = v.municipality_code
      where v.status in ${visitedStatuses}
      group by mv.county_code
    ),
    found as (
      select mf.county_code, count(*)::int as findings, bool_or(${f.invented}) as invented
      from ${f}
      join ${schema.municipalities} mf on mf.code = ${f.municipalityCode}
      where ${condition}
      group by mf.county_code
    )
    select c.code as county_code,
      coalesce(visited.round1, 0) as round1,
      coalesce(visited.round2, 0) as round2,
      coalesce(found.findings, 0) as findings,
      coalesce(visited.invented, false) or coalesce(found.invented, false) as invented
    from ${schema.counties} c
    left join visited on visited.county_code = c.code
    left join found on found.county_code = c.code
    order by c.code`;
  return keptPicture(db, ["countyVisits", filter ?? null, audience], async () => {
    const list = rowsOf(await db.execute(statement));
    return {
      counties: list.map((row) => ({
        countyCode: String(row.county_code),
        round1: Number(row.round1),
        round2: Number(row.round2),
        findings: Number(row.findings),
      })),
      invented: list.some((row) => row.invented === true),
    };
  });
}

/**
 * An answer added up from the cube, kept per version of the findings like the cube itself: the
 * version is read once, for both.
 */
async function fromCube<T>(db: Db, question: unknown, answer: (cube: PictureCube) => T) {
  const version = await pictureVersion(db);
  return keptAt(db, version, question, async () =>
    answer(await keptAt(db, version, ["cube"], () => loadPictureCube(db))),
  );
}

/**
 * The published findings matching the filter counted by any of the dimensions, with their total:
 * for the public and a filter without words, a visit, a meeting or a date range, added up from the
 * cube of the findings as they are now; otherwise counted by one SQL statement. Both count alike
 * (tested). An answer is kept until the findings change, like the cube it was added up from.
 */
export async function findingCounts(
  db: Db,
  groupBy: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
  audience: FindingAudience = "public",
): Promise<FindingCountsView> {
  const dimensions = checkedGrouping(groupBy);
  findingCondition(filter, audience);
  if (audience === "public" && cubeAnswers(filter))
    return fromCube(db, ["counts", dimensions, filter ?? null], (cube) =>
      countsFromCube(cube, dimensions, filter),
    );
  return findingCountsInSql(db, dimensions, filter, audience);
}

/** `findingRoundChange`, from the cube where it answers, else in SQL. */
export async function findingRoundChange(
  db: Db,
  groupBy: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
  audience: FindingAudience = "public",
): Promise<FindingRoundComparisonView> {
  const dimensions = checkedGrouping(groupBy, ["round"]);
  findingCondition(filter, audience);
  if (audience === "public" && cubeAnswers(filter))
    return fromCube(db, ["roundChange", dimensions, filter ?? null], (cube) =>
      roundChangeFromCube(cube, dimensions, filter),
    );
  return findingRoundChangeInSql(db, dimensions, filter, audience);
}

/** `countyVisits`, from the cube where it answers, else in SQL. */
export async function countyVisits(
  db: Db,
  filter: FindingFilter | null | undefined,
  audience: FindingAudience = "public",
): Promise<CountyVisitSummaryView> {
  findingCondition(filter, audience);
  if (audience === "public" && cubeAnswers(filter))
    return fromCube(db, ["countyVisits", filter ?? null], (cube) =>
      countyVisitsFromCube(cube, filter),
    );
  return countyVisitsInSql(db, filter, audience);
}
