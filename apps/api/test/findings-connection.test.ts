import { schema as tables } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type WalkedPage, walkPages } from "./page-walk";
import { type TestApi, testApi } from "./support";

/** A word no seeded finding holds: every finding of these tests has it in its text. */
const word = "sjöstjärnegräs";

interface Page extends WalkedPage {
  totalCount?: number;
  edges: { cursor: string; node: { id: string } }[];
}

const pageQuery = `query ($filter: FindingFilter, $orderBy: FindingOrder, $first: Int, $after: String, $last: Int, $before: String) {
  findingsConnection(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id } }
    nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe("the findings as a connection", () => {
  let api: TestApi;
  let office: Viewer;
  let themes: string[];
  let places: { code: string; county: string; group: string }[];
  /** The published findings of these tests, newest first. */
  let published: string[];
  let draft: string;
  let alike: { often: string; once: string };

  const page = async (variables: Record<string, unknown>, viewer: Viewer | null = null) =>
    (await api.query<{ findingsConnection: Page }>(pageQuery, variables, viewer))
      .findingsConnection;
  const ids = async (filter: Record<string, unknown>, viewer: Viewer | null = null) =>
    (await page({ filter: { search: word, ...filter }, first: 100 }, viewer)).nodes.map(
      (n) => n.id,
    );

  beforeAll(async () => {
    api = await testApi({ today: new Date("2026-11-23T12:00:00Z") });
    office = await api.viewer("samordnare@kraftsamling.example");
    const db = api.database.db;
    themes = (
      await db.select({ id: tables.themes.id }).from(tables.themes).orderBy(tables.themes.slug)
    ).map((t) => t.id);
    const rows = (await db.execute(
      sql`select code, county_code, group_code from municipalities order by code limit 2`,
    )) as unknown as { rows?: Record<string, string>[] } | Record<string, string>[];
    const list = Array.isArray(rows) ? rows : (rows.rows ?? []);
    places = list.map((r) => ({
      code: String(r.code).trim(),
      county: String(r.county_code).trim(),
      group: String(r.group_code).trim(),
    }));
    // Twelve published findings, published within one millisecond a microsecond apart, so that a
    // cursor must keep the microseconds; themes, places, phases, kinds and sources alternate.
    const sources = ["survey", "research"] as const;
    const kinds = ["challenge", "good_example"] as const;
    const made: string[] = [];
    for (let i = 0; i < 12; i++) {
      const [row] = await db
        .insert(tables.findings)
        .values({
          title: `Iakttagelse ${i}`,
          body: `Text ${i} om ${word}.`,
          kind: kinds[i % 2] ?? "challenge",
          source: sources[i % 2] ?? "survey",
          status: "published",
          phaseNumber: (i % 3) + 1,
          municipalityCode: places[i % 2]?.code ?? null,
          observedOn: `2016-03-${String(i + 1).padStart(2, "0")}`,
        })
        .returning({ id: tables.findings.id });
      if (!row) throw new Error("no finding");
      await db.execute(
        sql`update findings set published_at = timestamptz '2016-04-01 10:00:00.000100+00' + ${i} * interval '1 microsecond' where id = ${row.id}`,
      );
      await db
        .insert(tables.findingThemes)
        .values({ findingId: row.id, themeId: themes[i % 2] as string });
      made.push(row.id);
    }
    published = made.reverse();
    const [d] = await db
      .insert(tables.findings)
      .values({
        title: "Utkast",
        body: `Ett utkast om ${word}.`,
        source: "survey",
        status: "draft",
        phaseNumber: 1,
      })
      .returning({ id: tables.findings.id });
    draft = d?.id as string;
    const relevant = async (body: string) => {
      const [row] = await db
        .insert(tables.findings)
        .values({
          title: "Om handläggare",
          body,
          source: "research",
          status: "published",
          phaseNumber: 2,
          publishedAt: new Date("2016-01-01T00:00:00Z"),
        })
        .returning({ id: tables.findings.id });
      return row?.id as string;
    };
    alike = {
      often: await relevant(
        "Handläggare efter handläggare slutar; handläggarna hinner inte (tallkottsfrö).",
      ),
      once: await relevant("En handläggare berättade (tallkottsfrö)."),
    };
  });
  afterAll(async () => {
    await api?.close();
  });

  it("pages forward and back through the findings, newest first, with their total", async () => {
    const first = await page({ filter: { search: word }, first: 5 });
    expect(first.totalCount).toBe(12);
    expect(first.nodes.map((n) => n.id)).toEqual(published.slice(0, 5));
    expect(first.edges.map((e) => e.node.id)).toEqual(published.slice(0, 5));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await page({
      filter: { search: word },
      first: 5,
      after: first.pageInfo.endCursor,
    });
    expect(second.nodes.map((n) => n.id)).toEqual(published.slice(5, 10));
    const third = await page({
      filter: { search: word },
      first: 5,
      after: second.pageInfo.endCursor,
    });
    expect(third.nodes.map((n) => n.id)).toEqual(published.slice(10));
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(12);

    const back = await page({
      filter: { search: word },
      last: 5,
      before: third.pageInfo.startCursor,
    });
    expect(back.nodes.map((n) => n.id)).toEqual(published.slice(5, 10));
    expect(back.pageInfo.hasPreviousPage).toBe(true);
    const last = await page({ filter: { search: word }, last: 3 });
    expect(last.nodes.map((n) => n.id)).toEqual(published.slice(9));
  });

  it("gives 50 findings a page unless asked", async () => {
    const all = await page({});
    expect(all.nodes).toHaveLength(Math.min(50, all.totalCount ?? 0));
  });

  it("sorts oldest first, the reverse of newest first", async () => {
    const oldest = await page({ filter: { search: word }, orderBy: "OLDEST", first: 4 });
    expect(oldest.nodes.map((n) => n.id)).toEqual([...published].reverse().slice(0, 4));
    const next = await page({
      filter: { search: word },
      orderBy: "OLDEST",
      first: 4,
      after: oldest.pageInfo.endCursor,
    });
    expect(next.nodes.map((n) => n.id)).toEqual([...published].reverse().slice(4, 8));
  });

  it("refuses search words the Swedish search leaves out, in the list and in the counts alike", async () => {
    for (const [field, args, selection] of [
      ["findingsConnection", "first: 5", "nodes { id }"],
      ["findingCounts", "groupBy: [KIND]", "total"],
    ] as const) {
      const { errors } = await api.execute(
        `query ($filter: FindingFilter) { ${field}(filter: $filter, ${args}) { ${selection} } }`,
        { filter: { search: "och att som" } },
      );
      expect(errors?.[0], field).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", reason: "NO_SEARCH_WORDS", field: "search" },
      });
      expect(errors?.[0]?.message, field).toContain(
        '"och att som" holds no word that can be searched for',
      );
    }
    // A common word beside one that says something searches for that one.
    expect(await ids({ search: `och ${word}` })).toEqual(await ids({}));
    // Whether a text holds such words is asked of the database once per text, not per request.
    const asked = () => api.statements.filter((s) => s.includes("numnode")).length;
    api.clearStatements();
    await ids({ search: `att ${word}` });
    expect(asked()).toBe(1);
    await ids({ search: `att ${word}` });
    expect(asked()).toBe(1);
  });

  it("pages forwards as backwards and as the table orders them, ties at one instant included", async () => {
    const tie = "strandkrabbeört";
    const db = api.database.db;
    // Five findings published at one instant, two at another: the id orders them.
    for (let i = 0; i < 7; i++) {
      const [row] = await db
        .insert(tables.findings)
        .values({
          title: `Samtidig ${i}`,
          body: `Om ${tie}.`,
          source: "survey",
          status: "published",
          phaseNumber: 1,
          municipalityCode: places[i % 2]?.code ?? null,
          publishedAt: new Date(i < 5 ? "2016-05-01T08:00:00Z" : "2016-05-02T08:00:00Z"),
        })
        .returning({ id: tables.findings.id });
      await db
        .insert(tables.findingThemes)
        .values({ findingId: row?.id as string, themeId: themes[i % 2] as string });
    }
    const place = places[0] as { code: string; county: string };
    for (const filter of [
      { search: tie },
      { search: tie, countyCodes: [place.county] },
      { search: tie, themeIds: [themes[1]] },
      { search: tie, municipalityCodes: [place.code], themeIds: [themes[0]] },
    ]) {
      const expected = (
        (await db.execute(
          sql`select f.id from findings f where f.body like ${`%${tie}%`} and f.status = 'published'
            and (${filter.countyCodes?.[0] ?? null}::text is null or f.municipality_code in (select code from municipalities where county_code = ${filter.countyCodes?.[0] ?? null}))
            and (${filter.municipalityCodes?.[0] ?? null}::text is null or f.municipality_code = ${filter.municipalityCodes?.[0] ?? null})
            and (${filter.themeIds?.[0] ?? null}::uuid is null or exists (select 1 from finding_themes ft where ft.finding_id = f.id and ft.theme_id = ${filter.themeIds?.[0] ?? null}))
            order by f.published_at desc, f.id desc`,
        )) as unknown as { rows: { id: string }[] }
      ).rows.map((r) => r.id);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      for (const [orderBy, order] of [
        ["NEWEST", expected],
        ["OLDEST", [...expected].reverse()],
      ] as const) {
        for (const size of [1, 2, 3]) {
          const { forwards, backwards } = await walkPages(size, (paging) =>
            page({ filter, orderBy, ...paging }),
          );
          const what = `${JSON.stringify(filter)} ${orderBy} ${size}`;
          expect(forwards, what).toEqual(order);
          expect(backwards, what).toEqual(order);
        }
      }
    }
  });

  it("reads an OR at either end of the words, or doubled, as joining nothing", async () => {
    const found = await ids({ search: word });
    expect(found.length).toBeGreaterThan(0);
    for (const search of [`${word} OR`, `OR ${word}`, `${word} or or`, `OR OR ${word} OR`])
      expect(await ids({ search }), search).toEqual(found);
    const { errors } = await api.execute(
      `query ($filter: FindingFilter) { findingsConnection(filter: $filter) { nodes { id } } }`,
      { filter: { search: "OR OR" } },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ reason: "NO_SEARCH_WORDS", field: "search" });
  });

  it("sorts by relevance to the search words, and pages on", async () => {
    const filter = { search: "handläggaren tallkottsfrö" };
    const best = await page({ filter, orderBy: "RELEVANCE", first: 1 });
    expect(best.nodes.map((n) => n.id)).toEqual([alike.often]);
    const next = await page({
      filter,
      orderBy: "RELEVANCE",
      first: 1,
      after: best.pageInfo.endCursor,
    });
    expect(next.nodes.map((n) => n.id)).toEqual([alike.once]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    // Without search words, relevance is newest first.
    const plain = await page({ filter: { search: word }, orderBy: "RELEVANCE", first: 3 });
    expect(plain.nodes.map((n) => n.id)).toEqual(published.slice(0, 3));
  });

  it("filters by every field of the filter", async () => {
    const [a, b] = places;
    if (!a || !b) throw new Error("no municipalities");
    // published[k] is finding 11 - k.
    const where = (test: (i: number) => boolean) => published.filter((_id, k) => test(11 - k));
    expect(await ids({ themeIds: [themes[0]] })).toEqual(where((i) => i % 2 === 0));
    expect(await ids({ municipalityCodes: [b.code] })).toEqual(where((i) => i % 2 === 1));
    expect(await ids({ countyCodes: [a.county] })).toEqual(
      where((i) => (i % 2 === 0 ? a.county : b.county) === a.county),
    );
    expect(await ids({ groupCodes: [b.group] })).toEqual(
      where((i) => (i % 2 === 0 ? a.group : b.group) === b.group),
    );
    expect(await ids({ phaseNumbers: [3] })).toEqual(where((i) => i % 3 === 2));
    expect(await ids({ kinds: ["GOOD_EXAMPLE"] })).toEqual(where((i) => i % 2 === 1));
    expect(await ids({ sources: ["SURVEY"] })).toEqual(where((i) => i % 2 === 0));
    expect(await ids({ observedFrom: "2016-03-05" })).toEqual(where((i) => i >= 4));
    expect(await ids({ observedTo: "2016-03-05" })).toEqual(where((i) => i <= 4));
    expect(await ids({ observedFrom: "2016-03-03", observedTo: "2016-03-04" })).toEqual(
      where((i) => i === 2 || i === 3),
    );
    expect(await ids({ search: `${word} 7` })).toEqual(where((i) => i === 7));
    const counted = await page({ filter: { search: word, observedFrom: "2016-03-11" }, first: 1 });
    expect(counted.totalCount).toBe(2);
  });

  it("refuses a date range that ends before it starts, naming the field", async () => {
    const result = await api.execute(
      pageQuery,
      { filter: { observedFrom: "2016-05-01", observedTo: "2016-04-01" } },
      null,
    );
    expect(result.errors?.[0]?.message).toContain("observedFrom (2016-05-01) must not be after");
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a theme, meeting or visit there is none of, or not one the viewer may see, wherever the filter is taken", async () => {
    const db = api.database.db;
    const unknown = "00000000-0000-4000-8000-00000000abcd";
    const [inserted] = await db
      .insert(tables.meetings)
      .values({
        slug: "ett-moteutkast",
        title: "Ett mötesutkast",
        kind: "hearing",
        startsAt: new Date("2026-12-01T09:00:00Z"),
        endsAt: new Date("2026-12-01T11:00:00Z"),
        status: "draft",
      })
      .returning({ id: tables.meetings.id });
    const draftMeeting = inserted?.id;
    const publicMeeting = (
      await db.query.meetings.findFirst({
        where: { status: { ne: "draft" } },
        columns: { id: true },
      })
    )?.id;
    const [visit] = await db
      .insert(tables.visits)
      .values({ municipalityCode: places[0]?.code as string, round: 2, visitDate: "2016-04-20" })
      .onConflictDoNothing()
      .returning({ id: tables.visits.id });
    const visitId = visit?.id ?? (await db.query.visits.findFirst({ columns: { id: true } }))?.id;
    if (!draftMeeting || !publicMeeting || !visitId) throw new Error("no meetings or visit");

    // Every field that takes the filter: the page and its count alone, the old list and count,
    // and the national picture.
    const fields = [
      "findingsConnection(filter: $filter, first: 1) { nodes { id } }",
      "findingsConnection(filter: $filter) { totalCount }",
      "findings(filter: $filter) { id }",
      "findingCount(filter: $filter)",
      "findingCounts(groupBy: [KIND], filter: $filter) { total }",
      "findingRoundChange(groupBy: [KIND], filter: $filter) { round1Total }",
      "countyVisits(filter: $filter) { invented }",
    ];
    const refusal = async (filter: Record<string, unknown>, viewer: Viewer | null) => {
      const answers = [];
      for (const field of fields) {
        const { errors } = await api.execute(
          `query ($filter: FindingFilter) { ${field} }`,
          { filter },
          viewer,
        );
        answers.push(errors?.map((error) => ({ message: error.message, ...error.extensions })));
      }
      // Every field answers alike.
      for (const answer of answers) expect(answer, JSON.stringify(filter)).toEqual(answers[0]);
      return answers[0];
    };
    const notFound = (field: string, message: string) => [
      { message, code: "BAD_USER_INPUT", reason: "NOT_FOUND", field },
    ];
    const noTheme = (id: string) =>
      notFound(
        "themeIds",
        `themeIds names no theme with the id "${id}"; the query \`themes\` lists every theme with its id.`,
      );
    const noMeeting = (id: string) =>
      notFound(
        "meetingId",
        `meetingId names no meeting with the id "${id}"; the query \`meetingsConnection\` lists the meetings with their ids.`,
      );
    const noVisit = (id: string) =>
      notFound(
        "visitId",
        `visitId names no visit with the id "${id}"; the query \`visits\` lists the visits with their ids (the coordinator's office).`,
      );

    for (const viewer of [null, office]) {
      expect(await refusal({ themeIds: [themes[0], unknown] }, viewer)).toEqual(noTheme(unknown));
      expect(await refusal({ meetingId: unknown }, viewer)).toEqual(noMeeting(unknown));
      expect(await refusal({ visitId: unknown }, viewer)).toEqual(noVisit(unknown));
      // What everyone may see is taken.
      expect(await refusal({ themeIds: themes }, viewer)).toBeUndefined();
      expect(await refusal({ meetingId: publicMeeting }, viewer)).toBeUndefined();
    }
    // A draft meeting and any visit are the office's: anyone else is answered as for an id of none.
    expect(await refusal({ meetingId: draftMeeting }, null)).toEqual(noMeeting(draftMeeting));
    expect(await refusal({ visitId: visitId }, null)).toEqual(noVisit(visitId));
    expect(await refusal({ meetingId: draftMeeting }, office)).toBeUndefined();
    expect(await refusal({ visitId: visitId }, office)).toBeUndefined();
  });

  it("never gives anyone but the office a draft", async () => {
    expect(await ids({})).not.toContain(draft);
    // The public asking for drafts is told they are the office's.
    const asked = await api.execute(
      `query ($filter: FindingFilter) { findingsConnection(filter: $filter, first: 5) { totalCount } }`,
      { filter: { statuses: ["DRAFT"] } },
      null,
    );
    expect(asked.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(asked.errors?.[0]?.message).toContain("which only the coordinator's office sees");
    expect(await ids({ statuses: ["PUBLISHED"] })).toEqual(published);
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    expect(await ids({}, member)).not.toContain(draft);
    const officePage = await page({ filter: { search: word }, first: 100 }, office);
    expect(officePage.totalCount).toBe(13);
    // Drafts, never published, come after the published findings.
    expect(officePage.nodes.map((n) => n.id)).toEqual([...published, draft]);
    const lastOne = await page({ filter: { search: word }, last: 1 }, office);
    expect(lastOne.nodes.map((n) => n.id)).toEqual([draft]);
  });

  it("still lists findings with the old field, at most 100 at a time", async () => {
    const old = await api.query<{ findings: { id: string }[] }>(
      `query ($filter: FindingFilter) { findings(filter: $filter, order: OLDEST, limit: 3, offset: 1) { id } }`,
      { filter: { search: word } },
    );
    expect(old.findings.map((f) => f.id)).toEqual([...published].reverse().slice(1, 4));
    const capped = await api.query<{ findings: { id: string }[] }>(
      `{ findings(limit: 200) { id } }`,
    );
    expect(capped.findings.length).toBeLessThanOrEqual(100);
  });
});
