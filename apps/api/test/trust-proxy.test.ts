import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reset, setTaken, taken } from "../src/accounts/rate-limits";
import { accountLimit, addressLimit, limits } from "../src/accounts/sign-in-limits";
import { createServer } from "../src/server";
import { type TestApi, testApi } from "./support";

const signIn = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename ... on InputError { code } }
}`;

/** The API over HTTP on a loopback port, trusting the proxies given. */
async function serve(api: TestApi, trustProxy: string[] | undefined) {
  const server = await createServer({
    database: api.database,
    log: api.services.log,
    services: {
      mailer: api.services.mailer,
      config: { ...api.services.config, ...(trustProxy ? { trustProxy } : {}) },
      clock: api.services.clock,
    },
    portalDir: "/nonexistent",
  });
  const { url } = await server.listen(0, "127.0.0.1");
  const failSignIn = async (forwardedFor: string) => {
    const response = await fetch(`${url.replace(/\/$/, "")}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({
        query: signIn,
        variables: { email: "ingen@kommun.example", password: "fel lösenord igen" },
      }),
    });
    const body = (await response.json()) as { data: { signIn: { code: string } } };
    return body.data.signIn.code;
  };
  return { failSignIn, stop: () => server.stop() };
}

async function addressCount(api: TestApi, address: string) {
  return taken(api.database, addressLimit, address);
}

/** As if the address had failed as often as it may. */
async function spendAddress(api: TestApi, address: string) {
  await setTaken(api.database, addressLimit, address, limits.perAddress);
}

/** The account every request here names starts afresh. */
async function clearAccount(api: TestApi) {
  await reset(api.database, accountLimit, "ingen@kommun.example");
}

describe("the client's address behind a proxy", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("with TRUST_PROXY naming the proxy, limits two clients behind it each on their own", async () => {
    const server = await serve(api, ["127.0.0.1"]);
    try {
      expect(await server.failSignIn("203.0.113.5")).toBe("INVALID_CREDENTIALS");
      expect(await server.failSignIn("203.0.113.6")).toBe("INVALID_CREDENTIALS");
      expect(await addressCount(api, "203.0.113.5")).toBe(1);
      expect(await addressCount(api, "203.0.113.6")).toBe(1);
      await spendAddress(api, "203.0.113.5");
      await clearAccount(api);
      expect(await server.failSignIn("203.0.113.5")).toBe("TOO_MANY_ATTEMPTS");
      expect(await server.failSignIn("203.0.113.6")).toBe("INVALID_CREDENTIALS");
    } finally {
      await server.stop();
      await clearAccount(api);
    }
  });

  it("without TRUST_PROXY, ignores X-Forwarded-For: the socket's address counts", async () => {
    const server = await serve(api, undefined);
    try {
      expect(await server.failSignIn("203.0.113.7")).toBe("INVALID_CREDENTIALS");
      expect(await addressCount(api, "203.0.113.7")).toBe(0);
      const socket = (await addressCount(api, "127.0.0.1")) ? "127.0.0.1" : "::ffff:127.0.0.1";
      expect(await addressCount(api, socket)).toBe(1);
      await spendAddress(api, socket);
      await clearAccount(api);
      // A client cannot escape its limit by naming another address.
      expect(await server.failSignIn("203.0.113.8")).toBe("TOO_MANY_ATTEMPTS");
    } finally {
      await server.stop();
    }
  });
});
