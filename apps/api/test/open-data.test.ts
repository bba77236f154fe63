import { readFileSync } from "node:fs";
import { schema as tables } from "@kraftsamling/db";
import { openDatasets } from "@kraftsamling/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpServer } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const cc0 = "https://creativecommons.org/publicdomain/zero/1.0/";

/** RFC 4180 records of a CSV file without its BOM. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}

type Row = Record<string, unknown>;

describe("the open data", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  let themes: { id: string; slug: string; title: string }[];

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    const db = api.database.db;
    await db.execute(sql`delete from ${tables.findings}`);
    themes = (await db.query.themes.findMany({ orderBy: { slug: "asc" } })).slice(0, 2);
    const rows = [
      { title: "Verklig i Stockholm", status: "published", code: "0180", invented: false },
      { title: "Påhittad i Uppsala", status: "published", code: "0380", invented: true },
      { title: "Utkast i Stockholm", status: "draft", code: "0180", invented: false },
      { title: "Gott exempel utan kommun", status: "published", code: null, invented: false },
    ] as const;
    const inserted = await db
      .insert(tables.findings)
      .values(
        rows.map((r, i) => ({
          title: r.title,
          body: i === 3 ? "Familjehem som stöd" : `Text ${i}`,
          status: r.status,
          kind: i === 3 ? ("good_example" as const) : ("challenge" as const),
          source: i === 3 ? ("survey" as const) : ("hearing" as const),
          phaseNumber: 1 + i,
          municipalityCode: r.code,
          observedOn: `2016-0${1 + i}-15`,
          publishedAt: r.status === "published" ? new Date(Date.UTC(2016, 2, 1 + i)) : null,
          invented: r.invented,
        })),
      )
      .returning({ id: tables.findings.id });
    const id = (i: number) => inserted[i]?.id as string;
    const [first, second] = themes.map((t) => t.id);
    await db.insert(tables.findingThemes).values([
      { findingId: id(0), themeId: first as string },
      { findingId: id(0), themeId: second as string },
      { findingId: id(1), themeId: first as string },
      { findingId: id(2), themeId: first as string },
      { findingId: id(3), themeId: second as string },
    ]);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const get = (path: string) => fetch(`${server.url}${path}`);
  const jsonLines = async (response: Response) =>
    (await response.text())
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as Row);

  it("lists every dataset at /open-data/ with its formats, parameters, columns and licence", async () => {
    const response = await get("/open-data/");
    expect(response.status).toBe(200);
    const index = (await response.json()) as {
      license: { name: string; url: string; covers: { sv: string; en: string } };
      datasets: { name: string; urls: Record<string, string>; columns: { field: string }[] }[];
    };
    expect(index.license.url).toBe(cc0);
    expect(index.license.covers.en).toMatch(/does not cover invented demo data/);
    expect(index.datasets.map((d) => d.name)).toEqual([
      "findings",
      "finding-counts",
      "direct-time",
    ]);
    expect(index.datasets[0]?.urls).toEqual({
      csv: "/open-data/findings.csv",
      json: "/open-data/findings.json",
      jsonl: "/open-data/findings.jsonl",
    });
    expect(index.datasets[0]?.columns.map((c) => c.field)).toContain("invented");
  });

  it("sends the same published findings, newest first, in CSV, JSON and JSON Lines, each marked real or invented", async () => {
    const csv = await get("/open-data/findings.csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("link")).toContain(`<${cc0}>; rel="license"`);
    const [header, ...records] = parseCsv((await csv.text()).replace(/^\ufeff/, ""));
    expect(header).toEqual(openDatasets[0]?.columns.map((c) => c.csv));
    expect(records.map((r) => [r[3], r[14]])).toEqual([
      ["Gott exempel utan kommun", "nej"],
      ["Påhittad i Uppsala", "ja"],
      ["Verklig i Stockholm", "nej"],
    ]);

    const json = await get("/open-data/findings.json");
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("link")).toContain('rel="license"');
    const body = (await json.json()) as { dataset: string; license: { url: string }; rows: Row[] };
    expect(body.dataset).toBe("findings");
    expect(body.license.url).toBe(cc0);
    expect(body.rows.map((r) => [r.title, r.invented])).toEqual([
      ["Gott exempel utan kommun", false],
      ["Påhittad i Uppsala", true],
      ["Verklig i Stockholm", false],
    ]);
    expect(body.rows[2]).toMatchObject({
      kind: "CHALLENGE",
      source: "HEARING",
      municipality: "Stockholm",
      county: "Stockholms län",
      publishedOn: "2016-03-01",
      revisedOn: null,
      themes: themes.map((t) => t.title).sort(),
      phase: 1,
    });
    expect(Object.keys(body.rows[0] ?? {})).toEqual(openDatasets[0]?.columns.map((c) => c.field));

    const jsonl = await get("/open-data/findings.jsonl");
    expect(jsonl.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    expect(jsonl.headers.get("link")).toContain('rel="license"');
    expect(await jsonLines(jsonl)).toEqual(body.rows);
    for (const path of ["/open-data/findings.csv", "/open-data/findings.json"]) {
      expect(await (await get(path)).text()).not.toContain("Utkast");
    }
  });

  it("chooses findings by the same parameters in every format and at the CSV's first address", async () => {
    const titles = async (query: string) => {
      const jsonl = (await jsonLines(await get(`/open-data/findings.jsonl${query}`))).map(
        (r) => r.title,
      );
      const json = (
        (await (await get(`/open-data/findings.json${query}`)).json()) as { rows: Row[] }
      ).rows;
      const csv = parseCsv(
        (await (await get(`/findings.csv${query}`)).text()).replace(/^\ufeff/, ""),
      )
        .slice(1)
        .map((r) => r[3]);
      expect(json.map((r) => r.title)).toEqual(jsonl);
      expect(csv).toEqual(jsonl);
      return jsonl;
    };
    expect(await titles(`?theme=${themes[0]?.slug}&county=01`)).toEqual(["Verklig i Stockholm"]);
    // A theme's id, as GraphQL gives it, names the theme as its slug does.
    expect(await titles(`?theme=${themes[0]?.id}&county=01`)).toEqual(["Verklig i Stockholm"]);
    expect(await titles("?municipality=0380")).toEqual(["Påhittad i Uppsala"]);
    expect(await titles("?kind=GOOD_EXAMPLE")).toEqual(["Gott exempel utan kommun"]);
    expect(await titles("?from=2016-02-01&to=2016-04-30")).toEqual([
      "Gott exempel utan kommun",
      "Påhittad i Uppsala",
    ]);
    expect(await titles("?q=familjehem")).toEqual(["Gott exempel utan kommun"]);
    expect(await titles("?round=2")).toEqual([]);
  });

  it("counts the findings as findingCounts does, by theme and municipality group, in every format", async () => {
    const { findingCounts } = await api.query<{
      findingCounts: {
        total: number;
        cells: { theme: { slug: string } | null; group: { code: string } | null; count: number }[];
      };
    }>(
      `{ findingCounts(groupBy: [THEME, GROUP]) { total cells { theme { slug } group { code } count } } }`,
    );
    const expected = findingCounts.cells.map((c) => ({
      theme: c.theme?.slug ?? null,
      group: c.group?.code ?? null,
      count: c.count,
      invented: true,
    }));
    const json = (await (
      await get("/open-data/finding-counts.json?groupBy=theme&groupBy=group")
    ).json()) as { total: number; groupBy: string[]; rows: Row[] };
    expect(json.total).toBe(findingCounts.total);
    expect(json.groupBy).toEqual(["theme", "group"]);
    expect(json.rows).toEqual(expected);
    expect(
      await jsonLines(await get("/open-data/finding-counts.jsonl?groupBy=theme&groupBy=group")),
    ).toEqual(expected);
    const [header, ...records] = parseCsv(
      (
        await (await get("/open-data/finding-counts.csv?groupBy=THEME&groupBy=GROUP")).text()
      ).replace(/^\ufeff/, ""),
    );
    expect(header).toEqual(["tema", "kommungrupp", "antal", "påhittade_demodata"]);
    expect(records).toEqual(
      expected.map((e) => [e.theme ?? "", e.group ?? "", String(e.count), "ja"]),
    );
    const real = (await (
      await get("/open-data/finding-counts.json?groupBy=kind&municipality=0180")
    ).json()) as { rows: Row[] };
    expect(real.rows).toEqual([{ kind: "CHALLENGE", count: 1, invented: false }]);
    // Without a grouping: one row, the total, also when no finding matches.
    const [totalHeader, ...totalRows] = parseCsv(
      (await (await get("/open-data/finding-counts.csv?from=2099-01-01")).text()).replace(
        /^\ufeff/,
        "",
      ),
    );
    expect(totalHeader).toEqual(["antal", "påhittade_demodata"]);
    expect(totalRows).toHaveLength(1);
    expect(totalRows[0]?.[0]).toBe("0");
    // A county code that no county has is refused, not answered with nothing.
    const unknown = await get("/open-data/finding-counts.json?county=12&county=99");
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      error: {
        code: "BAD_PARAMETER",
        message:
          'The parameter county is not valid: county names no county with the code "99"; the query `counties` lists every county with its code.',
      },
    });
  });

  it("sends the direct-time distribution with its small cells suppressed, as the CSV and GraphQL do", async () => {
    const { measurementSurveys } = await api.query<{
      measurementSurveys: { id: string; name: string; invented: boolean }[];
    }>("{ measurementSurveys { id name invented } }");
    const survey = measurementSurveys[0] as (typeof measurementSurveys)[number];
    const { directTimeDistribution: cells } = await api.query<{
      directTimeDistribution: {
        suppressed: boolean;
        n: number | null;
        county: { code: string } | null;
      }[];
    }>(
      `query ($id: ID!) { directTimeDistribution(surveyId: $id, grouping: COUNTY) { suppressed n county { code } } }`,
      { id: survey.id },
    );
    const query = `?survey=${survey.id}&grouping=COUNTY`;
    const json = (await (await get(`/open-data/direct-time.json${query}`)).json()) as {
      license: { url: string };
      rows: Row[];
    };
    expect(json.license.url).toBe(cc0);
    expect(json.rows.map((r) => [r.county, r.respondents])).toEqual(
      cells.map((c) => [c.county?.code ?? null, c.suppressed ? null : c.n]),
    );
    expect(cells.some((c) => c.suppressed)).toBe(true);
    for (const row of json.rows) {
      expect(row.survey).toBe(survey.name);
      expect(row.invented).toBe(survey.invented);
      if (row.respondents === null)
        expect([row.mean, row.median, row.q1, row.q3]).toEqual([null, null, null, null]);
    }
    expect(await jsonLines(await get(`/open-data/direct-time.jsonl${query}`))).toEqual(json.rows);
    const csv = await (await get(`/open-data/direct-time.csv${query}`)).text();
    expect(csv).toBe(await (await get(`/measurement/direct-time.csv${query}`)).text());
    expect(csv).toContain("färre än 5");
    const every = (await (await get("/open-data/direct-time.json")).json()) as { rows: Row[] };
    expect(new Set(every.rows.map((r) => r.survey))).toEqual(
      new Set(measurementSurveys.map((s) => s.name)),
    );
  });

  it("answers a bad parameter with 400 and one sentence naming it", async () => {
    for (const [path, parameter] of [
      ["/open-data/findings.json?theme=ingen-sadan", "theme"],
      ["/open-data/findings.jsonl?county=1", "county"],
      ["/open-data/findings.csv?municipality=180", "municipality"],
      ["/open-data/findings.json?kind=challenge", "kind"],
      ["/open-data/findings.json?from=2016-13-01", "from"],
      ["/open-data/findings.json?from=2016-05-01&to=2016-04-01", "from"],
      ["/open-data/findings.json?from=2016-05-01&from=2016-06-01", "from"],
      [`/open-data/findings.json?q=${"a".repeat(300)}`, "q"],
      ["/open-data/findings.json?colour=red", "colour"],
      ["/open-data/findings.json?q=%00", "q"],
      ["/open-data/findings.csv?q=och%20att", "q"],
      ["/open-data/finding-counts.json?groupBy=theme&q=som", "q"],
      ["/open-data/finding-counts.json?groupBy=colour", "groupBy"],
      ["/open-data/finding-counts.csv?groupBy=theme&groupBy=THEME", "groupBy"],
      ["/open-data/finding-counts.json?groupBy=theme&phase=9", "phase"],
      ["/open-data/direct-time.json?grouping=KOMMUN", "grouping"],
      ["/open-data/direct-time.jsonl?survey=a&survey=b", "survey"],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const text = await response.text();
      expect(text, path).toContain(`parameter ${parameter}`);
      expect(text.trim().split("\n"), path).toHaveLength(1);
      // Said with the download's own names, not the filter's fields behind them.
      expect(text, path).not.toMatch(/observed|Codes|Ids|Numbers/);
      // A JSON download is refused in JSON, with a code; a CSV one in a line of text.
      if (/\.jsonl?\?/.test(path)) {
        expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
        expect(JSON.parse(text).error.code, path).toBe("BAD_PARAMETER");
      } else {
        expect(response.headers.get("content-type"), path).toMatch(/^text\/plain/);
      }
    }
    const unknown = await get("/open-data/people.json");
    expect(unknown.status).toBe(404);
    expect(
      ((await unknown.json()) as { error: { code: string; message: string } }).error,
    ).toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("/open-data/"),
    });
  });

  it("serves the committed schema at /schema.graphql", async () => {
    const response = await get("/schema.graphql");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"),
    );
  });

  it("sends a browser opening /graphql to GraphiQL, and a program on to the API", async () => {
    const browser = await fetch(`${server.url}/graphql`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
      redirect: "manual",
    });
    expect(browser.status).toBe(302);
    expect(browser.headers.get("location")).toBe("/utvecklare/graphiql");
    const program = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(await program.json()).toEqual({ data: { __typename: "Query" } });
  });
});
