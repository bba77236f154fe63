import { type Db, rowsOf, schema } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { uuidOrNull } from "../shared/ids";
import type { FindingFilter, FindingKind, FindingSource } from "./filter";
import type {
  CountyVisitSummaryView,
  FindingCountsView,
  FindingDimension,
  FindingKeys,
  FindingRoundComparisonView,
} from "./picture";

/**
 * The published findings counted once per combination of what the national picture groups and
 * filters by: their set of themes, their municipality (with its county and group), phase, kind,
 * source, the round and municipality of the visit they came from, and whether they are invented.
 * Every question without words, a visit or a meeting in its filter is answered from it by adding
 * up its cells, exactly as the SQL statement for that question would count.
 */
export interface PictureCube {
  cells: CubeCell[];
  /** The visits that took place (held or written up). */
  visits: CubeVisit[];
  /** The 21 county codes, in order. */
  counties: string[];
}

export interface CubeCell {
  /** Its theme ids, sorted; empty for a finding with none. */
  themes: string[];
  municipalityCode: string | null;
  countyCode: string | null;
  groupCode: string | null;
  phaseNumber: number;
  kind: FindingKind;
  source: FindingSource;
  /** The round and municipality of the visit it came from; null when it came from none. */
  round: number | null;
  visitMunicipality: string | null;
  invented: boolean;
  count: number;
}

export interface CubeVisit {
  municipalityCode: string;
  countyCode: string;
  round: number;
  invented: boolean;
}

/**
 * Reads the cube: one statement for the findings (in a transaction that lets it sort in memory),
 * one for the visits and counties.
 */
export async function loadPictureCube(db: Db): Promise<PictureCube> {
  const f = schema.findings;
  // 100 000 findings sort in memory, not in files, when the statement may take 32 MB for it.
  const cellRows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return rowsOf(
      await tx.execute(sql`
      with themed as (
        select ft.finding_id, array_agg(ft.theme_id::text order by ft.theme_id::text) as themes
        from ${schema.findingThemes} ft
        group by ft.finding_id
      )
      select coalesce(themed.themes, '{}') as themes, ${f.municipalityCode} as municipality_code,
        mu.county_code, mu.group_code, ${f.phaseNumber} as phase_number, ${f.kind}::text as kind,
        ${f.source}::text as source, v.round, v.municipality_code as visit_municipality,
        ${f.invented} as invented, count(*)::int as count
      from ${f}
      left join themed on themed.finding_id = ${f.id}
      left join ${schema.municipalities} mu on mu.code = ${f.municipalityCode}
      left join ${schema.visits} v on v.id = ${f.visitId}
      where ${f.status} = 'published'
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`),
    );
  });
  const placeRows = rowsOf(
    await db.execute(sql`
      select 'visit' as what, v.municipality_code as code, m.county_code, v.round, v.invented
      from ${schema.visits} v
      join ${schema.municipalities} m on m.code = v.municipality_code
      where v.status in ('held', 'written_up')
      union all
      select 'county', c.code, c.code, null, false from ${schema.counties} c
      order by 1, 2, 4`),
  );
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    cells: cellRows.map((row) => ({
      themes: themeList(row.themes),
      municipalityCode: text(row.municipality_code)?.trim() ?? null,
      countyCode: text(row.county_code)?.trim() ?? null,
      groupCode: text(row.group_code),
      phaseNumber: Number(row.phase_number),
      kind: String(row.kind) as FindingKind,
      source: String(row.source) as FindingSource,
      round: row.round === null || row.round === undefined ? null : Number(row.round),
      visitMunicipality: text(row.visit_municipality)?.trim() ?? null,
      invented: row.invented === true,
      count: Number(row.count),
    })),
    visits: placeRows
      .filter((row) => row.what === "visit")
      .map((row) => ({
        municipalityCode: String(row.code).trim(),
        countyCode: String(row.county_code).trim(),
        round: Number(row.round),
        invented: row.invented === true,
      })),
    counties: placeRows.filter((row) => row.what === "county").map((row) => String(row.code)),
  };
}

/**
 * Whether the cube can answer for a filter: not for words, a visit, a meeting or a date range,
 * which it does not count by. Municipalities, counties and groups it does.
 */
export function cubeAnswers(filter: FindingFilter | null | undefined): boolean {
  return (
    !filter?.search?.trim() &&
    !filter?.visitId &&
    !filter?.meetingId &&
    !filter?.observedFrom &&
    !filter?.observedTo
  );
}

