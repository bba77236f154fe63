import { type Database, schema as tables } from "@kraftsamling/db";
import { oneDatabaseTwice } from "@kraftsamling/db/testing";
import { eq } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { hashPassword } from "../src/accounts/passwords";
import { commentEventsChannel } from "../src/live/comment-events";
import { createMailer } from "../src/mail/mailer";
import { createServer, type KraftsamlingServer } from "../src/server";
import { subscriptionsOpened } from "../src/shared/channel-events";
import { createLog } from "../src/shared/log";
import { testPassword } from "./support";

describe("live comment updates across API instances", () => {
  const log = createLog("error");
  let databases: [Database, Database];
  let drop: () => Promise<void>;
  const servers: KraftsamlingServer[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    ({ databases, drop } = await oneDatabaseTwice({
      seed: { demoPassword: testPassword, hashPassword },
    }));
    for (const database of databases) {
      const mailer = createMailer({
        database,
        smtpUrl: undefined,
        from: "test@kraftsamling.example",
        log,
        printLinks: false,
      });
      const server = await createServer({
        database,
        log,
        services: { mailer, config: { publicUrl: "http://portal.test", nodeEnv: "test" } },
      });
      servers.push(server);
      urls.push((await server.listen(0, "127.0.0.1")).url);
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const database of databases ?? []) await database.close();
    await drop?.();
  });

  async function signIn(url: string, email: string): Promise<string> {
    const response = await fetch(`${url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { signIn(email: "${email}", password: "${testPassword}") { __typename } }`,
      }),
    });
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  function subscribe(
    url: string,
    cookie: string,
    threadId: string,
    argument: "themeId" | "postId" = "themeId",
  ) {
    const received: { change: string; comment: { body: string | null } | null }[] = [];
    const socket = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    };
    const client = createClient({
      url: `${url.replace("http", "ws")}graphql`,
      webSocketImpl: socket,
      lazy: false,
    });
    const ready = new Promise<void>((resolve) => client.on("connected", () => resolve()));
    const stop = client.subscribe<{ commentActivity: (typeof received)[number] }>(
      {
        query: `subscription ($t: ID!) { commentActivity(${argument}: $t) { change comment { body } } }`,
        variables: { t: threadId },
      },
      {
        next: (value) => value.data && received.push(value.data.commentActivity),
        error: () => {},
        complete: () => {},
      },
    );
    return {
      received,
      ready,
      close: async () => {
        stop();
        await client.dispose();
      },
    };
  }

  /** The errors a subscription is refused with: it answers once, with its errors, and completes. */
  async function refusal(
    url: string,
    cookie: string | null,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<unknown[]> {
    const errors: unknown[] = [];
    const headers = cookie ? { cookie } : {};
    const client = createClient({
      url: `${url.replace("http", "ws")}graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      },
    });
    await new Promise<void>((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (value) => errors.push(...(value.errors ?? [])),
          error: (e) => {
            errors.push(e);
            resolve();
          },
          complete: () => resolve(),
        },
      );
    });
    await client.dispose();
    return errors;
  }

  async function until(check: () => boolean, what: string) {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!check()) throw new Error(`never saw ${what}`);
  }

  it("tells a page open on one instance about a comment written through the other", async () => {
    const theme = await databases[0].db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const readerCookie = await signIn(urls[1] ?? "", "admin.ssr@kraftsamling.example");
    const writerCookie = await signIn(urls[0] ?? "", "medlem.raddabarnen@kraftsamling.example");
    const opened = subscriptionsOpened(commentEventsChannel);
    const page = subscribe(urls[1] ?? "", readerCookie, theme?.id ?? "");
    await page.ready;
    // The comment is written once the server has registered the subscription.
    await until(() => subscriptionsOpened(commentEventsChannel) > opened, "the subscription");
    const written = await fetch(`${urls[0]}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: writerCookie },
      body: JSON.stringify({
        query: `mutation ($t: ID!) { writeComment(input: { themeId: $t, body: "Direkt till alla öppna sidor" }) { __typename } }`,
        variables: { t: theme?.id },
      }),
    });
    expect(await written.json()).toEqual({
      data: { writeComment: { __typename: "MutationWriteCommentSuccess" } },
    });
    await until(() => page.received.length > 0, "the new comment on the other instance");
    expect(page.received[0]).toEqual({
      change: "CREATED",
      comment: { body: "Direkt till alla öppna sidor" },
    });
    await page.close();
  });

  it("tells a page open on a blog post about a comment under it, and not a theme's page", async () => {
    const post = await databases[0].db.query.blogPosts.findFirst();
    const theme = await databases[0].db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const readerCookie = await signIn(urls[1] ?? "", "admin.ssr@kraftsamling.example");
    const writerCookie = await signIn(urls[0] ?? "", "moderator@kraftsamling.example");
    const opened = subscriptionsOpened(commentEventsChannel);
    const postPage = subscribe(urls[1] ?? "", readerCookie, post?.id ?? "", "postId");
    const themePage = subscribe(urls[1] ?? "", readerCookie, theme?.id ?? "");
    await Promise.all([postPage.ready, themePage.ready]);
    await until(
      () => subscriptionsOpened(commentEventsChannel) >= opened + 2,
      "both subscriptions",
    );
    const written = await fetch(`${urls[0]}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: writerCookie },
      body: JSON.stringify({
        query: `mutation ($p: ID!) { writeComment(input: { postId: $p, body: "Under blogginlägget" }) { __typename } }`,
        variables: { p: post?.id },
      }),
    });
    expect(await written.json()).toEqual({
      data: { writeComment: { __typename: "MutationWriteCommentSuccess" } },
    });
    await until(() => postPage.received.length > 0, "the comment under the post");
    expect(postPage.received[0]).toEqual({
      change: "CREATED",
      comment: { body: "Under blogginlägget" },
    });
    expect(themePage.received).toEqual([]);
    await Promise.all([postPage.close(), themePage.close()]);
  });

  it("follows a blog post's comments only while the reader may read the post", async () => {
    const db = databases[0].db;
    const [post, draft] = await db
      .insert(tables.blogPosts)
      .values([
        {
          slug: `live-publicerat-${Date.now()}`,
          title: "Publicerat",
          body: "Text.",
          publishedAt: new Date(Date.now() - 60_000),
        },
        { slug: `live-utkast-${Date.now()}`, title: "Utkast", body: "Text.", publishedAt: null },
      ])
      .returning();
    if (!post || !draft) throw new Error("no posts");
    const readerCookie = await signIn(urls[1] ?? "", "admin.ssr@kraftsamling.example");
    // A draft, and a post that does not exist, are refused as not found.
    for (const postId of [draft.id, "00000000-0000-4000-8000-000000000000"]) {
      const errors = await refusal(
        urls[1] ?? "",
        readerCookie,
        `subscription ($p: ID!) { commentActivity(postId: $p) { change comment { body } } }`,
        { p: postId },
      );
      expect(errors, postId).toEqual([
        expect.objectContaining({
          message: "There is no such blog post.",
          extensions: { code: "BAD_USER_INPUT", reason: "NOT_FOUND" },
        }),
      ]);
    }

    // Followed while published; taken back, its comments no longer show.
    const [comment] = await db
      .insert(tables.comments)
      .values({ postId: post.id, body: "Skrivet medan inlägget var publicerat" })
      .returning();
    const opened = subscriptionsOpened(commentEventsChannel);
    const page = subscribe(urls[1] ?? "", readerCookie, post.id, "postId");
    await page.ready;
    await until(() => subscriptionsOpened(commentEventsChannel) > opened, "the subscription");
    await db
      .update(tables.blogPosts)
      .set({ publishedAt: null })
      .where(eq(tables.blogPosts.id, post.id));
    await db
      .update(tables.comments)
      .set({ body: "Ändrat när inlägget var tillbakataget" })
      .where(eq(tables.comments.id, comment?.id ?? ""));
    await until(() => page.received.length > 0, "the change under the post");
    expect(page.received).toEqual([{ change: "CHANGED", comment: null }]);
    await page.close();
  });

  it("refuses a subscription without a session", async () => {
    const theme = await databases[0].db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const errors = await refusal(
      urls[1] ?? "",
      null,
      `subscription ($t: ID!) { commentActivity(themeId: $t) { change } }`,
      { t: theme?.id },
    );
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } })]);
  });

  it("holds HTTP and WebSocket to the same query limits", async () => {
    const deep = `{ themes { ${"phase { themes { ".repeat(7)}slug${" } }".repeat(7)} } }`;
    const response = await fetch(`${urls[0]}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: deep }),
    });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/depth limit/i);

    const cookie = await signIn(urls[1] ?? "", "admin.ssr@kraftsamling.example");
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: change`).join(" ");
    const errors: { message: string }[] = [];
    const socket = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    };
    const client = createClient({
      url: `${(urls[1] ?? "").replace("http", "ws")}graphql`,
      webSocketImpl: socket,
    });
    await new Promise<void>((resolve) => {
      client.subscribe(
        {
          query: `subscription { commentActivity(themeId: "00000000-0000-0000-0000-000000000000") { ${aliases} } }`,
        },
        {
          next: () => {},
          error: (e) => {
            errors.push(...(e as { message: string }[]));
            resolve();
          },
          complete: () => resolve(),
        },
      );
    });
    await client.dispose();
    expect(errors[0]?.message).toMatch(/aliases/i);
  });
});
