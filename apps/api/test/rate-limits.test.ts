import { getIntrospectionQuery, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { collectPortalOperations } from "../../portal/scripts/persisted-operations";
import { createApiKey } from "../src/api-keys/service";
import {
  type PersistedOperations,
  persistedOperationsOf,
  sha256,
} from "../src/http/persisted-operations";
import { pointsForCost } from "../src/rate-limits/budgets";
import { memoryStore } from "../src/rate-limits/store";
import { schema } from "../src/schema";
import { documentCost } from "../src/shared/query-cost";
import { sessionCookie } from "./meetings-support";
import { limitedServer, settings } from "./rate-limits-support";
import { type TestApi, testApi } from "./support";

const cheap = "{ phases { name } }";
/** 290 municipalities with their county: a cost of 580, six points. */
const costly = "{ municipalities { code county { code } } }";

/** The hash and text of one of the portal's operations, by its name. */
function portalQuery(manifest: PersistedOperations, name: string): [string, string] {
  for (const [hash, body] of manifest)
    if (new RegExp(`^query ${name}\\b`).test(body)) return [hash, body];
  throw new Error(`the portal has no query ${name}`);
}

type Answer = {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
};

function budgetHeaders(response: Response) {
  return {
    limit: Number(response.headers.get("ratelimit-limit")),
    remaining: Number(response.headers.get("ratelimit-remaining")),
    reset: Number(response.headers.get("ratelimit-reset")),
  };
}

type SocketMessage = { type: string; id?: string; payload?: unknown };

/** A graphql-ws socket to the server, its every message kept, once the server has acknowledged it. */
async function acknowledgedSocket(url: string) {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
  const messages: SocketMessage[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  socket.send(JSON.stringify({ type: "connection_init" }));
  await expect.poll(() => messages[0]?.type, { timeout: 10_000 }).toBe("connection_ack");
  return { socket, messages };
}

describe("the API's rate limits", () => {
  let api: TestApi;
  let manifest: PersistedOperations;
  beforeAll(async () => {
    api = await testApi();
    manifest = persistedOperationsOf(collectPortalOperations());
  });
  afterAll(async () => {
    await api?.close();
  });

  it("takes points by the query's cost, tells the budget in every answer, then answers 429 with when to come back", async () => {
    const server = await limitedServer(api, settings(), memoryStore());
    try {
      const first = await server.post({ query: cheap });
      expect(first.status).toBe(200);
      expect(budgetHeaders(first)).toMatchObject({ limit: 10, remaining: 9 });
      expect(budgetHeaders(first).reset).toBeGreaterThan(0);
      expect(budgetHeaders(first).reset).toBeLessThanOrEqual(60);

      const expensive = await server.post({ query: costly });
      expect(expensive.status).toBe(200);
      expect(((await expensive.json()) as Answer).errors).toBeUndefined();
      expect(budgetHeaders(expensive).remaining).toBe(3);

      // A document that does not parse takes a point too, and says so in its headers.
      const broken = await server.post({ query: "{ phases {" });
      expect(broken.status).toBe(400);
      expect(budgetHeaders(broken).remaining).toBe(2);

      await server.post({ query: cheap });
      await server.post({ query: cheap });
      const refused = await server.post({ query: cheap });
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get("retry-after"));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      expect(budgetHeaders(refused)).toMatchObject({ limit: 10, remaining: 0 });
      const body = (await refused.json()) as Answer;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: "RATE_LIMITED",
        retryAfterSeconds: wait,
      });
      expect(body.errors?.[0]?.message).toContain(`Wait ${wait} seconds`);
      expect(body.errors?.[0]?.message).toContain("/api-nyckel");
      expect(body.errors?.[0]?.message).toContain("600 a minute");

      // The downloads beside GraphQL share the budget.
      const csv = await fetch(`${server.url}/findings.csv`);
      expect(csv.status).toBe(429);
      expect(csv.headers.get("retry-after")).toBeTruthy();
      expect(await csv.text()).toContain("/api-nyckel");
    } finally {
      await server.stop();
    }
  });

  it("refuses a query that asks for more points than are left without taking the rest", async () => {
    const server = await limitedServer(api, settings({ anonymous: 8 }), memoryStore());
    try {
      for (const left of [7, 6, 5])
        expect(budgetHeaders(await server.post({ query: cheap })).remaining).toBe(left);
      // The costly query takes 6 points (the first test above): more than the 5 left.
      const refused = await server.post({ query: costly });
      expect(refused.status).toBe(429);
      expect(budgetHeaders(refused)).toMatchObject({ limit: 8, remaining: 5 });
      expect(((await refused.json()) as Answer).errors?.[0]?.message).toContain(
        "this request takes 6 points and this address has 5 of its 8 points left for this minute",
      );
      // What was left is still there for smaller queries.
      const after = await server.post({ query: cheap });
      expect(after.status).toBe(200);
      expect(budgetHeaders(after).remaining).toBe(4);
    } finally {
      await server.stop();
    }
  });

  it("refuses a query larger than the whole budget as too costly, not with a wait that cannot help", async () => {
    const server = await limitedServer(api, settings({ anonymous: 5 }), memoryStore());
    try {
      // The costly query takes 6 points: more than the 5 of the whole minute.
      const refused = await server.post({ query: costly });
      expect(refused.status).toBe(400);
      expect(refused.headers.get("retry-after")).toBeNull();
      // It takes one point, as a query the cost limit refuses does.
      expect(budgetHeaders(refused)).toMatchObject({ limit: 5, remaining: 4 });
      const body = (await refused.json()) as Answer;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringContaining(
          "This query takes 6 points (one per started 100 of its cost of 580), more than the 5 points a minute of this address: it cannot run within the budget however long you wait.",
        ),
        extensions: { code: "QUERY_TOO_COSTLY", points: 6, pointsPerMinute: 5 },
      });
      expect(body.errors?.[0]?.message).toContain("get an API key at /api-nyckel");
    } finally {
      await server.stop();
    }
  });

  it("takes a tenth of the price for the schema's description, so that GraphiQL opens without a key", async () => {
    const server = await limitedServer(api, settings({ anonymous: 20 }), memoryStore());
    try {
      const introspection = getIntrospectionQuery();
      const price = pointsForCost(documentCost(schema, parse(introspection), null, {}) ?? 0);
      // More than the anonymous budget of 60 at its full price.
      expect(price).toBeGreaterThan(60);
      const answer = await server.post({ query: introspection });
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { data?: { __schema?: { types: unknown[] } } };
      expect(body.data?.__schema?.types.length).toBeGreaterThan(100);
      expect(budgetHeaders(answer)).toMatchObject({
        limit: 20,
        remaining: 20 - Math.ceil(price / 10),
      });
      // Beside a field of data, the query is priced as any other.
      const mixedQuery = `{ __schema { types { name } } ${costly.slice(1)}`;
      const mixedPrice = pointsForCost(documentCost(schema, parse(mixedQuery), null, {}) ?? 0);
      expect(mixedPrice).toBeGreaterThan(6);
      const mixed = await server.post({ query: mixedQuery });
      expect(mixed.status).toBe(200);
      expect(budgetHeaders(mixed).remaining).toBe(budgetHeaders(answer).remaining - mixedPrice);
    } finally {
      await server.stop();
    }
  });

  it("counts a request with an API key against the key, not the address", async () => {
    const server = await limitedServer(api, settings({ anonymous: 1, apiKey: 3 }), memoryStore());
    try {
      const owner = await api.viewer("observator@kraftsamling.example");
      const { secret } = await createApiKey(api.database.db, owner, "Budgettest");
      const authorization = `Bearer ${secret}`;
      const statuses: (string | null)[] = [];
      for (let i = 0; i < 4; i++) {
        const answer = await server.post({ query: cheap }, { authorization });
        statuses.push(
          `${answer.status} ${answer.headers.get("ratelimit-remaining")}/${answer.headers.get("ratelimit-limit")}`,
        );
      }
      expect(statuses).toEqual(["200 2/3", "200 1/3", "200 0/3", "429 0/3"]);
      const refused = (await (
        await server.post({ query: cheap }, { authorization })
      ).json()) as Answer;
      expect(refused.errors?.[0]?.message).toContain("this API key has used its 3 points");
      // The address without the key still has its own one.
      expect((await server.post({ query: cheap })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("takes a point for a request refused before it runs: a bad body, a bad key, a bad shape", async () => {
    const server = await limitedServer(api, settings({ anonymous: 4 }), memoryStore());
    const send = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    try {
      const answers = [
        await send("{not json"),
        await send(JSON.stringify({ query: cheap }), { authorization: "Bearer ks_not-a-key" }),
        await send(JSON.stringify({ query: cheap, variables: 5 })),
        await send(JSON.stringify({ query: cheap }), {
          "content-type": "application/json; charset=latin1",
        }),
        // The budget is spent: whatever is wrong with the next one, it is told to wait.
        await send("{not json"),
      ];
      expect(answers.map((a) => a.status)).toEqual([400, 401, 400, 415, 429]);
      expect(answers.map((a) => a.headers.get("ratelimit-remaining"))).toEqual([
        "3",
        "2",
        "1",
        "0",
        "0",
      ]);
      const refused = answers[4] as Response;
      const wait = Number(refused.headers.get("retry-after"));
      expect(wait).toBeGreaterThan(0);
      expect(((await refused.json()) as Answer).errors?.[0]?.extensions).toMatchObject({
        code: "RATE_LIMITED",
        retryAfterSeconds: wait,
        limit: 4,
      });
      expect((await send(JSON.stringify({ query: cheap }))).status).toBe(429);
      // A key that is not valid is told so, with the spent budget in the headers, not told to wait.
      const badKey = await send(JSON.stringify({ query: cheap }), {
        authorization: "Bearer ks_not-a-key",
      });
      expect(badKey.status).toBe(401);
      expect(badKey.headers.get("ratelimit-remaining")).toBe("0");
      expect(((await badKey.json()) as Answer).errors?.[0]?.extensions?.code).toBe(
        "INVALID_API_KEY",
      );
    } finally {
      await server.stop();
    }
  });

  it("counts a body refused before it runs against the key that sent it, not the address", async () => {
    const server = await limitedServer(api, settings({ anonymous: 1, apiKey: 3 }), memoryStore());
    try {
      const owner = await api.viewer("observator@kraftsamling.example");
      const { secret } = await createApiKey(api.database.db, owner, "Kroppstest");
      const broken = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
        body: "{not json",
      });
      expect(broken.status).toBe(400);
      expect(broken.headers.get("ratelimit-limit")).toBe("3");
      expect(broken.headers.get("ratelimit-remaining")).toBe("2");
      // The address's one point is still whole.
      expect((await server.post({ query: cheap })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("puts the headers on a download, a point each", async () => {
    const server = await limitedServer(api, settings({ anonymous: 3 }), memoryStore());
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await fetch(`${server.url}/findings.csv`));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers.map((a) => a.headers.get("ratelimit-remaining"))).toEqual([
        "2",
        "1",
        "0",
        "0",
      ]);
      expect(answers[0]?.headers.get("ratelimit-limit")).toBe("3");
      // A page of another site reads the refusal too, and when to come back.
      expect(answers[3]?.headers.get("access-control-allow-origin")).toBe("*");
      expect(answers[3]?.headers.get("access-control-expose-headers")).toContain("Retry-After");
      const badKey = await fetch(`${server.url}/open-data/findings.csv`, {
        headers: { authorization: "Bearer ks_not-a-key" },
      });
      expect(badKey.status).toBe(401);
      expect(badKey.headers.get("access-control-allow-origin")).toBe("*");
    } finally {
      await server.stop();
    }
  });

  it("runs the portal's operations by hash on the portal's budget, and a stranger's document on the address's", async () => {
    const server = await limitedServer(api, settings({ anonymous: 2 }), memoryStore(), manifest);
    try {
      const [hash, text] = portalQuery(manifest, "ThemeList_Themes");
      expect(hash).toBeTruthy();
      const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
      // The address's own budget is spent by a program's documents ...
      await server.post({ query: cheap });
      await server.post({ query: cheap });
      expect((await server.post({ query: cheap })).status).toBe(429);
      // ... and the portal's pages behind that address go on, on the portal's budget.
      const portal = await server.post(persisted);
      expect(portal.status).toBe(200);
      expect(((await portal.json()) as Answer).errors).toBeUndefined();
      expect(budgetHeaders(portal).limit).toBe(12);
      // The portal's own text sent with its hash is the portal's operation all the same ...
      const asText = await server.post({ query: text, ...persisted });
      expect(asText.status).toBe(200);
      expect(budgetHeaders(asText).limit).toBe(12);
      // ... but another text under the portal's hash is a program's, on the spent budget.
      expect((await server.post({ query: cheap, ...persisted })).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it("gives every signed-in session of the portal its own budget, however many share an address", async () => {
    const server = await limitedServer(
      api,
      settings({ portalSession: 2, portalAddress: 1 }),
      memoryStore(),
      manifest,
    );
    try {
      const [hash] = portalQuery(manifest, "Viewer_Me");
      const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
      const person = await api.database.db.query.people.findFirst({
        where: { email: "observator@kraftsamling.example" },
      });
      const sessions = [
        await sessionCookie(api, person?.id ?? ""),
        await sessionCookie(api, person?.id ?? ""),
      ];
      const statuses: number[] = [];
      for (const cookie of sessions)
        for (let i = 0; i < 3; i++)
          statuses.push((await server.post(persisted, { cookie })).status);
      expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    } finally {
      await server.stop();
    }
  });

  it("answers an unknown hash with PERSISTED_QUERY_NOT_FOUND in a sentence, refuses a document under another's hash, and takes a hash by GET too", async () => {
    const server = await limitedServer(api, settings(), memoryStore(), manifest);
    try {
      const unknown = await server.post({
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      });
      expect(unknown.headers.get("ratelimit-limit")).toBe("10");
      const body = (await unknown.json()) as Answer;
      expect(body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      expect(body.errors?.[0]?.message).toMatch(/^This persisted operation is not known .*\.$/);
      // A document sent with a hash that is not its own: refused, saying which.
      const mismatch = await server.post({
        query: cheap,
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      });
      expect(mismatch.status).toBe(400);
      const refused = (await mismatch.json()) as Answer;
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
      expect(refused.errors?.[0]?.message).toMatch(/is not the SHA-256 of the document in `query`/);
      // With its own hash it runs, as any program's document.
      const stranger = await server.post({
        query: cheap,
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(cheap) } },
      });
      expect(stranger.status).toBe(200);
      expect(((await stranger.json()) as Answer).data).toMatchObject({ phases: expect.any(Array) });
      // A portal operation named by its hash in a GET's address runs too, as the portal's.
      const [hash] = portalQuery(manifest, "ThemeList_Themes");
      const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
      const byGet = await fetch(
        `${server.url}/graphql?extensions=${encodeURIComponent(extensions)}`,
        { headers: { "apollo-require-preflight": "true" } },
      );
      expect(byGet.status).toBe(200);
      // On the portal's budget (12 an address here), not the address's own (10).
      expect(byGet.headers.get("ratelimit-limit")).toBe("12");
      const themes = (await byGet.json()) as Answer;
      expect(themes.errors).toBeUndefined();
      expect(themes.data).toMatchObject({ themes: expect.any(Array) });
    } finally {
      await server.stop();
    }
  });

  it("takes a point for each subscribe message over the WebSocket, the portal's from its own budget", async () => {
    const server = await limitedServer(
      api,
      settings({ anonymous: 1, portalAddress: 1 }),
      memoryStore(),
      manifest,
    );
    const { socket, messages } = await acknowledgedSocket(server.url);
    try {
      const arrived = (count: number) =>
        expect.poll(() => messages.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
      const [portalText] = [...manifest.values()].filter((body) =>
        body.startsWith("subscription Discussion_Activity"),
      );
      const theme = await api.database.db.query.themes.findFirst();
      const subscribe = (id: string, query: string) =>
        socket.send(
          JSON.stringify({
            type: "subscribe",
            id,
            payload: { query, variables: { themeId: theme?.id } },
          }),
        );
      // The portal's text twice, a program's (the same with a space more) twice: one of each refused.
      subscribe("portal-1", portalText ?? "");
      subscribe("portal-2", portalText ?? "");
      subscribe("program-1", `${portalText} `);
      subscribe("program-2", `${portalText} `);
      await arrived(3);
      const errors = messages
        .filter((m) => m.type === "error")
        .map((m) => (m.payload as { message: string; extensions: { code: string } }[])[0]);
      expect(errors.map((e) => e?.extensions.code)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
      expect(errors.filter((e) => e?.message.includes("portal budget"))).toHaveLength(1);
      expect(errors.filter((e) => e?.message.includes("/api-nyckel"))).toHaveLength(1);
    } finally {
      socket.close();
      await server.stop();
    }
  });

  it("weighs a query over the WebSocket by its cost, as over HTTP, and refuses one larger than the budget", async () => {
    const server = await limitedServer(api, settings({ anonymous: 10 }), memoryStore());
    const { socket, messages } = await acknowledgedSocket(server.url);
    try {
      const answered = (id: string) =>
        expect
          .poll(() => messages.some((m) => m.id === id && m.type !== "next"), { timeout: 10_000 })
          .toBe(true);
      const send = (id: string, query: string) =>
        socket.send(JSON.stringify({ type: "subscribe", id, payload: { query } }));
      // 290 municipalities with their county: 6 of the 10 points; then 6 more are not left.
      send("costly-1", costly);
      await answered("costly-1");
      send("costly-2", costly);
      await answered("costly-2");
      // Larger than the whole budget: too costly, not a wait.
      send("huge", "{ municipalities { code county { code municipalities { code } } } }");
      await answered("huge");
      const outcome = (id: string) => {
        const error = messages.find((m) => m.id === id && m.type === "error");
        return error
          ? (error.payload as { extensions: { code: string } }[])[0]?.extensions.code
          : messages.find((m) => m.id === id)?.type;
      };
      expect([outcome("costly-1"), outcome("costly-2"), outcome("huge")]).toEqual([
        "next",
        "RATE_LIMITED",
        "QUERY_TOO_COSTLY",
      ]);
    } finally {
      socket.close();
      await server.stop();
    }
  });

  it("counts nothing with RATE_LIMITS=off", async () => {
    const server = await limitedServer(
      api,
      settings({ enabled: false, anonymous: 1 }),
      memoryStore(),
    );
    try {
      const answers = [await server.post({ query: cheap }), await server.post({ query: cheap })];
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(answers[1]?.headers.get("ratelimit-limit")).toBeNull();
    } finally {
      await server.stop();
    }
  });
});

describe("the portal's manifest of persisted operations", () => {
  it("holds every operation of the portal, each under the sha256 of the text the browser sends", () => {
    const manifest = collectPortalOperations();
    expect(manifest.operations.length).toBeGreaterThan(50);
    const names = manifest.operations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Viewer_Me", "ThemeList_Themes"]));
    expect(manifest.operations.find((o) => o.name === "Discussion_Activity")?.type).toBe(
      "subscription",
    );
    // persistedOperationsOf refuses an entry whose text does not match its hash.
    expect(persistedOperationsOf(manifest).size).toBe(manifest.operations.length);
    // As the browser's normalized cache sends them: with the types of the objects they select.
    expect(manifest.operations.find((o) => o.name === "Viewer_Me")?.body).toContain("__typename");
  });
});
