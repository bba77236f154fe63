import { schema as tables } from "@kraftsamling/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

describe("node(id:) and nodes(ids:)", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  let themeId: string;
  let draftFindingId: string;
  let publishedFindingId: string;
  let draftPostId: string;
  let hiddenCommentId: string;
  let otherPersonId: string;

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const [theme] = await api.database.db.select({ id: tables.themes.id }).from(tables.themes);
    if (!theme) throw new Error("no theme");
    themeId = theme.id;
    const created = await api.query<{
      createFinding: { data: { id: string } };
    }>(
      `mutation ($input: FindingInput!) { createFinding(input: $input) { ... on MutationCreateFindingSuccess { data { id } } } }`,
      {
        input: {
          title: "Utkast om handledning",
          body: "Familjehemmen efterfrågar mer handledning.",
          kind: "CHALLENGE",
          source: "SURVEY",
          themeIds: [themeId],
          phaseNumber: 2,
        },
      },
      coordinator,
    );
    draftFindingId = created.createFinding.data.id;
    const [published] = await api.database.db
      .insert(tables.findings)
      .values({
        title: "Publicerad iakttagelse",
        body: "Något som alla får läsa.",
        kind: "challenge",
        source: "survey",
        status: "published",
        phaseNumber: 2,
        publishedAt: new Date(),
      } as never)
      .returning({ id: tables.findings.id });
    publishedFindingId = (published as { id: string }).id;
    const [post] = await api.database.db
      .insert(tables.blogPosts)
      .values({ slug: "utkast-nod", title: "Ett utkast", body: "Inte ute än." })
      .returning({ id: tables.blogPosts.id });
    draftPostId = (post as { id: string }).id;
    const [comment] = await api.database.db
      .insert(tables.comments)
      .values({
        themeId,
        authorId: coordinator.personId,
        body: "En dold kommentar",
        hiddenAt: new Date(),
        hiddenBy: "moderator",
      })
      .returning({ id: tables.comments.id });
    hiddenCommentId = (comment as { id: string }).id;
    otherPersonId = coordinator.personId;
  });
  afterAll(async () => {
    await api?.close();
  });

  const node = (id: string, viewer: Viewer | null = null) =>
    api.execute(
      `query ($id: ID!) { node(id: $id) { __typename id
        ... on Finding { title status }
        ... on BlogPost { title }
        ... on Comment { body }
        ... on Person { name email }
        ... on County { code name }
        ... on Municipality { code name county { id } }
        ... on MunicipalityGroup { code }
      } }`,
      { id },
      viewer,
    );

  it("fetches a published finding by its id, as its own field does", async () => {
    const answer = await node(publishedFindingId);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      node: {
        __typename: "Finding",
        id: publishedFindingId,
        title: "Publicerad iakttagelse",
        status: "PUBLISHED",
      },
    });
  });

  it("answers null for a draft finding and an unpublished post to an anonymous caller, as their own fields do", async () => {
    expect((await node(draftFindingId)).data).toEqual({ node: null });
    expect(
      await api.query(`query ($id: ID!) { finding(id: $id) { id } }`, { id: draftFindingId }),
    ).toEqual({ finding: null });
    expect((await node(draftPostId)).data).toEqual({ node: null });
    // The coordinator's office sees both.
    expect((await node(draftFindingId, coordinator)).data).toMatchObject({
      node: { __typename: "Finding", status: "DRAFT" },
    });
    expect((await node(draftPostId, coordinator)).data).toMatchObject({
      node: { __typename: "BlogPost", title: "Ett utkast" },
    });
  });

  it("gives no comment or person to an anonymous caller, and a hidden comment's body to no one but its author and moderators", async () => {
    expect((await node(hiddenCommentId)).data).toEqual({ node: null });
    expect((await node(otherPersonId)).data).toEqual({ node: null });
    const asMember = await node(hiddenCommentId, member);
    expect(asMember.data).toEqual({
      node: { __typename: "Comment", id: hiddenCommentId, body: null },
    });
    const author = await node(hiddenCommentId, coordinator);
    expect(author.data).toMatchObject({ node: { body: "En dold kommentar" } });
  });

  it("gives a comment under an unpublished post to the coordinator only, as the post itself", async () => {
    const [comment] = await api.database.db
      .insert(tables.comments)
      .values({ postId: draftPostId, authorId: coordinator.personId, body: "Under ett utkast" })
      .returning({ id: tables.comments.id });
    const id = (comment as { id: string }).id;
    expect((await node(id, member)).data).toEqual({ node: null });
    const many = await api.execute(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [id, hiddenCommentId] },
      member,
    );
    expect(many.data).toEqual({
      nodes: [null, { __typename: "Comment", id: hiddenCommentId }],
    });
    expect((await node(id, coordinator)).data).toMatchObject({
      node: { __typename: "Comment", body: "Under ett utkast" },
    });
  });

  it("keeps a person's e-mail address from another signed-in person", async () => {
    const answer = await node(otherPersonId, member);
    expect(JSON.stringify(answer.data)).not.toContain("@");
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("resolves the places by their global ids, and keeps their codes", async () => {
    expect((await node("County:01")).data).toEqual({
      node: { __typename: "County", id: "County:01", code: "01", name: "Stockholms län" },
    });
    expect((await node("Municipality:0180")).data).toEqual({
      node: {
        __typename: "Municipality",
        id: "Municipality:0180",
        code: "0180",
        name: "Stockholm",
        county: { id: "County:01" },
      },
    });
    expect((await node("MunicipalityGroup:A1")).data).toEqual({
      node: { __typename: "MunicipalityGroup", id: "MunicipalityGroup:A1", code: "A1" },
    });
    expect((await node("County:99")).data).toEqual({ node: null });
  });

  it("answers null for an id that names nothing", async () => {
    expect((await node("not-an-id")).data).toEqual({ node: null });
    expect((await node("00000000-0000-4000-8000-000000000000")).data).toEqual({ node: null });
  });

  it("looks every uuid up in one statement, and answers in the order asked", async () => {
    api.clearStatements();
    const answer = await api.query<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [themeId, "County:01", draftFindingId, publishedFindingId] },
    );
    expect(answer.nodes).toEqual([
      { __typename: "Theme", id: themeId },
      { __typename: "County", id: "County:01" },
      null,
      { __typename: "Finding", id: publishedFindingId },
    ]);
    expect(api.statements.filter((s) => /union all/i.test(s))).toHaveLength(1);
  });

  it("refuses more than 100 ids with a clear sentence", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `County:${String(i).padStart(2, "0")}`);
    const answer = await api.execute(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(answer.errors?.[0]?.message).toBe(
      "Ask for at most 100 ids at a time; this asked for 101.",
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
