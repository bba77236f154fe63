import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

const write = `mutation ($input: WriteCommentInput!) {
  writeComment(input: $input) { __typename ... on MutationWriteCommentSuccess { data { id } } }
}`;
const edit = `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { __typename } }`;
const read = `query ($slug: String!) { theme(slug: $slug) { comments { id body revisions { body } } } }`;

type Thread = {
  theme: { comments: { id: string; body: string | null; revisions: { body: string }[] }[] };
};

describe("the earlier wordings of a comment", () => {
  let api: TestApi;
  let themeId: string;
  let themeSlug: string;
  let member: Viewer;
  let admin: Viewer;
  let moderator: Viewer;

  beforeAll(async () => {
    api = await testApi();
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    themeId = theme?.id ?? "";
    themeSlug = theme?.slug ?? "";
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    admin = await api.viewer("admin.ssr@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  async function editedComment(first: string, then: string, minutes: number): Promise<string> {
    api.moveClock(minutes * 60_000);
    const written = await api.query<{ writeComment: { data?: { id: string } } }>(
      write,
      { input: { themeId, body: first } },
      member,
    );
    const id = written.writeComment.data?.id;
    if (!id) throw new Error("the comment was not written");
    await api.query(edit, { id, body: then }, member);
    return id;
  }
  const commentAs = async (viewer: Viewer, id: string) =>
    (await api.query<Thread>(read, { slug: themeSlug }, viewer)).theme.comments.find(
      (c) => c.id === id,
    );

  it("are gone with a deleted comment's text", async () => {
    const id = await editedComment("Det jag ångrar", "Det jag ångrar, mildare", 60);
    expect((await commentAs(admin, id))?.revisions).toEqual([{ body: "Det jag ångrar" }]);
    await api.query(`mutation ($id: ID!) { deleteComment(id: $id) }`, { id }, member);
    for (const viewer of [admin, member, moderator]) {
      expect(await commentAs(viewer, id)).toMatchObject({ body: null, revisions: [] });
    }
  });

  it("cannot be made anew by an author a moderator has blocked from writing, as viewerCanEdit tells", async () => {
    api.moveClock(180 * 60_000);
    const written = await api.query<{ writeComment: { data?: { id: string } } }>(
      write,
      { input: { themeId, body: "Före avstängningen" } },
      member,
    );
    const id = written.writeComment.data?.id;
    const canEdit = async () =>
      (
        await api.query<{ theme: { comments: { id: string; viewerCanEdit: boolean }[] } }>(
          `query ($slug: String!) { theme(slug: $slug) { comments { id viewerCanEdit } } }`,
          { slug: themeSlug },
          member,
        )
      ).theme.comments.find((c) => c.id === id)?.viewerCanEdit;
    expect(await canEdit()).toBe(true);
    const until = new Date(api.services.clock.now().getTime() + 86_400_000).toISOString();
    await api.query(
      `mutation ($p: ID!, $until: DateTime!) { blockParticipant(personId: $p, until: $until, reason: "Kränkande ton") { __typename } }`,
      { p: member.personId, until },
      moderator,
    );
    expect(await canEdit()).toBe(false);
    const refused = await api.query<{
      editComment: { __typename: string; code?: string; retryAt?: string };
    }>(
      `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { __typename ... on InputError { code retryAt } } }`,
      { id, body: "Nu skriver jag ändå" },
      member,
    );
    expect(refused.editComment).toMatchObject({ code: "BLOCKED", retryAt: until });
    expect((await commentAs(admin, id ?? ""))?.body).toBe("Före avstängningen");
    await api.query(
      `mutation ($p: ID!) { unblockParticipant(personId: $p) { __typename } }`,
      { p: member.personId },
      moderator,
    );
    expect(await canEdit()).toBe(true);
  });

  it("are hidden with a hidden comment's text, except from its author and the moderators", async () => {
    const id = await editedComment("Ett stötande första utkast", "Ett stötande inlägg", 240);
    const hide = `mutation ($id: ID!) { hideComment(id: $id, reason: "Kränkande") { __typename } }`;
    await api.query(hide, { id }, moderator);
    expect(await commentAs(admin, id)).toMatchObject({ body: null, revisions: [] });
    for (const viewer of [member, moderator]) {
      expect((await commentAs(viewer, id))?.revisions).toEqual([
        { body: "Ett stötande första utkast" },
      ]);
    }
  });
});
