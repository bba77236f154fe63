import { schema as tables } from "@kraftsamling/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FindingFilter } from "../src/findings/filter";
import {
  countyVisits,
  countyVisitsInSql,
  type FindingDimension,
  findingCounts,
  findingCountsInSql,
  findingRoundChange,
  findingRoundChangeInSql,
} from "../src/findings/picture";
import { type TestApi, testApi } from "./support";

type Status = "draft" | "in_review" | "published" | "unpublished";
type Kind = "challenge" | "good_example";
type Source = "visit" | "dialogue_meeting" | "hearing" | "survey" | "research";

/** A finding as inserted, with what the picture groups it by. */
interface Row {
  id: string;
  status: Status;
  kind: Kind;
  source: Source;
  phase: number;
  municipality: string | null;
  county: string | null;
  group: string | null;
  round: number | null;
  visitMunicipality: string | null;
  themes: string[];
  invented: boolean;
  body: string;
  /** The day it was heard, YYYY-MM-DD, or null. */
  observedOn: string | null;
}

const dimensions = ["THEME", "GROUP", "COUNTY", "PHASE", "KIND", "SOURCE", "ROUND"] as const;
type Dimension = (typeof dimensions)[number];

/** The key of a row in one dimension, as the API's cell shows it. */
const keyOf: Record<Exclude<Dimension, "THEME">, (r: Row) => string | number | null> = {
  GROUP: (r) => r.group,
  COUNTY: (r) => r.county,
  PHASE: (r) => r.phase,
  KIND: (r) => r.kind.toUpperCase(),
  SOURCE: (r) => r.source.toUpperCase(),
  ROUND: (r) => r.round,
};