/**
 * Whether a cell's findings match a filter already checked by `findingCondition`: each list given
 * is "any of" (an empty one matches nothing), the lists together "all of".
 */
export function cellMatcher(filter: FindingFilter | null | undefined): (cell: CubeCell) => boolean {
  const by = filter ?? {};
  const set = <T>(list: readonly T[] | null | undefined) => (list ? new Set(list) : null);
  const themes = set(by.themeIds?.map((id) => uuidOrNull(id) ?? ""));
  const counties = set(by.countyCodes);
  const groups = set(by.groupCodes);
  const municipalities = set(by.municipalityCodes);
  const phases = set(by.phaseNumbers);
  const kinds = set(by.kinds);
  const sources = set(by.sources);
  const rounds = set(by.rounds);
  const has = <T>(wanted: Set<T> | null, value: T | null) =>
    wanted === null || (value !== null && wanted.has(value));
  return (cell) =>
    (themes === null || cell.themes.some((theme) => themes.has(theme))) &&
    has(counties, cell.countyCode) &&
    has(groups, cell.groupCode) &&
    has(municipalities, cell.municipalityCode) &&
    has(phases, cell.phaseNumber) &&
    has(kinds, cell.kind) &&
    has(sources, cell.source) &&
    has(rounds, cell.round);
}

/** The themes a cell counts under when grouped by theme: with a theme filter, only those asked for. */
export function cellThemes(filter: FindingFilter | null | undefined): (cell: CubeCell) => string[] {
  const wanted = filter?.themeIds
    ? new Set(filter.themeIds.map((id) => uuidOrNull(id) ?? ""))
    : null;
  return (cell) => (wanted ? cell.themes.filter((theme) => wanted.has(theme)) : cell.themes);
}

/** A theme array as PostgreSQL's drivers hand it over: an array, or its text form "{a,b}". */
function themeList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const text = String(value ?? "{}");
  const inner = text.slice(1, -1);
  return inner === "" ? [] : inner.split(",");
}

/** A cell's value for a dimension, as the SQL statement's key column gives it. */
function keyOf(
  dimension: FindingDimension,
  cell: CubeCell,
  theme: string | null,
): string | number | null {
  switch (dimension) {
    case "theme":
      return theme;
    case "group":
      return cell.groupCode;
    case "county":
      return cell.countyCode;
    case "phase":
      return cell.phaseNumber;
    case "kind":
      return cell.kind;
    case "source":
      return cell.source;
    case "round":
      return cell.round;
  }
}

const keyName: Record<FindingDimension, keyof FindingKeys> = {
  theme: "themeId",
  group: "groupCode",
  county: "countyCode",
  phase: "phaseNumber",
  kind: "kind",
  source: "source",
  round: "round",
};

/** Keys in ascending order, none last: numbers by value, text by code point (as `collate "C"`). */
function compareKeys(
  a: readonly (string | number | null)[],
  b: readonly (string | number | null)[],
) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

interface Tally {
  keys: (string | number | null)[];
  values: number[];
}

/**
 * Adds up the matching cells by the dimensions' keys: `value(cell)` gives what each cell adds to
 * each of the tally's values. Grouped by theme, a cell adds to each of its (asked-for) themes.
 */
function tallies(
  cells: readonly CubeCell[],
  dimensions: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
  value: (cell: CubeCell) => number[],
): Tally[] {
  const themesOf = cellThemes(filter);
  const byTheme = dimensions.includes("theme");
  const found = new Map<string, Tally>();
  for (const cell of cells) {
    const adds = value(cell);
    for (const theme of byTheme ? themesOf(cell) : [null]) {
      let id = "";
      for (const d of dimensions) id += `${keyOf(d, cell, theme) ?? "\u0000"}\u0001`;
      const tally = found.get(id);
      if (!tally)
        found.set(id, { keys: dimensions.map((d) => keyOf(d, cell, theme)), values: [...adds] });
      else
        for (let i = 0; i < adds.length; i++) {
          tally.values[i] = (tally.values[i] ?? 0) + (adds[i] ?? 0);
        }
    }
  }
  return [...found.values()];
}

function keysView(
  dimensions: readonly FindingDimension[],
  keys: readonly (string | number | null)[],
) {
  const view: FindingKeys = {};
  dimensions.forEach((d, i) => {
    (view as Record<string, unknown>)[keyName[d]] = keys[i] ?? null;
  });
  return view;
}

