import { schema } from "@kraftsamling/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

const report = `mutation ($id: ID!, $reason: CommentReportReason!, $note: String) {
  reportComment(id: $id, reason: $reason, note: $note) { __typename ... on InputError { code } }
}`;
const readComments = `query ($slug: String!) {
  theme(slug: $slug) { comments { id body hidden hiddenBy hiddenReason } }
}`;
const write = `mutation ($input: WriteCommentInput!) {
  writeComment(input: $input) { __typename ... on InputError { code retryAt } }
}`;

type Seen = {
  id: string;
  body: string | null;
  hidden: boolean;
  hiddenBy: "REPORTS" | "MODERATOR" | null;
  hiddenReason: string | null;
};

describe("comment moderation", () => {
  let api: TestApi;
  let themeId: string;
  let themeSlug: string;
  let author: Viewer;
  let moderator: Viewer;
  let reporters: Viewer[];

  beforeAll(async () => {
    api = await testApi();
    const theme = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    themeId = theme?.id ?? "";
    themeSlug = theme?.slug ?? "";
    author = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    reporters = [];
    for (const n of [1, 2, 3]) {
      const email = `anmalare${n}@kraftsamling.example`;
      await api.database.db.insert(schema.people).values({ name: `Anmälare ${n}`, email });
      reporters.push(await api.viewer(email));
    }
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(async () => {
    await api.database.db
      .update(schema.comments)
      .set({ createdAt: new Date(Date.now() - 3600_000) });
    await api.database.db
      .update(schema.themes)
      .set({ lockedAt: null, slowModeSeconds: 0 })
      .where(eq(schema.themes.id, themeId));
  });

  const commentByAuthor = async (body = `Kommentar ${Math.random()}`) => {
    const [row] = await api.database.db
      .insert(schema.comments)
      .values({ themeId, authorId: author.personId, body })
      .returning({ id: schema.comments.id });
    return row?.id ?? "";
  };
  const seenBy = async (viewer: Viewer, id: string) => {
    const data = await api.query<{ theme: { comments: Seen[] } }>(
      readComments,
      { slug: themeSlug },
      viewer,
    );
    return data.theme.comments.find((c) => c.id === id);
  };
  const reportAs = async (viewer: Viewer, id: string) =>
    (
      await api.query<{ reportComment: { __typename: string; code?: string } }>(
        report,
        { id, reason: "SPAM" },
        viewer,
      )
    ).reportComment;
  const mailsTo = (to: string) =>
    api.database.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, to))
      .orderBy(desc(schema.outbox.createdAt));

  it("hides a comment after reports from three different people; the same person twice counts once", async () => {
    const id = await commentByAuthor();
    const [first, second, third] = reporters as [Viewer, Viewer, Viewer];
    await reportAs(first, id);
    await reportAs(first, id);
    await reportAs(second, id);
    expect((await seenBy(third, id))?.hidden).toBe(false);
    const queue = await api.query<{ moderationQueue: { id: string; reportCount: number }[] }>(
      `{ moderationQueue { id reportCount reports { reason } } }`,
      {},
      moderator,
    );
    expect(queue.moderationQueue.find((c) => c.id === id)?.reportCount).toBe(2);
    const before = (await mailsTo(author.email)).length;
    await reportAs(third, id);
    expect(await seenBy(third, id)).toMatchObject({
      hidden: true,
      body: null,
      hiddenBy: null,
      hiddenReason: null,
    });
    const own = await seenBy(author, id);
    expect(own).toMatchObject({ hidden: true, hiddenBy: "REPORTS", hiddenReason: null });
    expect(own?.body).toMatch(/^Kommentar/);
    const mails = await mailsTo(author.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails[0]?.kind).toBe("comment-hidden");
  });

  it("tells each reader whether they have reported a comment, until a moderator decides", async () => {
    const id = await commentByAuthor();
    const [first, second] = reporters as [Viewer, Viewer];
    const reportedBy = async (viewer: Viewer) => {
      const data = await api.query<{
        theme: { comments: { id: string; reportedByMe: boolean }[] };
      }>(
        `query ($slug: String!) { theme(slug: $slug) { comments { id reportedByMe } } }`,
        { slug: themeSlug },
        viewer,
      );
      return data.theme.comments.find((c) => c.id === id)?.reportedByMe;
    };
    expect(await reportedBy(first)).toBe(false);
    await reportAs(first, id);
    expect(await reportedBy(first)).toBe(true);
    expect(await reportedBy(second)).toBe(false);
    await api.query(
      `mutation ($id: ID!) { dismissReports(id: $id) { __typename } }`,
      { id },
      moderator,
    );
    // The report is closed: the person may report the comment again.
    expect(await reportedBy(first)).toBe(false);
  });

  it("names each queued comment's theme, for a link to the thread", async () => {
    const id = await commentByAuthor();
    await reportAs(reporters[0] as Viewer, id);
    const queue = await api.query<{
      moderationQueue: {
        id: string;
        reportCount: number;
        reportedByMe: boolean;
        theme: { slug: string };
      }[];
    }>(`{ moderationQueue { id reportCount reportedByMe theme { slug } } }`, {}, moderator);
    const queued = queue.moderationQueue.find((c) => c.id === id);
    expect(queued).toMatchObject({
      reportCount: 1,
      reportedByMe: false,
      theme: { slug: themeSlug },
    });
  });

  it("refuses a report of one's own comment", async () => {
    const id = await commentByAuthor();
    expect(await reportAs(author, id)).toMatchObject({ code: "OWN_COMMENT" });
    const note = await api.query<{ reportComment: { code?: string } }>(
      report,
      { id, reason: "PERSONAL_DATA", note: "Det gäller 121212-1212" },
      reporters[0],
    );
    expect(note.reportComment.code).toBe("PERSONAL_DATA");
    expect(
      await api.database.db.query.commentReports.findMany({ where: { commentId: id } }),
    ).toEqual([]);
  });

  it("lets the author see a moderator's reason, and tells the author when it is restored", async () => {
    const id = await commentByAuthor();
    const hide = await api.query<{ hideComment: { __typename: string } }>(
      `mutation ($id: ID!) { hideComment(id: $id, reason: "Personangrepp, stryk det") { __typename } }`,
      { id },
      moderator,
    );
    expect(hide.hideComment.__typename).toBe("MutationHideCommentSuccess");
    expect(await seenBy(author, id)).toMatchObject({
      hidden: true,
      hiddenBy: "MODERATOR",
      hiddenReason: "Personangrepp, stryk det",
    });
    expect(await seenBy(reporters[0] as Viewer, id)).toMatchObject({
      body: null,
      hiddenReason: null,
    });
    expect(await seenBy(moderator, id)).toMatchObject({ hiddenReason: "Personangrepp, stryk det" });
    expect((await mailsTo(author.email))[0]?.text).toContain("Personangrepp, stryk det");

    await api.query(
      `mutation ($id: ID!) { restoreComment(id: $id) { __typename } }`,
      { id },
      moderator,
    );
    expect(await seenBy(reporters[0] as Viewer, id)).toMatchObject({
      hidden: false,
      hiddenReason: null,
    });
    expect(await seenBy(author, id)).toMatchObject({
      hidden: false,
      hiddenBy: null,
      hiddenReason: null,
    });
    const [latest] = await mailsTo(author.email);
    expect(latest?.kind).toBe("comment-restored");
    expect(latest?.subject).toMatch(/^Din kommentar visas igen \/ Your comment is shown again/);
  });

  it("dismissing the reports shows a comment that reports hid, and empties the queue of it", async () => {
    const id = await commentByAuthor();
    for (const reporter of reporters) await reportAs(reporter, id);
    expect((await seenBy(moderator, id))?.hidden).toBe(true);
    await api.query(
      `mutation ($id: ID!) { dismissReports(id: $id) { __typename } }`,
      { id },
      moderator,
    );
    expect((await seenBy(moderator, id))?.hidden).toBe(false);
    const queue = await api.query<{ moderationQueue: { id: string }[] }>(
      `{ moderationQueue { id } }`,
      {},
      moderator,
    );
    expect(queue.moderationQueue.map((c) => c.id)).not.toContain(id);
  });

  const send = async (viewer: Viewer, body = `Ny text ${Math.random()}`) =>
    (
      await api.query<{ writeComment: { __typename: string; code?: string; retryAt?: string } }>(
        write,
        { input: { themeId, body } },
        viewer,
      )
    ).writeComment;

  it("refuses comments in a locked thread with THREAD_LOCKED, and takes them again once unlocked", async () => {
    const lock = `mutation ($themeId: ID!, $locked: Boolean!) { lockTheme(themeId: $themeId, locked: $locked) { __typename ... on MutationLockThemeSuccess { data { locked } } } }`;
    await api.query(lock, { themeId, locked: true }, moderator);
    expect(await send(author)).toMatchObject({ code: "THREAD_LOCKED" });
    await api.query(lock, { themeId, locked: false }, moderator);
    expect((await send(author)).__typename).toBe("MutationWriteCommentSuccess");
  });

  it("refuses a second comment within slow mode with SLOW_MODE and when to try again", async () => {
    await api.query(
      `mutation ($themeId: ID!) { setSlowMode(themeId: $themeId, seconds: 600) { __typename } }`,
      { themeId },
      moderator,
    );
    // Older than the ten-second rate limit, within slow mode's ten minutes.
    await commentByAuthor();
    await api.database.db
      .update(schema.comments)
      .set({ createdAt: new Date(Date.now() - 60_000) })
      .where(eq(schema.comments.authorId, author.personId));
    const refused = await send(author);
    expect(refused.code).toBe("SLOW_MODE");
    const retryAt = new Date(refused.retryAt ?? 0).getTime();
    expect(retryAt).toBeGreaterThan(Date.now() + 500_000);
    expect(retryAt).toBeLessThan(Date.now() + 600_000);
  });

  it("refuses a blocked person with BLOCKED until the block ends, and not after unblocking", async () => {
    const until = new Date(Date.now() + 24 * 3600_000);
    const person = reporters[2] as Viewer;
    await api.query(
      `mutation ($personId: ID!, $until: DateTime!) { blockParticipant(personId: $personId, until: $until, reason: "Upprepad spam") { __typename } }`,
      { personId: person.personId, until: until.toISOString() },
      moderator,
    );
    const refused = await send(person);
    expect(refused.code).toBe("BLOCKED");
    expect(refused.retryAt).toBe(until.toISOString());
    const myBlock = `{ myWritingBlock { until reason } }`;
    type Block = { myWritingBlock: { until: string; reason: string } | null };
    expect((await api.query<Block>(myBlock, {}, person)).myWritingBlock).toEqual({
      until: until.toISOString(),
      reason: "Upprepad spam",
    });
    expect((await api.query<Block>(myBlock, {}, author)).myWritingBlock).toBeNull();
    await api.query(
      `mutation ($personId: ID!) { unblockParticipant(personId: $personId) { __typename } }`,
      { personId: person.personId },
      moderator,
    );
    expect((await send(person)).__typename).toBe("MutationWriteCommentSuccess");
    expect((await api.query<Block>(myBlock, {}, person)).myWritingBlock).toBeNull();
  });

  it("lets a moderator block neither the coordinator nor another moderator; the coordinator blocks a moderator", async () => {
    const block = `mutation ($personId: ID!, $until: DateTime!) {
      blockParticipant(personId: $personId, until: $until, reason: "Prov") {
        __typename ... on InputError { code field }
      }
    }`;
    type Blocked = { blockParticipant: { __typename: string; code?: string; field?: string } };
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    // A second moderator, for this test alone.
    const otherModerator = reporters[0] as Viewer;
    const setRole = (role: "moderator" | "member") =>
      api.database.db
        .update(schema.people)
        .set({ role })
        .where(eq(schema.people.id, otherModerator.personId));
    await setRole("moderator");
    const blocks = () => api.database.db.select().from(schema.participantBlocks);
    const before = (await blocks()).length;
    for (const target of [coordinator, otherModerator]) {
      const refused = await api.query<Blocked>(
        block,
        { personId: target.personId, until },
        moderator,
      );
      expect(refused.blockParticipant).toEqual({
        __typename: "InputError",
        code: "NOT_BLOCKABLE",
        field: "personId",
      });
    }
    expect(await blocks()).toHaveLength(before);
    await setRole("member");
    const byCoordinator = await api.query<Blocked>(
      block,
      { personId: moderator.personId, until },
      coordinator,
    );
    expect(byCoordinator.blockParticipant.__typename).toBe("MutationBlockParticipantSuccess");
    await api.query(
      `mutation ($personId: ID!) { unblockParticipant(personId: $personId) { __typename } }`,
      { personId: moderator.personId },
      coordinator,
    );
  });

  it("downloads the moderation log as CSV: a header and one line per action, commas quoted", async () => {
    const { moderationLogCsv } = await api.query<{ moderationLogCsv: string }>(
      `{ moderationLogCsv }`,
      {},
      moderator,
    );
    const entries = await api.database.db.query.auditLog.findMany({
      where: { action: { like: "moderation.%" } },
    });
    const lines = moderationLogCsv.split("\r\n");
    expect(lines[0]).toBe("time,moderator,action,comment,reason");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(entries.length + 2);
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(moderationLogCsv).toContain(",hide,");
    expect(moderationLogCsv).toContain('"Personangrepp, stryk det"\r\n');
    expect(moderationLogCsv).toMatch(/,System,hide,[0-9a-f-]{36},reported\r\n/);
  });
});
