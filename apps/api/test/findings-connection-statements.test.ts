import { rowsOf } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApi, testApi } from "./support";

/** Published findings numbered from..to, each with a municipality and the first theme. */
async function addFindings(api: TestApi, from: number, to: number) {
  const db = api.database.db;
  await db.execute(sql`
    insert into findings (title, body, kind, source, status, phase_number, municipality_code,
      observed_on, published_at)
    select 'Mängd ' || g, 'Text om mängden ' || g, 'challenge', 'survey', 'published', 1 + g % 5,
      m.codes[1 + g % array_length(m.codes, 1)], date '2016-01-01' + g % 300,
      timestamptz '2016-01-01 00:00:00+00' + g * interval '1 minute'
    from generate_series(${from}::int, ${to}::int) g,
      (select array_agg(code order by code) as codes from municipalities) m`);
  await db.execute(sql`
    insert into finding_themes (finding_id, theme_id)
    select f.id, t.id
    from findings f, (select id from themes order by slug limit 1) t
    where f.title like 'Mängd %'
      and not exists (select 1 from finding_themes ft where ft.finding_id = f.id)`);
}

const pageOf50 = `query ($theme: ID!) {
  findingsConnection(filter: { themeIds: [$theme], observedFrom: "2016-01-01" }, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title body themes { id title } municipality { code name county { name } } }
  }
}`;

describe("SQL issued by a page of findings", () => {
  let api: TestApi;
  let theme: string;
  beforeAll(async () => {
    api = await testApi({ today: new Date("2026-11-23T12:00:00Z") });
    const row = await api.database.db.query.themes.findFirst({ orderBy: { slug: "asc" } });
    theme = row?.id as string;
  });
  afterAll(async () => {
    await api?.close();
  });

  it("takes as many statements for a page of 50 with 10 000 findings as with 1 000", async () => {
    type Answer = { findingsConnection: { totalCount: number; nodes: unknown[] } };
    await addFindings(api, 1, 1000);
    // The first filter that names the theme looks it up (an unknown one is refused); a theme is
    // never removed, so none after it does.
    api.clearStatements();
    await api.query<Answer>(pageOf50, { theme });
    const themeLookup = (statement: string) => /from "themes" where/.test(statement);
    expect(api.statements.filter(themeLookup)).toHaveLength(1);
    api.clearStatements();
    const small = await api.query<Answer>(pageOf50, { theme });
    const atThousand = api.statements.length;
    expect(small.findingsConnection.nodes).toHaveLength(50);
    expect(small.findingsConnection.totalCount).toBeGreaterThanOrEqual(1000);

    await addFindings(api, 1001, 10_000);
    api.clearStatements();
    const large = await api.query<Answer>(pageOf50, { theme });
    expect(large.findingsConnection.nodes).toHaveLength(50);
    expect(large.findingsConnection.totalCount).toBeGreaterThanOrEqual(10_000);
    expect(api.statements).toHaveLength(atThousand);
    // The page with its themes and municipalities, and the count.
    expect(atThousand).toBe(2);
    expect(api.statements.filter(themeLookup)).toEqual([]);
  });

  it("counts a public filter the picture's cube answers from the cube, as SQL counts it", async () => {
    type Answer = { findingsConnection: { totalCount: number; nodes: unknown[] } };
    const byTheme = `query ($theme: ID!) {
      findingsConnection(filter: { themeIds: [$theme] }, first: 50) { totalCount nodes { id } }
    }`;
    // The first answer builds the cube; the next pages count from it.
    await api.query<Answer>(byTheme, { theme });
    api.clearStatements();
    const answer = await api.query<Answer>(byTheme, { theme });
    // The page, and the picture's version (one row): nothing counts the findings.
    expect(api.statements).toHaveLength(2);
    expect(api.statements.filter((statement) => /count\(/i.test(statement))).toEqual([]);
    expect(api.statements.some((statement) => statement.includes("finding_picture_state"))).toBe(
      true,
    );
    const [counted] = rowsOf<{ n: number }>(
      await api.database.db.execute(sql`
        select count(*)::int as n from findings f
        where f.status = 'published'
          and exists (select 1 from finding_themes ft where ft.finding_id = f.id and ft.theme_id = ${theme})`),
    );
    expect(answer.findingsConnection.totalCount).toBe(counted?.n);
    expect(answer.findingsConnection.nodes).toHaveLength(Math.min(50, counted?.n ?? 0));
  });

  it("gives at most 100 findings a page", async () => {
    const answer = await api.query<{ findingsConnection: { nodes: unknown[] } }>(
      `{ findingsConnection(first: 101) { nodes { id } } }`,
    );
    expect(answer.findingsConnection.nodes).toHaveLength(100);
  });
});
