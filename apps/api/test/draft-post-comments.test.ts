import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

/**
 * A post taken back to a draft keeps its comments; what the post says from then on is the
 * coordinator's alone, whichever way a member or moderator comes to its comments.
 */
describe("comments under a post taken back to a draft", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let moderator: Viewer;
  let member: Viewer;
  let ownCommentId: string;
  let hiddenCommentId: string;
  const draftTitle = "Ett omarbetat utkast som ingen ska se";

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const db = api.database.db;
    const [post] = await db
      .insert(tables.blogPosts)
      .values({
        slug: "ute-en-stund",
        title: "Ute en stund",
        body: "Först publicerat.",
        publishedAt: new Date(Date.now() - 86_400_000),
      })
      .returning({ id: tables.blogPosts.id });
    const postId = (post as { id: string }).id;
    const [own] = await db
      .insert(tables.comments)
      .values({ postId, authorId: member.personId, body: "Min kommentar under inlägget" })
      .returning({ id: tables.comments.id });
    ownCommentId = (own as { id: string }).id;
    const [hidden] = await db
      .insert(tables.comments)
      .values({
        postId,
        authorId: member.personId,
        body: "En dold kommentar under inlägget",
        hiddenAt: new Date(),
        hiddenBy: "moderator",
      })
      .returning({ id: tables.comments.id });
    hiddenCommentId = (hidden as { id: string }).id;
    await db.insert(tables.auditLog).values({
      actorId: moderator.personId,
      actorName: "Jonas Ek",
      action: "moderation.hide",
      subjectType: "comment",
      subjectId: hiddenCommentId,
    });
    // The coordinator takes the post back and rewrites it.
    await db
      .update(tables.blogPosts)
      .set({ publishedAt: null, title: draftTitle, body: "Ny text, inte ute." })
      .where(eq(tables.blogPosts.id, postId));
  });
  afterAll(async () => {
    await api?.close();
  });

  it("refuses the author's edit, so its answer cannot carry the draft", async () => {
    const answer = await api.execute(
      `mutation ($id: ID!) { editComment(id: $id, body: "Ändrad text") {
        __typename ... on Error { message } ... on MutationEditCommentSuccess { data { post { title } } } } }`,
      { id: ownCommentId },
      member,
    );
    expect(JSON.stringify(answer)).not.toContain(draftTitle);
    expect(answer.data).toMatchObject({ editComment: { __typename: "InputError" } });
    const [stored] = await api.database.db
      .select({ body: tables.comments.body })
      .from(tables.comments)
      .where(eq(tables.comments.id, ownCommentId));
    expect(stored?.body).toBe("Min kommentar under inlägget");
  });

  it("gives the moderator the hidden comment in the queue without the draft post", async () => {
    const { moderationQueueConnection } = await api.query<{
      moderationQueueConnection: { nodes: { id: string; post: { title: string } | null }[] };
    }>(`{ moderationQueueConnection(first: 100) { nodes { id post { title } } } }`, {}, moderator);
    const item = moderationQueueConnection.nodes.find((n) => n.id === hiddenCommentId);
    expect(item).toEqual({ id: hiddenCommentId, post: null });
  });

  it("names the draft post in the moderation log to the coordinator only", async () => {
    const read = (viewer: Viewer) =>
      api.query<{
        moderationLogConnection: {
          nodes: { subjectId: string; subjectTitle: string | null; subjectPath: string | null }[];
        };
      }>(
        `{ moderationLogConnection(first: 100) { nodes { subjectId subjectTitle subjectPath } } }`,
        {},
        viewer,
      );
    const forModerator = (await read(moderator)).moderationLogConnection.nodes.find(
      (n) => n.subjectId === hiddenCommentId,
    );
    expect(forModerator).toEqual({
      subjectId: hiddenCommentId,
      subjectTitle: null,
      subjectPath: null,
    });
    const forCoordinator = (await read(coordinator)).moderationLogConnection.nodes.find(
      (n) => n.subjectId === hiddenCommentId,
    );
    expect(forCoordinator?.subjectTitle).toBe(draftTitle);
  });
});
