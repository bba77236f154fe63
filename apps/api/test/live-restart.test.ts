import { loadConfig } from "@kraftsamling/config";
import { type Database, openPostgres } from "@kraftsamling/db";
import { demoPassword } from "@kraftsamling/db/demo";
import { createScratchDatabase } from "@kraftsamling/db/testing";
import { sql } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { freePort, type RunningServer, startServer } from "./process";
import { TcpProxy } from "./tcp-proxy";
import { until } from "./until";

// A database that stops and starts again only exists on a server: this runs in both test runs on
// the PostgreSQL server that the tests use (the one on 127.0.0.1:5432 when DATABASE_URL is unset),
// in a scratch database, behind a proxy that the test cuts as if the server had stopped.
const serverUrl = loadConfig().databaseUrl ?? "postgres://postgres@127.0.0.1:5432/postgres";

interface Activity {
  change: string;
  comment?: { body: string } | null;
}

describe("live updates across a database restart, with the API as a process", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let proxy: TcpProxy;
  let server: RunningServer;
  let direct: Database;

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl);
    const target = new URL(scratch.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    server = await startServer({
      DATABASE_URL: proxy.url(scratch.url),
      PORT: String(await freePort()),
      LOG_LEVEL: "info",
      NODE_ENV: "test",
    });
    direct = await openPostgres(scratch.url);
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await direct?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  const health = async () => {
    const response = await fetch(new URL("healthz", server.url));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  async function signIn(email: string): Promise<string> {
    const response = await fetch(new URL("graphql", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { signIn(email: "${email}", password: "${demoPassword}") { __typename } }`,
      }),
    });
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  async function post(cookie: string, query: string, variables: Record<string, unknown>) {
    const response = await fetch(new URL("graphql", server.url), {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { __typename: string }> };
  }

  /** A page's socket with two subscriptions: a theme's comments and a hearing's live Q&A. */
  function openPage(cookie: string, themeId: string, meetingId: string) {
    const comments: Activity[] = [];
    const meeting: Activity[] = [];
    const socket = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    };
    const client = createClient({
      url: `${server.url.replace("http", "ws")}graphql`,
      webSocketImpl: socket,
    });
    const sink = (into: Activity[], field: string) => ({
      next: (value: { data?: Record<string, unknown> | null }) => {
        if (value.data) into.push(value.data[field] as Activity);
      },
      error: () => {},
      complete: () => {},
    });
    client.subscribe(
      {
        query: `subscription ($t: ID!) { commentActivity(themeId: $t) { change comment { body } } }`,
        variables: { t: themeId },
      },
      sink(comments, "commentActivity"),
    );
    client.subscribe(
      {
        query: `subscription ($m: ID!) { meetingLiveActivity(meetingId: $m) { change } }`,
        variables: { m: meetingId },
      },
      sink(meeting, "meetingLiveActivity"),
    );
    return { comments, meeting, close: () => client.dispose() };
  }

  it("listens again after the database was away, tells open subscriptions to read again, and delivers what comes after", async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: "ok", database: "postgres", live: "listening" },
    });
    const theme = await direct.db.query.themes.findFirst({
      where: { status: "open" },
      orderBy: { slug: "asc" },
    });
    const hearing = await direct.db.query.meetings.findFirst({
      where: { slug: "demo-hearing-barnets-delaktighet" },
    });
    const themeId = theme?.id ?? "";
    const meetingId = hearing?.id ?? "";
    const reader = await signIn("admin.ssr@kraftsamling.example");
    const coordinator = await signIn("samordnare@kraftsamling.example");
    const writeComment = (cookie: string, body: string) =>
      post(
        cookie,
        "mutation ($t: ID!, $b: String!) { writeComment(input: { themeId: $t, body: $b }) { __typename } }",
        { t: themeId, b: body },
      );
    const setQuestionsOpen = (open: boolean) =>
      post(
        coordinator,
        "mutation ($m: ID!, $o: Boolean!) { setMeetingLiveState(input: { meetingId: $m, questionsOpen: $o }) { __typename } }",
        { m: meetingId, o: open },
      );
    expect(await writeComment(coordinator, "Före avbrottet")).toMatchObject({
      data: { writeComment: { __typename: "MutationWriteCommentSuccess" } },
    });
    const before = await direct.db.query.comments.findFirst({
      where: { body: "Före avbrottet" },
    });
    const page = openPage(reader, themeId, meetingId);

    // Both subscriptions are in place once each has seen an event made for it: the reader agrees
    // (or takes it back) and the coordinator opens (or closes) the questions until they have.
    let round = 0;
    while (page.comments.length === 0 || page.meeting.length === 0) {
      if (round > 40) throw new Error("never saw the events before the outage");
      round += 1;
      await post(
        reader,
        "mutation ($c: ID!, $a: Boolean!) { agreeWithComment(id: $c, agree: $a) { __typename } }",
        {
          c: before?.id,
          a: round % 2 === 1,
        },
      );
      await setQuestionsOpen(round % 2 === 0);
      await until(
        () => page.comments.length > 0 && page.meeting.length > 0,
        "the events before the outage",
        500,
      ).catch(() => {});
    }

    // A key in use before the outage, revoked while the server hears nothing: once it listens
    // again, the key is refused (it does not go on believing what it looked up before).
    const created = (await post(
      coordinator,
      `mutation { createApiKey(name: "Före avbrottet") { ... on MutationCreateApiKeySuccess { data { secret key { id } } } } }`,
      {},
    )) as { data?: { createApiKey: { data: { secret: string; key: { id: string } } } } };
    const key = created.data?.createApiKey.data;
    const withKey = () =>
      fetch(new URL("graphql", server.url), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key?.secret}` },
        body: JSON.stringify({ query: "{ phases { name } }" }),
      });
    expect((await withKey()).status).toBe(200);
    // A socket that reads with the key: closed once the server finds, after the outage, that
    // the key was revoked while it heard nothing.
    const keyedSocket = new WebSocket(
      `${server.url.replace("http", "ws")}graphql`,
      "graphql-transport-ws",
    );
    const keyedClosed = new Promise<number>((resolve) =>
      keyedSocket.once("close", (code) => resolve(code)),
    );
    await new Promise((resolve) => keyedSocket.once("open", resolve));
    const acknowledged = new Promise((resolve) => keyedSocket.once("message", resolve));
    keyedSocket.send(
      JSON.stringify({
        type: "connection_init",
        payload: { authorization: `Bearer ${key?.secret}` },
      }),
    );
    expect(String(await acknowledged)).toContain("connection_ack");

    // A moderator's socket, whose role changes while the server hears nothing: once it listens
    // again, the socket is closed, to connect again as the member the person now is.
    const moderator = await signIn("moderator@kraftsamling.example");
    const demotedSocket = new WebSocket(
      `${server.url.replace(/^http/, "ws")}graphql`,
      "graphql-transport-ws",
      { headers: { cookie: moderator } },
    );
    const demotedClosed = new Promise<number>((resolve) =>
      demotedSocket.once("close", (code) => resolve(code)),
    );
    await new Promise((resolve) => demotedSocket.once("open", resolve));
    const demotedAck = new Promise((resolve) => demotedSocket.once("message", resolve));
    demotedSocket.send(JSON.stringify({ type: "connection_init" }));
    expect(String(await demotedAck)).toContain("connection_ack");

    proxy.cutOff();
    const outage = await until(async () => {
      const { status, body } = await health();
      return body.live === "reconnecting" && { status, body };
    }, "/healthz reporting the listener as reconnecting");
    expect(outage.body).toMatchObject({ database: "postgres", live: "reconnecting" });
    // At least two attempts to connect again fail before the database is back.
    await until(
      () => proxy.refusedFrom("kraftsamling-listen") >= 2,
      "two refused attempts of the listener",
    );
    expect(page.comments.some((a) => a.change === "RESYNC")).toBe(false);

    await direct.rows(sql`update api_keys set revoked_at = now() where id = ${key?.key.id}`);
    await direct.rows(
      sql`update people set role = 'member' where email = 'moderator@kraftsamling.example'`,
    );
    proxy.restore();
    const restoredAt = Date.now();
    await until(async () => {
      const { status, body } = await health();
      return status === 200 && body.live === "listening";
    }, "/healthz reporting the listener as listening again");
    const recoveryMs = Date.now() - restoredAt;
    // The pause after the second failed attempt is 2 s (0.5 s, doubling).
    expect(recoveryMs).toBeLessThan(10_000);
    console.info(`live updates listening again ${recoveryMs} ms after the database came back`);

    expect((await withKey()).status).toBe(401);
    expect(await keyedClosed).toBe(4403);
    expect(await demotedClosed).toBe(4403);

    await until(
      () =>
        page.comments.some((a) => a.change === "RESYNC") &&
        page.meeting.some((a) => a.change === "RESYNC"),
      "RESYNC on both subscriptions",
    );
    expect(page.comments.find((a) => a.change === "RESYNC")).toEqual({
      change: "RESYNC",
      comment: null,
    });

    // Someone else writes after the restart (one comment per 10 seconds per person).
    const writer = await signIn("medlem.raddabarnen@kraftsamling.example");
    expect(await writeComment(writer, "Efter avbrottet")).toMatchObject({
      data: { writeComment: { __typename: "MutationWriteCommentSuccess" } },
    });
    expect(page.meeting.at(-1)?.change).toBe("RESYNC");
    await setQuestionsOpen(true);
    await until(
      () =>
        page.comments.some((a) => a.comment?.body === "Efter avbrottet") &&
        page.meeting.at(-1)?.change === "STATE",
      "the events after the restart",
    );
    const changes = page.comments.map((a) => a.change);
    expect(changes.slice(-2)).toEqual(["RESYNC", "CREATED"]);
    expect(changes.slice(0, -2).every((change) => change === "AGREEMENT")).toBe(true);

    const log = server.stderr();
    expect(log).toMatch(
      /warn +live updates stopped: the database connection that listens was lost/,
    );
    expect(log).toMatch(
      /info +live updates running again after \d+\.\d s \(\d+ attempts\); 2 open subscriptions told to read again/,
    );
    await page.close();
  });
});
