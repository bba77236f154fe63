import { statementTimeoutMs } from "@kraftsamling/db";
import { testsUsePostgres } from "@kraftsamling/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type KraftsamlingServer } from "../src/server";
import { type TestApi, testApi } from "./support";

describe("headers and status codes over HTTP", () => {
  let api: TestApi;
  const servers: KraftsamlingServer[] = [];
  let url: string;
  let httpsUrl: string;

  beforeAll(async () => {
    api = await testApi();
    for (const publicUrl of ["http://portal.test", "https://portal.test"]) {
      const server = await createServer({
        database: api.database,
        log: { ...api.services.log, error: () => {} },
        // Development: the mode in which a framework would show its stack traces.
        services: { mailer: api.services.mailer, config: { publicUrl, nodeEnv: "development" } },
      });
      servers.push(server);
      const { url: at } = await server.listen(0, "127.0.0.1");
      if (publicUrl.startsWith("https")) httpsUrl = at;
      else url = at;
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await api?.close();
  });

  const post = (body: string, base = url) =>
    fetch(`${base}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });

  it("sends the security headers on every answer: portal, API, health and errors", async () => {
    for (const response of [
      await fetch(`${url}teman`),
      await post(JSON.stringify({ query: "{ phases { number } }" })),
      await fetch(`${url}healthz`),
      await post("{not json"),
    ]) {
      const csp = response.headers.get("content-security-policy") ?? "";
      const scripts = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scripts.trim()).toBe("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-powered-by")).toBeNull();
      // Over http, HSTS would only confuse a browser: it is sent when PUBLIC_URL is https.
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    const secure = await fetch(`${httpsUrl}healthz`);
    expect(secure.headers.get("strict-transport-security")).toContain("max-age=31536000");
  });

  it("answers a malformed body with 400 and one sentence, without a stack trace or a path", async () => {
    const response = await post("{not json");
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toBe("The request is malformed (is the body valid JSON?).");
    expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(/);
  });

  it("answers a body over the size limit with 413 and no internals", async () => {
    const response = await post(
      JSON.stringify({ query: `{ phases { number } }`, pad: "x".repeat(1_100_000) }),
    );
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
    expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(|<html/i);
  });

  it("answers 400, not 500, to a document over the token or depth limit", async () => {
    const tokens = await post(
      JSON.stringify({
        query: `{ ${Array.from({ length: 3100 }, () => "__typename").join(" ")} }`,
      }),
    );
    expect(tokens.status).toBe(400);
    expect(JSON.stringify(await tokens.json())).toMatch(/more th\w+ 3000 tokens/);
    const deep = await post(
      JSON.stringify({
        query: `{ themes { phase { themes { phase { themes { phase { themes { phase { themes { phase { themes { phase { themes { id } } } } } } } } } } } } } }`,
      }),
    );
    expect(deep.status).toBe(400);
  });

  it("answers a NUL character in an argument with 400 BAD_USER_INPUT, not an internal error", async () => {
    const response = await post(
      JSON.stringify({
        query: "query ($slug: String!) { theme(slug: $slug) { title } }",
        variables: { slug: "barn\u0000" },
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("answers a date past what the database can hold as bad input, not an internal error", async () => {
    const response = await post(
      JSON.stringify({
        query: "query ($from: DateTime) { meetings(from: $from) { title } }",
        variables: { from: "+275760-09-13T00:00:00Z" },
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]?.message).toContain("1900–2200");
  });

  it("does not suggest field names over HTTP, nor say that one was hidden", async () => {
    for (const query of ["{ phase { number } }", "{ meetingz { title } }"]) {
      const response = await post(JSON.stringify({ query }));
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).toContain("Cannot query field");
      expect(text).not.toMatch(/Did you mean|Suggestion|\?"/);
    }
  });

  it("does not suggest field names over HTTP (a close name)", async () => {
    const response = await post(JSON.stringify({ query: "{ phase { number } }" }));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("Cannot query field");
    expect(text).not.toContain("Did you mean");
  });

  it("serves no landing page that would load scripts from another site", async () => {
    const response = await fetch(`${url}graphql`, { headers: { accept: "text/html" } });
    expect(await response.text()).not.toContain("apollographql.com");
  });
});

describe.runIf(testsUsePostgres())("a statement timeout, and no JIT, on PostgreSQL", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("holds on every connection of the API's pool", async () => {
    const [row] = await api.database.rows<{ statement_timeout: string }>(
      sql`show statement_timeout`,
    );
    expect(row?.statement_timeout).toBe(`${statementTimeoutMs / 1000}s`);
    const [jit] = await api.database.rows<{ jit: string }>(sql`show jit`);
    expect(jit?.jit).toBe("off");
  });
});
