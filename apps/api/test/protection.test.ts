import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { schema } from "../src/schema";
import { createServer, type KraftsamlingServer } from "../src/server";
import { costOptions, operationCost } from "../src/shared/query-cost";
import { type TestApi, testApi } from "./support";

const publicUrl = "http://portal.test";

type Answer = {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
};

/** One operation over graphql-ws: the errors or the result it answers with. */
async function overSocket(url: string, query: string): Promise<Answer> {
  const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws");
  const messages: { type: string; payload?: unknown }[] = [];
  const done = new Promise<Answer>((resolve, reject) => {
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      messages.push(message);
      if (message.type === "connection_ack") {
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
      } else if (message.type === "error") {
        resolve({ errors: message.payload as Answer["errors"] });
      } else if (message.type === "next") {
        resolve(message.payload as Answer);
      }
    });
    socket.once("error", reject);
    socket.once("close", (code) =>
      reject(new Error(`closed with ${code}: ${JSON.stringify(messages)}`)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  socket.send(JSON.stringify({ type: "connection_init" }));
  try {
    return await done;
  } finally {
    socket.removeAllListeners("close");
    socket.close();
  }
}

const codes = (answer: Answer) => (answer.errors ?? []).map((e) => e.extensions?.code);

describe("the limits hold on every field, new connections included, over HTTP and WebSocket (production)", () => {
  let api: TestApi;
  let server: KraftsamlingServer;
  let url: string;

  beforeAll(async () => {
    api = await testApi();
    server = await createServer({
      database: api.database,
      log: { ...api.services.log, error: () => {} },
      services: { mailer: api.services.mailer, config: { publicUrl, nodeEnv: "production" } },
      portalDir: "/nonexistent",
    });
    url = `${(await server.listen(0, "127.0.0.1")).url}graphql`;
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const overHttp = async (body: unknown) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, answer: (await response.json()) as Answer };
  };

  it("refuses nested connections over the cost limit on both, with QUERY_TOO_COSTLY", async () => {
    const query = `{ findingsConnection(first: 100) { nodes { themes { commentsConnection(first: 100) { nodes { id body } } } } } }`;
    const cost = operationCost(
      schema,
      parse(query).definitions[0] as OperationDefinitionNode,
      {},
      costOptions,
      {},
    );
    expect(cost).toBeGreaterThan(costOptions.maxCost);
    const http = await overHttp({ query });
    expect(http.status).toBe(400);
    expect(codes(http.answer)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(http.answer.data).toBeUndefined();
    expect(codes(await overSocket(url, query))).toEqual(["QUERY_TOO_COSTLY"]);
  });

  it("refuses a query through connections deeper than the depth limit on both", async () => {
    const level = (inner: string) =>
      `commentsConnection(first: 1) { nodes { theme { ${inner} } } }`;
    const query = `{ themes { ${level(level(level("commentsConnection(first: 1) { nodes { id } }")))} } }`;
    const http = await overHttp({ query });
    expect(http.status).toBe(400);
    expect(codes(http.answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(http.answer.errors?.[0]?.message).toMatch(/depth/i);
    const socket = await overSocket(url, query);
    expect(codes(socket)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(socket.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses more than 15 aliases on both", async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: findingsConnection(first: 1) { totalCount }`,
    );
    const query = `{ ${aliases.join(" ")} }`;
    const http = await overHttp({ query });
    expect(http.status).toBe(400);
    expect(codes(http.answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(http.answer.errors?.[0]?.message).toMatch(/aliases/i);
    const socket = await overSocket(url, query);
    expect(socket.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it("answers arguments of a page that do not go together as the caller's mistake, not an internal error", async () => {
    for (const field of [
      "blogPostsConnection",
      "commitmentsConnection",
      "organisationsConnection",
      "meetingsConnection",
    ]) {
      const { answer } = await overHttp({
        query: `{ ${field}(first: 1, last: 1) { totalCount } }`,
      });
      const refusal = answer.errors?.[0];
      // A connection either reads both, or refuses them as the caller's mistake.
      if (refusal) {
        expect(refusal.extensions?.code, field).toBe("BAD_USER_INPUT");
        expect(refusal.message).toMatch(/first.*last/);
      }
    }
  });

  it("takes no batch of operations in one request", async () => {
    const { status, answer } = await overHttp([
      { query: "{ phases { number } }" },
      { query: "{ themes { title } }" },
    ]);
    expect(status).toBe(400);
    expect(JSON.stringify(answer)).not.toContain("number");
    expect(Array.isArray(answer)).toBe(false);
  });

  it("suggests no field and shows no stack trace in production", async () => {
    const http = await overHttp({ query: "{ finding(id: 1) { titel } findingz { id } }" });
    expect(http.status).toBe(400);
    const text = JSON.stringify(http.answer);
    expect(text).toContain("Cannot query field");
    expect(text).not.toMatch(/Did you mean|stacktrace|node_modules/);
    const socket = JSON.stringify(await overSocket(url, "{ findingz { id } }"));
    expect(socket).toContain("Cannot query field");
    expect(socket).not.toMatch(/Did you mean|stacktrace|node_modules/);
  });

  it("answers a body over 1 MB with 413 and a JSON error, not a page", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ phases { number } }", pad: "x".repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "The request is too large: the body of a GraphQL request may hold at most 1 MB.",
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
  });
});

describe("an unexpected failure is masked over HTTP, with a stable code (production)", () => {
  let api: TestApi;
  let server: KraftsamlingServer;
  let url: string;
  const secret = 'select "email", "password_hash" from "people" at /srv/app/src/schema.ts:12';

  beforeAll(async () => {
    api = await testApi();
    const failing = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          fails: {
            type: GraphQLString,
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
      services: { mailer: api.services.mailer, config: { publicUrl, nodeEnv: "production" } },
      schema: failing,
      portalDir: "/nonexistent",
    });
    url = `${(await server.listen(0, "127.0.0.1")).url}graphql`;
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  it("says that something went wrong, with INTERNAL_SERVER_ERROR, and nothing of the SQL, paths or stack", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ fails }" }),
    });
    const answer = (await response.json()) as Answer;
    expect(answer.errors?.map((e) => e.extensions)).toEqual([{ code: "INTERNAL_SERVER_ERROR" }]);
    const text = JSON.stringify(answer);
    expect(text).not.toMatch(/password_hash|select|\/srv\/app|stacktrace/);
    expect(answer.errors?.[0]?.message).toContain("Internal error");
  });
});
