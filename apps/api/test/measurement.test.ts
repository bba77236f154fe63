import { schema as tables } from "@kraftsamling/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type PublishedCell,
  recoverSuppressed,
  smallDerivableGroups,
} from "../../../packages/domain/test/disclosure-attack";
import { deleteExpiredRespondents } from "../src/measurement/service";
import { httpServer, newParticipant } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const keyOf = (c: Pick<PublishedCell, "grouping" | "key1" | "key2">) =>
  `${c.grouping}|${c.key1}|${c.key2}`;

const groupings = ["TOTAL", "GROUP", "COUNTY", "ROLE", "GROUP_ROLE", "COUNTY_ROLE"] as const;

interface Cell {
  group: { code: string } | null;
  county: { code: string; name: string } | null;
  role: string | null;
  suppressed: boolean;
  label: string | null;
  n: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

const cellQuery = `query ($surveyId: ID!, $grouping: SurveyGrouping!) {
  directTimeDistribution(surveyId: $surveyId, grouping: $grouping) {
    group { code } county { code name } role suppressed label n mean median q1 q3
  }
}`;

describe("the direct-time distribution", () => {
  let api: TestApi;
  let surveys: {
    id: string;
    name: string;
    round: string;
    respondentCount: number | null;
    invented: boolean;
  }[];

  beforeAll(async () => {
    api = await testApi();
    surveys = (
      await api.query<{ measurementSurveys: typeof surveys }>(
        "{ measurementSurveys { id name round respondentCount invented } }",
      )
    ).measurementSurveys;
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Every answer of the API over the fixed groupings of a survey, as a visitor reads them. */
  const everyAnswer = async (surveyId: string) => {
    const answers: PublishedCell[] = [];
    for (const grouping of groupings) {
      const { directTimeDistribution: cells } = await api.query<{ directTimeDistribution: Cell[] }>(
        cellQuery,
        { surveyId, grouping },
      );
      for (const c of cells) {
        const g = grouping.toLowerCase() as PublishedCell["grouping"];
        const key1 =
          c.group?.code ?? c.county?.code ?? (g === "role" ? (c.role ?? "").toLowerCase() : "");
        const key2 = g.endsWith("_role") ? (c.role ?? "").toLowerCase() : "";
        answers.push({ grouping: g, key1, key2, n: c.n });
      }
    }
    return answers;
  };

  it("lists the invented demo surveys of both rounds to anyone", () => {
    const demo = surveys.filter((s) => s.invented);
    expect(demo.map((s) => s.round).sort()).toEqual(["BEFORE_VISIT_1", "BEFORE_VISIT_2"]);
    for (const s of demo) expect(s.respondentCount).toBeGreaterThan(2500);
  });

  it("shows a visitor small cells as 'färre än 5' with no count or statistic, and the rest in full", async () => {
    for (const survey of surveys) {
      const truth = await api.database.db
        .select()
        .from(tables.surveyCells)
        .where(eq(tables.surveyCells.surveyId, survey.id));
      const { directTimeDistribution: counties } = await api.query<{
        directTimeDistribution: Cell[];
      }>(cellQuery, { surveyId: survey.id, grouping: "COUNTY" });
      const gotland = counties.find((c) => c.county?.code === "09");
      expect(gotland).toEqual({
        group: null,
        county: { code: "09", name: "Gotlands län" },
        role: null,
        suppressed: true,
        label: "färre än 5",
        n: null,
        mean: null,
        median: null,
        q1: null,
        q3: null,
      });
      for (const grouping of groupings) {
        const { directTimeDistribution: cells } = await api.query<{
          directTimeDistribution: Cell[];
        }>(cellQuery, { surveyId: survey.id, grouping });
        const stored = truth.filter((c) => c.grouping === grouping.toLowerCase());
        expect(cells).toHaveLength(stored.length);
        for (const cell of cells) {
          if (cell.suppressed) {
            expect([cell.n, cell.mean, cell.median, cell.q1, cell.q3, cell.label]).toEqual([
              null,
              null,
              null,
              null,
              null,
              "färre än 5",
            ]);
          } else {
            expect(cell.n).toBeGreaterThanOrEqual(5);
            expect(cell.label).toBeNull();
          }
        }
        // Every cell with fewer than five respondents is suppressed.
        const small = stored.filter((c) => c.n < 5).length;
        expect(cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(small);
      }
    }
  });

  it("gives no suppressed count away to anyone adding and subtracting every answer over the groupings", async () => {
    for (const survey of surveys) {
      const answers = await everyAnswer(survey.id);
      const hidden = answers.filter((a) => a.n === null);
      expect(hidden.length, survey.name).toBeGreaterThan(0);
      const recovered = recoverSuppressed(answers);
      const truth = await api.database.db
        .select()
        .from(tables.surveyCells)
        .where(eq(tables.surveyCells.surveyId, survey.id));
      const trueN = new Map(truth.map((c) => [`${c.grouping}|${c.key1}|${c.key2}`, c.n]));
      const exposed = [...recovered].filter(([key, value]) => trueN.get(key) === value);
      expect(exposed, `cells of ${survey.name} worked out from the totals`).toEqual([]);
      // The attacker is not blind: a shown cell hidden by hand would be worked out.
      const shown = answers.find((a) => a.grouping === "group" && a.n !== null) as PublishedCell;
      const withOneMore = answers.map((a) => (a === shown ? { ...a, n: null } : a));
      expect(recoverSuppressed(withOneMore).get(`group|${shown.key1}|`)).toBe(shown.n);
    }
  });

  it("gives away no set of suppressed cells with fewer than five respondents together, nor their mean", async () => {
    for (const survey of surveys) {
      const answers = await everyAnswer(survey.id);
      const small = smallDerivableGroups(answers);
      expect(small, `small groups of ${survey.name} worked out from the totals`).toEqual([]);

      const truth = await api.database.db
        .select()
        .from(tables.surveyCells)
        .where(eq(tables.surveyCells.surveyId, survey.id));
      const trueN = new Map(truth.map((c) => [`${c.grouping}|${c.key1}|${c.key2}`, c.n]));
      // The county of the audit (22, 43 respondents in the first demo survey): either the county
      // is suppressed, or its suppressed roles hold five or more together.
      const county = answers.find((a) => a.grouping === "county" && a.key1 === "22");
      expect(county, survey.name).toBeDefined();
      if (county?.n !== null) {
        const hiddenRoles = answers.filter(
          (a) => a.grouping === "county_role" && a.key1 === "22" && a.n === null,
        );
        const together = hiddenRoles.reduce((sum, a) => sum + (trueN.get(keyOf(a)) ?? 0), 0);
        if (hiddenRoles.length > 0) expect(together, survey.name).toBeGreaterThanOrEqual(5);
      }

      // The attacker is not blind: publishing the small cells' neighbours finds them.
      const truthAnswers = answers.map((a) => ({ ...a, n: trueN.get(keyOf(a)) ?? null }));
      const smallCells = truth.filter((c) => c.n < 5).slice(0, 2);
      const primaryByHand = truthAnswers.map((a) =>
        smallCells.some((c) => `${c.grouping}|${c.key1}|${c.key2}` === keyOf(a))
          ? { ...a, n: null }
          : a,
      );
      const found = smallDerivableGroups(primaryByHand);
      expect(found.length, survey.name).toBeGreaterThan(0);
      for (const group of found) {
        expect(group.n).toBe(group.cells.reduce((sum, key) => sum + (trueN.get(key) ?? 0), 0));
      }
    }
  });

  it("publishes the shares to four decimals, as the CSV file does", async () => {
    for (const survey of surveys) {
      for (const grouping of groupings) {
        const { directTimeDistribution: cells } = await api.query<{
          directTimeDistribution: Cell[];
        }>(cellQuery, { surveyId: survey.id, grouping });
        for (const cell of cells.filter((c) => !c.suppressed)) {
          for (const value of [cell.mean, cell.median, cell.q1, cell.q3]) {
            expect(
              Math.abs((value as number) * 10_000 - Math.round((value as number) * 10_000)),
            ).toBeLessThan(1e-6);
          }
        }
      }
    }
  });

  it("compares the rounds cell by cell, suppressed where either side is", async () => {
    const { directTimeChange } = await api.query<{
      directTimeChange: {
        before: { name: string };
        after: { name: string };
        cells: {
          county: { code: string } | null;
          suppressed: boolean;
          label: string | null;
          before: { median: number | null } | null;
          after: { median: number | null } | null;
          medianChange: number | null;
          meanChange: number | null;
        }[];
      };
    }>(
      `{ directTimeChange(grouping: COUNTY) { before { name } after { name } cells {
          county { code } suppressed label before { median } after { median } medianChange meanChange } } }`,
    );
    expect(directTimeChange.before.name).toMatch(/första/);
    expect(directTimeChange.after.name).toMatch(/andra/);
    const gotland = directTimeChange.cells.find((c) => c.county?.code === "09");
    expect(gotland).toMatchObject({
      suppressed: true,
      label: "färre än 5",
      before: null,
      after: null,
      medianChange: null,
    });
    const shown = directTimeChange.cells.filter((c) => !c.suppressed);
    expect(shown.length).toBeGreaterThan(10);
    for (const c of shown) {
      expect(c.medianChange).toBeCloseTo((c.after?.median ?? 0) - (c.before?.median ?? 0), 12);
    }
    // The demo's second round spends a little more time with the children.
    const rising = shown.filter((c) => (c.meanChange ?? 0) > 0).length;
    expect(rising).toBeGreaterThan(shown.length / 2);
  });

  it("writes the same cells to a CSV file, small ones as 'färre än 5'", async () => {
    const server = await httpServer(api);
    try {
      const survey = surveys[0] as (typeof surveys)[number];
      const response = await fetch(
        `${server.url}/measurement/direct-time.csv?survey=${survey.id}&grouping=COUNTY`,
      );
      expect(response.status).toBe(200);
      const text = await response.text();
      const lines = text
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n");
      expect(lines[0]).toBe(
        "undersökning,kommungrupp,län,roll,antal svarande,medelvärde direkt tid,median direkt tid,första kvartil,tredje kvartil,påhittad",
      );
      const gotland = lines.find((l) => l.includes("Gotlands län"));
      expect(gotland?.split(",").slice(4, 9)).toEqual(["färre än 5", "", "", "", ""]);
      const { directTimeDistribution: cells } = await api.query<{ directTimeDistribution: Cell[] }>(
        cellQuery,
        { surveyId: survey.id, grouping: "COUNTY" },
      );
      expect(lines).toHaveLength(cells.length + 1);
      for (const cell of cells.filter((c) => !c.suppressed)) {
        const line = lines.find((l) => l.includes(`,${cell.county?.name},`));
        expect(line?.split(",")[4]).toBe(String(cell.n));
      }
      const bad = await fetch(
        `${server.url}/measurement/direct-time.csv?survey=${survey.id}&grouping=KOMMUN`,
      );
      expect(bad.status).toBe(400);
      for (const [query, message] of [
        [
          `survey=${survey.id}&grouping=COUNTY&lan=22`,
          "The parameter lan is not known: use survey and grouping.",
        ],
        [
          `survey=${survey.id}&grouping=COUNTY&grouping=ROLE`,
          "The parameter grouping is given more than once.",
        ],
        [
          `survey=${survey.id}&survey=${survey.id}`,
          "The parameter survey is given more than once.",
        ],
        [
          `survey=${survey.id}&callback=x`,
          "The parameter callback is not known: use survey and grouping.",
        ],
      ]) {
        const refused = await fetch(`${server.url}/measurement/direct-time.csv?${query}`);
        expect(refused.status, query).toBe(400);
        expect(await refused.text(), query).toBe(message);
      }
    } finally {
      await server.stop();
    }
  });

  it("refuses the surveys' administration to anyone but the coordinator", async () => {
    const viewer = await newParticipant(api);
    for (const source of [
      "{ surveys { id } }",
      "{ surveyImports { id } }",
      '{ surveyImport(id: "00000000-0000-0000-0000-000000000000") { id } }',
      "mutation { setRespondentRetention(days: 10) { __typename } }",
    ]) {
      const { errors } = await api.execute(source, {}, viewer);
      expect(errors?.[0]?.extensions?.code, source).toBe("FORBIDDEN");
      const anonymous = await api.execute(source);
      expect(anonymous.errors?.[0]?.extensions?.code, source).toBe("UNAUTHENTICATED");
    }
  });

  it("deletes respondents past the retention period and keeps the distribution", async () => {
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    const refused = await api.query<{
      setRespondentRetention: { __typename: string; code?: string };
    }>(
      "mutation { setRespondentRetention(days: 0) { __typename ... on InputError { code } } }",
      {},
      coordinator,
    );
    expect(refused.setRespondentRetention).toEqual({
      __typename: "InputError",
      code: "OUT_OF_RANGE",
    });
    await api.query(
      "mutation { setRespondentRetention(days: 30) { __typename } }",
      {},
      coordinator,
    );
    const stated = await api.query<{ measurementSettings: { respondentRetentionDays: number } }>(
      "{ measurementSettings { respondentRetentionDays } }",
    );
    expect(stated.measurementSettings.respondentRetentionDays).toBe(30);

    const survey = surveys[0] as (typeof surveys)[number];
    const before = await api.query<{ directTimeDistribution: Cell[] }>(cellQuery, {
      surveyId: survey.id,
      grouping: "COUNTY_ROLE",
    });
    const respondents = async () =>
      (
        await api.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(tables.surveyRespondents)
          .where(eq(tables.surveyRespondents.surveyId, survey.id))
      )[0]?.n;
    expect(await respondents()).toBeGreaterThan(0);

    // Not yet: 29 days after the import.
    api.moveClock(29 * 86_400_000);
    expect(await deleteExpiredRespondents(api.database.db, api.services)).toEqual([]);
    expect(await respondents()).toBeGreaterThan(0);

    api.moveClock(31 * 86_400_000);
    const deleted = await deleteExpiredRespondents(api.database.db, api.services);
    expect(deleted).toContain(survey.id);
    expect(await respondents()).toBe(0);
    const listed = await api.query<{
      surveys: { id: string; respondentsKept: number; respondentsDeletedAt: string | null }[];
    }>("{ surveys { id respondentsKept respondentsDeletedAt } }", {}, coordinator);
    const after = listed.surveys.find((s) => s.id === survey.id);
    expect(after?.respondentsKept).toBe(0);
    expect(after?.respondentsDeletedAt).not.toBeNull();
    expect(
      await api.query<{ directTimeDistribution: Cell[] }>(cellQuery, {
        surveyId: survey.id,
        grouping: "COUNTY_ROLE",
      }),
    ).toEqual(before);
    // Once deleted, a later run has nothing more to do.
    expect(await deleteExpiredRespondents(api.database.db, api.services)).toEqual([]);
    api.moveClock(0);
  });
});
