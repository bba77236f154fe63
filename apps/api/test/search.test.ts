import { schema } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { withoutMark } from "../src/shared/list-cursors";
import { type TestApi, testApi } from "./support";

type Hit = { kind: string; themeSlug: string; commentId: string | null; snippet: string };
const searchQuery = `query ($text: String!) { search(text: $text) { kind themeSlug commentId snippet } }`;

describe("Swedish full-text search", () => {
  let api: TestApi;
  let member: Viewer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await testApi();
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const texts = {
      inflected: "Många socialsekreterare slutar inom två år.",
      other: "Familjehemmen behöver mer stöd.",
      markup: "Barnens röst <script>alert(1)</script> måste höras i utredningen.",
    };
    for (const [key, body] of Object.entries(texts)) {
      const [row] = await api.database.db
        .insert(schema.comments)
        .values({ themeId: theme?.id ?? "", authorId: member.personId, body })
        .returning({ id: schema.comments.id });
      ids[key] = row?.id ?? "";
    }
    const [gone] = await api.database.db
      .insert(schema.comments)
      .values({
        themeId: theme?.id ?? "",
        authorId: member.personId,
        body: "Borttagen om socialsekreterarnas arbetsmiljö.",
        deletedAt: new Date(),
      })
      .returning({ id: schema.comments.id });
    ids.deleted = gone?.id ?? "";
    const [hidden] = await api.database.db
      .insert(schema.comments)
      .values({
        themeId: theme?.id ?? "",
        authorId: member.personId,
        body: "Dold om socialsekreterarnas löner.",
        hiddenAt: new Date(),
        hiddenBy: "reports",
      })
      .returning({ id: schema.comments.id });
    ids.hidden = hidden?.id ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  it("finds a comment that uses another form of the word, with the word marked", async () => {
    const { search } = await api.query<{ search: Hit[] }>(
      searchQuery,
      { text: "socialsekreterarna" },
      member,
    );
    const hit = search.find((h) => h.commentId === ids.inflected);
    expect(hit?.kind).toBe("COMMENT");
    expect(hit?.snippet).toContain("<mark>socialsekreterare</mark>");
    expect(search.map((h) => h.commentId)).not.toContain(ids.other);
    expect(search.map((h) => h.commentId)).not.toContain(ids.deleted);
    expect(search.map((h) => h.commentId)).not.toContain(ids.hidden);
  });

  it("finds an edited comment by its new words, not by the words it no longer has", async () => {
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const [row] = await api.database.db
      .insert(schema.comments)
      .values({
        themeId: theme?.id ?? "",
        authorId: member.personId,
        body: "Om jourhemmens avtal.",
      })
      .returning({ id: schema.comments.id });
    const found = async (text: string) =>
      (await api.query<{ search: Hit[] }>(searchQuery, { text }, member)).search.map(
        (h) => h.commentId,
      );
    expect(await found("jourhemmen")).toContain(row?.id);
    await api.database.db
      .update(schema.comments)
      .set({ body: "Kontaktpersonerna saknar avtal." })
      .where(sql`${schema.comments.id} = ${row?.id}`);
    expect(await found("jourhemmen")).not.toContain(row?.id);
    expect(await found("kontaktpersonerna")).toContain(row?.id);
  });

  it("finds themes by their title and description", async () => {
    const { search } = await api.query<{ search: Hit[] }>(searchQuery, { text: "nivåer" });
    expect(search.map((h) => h.themeSlug)).toContain("samverkan-mellan-nivaer");
    expect(search.every((h) => h.kind === "THEME")).toBe(true);
  });

  it("shows comments only to signed-in people", async () => {
    const { search } = await api.query<{ search: Hit[] }>(searchQuery, { text: "familjehemmens" });
    expect(search.filter((h) => h.kind === "COMMENT")).toEqual([]);
    const signedIn = await api.query<{ search: Hit[] }>(
      searchQuery,
      { text: "familjehemmens" },
      member,
    );
    expect(signedIn.search.map((h) => h.commentId)).toContain(ids.other);
  });

  it("escapes the text, so a snippet carries no markup but the marks", async () => {
    const { search } = await api.query<{ search: Hit[] }>(
      searchQuery,
      { text: "utredningar" },
      member,
    );
    const hit = search.find((h) => h.commentId === ids.markup);
    expect(hit?.snippet).toContain("&lt;script&gt;");
    expect(hit?.snippet).not.toContain("<script>");
  });

  const pageQuery = `query ($text: String!, $first: Int, $after: String, $last: Int, $before: String) {
    searchConnection(text: $text, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { kind commentId snippet rank } }
    }
  }`;
  type Page = {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string;
      endCursor: string;
    };
    edges: { cursor: string; node: Hit & { rank: number } }[];
  };
  const pageOf = async (variables: Record<string, unknown>) =>
    (await api.query<{ searchConnection: Page }>(pageQuery, variables, member)).searchConnection;

  it("pages through many hits best first, each once, with a snippet on every hit of the page", async () => {
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    // 130 comments about foster homes, some saying it more often (a higher rank).
    await api.database.db.execute(sql`
      insert into comments (theme_id, author_id, body)
      select ${theme?.id}::uuid, ${member.personId}::uuid,
        'Om placeringen ' || n || ': ' || repeat('familjehemmet ', 1 + n % 4) || 'och skolan.'
      from generate_series(1, 130) as n`);
    const text = "familjehemmet";
    const first = await pageOf({ text });
    expect(first.totalCount).toBe(130);
    expect(first.edges).toHaveLength(50);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const seen = [...first.edges];
    let after: string | null = first.pageInfo.endCursor;
    for (;;) {
      const page = await pageOf({ text, first: 50, after });
      // Every page gives the count of all the hits, not of those after its cursor.
      expect(page.totalCount).toBe(130);
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(130);
    expect(new Set(seen.map((e) => e.node.commentId)).size).toBe(130);
    const ranks = seen.map((e) => e.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(seen.every((e) => e.node.snippet.includes("<mark>"))).toBe(true);

    const last = await pageOf({ text, last: 20 });
    expect(last.edges.map((e) => e.node.commentId)).toEqual(
      seen.slice(-20).map((e) => e.node.commentId),
    );
    const before = await pageOf({ text, last: 10, before: last.pageInfo.startCursor });
    expect(before.edges.map((e) => e.node.commentId)).toEqual(
      seen.slice(-30, -20).map((e) => e.node.commentId),
    );
  });

  it("computes snippets for the page's hits only", async () => {
    api.clearStatements();
    await pageOf({ text: "familjehemmet", first: 5 });
    const statement = api.statements.find((s) => s.includes("ts_headline")) ?? "";
    // The hits are chosen (ranked, limited) before the headline is made, in an outer query.
    expect(statement.indexOf("limit")).toBeGreaterThan(-1);
    expect(statement.indexOf("limit")).toBeLessThan(statement.indexOf("ts_headline"));
    expect(api.statements.filter((s) => s.includes("ts_headline"))).toHaveLength(1);
  });

  it("counts all the hits in the statement that finds the page, and alone only past the last hit", async () => {
    api.clearStatements();
    const first = await pageOf({ text: "familjehemmet", first: 5 });
    expect(first.totalCount).toBe(130);
    const counting = api.statements.filter((s) => s.includes("count(*)"));
    expect(counting).toHaveLength(1);
    expect(counting[0]).toContain("ts_headline");

    const last = await pageOf({ text: "familjehemmet", last: 1 });
    api.clearStatements();
    const beyond = await pageOf({
      text: "familjehemmet",
      first: 5,
      after: last.pageInfo.endCursor,
    });
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(130);
    // No cursor for an empty page, as the other connections give none.
    expect(beyond.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
    expect(api.statements.filter((s) => s.includes("count(*)"))).toHaveLength(2);
    const none = await pageOf({ text: "zyxqwvbnm" });
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
    expect(none.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
  });

  it("refuses a cursor it did not give", async () => {
    const { errors } = await api.execute(pageQuery, { text: "familjehemmet", after: "nonsens" });
    expect(errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    // Well formed and marked as this search's, but with a rank no real number holds: refused the
    // same, not an internal error.
    const given = (
      await api.query<{ searchConnection: { pageInfo: { endCursor: string } } }>(
        pageQuery,
        { text: "familjehemmet", first: 1 },
        member,
      )
    ).searchConnection.pageInfo.endCursor;
    const mark = given.slice(0, given.length - withoutMark(given).length);
    expect(mark).not.toBe("");
    // The search's own cursor with something after it is not the search's cursor.
    for (const altered of [`${given}!!`, `${given}\n`, `${mark}.${withoutMark(given)}`]) {
      const answer = await api.execute(
        pageQuery,
        { text: "familjehemmet", after: altered },
        member,
      );
      expect(answer.errors?.[0], altered).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", reason: "INVALID_CURSOR", field: "after" },
      });
    }
    // A number so small that JavaScript reads it as 0 underflows the database's real.
    const tiny = `0.${"0".repeat(5000)}1`;
    for (const rank of ["1e99", "1e-50", "", " ", "0b1", "Infinity", tiny, "1e-400"]) {
      const forged = `${mark}${Buffer.from(
        JSON.stringify([rank, "theme", "fef348fc-4012-438d-9690-479391bf6d5f"]),
      ).toString("base64url")}`;
      const answer = await api.execute(pageQuery, { text: "familjehemmet", after: forged });
      expect(answer.errors?.[0], rank.slice(0, 40)).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" },
      });
      expect(answer.errors?.[0]?.message).toMatch(/cursor/);
    }
  });

  it("says so when every word is one the Swedish search leaves out", async () => {
    for (const text of ["och att", "-!"]) {
      const { errors } = await api.execute(pageQuery, { text }, member);
      expect(errors?.[0], text).toMatchObject({
        message: expect.stringContaining(`"${text}" holds no word that can be searched for`),
        extensions: { code: "BAD_USER_INPUT", reason: "NO_SEARCH_WORDS", field: "text" },
      });
    }
  });

  it("finds the same with an OR at the end of the words as without it", async () => {
    const hits = async (text: string) => {
      const data = await api.query<{ searchConnection: { totalCount: number } }>(
        pageQuery,
        { text, first: 5 },
        member,
      );
      return data.searchConnection.totalCount;
    };
    const alone = await hits("familjehemmet");
    expect(alone).toBeGreaterThan(0);
    expect(await hits("familjehemmet OR")).toBe(alone);
    expect(await hits("OR familjehemmet or")).toBe(alone);
  });

  it("refuses first with last, as every list does", async () => {
    for (const source of [
      `{ searchConnection(text: "familjehem", first: 2, last: 2) { nodes { kind } } }`,
      `{ findingsConnection(first: 2, last: 2) { nodes { id } } }`,
    ]) {
      const { errors } = await api.execute(source, {});
      expect(errors?.[0], source).toMatchObject({
        message: expect.stringContaining(
          'Arguments "first" and "last" are not supported at the same time',
        ),
        extensions: { code: "BAD_USER_INPUT", reason: "INVALID_PAGE", field: "last" },
      });
    }
  });

  it("refuses a search of one character", async () => {
    const { errors } = await api.execute(searchQuery, { text: "a" });
    expect(errors?.[0]).toMatchObject({
      message: "Search for 2 to 200 characters.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
