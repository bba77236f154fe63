import { loadConfig } from "@kraftsamling/config";
import { demoCoordinatorEmail, demoPassword } from "@kraftsamling/db/demo";
import { createScratchDatabase } from "@kraftsamling/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningServer, startServer } from "./process";
import { until } from "./until";

// Two instances need a database server: this runs on the PostgreSQL server that the tests use (the
// one on 127.0.0.1:5432 when DATABASE_URL is unset), in a scratch database.
const serverUrl = loadConfig().databaseUrl ?? "postgres://postgres@127.0.0.1:5432/postgres";

describe("an API key revoked on one of two instances on one database", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl);
    // One after the other: the first migrates and seeds the database.
    for (let i = 0; i < 2; i += 1) {
      servers.push(
        await startServer({
          DATABASE_URL: scratch.url,
          PORT: String(await freePort()),
          NODE_ENV: "test",
        }),
      );
    }
  });
  afterAll(async () => {
    for (const server of servers) {
      if (server.child.exitCode === null) {
        server.child.kill("SIGTERM");
        await server.exited;
      }
    }
    await scratch?.drop();
  });

  const post = (
    server: RunningServer | undefined,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(new URL("graphql", server?.url), {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("is refused by the other instance too, which had believed it a moment before", async () => {
    const [first, second] = servers;
    const signedIn = await post(first, {
      query: `mutation { signIn(email: "${demoCoordinatorEmail}", password: "${demoPassword}") { __typename } }`,
    });
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const created = (await (
      await post(
        first,
        {
          query: `mutation { createApiKey(name: "Två instanser") { ... on MutationCreateApiKeySuccess { data { secret key { id } } } } }`,
        },
        { cookie },
      )
    ).json()) as { data: { createApiKey: { data: { secret: string; key: { id: string } } } } };
    const { secret, key } = created.data.createApiKey.data;
    const read = (server: RunningServer | undefined) =>
      post(server, { query: "{ phases { name } }" }, { authorization: `Bearer ${secret}` });

    // Both instances have looked the key up and believe it.
    expect((await read(first)).status).toBe(200);
    expect((await read(second)).status).toBe(200);
    expect((await read(second)).status).toBe(200);

    const revoked = await post(
      first,
      { query: `mutation { revokeApiKey(id: "${key.id}") { __typename } }` },
      { cookie },
    );
    expect(await revoked.json()).toEqual({
      data: { revokeApiKey: { __typename: "MutationRevokeApiKeySuccess" } },
    });
    expect((await read(first)).status).toBe(401);
    // The database announces the revocation; the second instance hears it within moments, far
    // sooner than it would look the key up again by itself (minutes while it hears revocations).
    const refused = await until(
      async () => {
        const answer = await read(second);
        return answer.status === 401 && answer;
      },
      "the second instance refusing the revoked key",
      20_000,
    );
    expect(refused.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: "INVALID_API_KEY" } }],
    });
  });
});
