import { randomUUID } from "node:crypto";
import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { commentLimit } from "../src/dialogue/comment-rules";
import {
  agreeRefusal,
  approvePositionRefusal,
  deleteRefusal,
  editRefusal,
  moderateCommentRefusal,
  reportRefusal,
  writeRefusal,
} from "../src/dialogue/permissions";
import { redisStore, useRateLimitStore } from "../src/rate-limits/store";
import { type TestApi, testApi } from "./support";

const write = `mutation ($input: WriteCommentInput!) {
  writeComment(input: $input) {
    __typename
    ... on MutationWriteCommentSuccess { data { id depth body organisation { slug } isOrganisationPosition positionAwaitingApproval } }
    ... on InputError { code message field retryAt }
  }
}`;

type WriteResult = {
  __typename: string;
  code?: string;
  message?: string;
  retryAt?: string;
  data?: {
    id: string;
    depth: number;
    body: string;
    organisation: { slug: string } | null;
    isOrganisationPosition: boolean;
    positionAwaitingApproval: boolean;
  };
};

describe("comments on a theme", () => {
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
  // Each test starts an hour after the comments before it, so the rate limit speaks only where a
  // test asks it to.
  let hoursAhead = 0;
  const anHourLater = () => {
    hoursAhead += 1;
    api.moveClock(hoursAhead * 3600_000);
  };
  beforeEach(anHourLater);

  const send = async (viewer: Viewer, input: Record<string, unknown>) =>
    (
      await api.query<{ writeComment: WriteResult }>(
        write,
        { input: { themeId, ...input } },
        viewer,
      )
    ).writeComment;

  it("refuses a text with a personal identity number, says why, and stores nothing of it", async () => {
    const before = await api.database.db.select().from(schema.comments);
    const result = await send(member, { body: "Pojken 121212-1212 har flyttats tre gånger." });
    expect(result).toMatchObject({ code: "PERSONAL_DATA", field: "body" });
    expect(result.message).toMatch(/personal identity or coordination number\. Nothing was saved/);
    expect(await api.database.db.select().from(schema.comments)).toEqual(before);
    const dates = await send(member, { body: "Mötet 2017-08-29, ring 070-123 45 67." });
    expect(dates.__typename).toBe("MutationWriteCommentSuccess");
  });

  it("nests replies three levels deep and no deeper", async () => {
    let parentId: string | undefined;
    for (const depth of [0, 1, 2, 3]) {
      anHourLater();
      const result = await send(member, { body: `Nivå ${depth}`, parentId });
      expect(result.data?.depth).toBe(depth);
      parentId = result.data?.id;
    }
    anHourLater();
    expect(await send(member, { body: "Nivå 4", parentId })).toMatchObject({ code: "TOO_DEEP" });
  });

  it("allows one comment per 10 seconds and refuses the same text twice", async () => {
    // The admin has written nothing yet: real time, so that when to try again reads on the wall clock.
    api.moveClock(0);
    expect((await send(admin, { body: "Första" })).__typename).toBe("MutationWriteCommentSuccess");
    const fast = await send(admin, { body: "Andra" });
    expect(fast.code).toBe("TOO_FAST");
    expect(new Date(fast.retryAt ?? 0).getTime() - Date.now()).toBeLessThanOrEqual(10_000);
    api.moveClock(60_000);
    expect(await send(admin, { body: "Första" })).toMatchObject({ code: "DUPLICATE" });
  });

  it("takes the same text again once the comment that had it is deleted", async () => {
    const first = await send(member, { body: "Ett inlägg som skrevs om" });
    await api.query(
      `mutation ($id: ID!) { deleteComment(id: $id) }`,
      { id: first.data?.id },
      member,
    );
    api.moveClock(hoursAhead * 3600_000 + 60_000);
    expect((await send(member, { body: "Ett inlägg som skrevs om" })).__typename).toBe(
      "MutationWriteCommentSuccess",
    );
  });

  /** Five different comments from one person at once: what each was answered, by code. */
  async function fiveAtOnce(viewer: Viewer): Promise<string[]> {
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => send(viewer, { body: `Samtidigt ${n}` })),
    );
    return answers.map((a) => a.code ?? a.__typename).sort();
  }
  const oneWritten = [
    "MutationWriteCommentSuccess",
    "TOO_FAST",
    "TOO_FAST",
    "TOO_FAST",
    "TOO_FAST",
  ].sort();

  it("writes exactly one of five comments sent at once by one person", async () => {
    expect(await fiveAtOnce(member)).toEqual(oneWritten);
  });

  it("counts the comments in Redis when the limits count there, shared by every instance", async () => {
    const prefix = `kraftsamling-test:${randomUUID()}:`;
    const store = await redisStore("redis://127.0.0.1:6379", prefix);
    useRateLimitStore(api.database, store);
    try {
      expect(await fiveAtOnce(member)).toEqual(oneWritten);
      // The count is in Redis: a second instance's store sees it.
      const other = await redisStore("redis://127.0.0.1:6379", prefix);
      const seen = await other
        .limiter({ name: commentLimit.scope, points: 1, durationSeconds: 10 })
        .get(member.personId);
      expect(seen?.consumedPoints).toBe(1);
      await other.close();
    } finally {
      await store.close();
      api.moveClock(0);
    }
  });

  it("keeps the earlier wording of an edit, and a deleted comment's place", async () => {
    const { data } = await send(member, { body: "Ursprunglig text" });
    const edit = `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { __typename ... on InputError { code } } }`;
    expect(
      (
        await api.query<{ editComment: { code?: string } }>(
          edit,
          { id: data?.id, body: "Nummer 640823-3234" },
          member,
        )
      ).editComment.code,
    ).toBe("PERSONAL_DATA");
    await api.query(edit, { id: data?.id, body: "Ändrad text" }, member);
    const read = `query ($slug: String!) { theme(slug: $slug) { comments { id body deleted editedAt revisions { body } } } }`;
    const after = await api.query<{
      theme: {
        comments: {
          id: string;
          body: string | null;
          deleted: boolean;
          editedAt: string | null;
          revisions: { body: string }[];
        }[];
      };
    }>(read, { slug: themeSlug }, admin);
    expect(after.theme.comments.find((c) => c.id === data?.id)).toMatchObject({
      body: "Ändrad text",
      revisions: [{ body: "Ursprunglig text" }],
    });

    await api.query(`mutation ($id: ID!) { deleteComment(id: $id) }`, { id: data?.id }, moderator);
    const deleted = await api.query<typeof after>(read, { slug: themeSlug }, admin);
    expect(deleted.theme.comments.find((c) => c.id === data?.id)).toMatchObject({
      body: null,
      deleted: true,
    });
    const [entry] = await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "comment.delete"));
    expect(entry?.actorName).toBe("Jonas Ek");
  });

  it("counts who agrees, once each, and not the author", async () => {
    const { data } = await send(member, { body: "Vi behöver fler socionomer." });
    const agree = `mutation ($id: ID!, $agree: Boolean!) { agreeWithComment(id: $id, agree: $agree) { __typename ... on InputError { code } } }`;
    await api.query(agree, { id: data?.id, agree: true }, admin);
    await api.query(agree, { id: data?.id, agree: true }, admin);
    await api.query(agree, { id: data?.id, agree: true }, moderator);
    const own = await api.query<{ agreeWithComment: { code?: string } }>(
      agree,
      { id: data?.id, agree: true },
      member,
    );
    expect(own.agreeWithComment.code).toBe("OWN_COMMENT");
    const read = await api.query<{
      theme: { comments: { id: string; agreeCount: number; agreedByMe: boolean }[] };
    }>(
      `query ($slug: String!) { theme(slug: $slug) { comments { id agreeCount agreedByMe } } }`,
      { slug: themeSlug },
      admin,
    );
    expect(read.theme.comments.find((c) => c.id === data?.id)).toMatchObject({
      agreeCount: 2,
      agreedByMe: true,
    });
    // The same comment on its own, asked twice under two names, by its author who cannot agree.
    const alone = `query ($id: ID!) { node(id: $id) { ... on Comment { agreeCount mine: agreedByMe again: agreedByMe } } }`;
    const byAuthor = await api.query<{ node: Record<string, unknown> }>(
      alone,
      { id: data?.id },
      member,
    );
    expect(byAuthor.node).toEqual({ agreeCount: 2, mine: false, again: false });
    const byModerator = await api.query<{ node: Record<string, unknown> }>(
      alone,
      { id: data?.id },
      moderator,
    );
    expect(byModerator.node).toEqual({ agreeCount: 2, mine: true, again: true });
  });

  it("shows an organisation's position only once an admin of it has approved", async () => {
    const ssrAdmin = admin;
    const ssr = await api.database.db.query.organisations.findFirst({
      where: { slug: "akademikerforbundet-ssr" },
    });
    await api.query(
      `mutation ($o: ID) { actOnBehalfOf(organisationId: $o) { __typename } }`,
      { o: ssr?.id },
      ssrAdmin,
    );
    // The next request of that session carries the choice.
    const asOrg = { ...ssrAdmin, actingOrganisationId: ssr?.id ?? null };
    const result = await send(asOrg, {
      body: "SSR anser att introduktionen måste stärkas.",
      asOrganisationPosition: true,
    });
    expect(result.data).toMatchObject({
      organisation: { slug: "akademikerforbundet-ssr" },
      isOrganisationPosition: false,
      positionAwaitingApproval: true,
    });
    const approve = await api.execute(
      `mutation ($id: ID!) { approveOrganisationPosition(id: $id) { __typename } }`,
      { id: result.data?.id },
      member,
    );
    expect(approve.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await api.query(
      `mutation ($id: ID!) { approveOrganisationPosition(id: $id) { __typename } }`,
      { id: result.data?.id },
      ssrAdmin,
    );
    const [row] = await api.database.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, result.data?.id ?? ""));
    expect(row?.positionApprovedAt).toBeInstanceOf(Date);
    expect(
      await send(member, { body: "Vår hållning", asOrganisationPosition: true }),
    ).toMatchObject({ code: "NO_ORGANISATION" });
  });

  it("shows an erased author's comments as a former participant's", async () => {
    const writer = await api.viewer("observator@kraftsamling.example");
    const [row] = await api.database.db
      .insert(schema.comments)
      .values({ themeId, authorId: writer.personId, body: "Skrivet före rolländringen." })
      .returning({ id: schema.comments.id });
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    await api.query(
      `mutation ($p: ID!) { deletePerson(personId: $p) { __typename } }`,
      { p: writer.personId },
      coordinator,
    );
    const read = await api.query<{
      theme: {
        comments: { id: string; body: string; author: unknown; formerParticipant: boolean }[];
      };
    }>(
      `query ($slug: String!) { theme(slug: $slug) { comments { id body author { name } formerParticipant } } }`,
      { slug: themeSlug },
      admin,
    );
    expect(read.theme.comments.find((c) => c.id === row?.id)).toEqual({
      id: row?.id,
      body: "Skrivet före rolländringen.",
      author: null,
      formerParticipant: true,
    });
  });

  it("refuses comments on a closed theme", async () => {
    const closed = await api.database.db.query.themes.findFirst({
      where: { slug: { ne: themeSlug } },
    });
    await api.database.db
      .update(schema.themes)
      .set({ status: "closed" })
      .where(eq(schema.themes.id, closed?.id ?? ""));
    const result = await api.query<{ writeComment: WriteResult }>(
      write,
      { input: { themeId: closed?.id, body: "Sent påkommet" } },
      member,
    );
    expect(result.writeComment.code).toBe("THEME_CLOSED");
  });
});

