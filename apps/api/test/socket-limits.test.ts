import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { tokenHash } from "../src/accounts/tokens";
import { createApiKey, revokeApiKey } from "../src/api-keys/service";
import { createServer, type KraftsamlingServer } from "../src/server";
import { sessionCookie } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const publicUrl = "http://portal.test";

type Message = { type: string; id?: string; payload?: unknown };

/** A graphql-ws connection spoken by hand, so that the test controls every header and byte. */
async function connect(
  url: string,
  headers: Record<string, string> = {},
  connectionParams?: Record<string, string>,
): Promise<{ socket: WebSocket; next: () => Promise<Message>; closed: Promise<number> }> {
  const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws", { headers });
  const inbox: Message[] = [];
  const waiting: ((m: Message) => void)[] = [];
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as Message;
    const take = waiting.shift();
    if (take) take(message);
    else inbox.push(message);
  });
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
    socket.once("unexpected-response", (_req, res) =>
      reject(new Error(`upgrade refused with ${res.statusCode}`)),
    );
  });
  const next = () =>
    new Promise<Message>((resolve) => {
      const queued = inbox.shift();
      if (queued) resolve(queued);
      else waiting.push(resolve);
    });
  socket.send(JSON.stringify({ type: "connection_init", payload: connectionParams }));
  expect((await next()).type).toBe("connection_ack");
  return { socket, next, closed };
}

describe("the WebSocket path keeps the rules of HTTP", () => {
  let api: TestApi;
  let server: KraftsamlingServer;
  let url: string;
  let cookie: string;
  const themeId = async () =>
    (await api.database.db.query.themes.findFirst())?.id ?? "no theme seeded";

  beforeAll(async () => {
    api = await testApi();
    server = await createServer({
      database: api.database,
      log: api.services.log,
      services: { mailer: api.services.mailer, config: { publicUrl, nodeEnv: "test" } },
      portalDir: "/nonexistent",
    });
    url = `${(await server.listen(0, "127.0.0.1")).url}graphql`;
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    cookie = await sessionCookie(api, member.personId);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  it("refuses a page of another origin, which would ride on the visitor's cookie", async () => {
    await expect(connect(url, { origin: "https://evil.portal.test", cookie })).rejects.toThrow(
      /403/,
    );
    await expect(connect(url, { origin: "http://127.0.0.1:1", cookie })).rejects.toThrow(/403/);
  });

  it("accepts the portal's own origin, the host the request went to, and programs that send none", async () => {
    const origins: Record<string, string>[] = [
      { origin: publicUrl, cookie },
      { origin: url.replace(/\/graphql$/, "").replace(/^ws/, "http"), cookie },
      { cookie },
    ];
    for (const headers of origins) {
      const { socket } = await connect(url, headers);
      socket.close();
    }
  });

  it("closes the connection on a message larger than 64 kB, logging no error of its own", async () => {
    const errors = vi.spyOn(console, "error");
    const { socket, closed } = await connect(url, { cookie });
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: {
          query: `subscription { commentActivity(themeId: "${"x".repeat(70_000)}") { change } }`,
        },
      }),
    );
    expect(await closed).toBe(1009);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  /** Subscribes to a theme's comments on the socket, as the portal's theme page does. */
  const subscribe = async (socket: WebSocket, id: string) =>
    socket.send(
      JSON.stringify({
        id,
        type: "subscribe",
        payload: {
          query: `subscription ($t: ID!) { commentActivity(themeId: $t) { change } }`,
          variables: { t: await themeId() },
        },
      }),
    );

  it("closes a socket when its session ends, its person's access changes or its key is revoked, so that it connects again as whoever it now is", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    // Signed out: the session's row goes.
    const ending = await sessionCookie(api, member.personId);
    const signedOut = await connect(url, { cookie: ending });
    await subscribe(signedOut.socket, "1");
    const token = decodeURIComponent(ending.slice(ending.indexOf("=") + 1));
    await api.database.db
      .delete(tables.sessions)
      .where(eq(tables.sessions.tokenHash, tokenHash(token)));
    expect(await signedOut.closed).toBe(4403);

    // Another role.
    const moderator = await api.viewer("moderator@kraftsamling.example");
    const demoted = await connect(url, { cookie: await sessionCookie(api, moderator.personId) });
    await subscribe(demoted.socket, "1");
    await api.database.db
      .update(tables.people)
      .set({ role: "member" })
      .where(eq(tables.people.id, moderator.personId));
    expect(await demoted.closed).toBe(4403);

    // A key revoked.
    const made = await createApiKey(api.database.db, member, "Direktflöde");
    const keyed = await connect(url, {}, { authorization: `Bearer ${made.secret}` });
    await subscribe(keyed.socket, "1");
    const anonymous = await connect(url);
    await revokeApiKey(api.database.db, member, made.key.id);
    expect(await keyed.closed).toBe(4403);
    // A socket that reads as anyone has nothing to lose, and stays.
    anonymous.socket.send(JSON.stringify({ type: "ping" }));
    expect((await anonymous.next()).type).toBe("pong");
    anonymous.socket.close();
  });

  it("closes a signed-in socket when its session expires, having served it until then", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const expiring = await sessionCookie(api, member.personId);
    const token = decodeURIComponent(expiring.slice(expiring.indexOf("=") + 1));
    const expiresAt = new Date(Date.now() + 3000);
    await api.database.db
      .update(tables.sessions)
      .set({ expiresAt })
      .where(eq(tables.sessions.tokenHash, tokenHash(token)));
    const open = await connect(url, { cookie: expiring });
    await subscribe(open.socket, "1");
    open.socket.send(JSON.stringify({ type: "ping" }));
    expect((await open.next()).type).toBe("pong");
    expect(await open.closed).toBe(4403);
    // Not before its time: the session's end, give or take the timer's millisecond.
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt.getTime() - 5);
  });

  it("tells an anonymous caller which field needs a sign-in, over the socket and over HTTP", async () => {
    const anonymous = await connect(url);
    await subscribe(anonymous.socket, "1");
    const answer = await anonymous.next();
    expect(answer).toMatchObject({
      type: "next",
      payload: {
        errors: [
          {
            message: "Subscription.commentActivity is for signed-in people: sign in first.",
            extensions: { code: "UNAUTHENTICATED" },
          },
        ],
      },
    });
    anonymous.socket.close();
    const overHttp = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ myApiKeys { id } }" }),
    });
    expect((await overHttp.json()) as unknown).toMatchObject({
      errors: [
        {
          message: "Query.myApiKeys is for signed-in people: sign in first.",
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    });
  });

  it("holds at most 20 subscriptions on one socket", async () => {
    const { socket, next } = await connect(url, { cookie });
    for (let i = 1; i <= 21; i++) await subscribe(socket, String(i));
    const answer = await next();
    expect(answer).toMatchObject({ type: "error", id: "21" });
    expect(JSON.stringify(answer.payload)).toContain(
      "This connection runs 20 operations already, the most one connection may run at once",
    );
    socket.close();
  });

  it("refuses a 21st socket of one session with 429, saying why", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const ownCookie = await sessionCookie(api, member.personId);
    const open = [];
    for (let i = 0; i < 20; i++) open.push(await connect(url, { cookie: ownCookie }));
    await expect(connect(url, { cookie: ownCookie })).rejects.toThrow(/429/);
    for (const { socket } of open) socket.close();
  });

  it("refuses a document over the token limit, as HTTP does", async () => {
    const { socket, next } = await connect(url, { cookie });
    const fields = Array.from({ length: 3100 }, () => "__typename").join(" ");
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: { query: `subscription { ${fields} }` },
      }),
    );
    const answer = await next();
    expect(answer.type).toBe("error");
    expect(JSON.stringify(answer.payload)).toContain(
      "more than 3000 tokens, the most one may hold",
    );
    socket.close();
  });

  it("suggests no field names to a stranger", async () => {
    const { socket, next } = await connect(url, { cookie });
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: {
          query: `subscription { commentActivit(themeId: "${await themeId()}") { change } }`,
        },
      }),
    );
    const answer = await next();
    expect(answer.type).toBe("error");
    const text = JSON.stringify(answer.payload);
    expect(text).toContain("Cannot query field");
    expect(text).not.toContain("Did you mean");
    expect(text).not.toContain("commentActivity");
    socket.close();
  });

  it("answers a NUL character in an argument with BAD_USER_INPUT, as HTTP does", async () => {
    const { socket, next } = await connect(url, { cookie });
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: {
          query: "subscription ($id: ID) { commentActivity(themeId: $id) { change } }",
          variables: { id: "\u0000" },
        },
      }),
    );
    const answer = await next();
    const text = JSON.stringify(answer.payload);
    expect(text).toContain("BAD_USER_INPUT");
    expect(text).not.toContain("INTERNAL_SERVER_ERROR");
    socket.close();
  });

  it("refuses a subscription deeper than the depth limit", async () => {
    const { socket, next } = await connect(url, { cookie });
    const deep = `comment { theme { phase { themes { phase { themes { phase { themes { phase { themes { phase { themes { id } } } } } } } } } } } }`;
    socket.send(
      JSON.stringify({
        id: "1",
        type: "subscribe",
        payload: {
          query: `subscription { commentActivity(themeId: "${await themeId()}") { ${deep} } }`,
        },
      }),
    );
    const answer = await next();
    expect(answer.type).toBe("error");
    expect(JSON.stringify(answer.payload)).toMatch(/depth|cost/i);
    socket.close();
  });
});

