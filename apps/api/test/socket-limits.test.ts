import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createServer, type KraftsamlingServer } from "../src/server";
import { sessionCookie } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const publicUrl = "http://portal.test";

type Message = { type: string; id?: string; payload?: unknown };

/** A graphql-ws connection spoken by hand, so that the test controls every header and byte. */
async function connect(
  url: string,
  headers: Record<string, string> = {},
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
  socket.send(JSON.stringify({ type: "connection_init" }));
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

  it("closes the connection on a message larger than 64 kB", async () => {
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