/** Counts by the dimensions, computed from the rows: a row counts once per theme when grouped by theme. */
function expectedCounts(rows: Row[], groupBy: readonly Dimension[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const themes = groupBy.includes("THEME") ? row.themes : [null];
    for (const theme of themes) {
      const key = JSON.stringify(groupBy.map((d) => (d === "THEME" ? theme : keyOf[d](row))));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

interface Cell {
  count: number;
  theme: { id: string } | null;
  group: { code: string } | null;
  county: { code: string } | null;
  phase: { number: number } | null;
  kind: string | null;
  source: string | null;
  round: number | null;
}

/** The cells as the API answered them, by the same keys. */
function answered(cells: Cell[], groupBy: readonly Dimension[]): Map<string, number> {
  const value = (cell: Cell, d: Dimension) =>
    ({
      THEME: cell.theme?.id ?? null,
      GROUP: cell.group?.code ?? null,
      COUNTY: cell.county?.code ?? null,
      PHASE: cell.phase?.number ?? null,
      KIND: cell.kind,
      SOURCE: cell.source,
      ROUND: cell.round,
    })[d];
  return new Map(cells.map((c) => [JSON.stringify(groupBy.map((d) => value(c, d))), c.count]));
}

const cellFields = `count theme { id } group { code } county { code } phase { number } kind source round`;
const countsQuery = `query ($groupBy: [FindingDimension!]!, $filter: FindingFilter) {
  findingCounts(groupBy: $groupBy, filter: $filter) { groupBy total invented cells { ${cellFields} } }
}`;
const roundQuery = `query ($groupBy: [FindingDimension!]!, $filter: FindingFilter) {
  findingRoundChange(groupBy: $groupBy, filter: $filter) {
    groupBy municipalityCount round1Total round2Total invented
    cells { round1 round2 change theme { id } group { code } county { code } phase { number } kind source }
  }
}`;
const countyQuery = `query ($filter: FindingFilter) {
  countyVisits(filter: $filter) { invented counties { county { code name } round1 round2 findings } }
}`;

interface Counts {
  findingCounts: { groupBy: string[]; total: number; invented: boolean; cells: Cell[] };
}

describe("the national picture of the findings", () => {
  let api: TestApi;
  let rows: Row[];
  let themeIds: string[];
  /** Municipality code → its county and group, for those the test uses. */
  let places: { code: string; county: string; group: string }[];
  /** Municipalities with a visit held or written up in both rounds. */
  let visitedTwice: Set<string>;
  const published = () => rows.filter((r) => r.status === "published");

  beforeAll(async () => {
    api = await testApi();
    const db = api.database.db;
    // The picture of this file's findings and visits alone.
    await db.execute(sql`delete from ${tables.findings}`);
    await db.execute(sql`delete from ${tables.visits}`);
    themeIds = (await db.query.themes.findMany({ orderBy: { slug: "asc" } }))
      .slice(0, 4)
      .map((t) => t.id);
    const municipalities = await db.query.municipalities.findMany({ orderBy: { code: "asc" } });
    // Six municipalities of six counties.
    const seen = new Set<string>();
    places = municipalities
      .filter((m) => !seen.has(m.countyCode) && seen.add(m.countyCode))
      .slice(0, 6)
      .map((m) => ({ code: m.code, county: m.countyCode, group: m.groupCode }));
    const [a, b, c, d] = places.map((p) => p.code) as [string, string, string, string];
    // a: both rounds; b: round 2 only planned; c: both rounds, made up; d: round 2 only.
    const visitRows = [
      { municipalityCode: a, round: 1, status: "held", invented: false },
      { municipalityCode: a, round: 2, status: "written_up", invented: false },
      { municipalityCode: b, round: 1, status: "held", invented: false },
      { municipalityCode: b, round: 2, status: "planned", invented: false },
      { municipalityCode: c, round: 1, status: "written_up", invented: true },
      { municipalityCode: c, round: 2, status: "held", invented: true },
      { municipalityCode: d, round: 2, status: "held", invented: false },
    ] as const;
    const visits = await db
      .insert(tables.visits)
      .values(
        visitRows.map((v) => ({
          ...v,
          visitDate: v.round === 1 ? "2015-10-01" : "2016-04-01",
        })),
      )
      .returning();
    visitedTwice = new Set([a, c]);

    const statuses: Status[] = ["published", "published", "draft", "published", "in_review"];
    const otherSources: Source[] = ["dialogue_meeting", "hearing", "survey", "research"];
    const planned = Array.from({ length: 80 }, (_, i) => {
      const status: Status = i % 11 === 10 ? "unpublished" : (statuses[i % 5] as Status);
      const visit = i % 3 === 0 ? visits[i % visits.length] : undefined;
      const place = visit
        ? (places.find((p) => p.code === visit.municipalityCode) ?? null)
        : i % 4 === 1
          ? null
          : (places[i % places.length] ?? null);
      const themes = i % 4 === 0 ? [themeIds[0], themeIds[1 + (i % 3)]] : [themeIds[i % 4]];
      return {
        status,
        kind: (i % 2 === 0 ? "challenge" : "good_example") as Kind,
        source: visit ? "visit" : (otherSources[i % 4] as Source),
        phase: (i % 5) + 1,
        place,
        visit,
        themes: themes as string[],
        invented: i === 3,
        body: i % 7 === 0 ? "Familjehem saknas, sa de." : `Iakttagelse nummer ${i}, "citat"`,
        observedOn: i % 6 === 5 ? null : `2016-02-${String(1 + (i % 28)).padStart(2, "0")}`,
      };
    });
    const inserted = await db
      .insert(tables.findings)
      .values(
        planned.map((p, i) => ({
          title: `Iakttagelse ${i}`,
          body: p.body,
          kind: p.kind,
          source: p.source,
          status: p.status,
          phaseNumber: p.phase,
          municipalityCode: p.place?.code ?? null,
          visitId: p.visit?.id ?? null,
          invented: p.invented,
          observedOn: p.observedOn,
          publishedAt: p.status === "published" ? new Date(Date.UTC(2016, 0, 1 + i)) : null,
          unpublishedReason: p.status === "unpublished" ? "Felaktig" : null,
        })),
      )
      .returning({ id: tables.findings.id });
    await db
      .insert(tables.findingThemes)
      .values(
        planned.flatMap((p, i) =>
          p.themes.map((themeId) => ({ findingId: inserted[i]?.id as string, themeId })),
        ),
      );
    rows = planned.map((p, i) => ({
      id: inserted[i]?.id as string,
      status: p.status,
      kind: p.kind,
      source: p.source,
      phase: p.phase,
      municipality: p.place?.code ?? null,
      county: p.place?.county ?? null,
      group: p.place?.group ?? null,
      round: p.visit?.round ?? null,
      visitMunicipality: p.visit?.municipalityCode ?? null,
      themes: p.themes,
      invented: p.invented,
      body: p.body,
      observedOn: p.observedOn,
    }));
  });
  afterAll(async () => {
    await api?.close();
  });

  const counts = async (groupBy: readonly Dimension[], filter?: Record<string, unknown>) =>
    (await api.query<Counts>(countsQuery, { groupBy, filter })).findingCounts;

  it("has data of every kind to count", () => {
    expect(new Set(rows.map((r) => r.status)).size).toBe(4);
    expect(published().some((r) => r.themes.length === 2)).toBe(true);
    expect(published().some((r) => r.round === 1) && published().some((r) => r.round === 2)).toBe(
      true,
    );
  });

  it("counts the published findings by each dimension alone, anonymously", async () => {
    for (const d of dimensions) {
      const answer = await counts([d]);
      expect(answer.groupBy).toEqual([d]);
      expect(answer.total).toBe(published().length);
      expect(answered(answer.cells, [d]), d).toEqual(expectedCounts(published(), [d]));
    }
  });

  it("counts by combinations of dimensions, and by none", async () => {
    const groupings: Dimension[][] = [
      [],
      ["THEME", "COUNTY"],
      ["KIND", "SOURCE", "ROUND"],
      ["GROUP", "PHASE", "THEME"],
      [...dimensions],
    ];
    for (const groupBy of groupings) {
      const answer = await counts(groupBy);
      expect(answered(answer.cells, groupBy), groupBy.join()).toEqual(
        expectedCounts(published(), groupBy),
      );
      const sizes = answer.cells.map((c) => c.count);
      expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    }
  });

  it("counts a finding with two themes once in the total and once in each theme", async () => {
    const answer = await counts(["THEME"]);
    const perTheme = answer.cells.reduce((sum, c) => sum + c.count, 0);
    const twoThemes = published().filter((r) => r.themes.length === 2).length;
    expect(answer.total).toBe(published().length);
    expect(perTheme).toBe(published().length + twoThemes);
  });

  it("never counts drafts, findings in review or those taken back", async () => {
    const hidden = rows.filter((r) => r.status !== "published");
    expect(hidden.length).toBeGreaterThan(0);
    expect((await counts(["KIND"])).total).toBe(published().length);
    // The public asking for them is told they are the office's.
    const asked = await api.execute(countsQuery, {
      groupBy: ["KIND"],
      filter: { statuses: ["DRAFT", "IN_REVIEW", "UNPUBLISHED"] },
    });
    expect(asked.errors?.[0]?.message).toContain(
      "statuses asks for findings that are not published (DRAFT, IN_REVIEW, UNPUBLISHED)",
    );
  });

  it("filters by theme, municipality, county, group, phase, kind, source, round, date and words", async () => {
    const [place] = places;
    const filters: [Record<string, unknown>, (r: Row) => boolean][] = [
      [{ themeIds: [themeIds[1]] }, (r) => r.themes.includes(themeIds[1] as string)],
      [{ countyCodes: [place?.county] }, (r) => r.county === place?.county],
      [{ groupCodes: [place?.group] }, (r) => r.group === place?.group],
      [{ phaseNumbers: [2, 4] }, (r) => r.phase === 2 || r.phase === 4],
      [{ kinds: ["GOOD_EXAMPLE"] }, (r) => r.kind === "good_example"],
      [{ sources: ["VISIT", "SURVEY"] }, (r) => r.source === "visit" || r.source === "survey"],
      [{ rounds: [2] }, (r) => r.round === 2],
      [{ search: "familjehem" }, (r) => r.body.includes("Familjehem")],
      [{ kinds: ["CHALLENGE"], rounds: [1] }, (r) => r.kind === "challenge" && r.round === 1],
      [{ municipalityCodes: [place?.code] }, (r) => r.municipality === place?.code],
      [
        { observedFrom: "2016-02-10" },
        (r) => r.observedOn !== null && r.observedOn >= "2016-02-10",
      ],
      [{ observedTo: "2016-02-10" }, (r) => r.observedOn !== null && r.observedOn <= "2016-02-10"],
      [
        { observedFrom: "2016-02-05", observedTo: "2016-02-20", kinds: ["CHALLENGE"] },
        (r) =>
          r.observedOn !== null &&
          r.observedOn >= "2016-02-05" &&
          r.observedOn <= "2016-02-20" &&
          r.kind === "challenge",
      ],
    ];
    for (const [filter, keep] of filters) {
      const matching = published().filter(keep);
      const answer = await counts(["COUNTY", "KIND"], filter);
      expect(answer.total, JSON.stringify(filter)).toBe(matching.length);
      expect(answered(answer.cells, ["COUNTY", "KIND"])).toEqual(
        expectedCounts(matching, ["COUNTY", "KIND"]),
      );
    }
    // Grouped by theme with a filter on themes, the cells are those themes.
    const byTheme = await counts(["THEME"], { themeIds: [themeIds[0]] });
    expect(byTheme.cells.map((c) => c.theme?.id)).toEqual([themeIds[0]]);
  });

  it("says when a counted finding is made up", async () => {
    const madeUp = rows.find((r) => r.invented);
    expect(madeUp?.status).toBe("published");
    expect((await counts([])).invented).toBe(true);
    const other = places.find((p) => p.county !== madeUp?.county);
    const without = published().filter((r) => r.county === other?.county);
    expect(without.every((r) => !r.invented)).toBe(true);
    expect((await counts([], { countyCodes: [other?.county] })).invented).toBe(false);
  });

  it("refuses a dimension named twice, and ROUND in the round comparison", async () => {
    const twice = await api.execute(countsQuery, { groupBy: ["KIND", "THEME", "KIND"] });
    expect(twice.errors?.[0]?.message).toMatch(/KIND more than once/);
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "groupBy",
    });
    const round = await api.execute(roundQuery, { groupBy: ["ROUND"] });
    expect(round.errors?.[0]?.message).toMatch(/ROUND/);
    expect(round.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "groupBy",
    });
  });

  it("compares the rounds over the municipalities visited in both", async () => {
    const compared = published().filter(
      (r) => r.round !== null && visitedTwice.has(r.visitMunicipality as string),
    );
    expect(published().some((r) => r.round !== null && !compared.includes(r))).toBe(true);
    for (const groupBy of [[], ["THEME"], ["COUNTY", "KIND"]] as Dimension[][]) {
      const { findingRoundChange: answer } = await api.query<{
        findingRoundChange: {
          municipalityCount: number;
          round1Total: number;
          round2Total: number;
          invented: boolean;
          cells: (Cell & { round1: number; round2: number; change: number })[];
        };
      }>(roundQuery, { groupBy });
      expect(answer.municipalityCount).toBe(visitedTwice.size);
      expect(answer.round1Total).toBe(compared.filter((r) => r.round === 1).length);
      expect(answer.round2Total).toBe(compared.filter((r) => r.round === 2).length);
      expect(answer.invented).toBe(true);
      const r1 = expectedCounts(
        compared.filter((r) => r.round === 1),
        groupBy,
      );
      const r2 = expectedCounts(
        compared.filter((r) => r.round === 2),
        groupBy,
      );
      const keys = answered(
        answer.cells.map((c) => ({ ...c, round: null, count: 0 })),
        groupBy,
      );
      expect(new Set(keys.keys())).toEqual(new Set([...r1.keys(), ...r2.keys()]));
      for (const cell of answer.cells) {
        const [key] = answered([{ ...cell, round: null, count: 0 }], groupBy).keys();
        expect(cell.round1).toBe(r1.get(key as string) ?? 0);
        expect(cell.round2).toBe(r2.get(key as string) ?? 0);
        expect(cell.change).toBe(cell.round2 - cell.round1);
      }
    }
  });

  it("gives every county its visited municipalities per round and its findings", async () => {
    const { countyVisits } = await api.query<{
      countyVisits: {
        invented: boolean;
        counties: { county: { code: string }; round1: number; round2: number; findings: number }[];
      };
    }>(countyQuery, { filter: { kinds: ["CHALLENGE"] } });
    const counties = await api.database.db.query.counties.findMany({ orderBy: { code: "asc" } });
    expect(countyVisits.counties.map((c) => c.county.code)).toEqual(counties.map((c) => c.code));
    expect(countyVisits.counties).toHaveLength(21);
    const visits = await api.database.db.query.visits.findMany({ with: { municipality: true } });
    for (const row of countyVisits.counties) {
      const code = row.county.code;
      const visited = (round: number) =>
        new Set(
          visits
            .filter(
              (v) =>
                v.municipality.countyCode === code && v.round === round && v.status !== "planned",
            )
            .map((v) => v.municipalityCode),
        ).size;
      expect(row.round1, code).toBe(visited(1));
      expect(row.round2, code).toBe(visited(2));
      expect(row.findings, code).toBe(
        published().filter((r) => r.county === code && r.kind === "challenge").length,
      );
    }
    expect(countyVisits.invented).toBe(true);
  });

  it("counts a question with words in one statement whatever the grouping, and reads each table of names once", async () => {
    const named = `query ($groupBy: [FindingDimension!]!, $filter: FindingFilter) {
      findingCounts(groupBy: $groupBy, filter: $filter) {
        total
        cells { count theme { id title } group { code name } county { code name } phase { number name } kind }
      }
    }`;
    const groupings: Dimension[][] = [[], ["KIND"], ["THEME", "COUNTY"], [...dimensions]];
    // Whether a text holds searchable words is asked once per text, by the first question with it.
    await api.query(
      `query ($filter: FindingFilter) { findingsConnection(filter: $filter, first: 1) { nodes { id } } }`,
      {
        filter: { search: "familjehem" },
      },
    );
    for (const groupBy of groupings) {
      const filter = { search: "familjehem" };
      api.clearStatements();
      const answer = (
        await api.query<{
          findingCounts: { total: number; cells: { county: { name: string } | null }[] };
        }>(named, { groupBy, filter })
      ).findingCounts;
      expect(answer.total).toBeGreaterThan(0);
      if (groupBy.includes("COUNTY"))
        expect(answer.cells.every((cell) => cell.county?.name.endsWith("län"))).toBe(true);
      const aggregate = api.statements.filter((s) => /"findings"/.test(s));
      expect(aggregate, groupBy.join()).toHaveLength(1);
      const tables = groupBy.filter((d) => ["THEME", "GROUP", "COUNTY", "PHASE"].includes(d));
      // The version of the findings, the aggregate, and each table of names.
      expect(api.statements, groupBy.join()).toHaveLength(2 + tables.length);
      const namesRead = () =>
        api.statements.filter((s) => /from "(themes|municipality_groups|counties|phases)"/.test(s));
      expect(namesRead(), groupBy.join()).toHaveLength(tables.length);
      // Asked for their keys alone, the cells read no table of names: the keys are in the cells.
      api.clearStatements();
      await counts(groupBy, filter);
      expect(namesRead(), `${groupBy.join()}, keys alone`).toEqual([]);
    }
  });

  it("reads the findings once after they change for every question without words, then only the version", async () => {
    await api.database.db.execute(
      sql`update ${tables.findings} set updated_at = updated_at where false`,
    );
    api.clearStatements();
    await counts(["THEME", "COUNTY"], { kinds: ["CHALLENGE"] });
    await counts([...dimensions], {});
    await api.query(roundQuery, { groupBy: ["THEME", "COUNTY"] });
    await api.query(countyQuery, {});
    // One statement counted the findings into the cube, for all four answers.
    expect(api.statements.filter((s) => /"findings"/.test(s))).toHaveLength(1);
    api.clearStatements();
    await counts(["KIND"], { groupCodes: [places[0]?.group as string] });
    expect(api.statements.filter((s) => /"findings"/.test(s))).toHaveLength(0);
  });

  it("counts from the cube exactly as the SQL statement counts, for many groupings and filters", async () => {
    const db = api.database.db;
    let seed = 20151;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const some = <T>(values: readonly T[]): T[] | undefined => {
      const r = random();
      if (r < 0.5) return undefined;
      if (r < 0.55) return [];
      return values.filter(() => random() < 0.4);
    };
    const lower = dimensions.map((d) => d.toLowerCase()) as FindingDimension[];
    for (let i = 0; i < 150; i++) {
      const groupBy = lower.filter(() => random() < 0.35);
      const filter: FindingFilter = {
        themeIds: some(themeIds),
        countyCodes: some(places.map((p) => p.county)),
        groupCodes: some([...new Set(places.map((p) => p.group))]),
        municipalityCodes: some(places.map((p) => p.code)),
        phaseNumbers: some([1, 2, 3, 4, 5]),
        kinds: some(["challenge", "good_example"] as const),
        sources: some(["visit", "hearing", "survey", "research", "webinar"] as const),
        rounds: some([1, 2]),
        // The cube does not count by day: a date range takes the SQL statement.
        observedFrom: random() < 0.2 ? "2016-02-08" : undefined,
        observedTo: random() < 0.2 ? "2016-02-21" : undefined,
      };
      const label = JSON.stringify({ groupBy, filter });
      expect(await findingCounts(db, groupBy, filter), label).toEqual(
        await findingCountsInSql(db, groupBy, filter, "public"),
      );
      const withoutRound = groupBy.filter((d) => d !== "round");
      expect(await findingRoundChange(db, withoutRound, filter), label).toEqual(
        await findingRoundChangeInSql(db, withoutRound, filter, "public"),
      );
      if (i % 10 === 0) {
        expect(await countyVisits(db, filter), label).toEqual(
          await countyVisitsInSql(db, filter, "public"),
        );
      }
    }
  });

  it("answers a question asked again from memory until a finding changes, and then counts anew", async () => {
    const before = await counts(["KIND"], { sources: ["RESEARCH"] });
    api.clearStatements();
    expect(await counts(["KIND"], { sources: ["RESEARCH"] })).toEqual(before);
    expect(api.statements.filter((s) => /"findings"/.test(s))).toHaveLength(0);
    const [theme] = await api.database.db
      .select({ id: tables.themes.id })
      .from(tables.themes)
      .limit(1);
    const [added] = await api.database.db
      .insert(tables.findings)
      .values({
        title: "Forskning om placeringar",
        body: "Ny kunskap.",
        source: "research",
        kind: "good_example",
        status: "published",
        phaseNumber: 1,
        publishedAt: new Date(),
      })
      .returning({ id: tables.findings.id });
    if (!added || !theme) throw new Error("no finding");
    await api.database.db
      .insert(tables.findingThemes)
      .values({ findingId: added.id, themeId: theme.id });
    const after = await counts(["KIND"], { sources: ["RESEARCH"] });
    expect(after.total).toBe(before.total + 1);
    const good = (view: typeof before) =>
      view.cells.find((c) => c.kind === "GOOD_EXAMPLE")?.count ?? 0;
    expect(good(after)).toBe(good(before) + 1);
    await api.database.db.delete(tables.findings).where(eq(tables.findings.id, added.id));
    expect((await counts(["KIND"], { sources: ["RESEARCH"] })).total).toBe(before.total);
  });
});