describe("errors over the WebSocket are masked as over HTTP", () => {
  let api: TestApi;
  let server: KraftsamlingServer;
  let url: string;
  const secret = 'insert into "people" ("password_hash") values ($1) at /srv/app/src/schema.ts:12';

  beforeAll(async () => {
    api = await testApi();
    const failing = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: { ok: { type: GraphQLString, resolve: () => "ok" } },
      }),
      subscription: new GraphQLObjectType({
        name: "Subscription",
        fields: {
          failsAtOnce: {
            type: GraphQLString,
            subscribe: () => {
              throw new Error(secret);
            },
          },
          failsInAnEvent: {
            type: GraphQLString,
            subscribe: async function* () {
              yield {};
            },
            resolve: () => {
              throw new Error(secret);
            },
          },
        },
      }),
    });
    server = await createServer({
      database: api.database,
      log: { ...api.services.log, error: () => {} },
      services: { mailer: api.services.mailer, config: { publicUrl, nodeEnv: "development" } },
      schema: failing,
      portalDir: "/nonexistent",
    });
    url = `${(await server.listen(0, "127.0.0.1")).url}graphql`;
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  it("reports an unexpected failure without its SQL, paths or stack", async () => {
    for (const field of ["failsAtOnce", "failsInAnEvent"]) {
      const { socket, next } = await connect(url);
      socket.send(
        JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: { query: `subscription { ${field} }` },
        }),
      );
      const answer = await next();
      const text = JSON.stringify(answer.payload);
      expect(text).not.toContain("password_hash");
      expect(text).not.toContain("/srv/app");
      expect(text).toContain("INTERNAL_SERVER_ERROR");
      expect(text).toContain("Internal error");
      socket.close();
    }
  });
});
