import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { sendDailyDigests } from "../src/notifications/digest";
import { mailText, startSmtpSink } from "./smtp-sink";
import { type TestApi, testApi } from "./support";

const write = `mutation ($input: WriteCommentInput!) {
  writeComment(input: $input) { __typename ... on MutationWriteCommentSuccess { data { id } } ... on InputError { code } }
}`;
const mine = `{
  unreadNotificationCount
  myNotifications { id kind read reason until path threadTitle actorName }
}`;

type Seen = {
  unreadNotificationCount: number;
  myNotifications: {
    id: string;
    kind: string;
    read: boolean;
    reason: string | null;
    until: string | null;
    path: string | null;
    threadTitle: string | null;
    actorName: string | null;
  }[];
};

describe("notifications: in the portal, and by e-mail at once, daily or not at all", () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let author: Viewer;
  let replier: Viewer;
  let moderator: Viewer;
  let theme: { id: string; slug: string; title: string };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    api = await testApi({ smtpUrl: smtp.url });
    author = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    replier = await api.viewer("admin.ssr@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    const row = await api.database.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    if (!row) throw new Error("no open theme");
    theme = row;
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    // The duplicate rule reads comments of the last minutes: move earlier ones out of the way; and
    // start the rate limits' windows afresh.
    await api.database.db
      .update(schema.comments)
      .set({ createdAt: new Date(Date.now() - 3600_000) });
    api.moveClock(0);
    await api.database.db.delete(schema.notifications);
    smtp.received.length = 0;
  });

  const setMail = (viewer: Viewer, mail: string) =>
    api.query(
      `mutation ($mail: NotificationMail!) { setNotificationMail(mail: $mail) }`,
      { mail },
      viewer,
    );
  const comment = async (viewer: Viewer, body: string, parentId?: string) => {
    // One comment per 10 seconds per person: let the rate limit's window pass (and move the earlier
    // comments back in time, out of the duplicate rule's minutes).
    await api.database.db
      .update(schema.comments)
      .set({ createdAt: new Date(Date.now() - 3600_000) });
    api.moveClock(0);
    const data = await api.query<{ writeComment: { data?: { id: string }; code?: string } }>(
      write,
      { input: { themeId: theme.id, body, parentId } },
      viewer,
    );
    const id = data.writeComment.data?.id;
    if (!id) throw new Error(`not written: ${data.writeComment.code}`);
    return id;
  };
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const waitForMail = async (email: string, count: number) => {
    for (let i = 0; i < 100 && mailsTo(email).length < count; i++)
      await new Promise((r) => setTimeout(r, 20));
    return mailsTo(email);
  };

  it("tells the author of a reply at once, in the portal and by mail with a link to the reply", async () => {
    await setMail(author, "IMMEDIATE");
    const parent = await comment(author, "Vi behöver mer direkttid med barnen.");
    const reply = await comment(
      replier,
      "Håller med, och dokumentationen tar för mycket tid.",
      parent,
    );

    const seen = await api.query<Seen>(mine, {}, author);
    expect(seen.unreadNotificationCount).toBe(1);
    expect(seen.myNotifications).toEqual([
      expect.objectContaining({
        kind: "REPLY",
        read: false,
        actorName: replier.name,
        threadTitle: theme.title,
        path: `/teman/${theme.slug}#kommentar-${reply}`,
      }),
    ]);
    const [mail] = await waitForMail(author.email, 1);
    const text = mailText(mail ?? { from: "", to: [], raw: "" });
    expect(text).toContain(`${replier.name} svarade på din kommentar i temat "${theme.title}"`);
    expect(text).toContain(`/teman/${theme.slug}#kommentar-${reply}`);
    // The replier hears nothing of their own reply.
    expect((await api.query<Seen>(mine, {}, replier)).myNotifications).toEqual([]);
  });

  it("points at a blog post's thread only while the post is published", async () => {
    await setMail(author, "OFF");
    const [post] = await api.database.db
      .insert(schema.blogPosts)
      .values({
        slug: `notiser-om-inlagg-${Date.now()}`,
        title: "Inlägg om notiser",
        body: "Text.",
        publishedAt: new Date(Date.now() - 86_400_000),
      })
      .returning();
    if (!post) throw new Error("no post");
    const onPost = async (viewer: Viewer, body: string, parentId?: string) => {
      api.moveClock(0);
      const data = await api.query<{ writeComment: { data?: { id: string }; code?: string } }>(
        write,
        { input: { postId: post.id, body, parentId } },
        viewer,
      );
      const id = data.writeComment.data?.id;
      if (!id) throw new Error(`not written: ${data.writeComment.code}`);
      return id;
    };
    const parent = await onPost(author, "En fråga om inlägget.");
    const reply = await onPost(replier, "Ett svar på frågan.", parent);
    const before = (await api.query<Seen>(mine, {}, author)).myNotifications;
    expect(before).toEqual([
      expect.objectContaining({
        kind: "REPLY",
        threadTitle: "Inlägg om notiser",
        path: `/blogg/${post.slug}#kommentar-${reply}`,
      }),
    ]);

    // Taken down, renamed and moved to a new address: the notification stays, pointing at nothing.
    await api.database.db
      .update(schema.blogPosts)
      .set({ publishedAt: null, title: "Nytt arbetsnamn", slug: `${post.slug}-utkast` })
      .where(eq(schema.blogPosts.id, post.id));
    const after = (await api.query<Seen>(mine, {}, author)).myNotifications;
    expect(after).toEqual([
      expect.objectContaining({ kind: "REPLY", threadTitle: null, path: null, actorName: null }),
    ]);
    expect(JSON.stringify(after)).not.toContain("Nytt arbetsnamn");
  });

  it("does not notify someone who replies to their own comment", async () => {
    const parent = await comment(author, "En första tanke om samverkan.");
    await comment(author, "Och ett tillägg till min egen kommentar.", parent);
    expect((await api.query<Seen>(mine, {}, author)).myNotifications).toEqual([]);
  });

  it("keeps notifications in the portal only when mail is off", async () => {
    await setMail(author, "OFF");
    const parent = await comment(author, "Kommentar med avstängd e-post.");
    await comment(replier, "Ett svar som inte ska mejlas.", parent);
    expect((await api.query<Seen>(mine, {}, author)).unreadNotificationCount).toBe(1);
    // A reply's mail is handed to the SMTP server before the reply's mutation answers: none came.
    expect(mailsTo(author.email)).toEqual([]);
    // The morning digest leaves them alone too.
    expect(await sendDailyDigests(api.database, api.services, new Date(Date.now() + 1000))).toBe(0);
    expect(mailsTo(author.email)).toEqual([]);
  });

  it("gathers the day's notifications into one digest, sent once even when run twice", async () => {
    await setMail(author, "DAILY");
    const first = await comment(author, "Första kommentaren inför sammanfattningen.");
    const second = await comment(author, "Andra kommentaren inför sammanfattningen.");
    await comment(replier, "Svar på den första.", first);
    await comment(replier, "Svar på den andra.", second);
    expect(mailsTo(author.email)).toEqual([]);

    const cutoff = new Date(Date.now() + 1000);
    const [sent, again] = await Promise.all([
      sendDailyDigests(api.database, api.services, cutoff),
      sendDailyDigests(api.database, api.services, cutoff),
    ]);
    expect(sent + again).toBe(1);
    const mails = await waitForMail(author.email, 1);
    expect(mails).toHaveLength(1);
    const text = mailText(mails[0] ?? { from: "", to: [], raw: "" });
    expect(text).toContain("Det här har hänt sedan förra sammanfattningen");
    expect(text.match(/svarade på din kommentar/g)).toHaveLength(2);
    expect(await sendDailyDigests(api.database, api.services, cutoff)).toBe(0);
  });

  it("tells the author a moderator's decisions with the reason, and a blocked person until when", async () => {
    await setMail(author, "IMMEDIATE");
    const id = await comment(author, "En kommentar som moderatorn granskar.");
    await api.query(
      `mutation ($id: ID!) { hideComment(id: $id, reason: "Utanför ämnet") { __typename } }`,
      { id },
      moderator,
    );
    await api.query(
      `mutation ($id: ID!) { restoreComment(id: $id) { __typename } }`,
      { id },
      moderator,
    );
    const until = new Date(Date.now() + 24 * 3600_000);
    await api.query(
      `mutation ($id: ID!, $until: DateTime!) { blockParticipant(personId: $id, until: $until, reason: "Upprepade personangrepp") { __typename } }`,
      { id: author.personId, until: until.toISOString() },
      moderator,
    );
    const seen = await api.query<Seen>(mine, {}, author);
    expect(seen.myNotifications.map((n) => [n.kind, n.reason])).toEqual([
      ["BLOCKED", "Upprepade personangrepp"],
      ["COMMENT_RESTORED", null],
      ["COMMENT_HIDDEN", "Utanför ämnet"],
    ]);
    expect(seen.myNotifications[0]?.until).toBe(until.toISOString());
    const texts = (await waitForMail(author.email, 3)).map((m) => mailText(m));
    expect(texts[0]).toContain("Skäl: Utanför ämnet");
    expect(texts[1]).toContain("den visas nu igen för alla");
    expect(texts[2]).toContain("Skäl: Upprepade personangrepp");
    await api.database.db
      .delete(schema.participantBlocks)
      .where(eq(schema.participantBlocks.personId, author.personId));
  });

  it("marks notifications read, one or all, and only one's own", async () => {
    const parent = await comment(author, "Kommentar att svara på, två gånger.");
    await comment(replier, "Första svaret.", parent);
    await comment(replier, "Andra svaret.", parent);
    const [newest] = (await api.query<Seen>(mine, {}, author)).myNotifications;
    // Someone else cannot mark them.
    const other = await api.query<{ markNotificationsRead: number }>(
      `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [newest?.id] },
      replier,
    );
    expect(other.markNotificationsRead).toBe(0);
    const one = await api.query<{ markNotificationsRead: number }>(
      `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [newest?.id] },
      author,
    );
    expect(one.markNotificationsRead).toBe(1);
    expect((await api.query<Seen>(mine, {}, author)).unreadNotificationCount).toBe(1);
    const all = await api.query<{ markNotificationsRead: number }>(
      `mutation { markNotificationsRead }`,
      {},
      author,
    );
    expect(all.markNotificationsRead).toBe(1);
    const seen = await api.query<Seen>(mine, {}, author);
    expect(seen.unreadNotificationCount).toBe(0);
    expect(seen.myNotifications.every((n) => n.read)).toBe(true);
  });

  it("puts notifications and one's reports, agreements and blocks in the data export", async () => {
    const parent = await comment(author, "Kommentar för dataexporten.");
    await comment(replier, "Svar för dataexporten.", parent);
    const data = await api.query<{ exportMyData: unknown }>(`{ exportMyData }`, {}, author);
    const exported = data.exportMyData as {
      person: { notifications: { kind: string }[]; notificationMail: string };
      reportsYouMade: unknown[];
      commentsYouAgreedWith: unknown[];
      blocksOnYou: unknown[];
    };
    expect(exported.person.notifications.map((n) => n.kind)).toContain("reply");
    expect(exported.person.notificationMail).toMatch(/^(off|immediate|daily)$/);
    expect(Array.isArray(exported.reportsYouMade)).toBe(true);
    expect(Array.isArray(exported.commentsYouAgreedWith)).toBe(true);
    expect(Array.isArray(exported.blocksOnYou)).toBe(true);
  });
});