const commentPermissions = `query ($slug: String!) {
  theme(slug: $slug) {
    comments {
      id viewerCanEdit viewerCanDelete viewerCanReport viewerCanAgree viewerCanApprovePosition viewerCanModerate
    }
  }
}`;
const threadPermissions = `query ($slug: String!, $post: String!) {
  theme(slug: $slug) { viewerCanComment viewerCanModerate }
  blogPost(slug: $post) { viewerCanComment viewerCanModerate }
}`;

type CommentPermissions = {
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  viewerCanReport: boolean;
  viewerCanAgree: boolean;
  viewerCanApprovePosition: boolean;
  viewerCanModerate: boolean;
};
type ThreadPermissions = { viewerCanComment: boolean; viewerCanModerate: boolean };

describe("what the reader may do in a thread", () => {
  let api: TestApi;
  let themeId: string;
  let themeSlug: string;
  const postSlug = "sammanfattning-av-tio-regeringsuppdrag";
  let author: Viewer;
  let ssrAdmin: Viewer;
  let observer: Viewer;
  let moderator: Viewer;
  let coordinator: Viewer;
  let commentId: string;

  beforeAll(async () => {
    api = await testApi();
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    themeId = theme?.id ?? "";
    themeSlug = theme?.slug ?? "";
    author = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    ssrAdmin = await api.viewer("admin.ssr@kraftsamling.example");
    observer = await api.viewer("observator@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    const ssr = await api.database.db.query.organisations.findFirst({
      where: { slug: "akademikerforbundet-ssr" },
    });
    // Marked as SSR's position, so that an admin of SSR is asked to approve it.
    const [row] = await api.database.db
      .insert(schema.comments)
      .values({
        themeId,
        authorId: author.personId,
        organisationId: ssr?.id ?? null,
        positionProposed: true,
        body: "Introduktionen behöver stärkas.",
      })
      .returning({ id: schema.comments.id });
    commentId = row?.id ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  const permissionsOf = async (viewer: Viewer) => {
    const data = await api.query<{
      theme: { comments: ({ id: string } & CommentPermissions)[] };
    }>(commentPermissions, { slug: themeSlug }, viewer);
    const comment = data.theme.comments.find((c) => c.id === commentId);
    if (!comment) throw new Error("the comment is not in the thread");
    const { id: _id, ...permissions } = comment;
    return permissions;
  };
  const threadOf = (viewer: Viewer | null) =>
    api.query<{ theme: ThreadPermissions; blogPost: ThreadPermissions }>(
      threadPermissions,
      { slug: themeSlug, post: postSlug },
      viewer,
    );

  it("tells the author, another participant, an observer, a moderator and an organisation's admin what each may do with a comment", async () => {
    expect(await permissionsOf(author)).toEqual({
      viewerCanEdit: true,
      viewerCanDelete: true,
      viewerCanReport: false,
      viewerCanAgree: false,
      viewerCanApprovePosition: false,
      viewerCanModerate: false,
    });
    // Another participant, and an admin of the organisation whose position the comment awaits.
    expect(await permissionsOf(ssrAdmin)).toEqual({
      viewerCanEdit: false,
      viewerCanDelete: false,
      viewerCanReport: true,
      viewerCanAgree: true,
      viewerCanApprovePosition: true,
      viewerCanModerate: false,
    });
    expect(await permissionsOf(observer)).toEqual({
      viewerCanEdit: false,
      viewerCanDelete: false,
      viewerCanReport: false,
      viewerCanAgree: false,
      viewerCanApprovePosition: false,
      viewerCanModerate: false,
    });
    expect(await permissionsOf(moderator)).toEqual({
      viewerCanEdit: false,
      viewerCanDelete: true,
      viewerCanReport: true,
      viewerCanAgree: true,
      viewerCanApprovePosition: false,
      viewerCanModerate: true,
    });
    expect(await permissionsOf(coordinator)).toMatchObject({
      viewerCanApprovePosition: true,
      viewerCanModerate: true,
    });
  });

  it("tells each reader, anonymous too, whether they may write in a thread and moderate it", async () => {
    const open = { viewerCanComment: true, viewerCanModerate: false };
    expect(await threadOf(author)).toEqual({ theme: open, blogPost: open });
    expect(await threadOf(ssrAdmin)).toEqual({ theme: open, blogPost: open });
    const closed = { viewerCanComment: false, viewerCanModerate: false };
    expect(await threadOf(observer)).toEqual({ theme: closed, blogPost: closed });
    expect(await threadOf(null)).toEqual({ theme: closed, blogPost: closed });
    const moderates = { viewerCanComment: true, viewerCanModerate: true };
    expect(await threadOf(moderator)).toEqual({ theme: moderates, blogPost: moderates });
  });

  it("answers a comment's rules false for anonymous readers, who are not shown comments", () => {
    const comment = {
      authorId: author.personId,
      deletedAt: null,
      hiddenAt: null,
      organisationId: null,
      positionProposed: false,
      positionApprovedAt: null,
    };
    expect(editRefusal(null, comment)).toBe("FORBIDDEN");
    expect(deleteRefusal(null, comment)).toBe("FORBIDDEN");
    expect(reportRefusal(null, comment, false)).toBe("FORBIDDEN");
    expect(agreeRefusal(null, comment, { open: true })).toBe("FORBIDDEN");
    expect(approvePositionRefusal(null, comment)).toBe("FORBIDDEN");
    expect(moderateCommentRefusal(null, comment)).toBe("FORBIDDEN");
    expect(writeRefusal(null, { kind: "theme", open: true, lockedAt: null }, null)).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses what the fields deny, and allows what they grant", async () => {
    const edit = `mutation ($id: ID!) { editComment(id: $id, body: "Ny lydelse") { __typename ... on InputError { code } } }`;
    expect((await permissionsOf(observer)).viewerCanEdit).toBe(false);
    const byObserver = await api.execute(edit, { id: commentId }, observer);
    expect(byObserver.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // A report: the reporter may not report it again, others still may.
    await api.query(
      `mutation ($id: ID!) { reportComment(id: $id, reason: SPAM) { __typename } }`,
      { id: commentId },
      ssrAdmin,
    );
    expect((await permissionsOf(ssrAdmin)).viewerCanReport).toBe(false);
    expect((await permissionsOf(moderator)).viewerCanReport).toBe(true);

    // Hidden, it takes no agreement.
    await api.query(
      `mutation ($id: ID!) { hideComment(id: $id, reason: "Prov") { __typename } }`,
      { id: commentId },
      moderator,
    );
    expect((await permissionsOf(ssrAdmin)).viewerCanAgree).toBe(false);
    const agree = `mutation ($id: ID!) { agreeWithComment(id: $id, agree: true) { __typename ... on InputError { code } } }`;
    expect(
      (await api.query<{ agreeWithComment: { code?: string } }>(agree, { id: commentId }, ssrAdmin))
        .agreeWithComment.code,
    ).toBe("COMMENT_HIDDEN");

    // Approved, it awaits no more approval.
    await api.query(
      `mutation ($id: ID!) { approveOrganisationPosition(id: $id) { __typename } }`,
      { id: commentId },
      ssrAdmin,
    );
    expect((await permissionsOf(ssrAdmin)).viewerCanApprovePosition).toBe(false);

    // Deleted, its author may neither edit nor delete it, and the mutations agree.
    expect(
      (
        await api.query<{ deleteComment: boolean }>(
          `mutation ($id: ID!) { deleteComment(id: $id) }`,
          { id: commentId },
          author,
        )
      ).deleteComment,
    ).toBe(true);
    expect(await permissionsOf(author)).toMatchObject({
      viewerCanEdit: false,
      viewerCanDelete: false,
    });
    const edited = await api.query<{ editComment: { code?: string } }>(
      edit,
      { id: commentId },
      author,
    );
    expect(edited.editComment.code).toBe("NOT_FOUND");
    expect(
      (
        await api.query<{ deleteComment: boolean }>(
          `mutation ($id: ID!) { deleteComment(id: $id) }`,
          { id: commentId },
          author,
        )
      ).deleteComment,
    ).toBe(false);
  });

  it("refuses writing in a locked thread and to a blocked person, as viewerCanComment tells", async () => {
    const write = async (viewer: Viewer, body: string) =>
      (
        await api.query<{ writeComment: WriteResult }>(
          `mutation ($input: WriteCommentInput!) { writeComment(input: $input) { __typename ... on InputError { code } } }`,
          { input: { themeId, body } },
          viewer,
        )
      ).writeComment;
    const lock = (locked: boolean) =>
      api.query(
        `mutation ($id: ID!, $locked: Boolean!) { lockTheme(themeId: $id, locked: $locked) { __typename } }`,
        { id: themeId, locked },
        moderator,
      );
    await lock(true);
    expect((await threadOf(author)).theme.viewerCanComment).toBe(false);
    expect(await write(author, "I en låst tråd")).toMatchObject({ code: "THREAD_LOCKED" });
    await lock(false);
    expect((await threadOf(author)).theme.viewerCanComment).toBe(true);

    await api.query(
      `mutation ($p: ID!, $until: DateTime!) { blockParticipant(personId: $p, until: $until, reason: "Prov") { __typename } }`,
      { p: ssrAdmin.personId, until: new Date(Date.now() + 30 * 24 * 3600_000).toISOString() },
      moderator,
    );
    expect((await threadOf(ssrAdmin)).theme.viewerCanComment).toBe(false);
    expect((await threadOf(author)).theme.viewerCanComment).toBe(true);
    expect(await write(ssrAdmin, "Medan jag är blockerad")).toMatchObject({ code: "BLOCKED" });
  });

  it("reads the reader's block once per request, and the comments' permissions with the thread", async () => {
    const query = `query ($slug: String!) {
      theme(slug: $slug) {
        viewerCanComment
        comments { viewerCanEdit viewerCanDelete viewerCanReport viewerCanAgree viewerCanApprovePosition viewerCanModerate }
      }
      again: theme(slug: $slug) { viewerCanComment }
    }`;
    api.clearStatements();
    await api.query(query, { slug: themeSlug }, author);
    const once = api.statements.length;
    for (const body of ["Ett", "Två", "Tre"]) {
      await api.database.db
        .insert(schema.comments)
        .values({ themeId, authorId: ssrAdmin.personId, body });
    }
    api.clearStatements();
    await api.query(query, { slug: themeSlug }, author);
    expect(api.statements).toHaveLength(once);
    expect(api.statements.filter((s) => s.includes("participant_blocks"))).toHaveLength(1);
  });
});
