import { schema } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { renderMissingCommentHtml } from "../src/dialogue/comment-html";
import { type TestApi, testApi } from "./support";

type Page = {
  totalCount?: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { id: string; body: string | null } }[];
};

const pageQuery = `query ($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
  theme(slug: $slug) {
    commentsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id body } }
    }
  }
}`;

/** The first page of 50 as the theme page asks for it, with what each comment shows. */
const firstPage = `query ($slug: String!) {
  theme(slug: $slug) {
    viewerCanComment
    commentsConnection(first: 50) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id parentId depth body bodyHtml deleted createdAt editedAt formerParticipant
        author { id name } organisation { id name }
        isOrganisationPosition positionAwaitingApproval agreeCount agreedByMe
        hidden hiddenBy hiddenReason reportedByMe revisions { body replacedAt }
        viewerCanAgree viewerCanEdit viewerCanDelete viewerCanReport viewerCanApprovePosition viewerCanModerate
      } }
    }
  }
  myWritingBlock { until }
}`;

describe("a thread's pages", () => {
  let api: TestApi;
  let member: Viewer;
  let admin: Viewer;

  beforeAll(async () => {
    api = await testApi();
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    admin = await api.viewer("admin.ssr@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A new theme with `count` comments by the admin, one a second, written "Kommentar 1" … */
  async function themeWithComments(slug: string, count: number) {
    const db = api.database.db;
    const [theme] = await db
      .insert(schema.themes)
      .values({ slug, title: `Tema ${slug}`, description: "En tråd att bläddra i." })
      .returning();
    if (!theme) throw new Error("no theme");
    await db.execute(sql`
      insert into comments (theme_id, author_id, body, body_html, created_at)
      select ${theme.id}, ${admin.personId}, 'Kommentar ' || n, '<p>Kommentar ' || n || E'</p>\n',
        timestamptz '2026-01-01T00:00:00Z' + n * interval '1 second'
      from generate_series(1, ${count}) as n`);
    return theme;
  }

  const pageOf = async (slug: string, variables: Record<string, unknown>) =>
    (
      await api.query<{ theme: { commentsConnection: Page } }>(
        pageQuery,
        { slug, ...variables },
        member,
      )
    ).theme.commentsConnection;

  it("pages forwards and backwards through the thread in the order written, and counts it", async () => {
    await themeWithComments("sidor-i-trad", 120);
    const first = await pageOf("sidor-i-trad", {});
    expect(first.totalCount).toBe(120);
    expect(first.edges.map((e) => e.node.body)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Kommentar ${i + 1}`),
    );
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await pageOf("sidor-i-trad", { first: 50, after: first.pageInfo.endCursor });
    expect(second.edges[0]?.node.body).toBe("Kommentar 51");
    const third = await pageOf("sidor-i-trad", { first: 50, after: second.pageInfo.endCursor });
    expect(third.edges.map((e) => e.node.body)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Kommentar ${i + 101}`),
    );
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const last = await pageOf("sidor-i-trad", { last: 10 });
    expect(last.edges.map((e) => e.node.body)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Kommentar ${i + 111}`),
    );
    const before = await pageOf("sidor-i-trad", { last: 5, before: last.pageInfo.startCursor });
    expect(before.edges.map((e) => e.node.body)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Kommentar ${i + 106}`),
    );
    expect(before.pageInfo.hasPreviousPage).toBe(true);
  });

  it("keeps each thread's count as comments are written, moved to another thread and removed", async () => {
    const db = api.database.db;
    const one = await themeWithComments("raknad-trad-1", 30);
    const other = await themeWithComments("raknad-trad-2", 5);
    const counts = async () => [
      (await pageOf("raknad-trad-1", { first: 1 })).totalCount,
      (await pageOf("raknad-trad-2", { first: 1 })).totalCount,
    ];
    expect(await counts()).toEqual([30, 5]);
    await db.execute(sql`
      update comments set theme_id = ${other.id}
      where id in (select id from comments where theme_id = ${one.id} order by created_at limit 4)`);
    expect(await counts()).toEqual([26, 9]);
    await db.execute(sql`
      delete from comments
      where id in (select id from comments where theme_id = ${other.id} order by created_at limit 2)`);
    expect(await counts()).toEqual([26, 7]);
    // Hidden and deleted ones keep their place, and their count.
    await db.execute(sql`
      update comments set hidden_at = now(), hidden_by = 'reports', deleted_at = now()
      where theme_id = ${one.id}`);
    expect(await counts()).toEqual([26, 7]);
    // What the thread holds, counted anew, is what the kept count says.
    const [counted] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.comments)
      .where(sql`${schema.comments.themeId} = ${one.id}`);
    expect(counted?.n).toBe(26);
  });

  it("keeps comments written in the same millisecond on one page each, once", async () => {
    const theme = await themeWithComments("samma-stund", 0);
    await api.database.db.execute(sql`
      insert into comments (theme_id, author_id, body, created_at)
      select ${theme.id}, ${admin.personId}, 'Samtidig ' || n, timestamptz '2026-02-01T10:00:00.123456Z'
      from generate_series(1, 7) as n`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await pageOf("samma-stund", { first: 3, after });
      seen.push(...page.edges.map((e) => e.node.body ?? ""));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `Samtidig ${i + 1}`).sort());
  });

  it("refuses more than 100 comments a page", async () => {
    const result = await api.execute(pageQuery, { slug: "sidor-i-trad", first: 101 }, member);
    const page = (result.data as { theme: { commentsConnection: Page } } | undefined)?.theme
      ?.commentsConnection;
    // Either refused, or cut to the most a page holds.
    if (page) expect(page.edges.length).toBeLessThanOrEqual(100);
    else expect(result.errors?.length).toBeGreaterThan(0);
  });

  it("shows the thread to signed-in people only", async () => {
    const result = await api.execute(pageQuery, { slug: "sidor-i-trad" }, null);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("costs the same SQL statements for the first page of 50 with 1 000 and with 10 000 comments", async () => {
    await themeWithComments("tusen", 1000);
    await themeWithComments("tiotusen", 10_000);
    const db = api.database.db;
    // Some agree with comments of both first pages, so that the counts and the reader's own are read.
    await db.execute(sql`
      insert into comment_agreements (comment_id, person_id)
      select c.id, ${member.personId}::uuid from comments c join themes t on t.id = c.theme_id
      where t.slug in ('tusen', 'tiotusen') and c.body in ('Kommentar 2', 'Kommentar 5')`);
    // And someone else agrees with the third and the second, not the reader.
    await db.execute(sql`
      insert into comment_agreements (comment_id, person_id)
      select c.id, ${admin.personId}::uuid from comments c join themes t on t.id = c.theme_id
      where t.slug in ('tusen', 'tiotusen') and c.body in ('Kommentar 2', 'Kommentar 3')`);
    const statementsFor = async (slug: string) => {
      api.clearStatements();
      const data = await api.query<{
        theme: {
          commentsConnection: {
            totalCount: number;
            edges: { node: { agreeCount: number; agreedByMe: boolean } }[];
          };
        };
      }>(firstPage, { slug }, member);
      const shown = data.theme.commentsConnection;
      expect(shown.edges).toHaveLength(50);
      expect(shown.edges[0]?.node).toMatchObject({ agreeCount: 0, agreedByMe: false });
      expect(shown.edges[1]?.node).toMatchObject({ agreeCount: 2, agreedByMe: true });
      expect(shown.edges[2]?.node).toMatchObject({ agreeCount: 1, agreedByMe: false });
      expect(shown.edges[4]?.node).toMatchObject({ agreeCount: 1, agreedByMe: true });
      return { statements: [...api.statements], total: shown.totalCount };
    };
    const small = await statementsFor("tusen");
    const large = await statementsFor("tiotusen");
    expect(small.total).toBe(1000);
    expect(large.total).toBe(10_000);
    expect(large.statements).toHaveLength(small.statements.length);
    // The theme (with its thread's kept count), the page with its agreements counted and the
    // reader's own, and the reader's block (for viewerCanComment and for myWritingBlock): none per
    // comment, none for the agreements alone, and none for the total.
    expect(small.statements.length).toBeLessThanOrEqual(4);
    expect(small.statements.filter((s) => /^select "comment_count"/.test(s))).toHaveLength(0);
    const withAgreements = small.statements.filter((s) => s.includes("comment_agreements"));
    expect(withAgreements).toHaveLength(1);
    expect(withAgreements[0]).toMatch(/from "comments"/);
  });

  it("stores a comment's HTML when it is written and edited, and fills in what older rows lack", async () => {
    const theme = await themeWithComments("html-lagras", 0);
    const written = await api.query<{
      writeComment: { data: { id: string; bodyHtml: string } };
    }>(
      `mutation ($input: WriteCommentInput!) { writeComment(input: $input) {
        ... on MutationWriteCommentSuccess { data { id bodyHtml } } } }`,
      { input: { themeId: theme.id, body: "Det *viktiga* är [länken](https://example.org)" } },
      member,
    );
    const id = written.writeComment.data.id;
    const stored = async () =>
      (await api.database.db.query.comments.findFirst({ where: { id } }))?.bodyHtml;
    expect(await stored()).toBe(written.writeComment.data.bodyHtml);
    expect(await stored()).toContain("<em>viktiga</em>");
    expect(await stored()).toContain('rel="nofollow ugc noopener"');

    await api.query(
      `mutation ($id: ID!) { editComment(id: $id, body: "Nu **fetare**") { __typename } }`,
      { id },
      member,
    );
    expect(await stored()).toBe("<p>Nu <strong>fetare</strong></p>\n");

    await api.database.db.execute(sql`
      insert into comments (theme_id, author_id, body) values (${theme.id}, ${admin.personId}, 'Utan _html_')`);
    const page = await pageOf("html-lagras", {});
    expect(page.edges).toHaveLength(2);
    const shown = await api.query<{
      theme: { commentsConnection: { nodes: { bodyHtml: string }[] } };
    }>(`{ theme(slug: "html-lagras") { commentsConnection { nodes { bodyHtml } } } }`, {}, member);
    expect(shown.theme.commentsConnection.nodes[1]?.bodyHtml).toBe("<p>Utan <em>html</em></p>\n");
    expect(await renderMissingCommentHtml(api.database.db)).toBeGreaterThanOrEqual(1);
    const rows = await api.database.db.execute(
      sql`select count(*)::int as missing from comments where body_html is null`,
    );
    expect((rows as unknown as { rows: { missing: number }[] }).rows[0]?.missing).toBe(0);
  });

  it("keeps the deprecated plain list to the first 100 comments", async () => {
    const data = await api.query<{ theme: { comments: { body: string }[] } }>(
      `{ theme(slug: "sidor-i-trad") { comments { body } } }`,
      {},
      member,
    );
    expect(data.theme.comments).toHaveLength(100);
    expect(data.theme.comments[0]?.body).toBe("Kommentar 1");
  });

  it("empties every thread's count when the comments are emptied at once (the last test here)", async () => {
    await themeWithComments("tomd-trad", 3);
    await api.database.db.execute(sql`truncate comments cascade`);
    const [kept] = await api.database.db
      .select({ n: sql<number>`coalesce(sum(comment_count), 0)::int` })
      .from(schema.themes);
    expect(kept?.n).toBe(0);
    expect((await pageOf("tomd-trad", { first: 1 })).totalCount).toBe(0);
  });
});