/** `findingCounts` from the cube, for the public and a filter the cube answers. */
export function countsFromCube(
  cube: PictureCube,
  dimensions: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
): FindingCountsView {
  const matches = cellMatcher(filter);
  const cells = cube.cells.filter(matches);
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  const counted = tallies(cells, dimensions, filter, (cell) => [cell.count])
    .filter((tally) => (tally.values[0] ?? 0) > 0)
    .sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || compareKeys(a.keys, b.keys));
  return {
    groupBy: [...dimensions],
    total,
    invented: cells.some((cell) => cell.invented),
    cells: counted.map((tally) => ({
      ...keysView(dimensions, tally.keys),
      count: tally.values[0] ?? 0,
    })),
  };
}

/** The municipalities visited in both rounds, and whether any of their visits is invented. */
function visitedInBoth(cube: PictureCube): Map<string, boolean> {
  const rounds = new Map<string, { rounds: Set<number>; invented: boolean }>();
  for (const visit of cube.visits) {
    const seen = rounds.get(visit.municipalityCode) ?? { rounds: new Set(), invented: false };
    seen.rounds.add(visit.round);
    seen.invented ||= visit.invented;
    rounds.set(visit.municipalityCode, seen);
  }
  return new Map(
    [...rounds]
      .filter(([, seen]) => seen.rounds.size === 2)
      .map(([code, seen]) => [code, seen.invented]),
  );
}

/** `findingRoundChange` from the cube. */
export function roundChangeFromCube(
  cube: PictureCube,
  dimensions: readonly FindingDimension[],
  filter: FindingFilter | null | undefined,
): FindingRoundComparisonView {
  const both = visitedInBoth(cube);
  const matches = cellMatcher(filter);
  const cells = cube.cells.filter(
    (cell) =>
      cell.round !== null &&
      cell.visitMunicipality !== null &&
      both.has(cell.visitMunicipality) &&
      matches(cell),
  );
  const counted = tallies(cells, dimensions, filter, (cell) => [
    cell.round === 1 ? cell.count : 0,
    cell.round === 2 ? cell.count : 0,
  ])
    .filter((tally) => (tally.values[0] ?? 0) + (tally.values[1] ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.values[0] ?? 0) + (b.values[1] ?? 0) - ((a.values[0] ?? 0) + (a.values[1] ?? 0)) ||
        compareKeys(a.keys, b.keys),
    );
  const sum = (round: number) =>
    cells.reduce((total, cell) => total + (cell.round === round ? cell.count : 0), 0);
  return {
    groupBy: [...dimensions],
    municipalityCount: both.size,
    round1Total: sum(1),
    round2Total: sum(2),
    invented: cells.some((cell) => cell.invented) || [...both.values()].some(Boolean),
    cells: counted.map((tally) => {
      const round1 = tally.values[0] ?? 0;
      const round2 = tally.values[1] ?? 0;
      return { ...keysView(dimensions, tally.keys), round1, round2, change: round2 - round1 };
    }),
  };
}

/** `countyVisits` from the cube. */
export function countyVisitsFromCube(
  cube: PictureCube,
  filter: FindingFilter | null | undefined,
): CountyVisitSummaryView {
  const matches = cellMatcher(filter);
  const visited = new Map<
    string,
    { round1: Set<string>; round2: Set<string>; invented: boolean }
  >();
  for (const visit of cube.visits) {
    const county = visited.get(visit.countyCode) ?? {
      round1: new Set(),
      round2: new Set(),
      invented: false,
    };
    (visit.round === 1 ? county.round1 : county.round2).add(visit.municipalityCode);
    county.invented ||= visit.invented;
    visited.set(visit.countyCode, county);
  }
  const found = new Map<string, { findings: number; invented: boolean }>();
  for (const cell of cube.cells) {
    if (cell.countyCode === null || !matches(cell)) continue;
    const county = found.get(cell.countyCode) ?? { findings: 0, invented: false };
    county.findings += cell.count;
    county.invented ||= cell.invented;
    found.set(cell.countyCode, county);
  }
  const rows = cube.counties.map((code) => ({
    countyCode: code,
    round1: visited.get(code)?.round1.size ?? 0,
    round2: visited.get(code)?.round2.size ?? 0,
    findings: found.get(code)?.findings ?? 0,
    invented: Boolean(visited.get(code)?.invented || found.get(code)?.invented),
  }));
  return {
    counties: rows.map(({ invented: _, ...row }) => row),
    invented: rows.some((row) => row.invented),
  };
}
