import { connect } from "node:net";
import { statementTimeoutMs } from "@kraftsamling/db";
import { testsUsePostgres } from "@kraftsamling/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type KraftsamlingServer } from "../src/server";
import { sessionCookie } from "./meetings-support";
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

  it("sends a built script only the headers a script needs, not a document's policies", async () => {
    const response = await fetch(`${url}assets/index-not-built.js`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-frame-options")).toBeNull();
    const secure = await fetch(`${httpsUrl}assets/index-not-built.js`);
    expect(secure.headers.get("strict-transport-security")).toContain("max-age=31536000");
  });

  it("answers a malformed body with 400 and one sentence, without a stack trace or a path", async () => {
    const response = await post("{not json");
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: "The request is malformed (is the body valid JSON?).",
          extensions: { code: "BAD_REQUEST" },
        },
      ],
    });
    expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(/);
  });

  it("answers a body in another charset or an unknown encoding with 415 and what to send instead", async () => {
    const latin1 = await fetch(`${url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=latin1" },
      body: JSON.stringify({ query: "{ phases { number } }" }),
    });
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toMatchObject({
      errors: [
        { message: expect.stringMatching(/UTF-8/), extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } },
      ],
    });
    const zstd = await fetch(`${url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "zstd" },
      body: JSON.stringify({ query: "{ phases { number } }" }),
    });
    expect(zstd.status).toBe(415);
  });

  it("answers a POST that is not JSON with 415 and how to send it, and never runs a form's body", async () => {
    for (const type of ["application/x-www-form-urlencoded", "text/plain", null]) {
      const answer = await fetch(`${url}graphql`, {
        method: "POST",
        headers: type ? { "content-type": type } : {},
        body: new TextEncoder().encode(JSON.stringify({ query: "{ phases { number } }" })),
      });
      expect(answer.status, String(type)).toBe(415);
      const body = (await answer.json()) as { data?: unknown; errors: { message: string }[] };
      expect(body.data, String(type)).toBeUndefined();
      expect(body.errors[0]?.message, String(type)).toContain(
        "A GraphQL request by POST is JSON: send the header Content-Type: application/json",
      );
    }
  });

  it("reads a gzip body, and counts the size limit after it is unpacked", async () => {
    const { gzipSync } = await import("node:zlib");
    const gzip = (value: unknown) =>
      fetch(`${url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-encoding": "gzip" },
        body: gzipSync(JSON.stringify(value)),
      });
    const small = await gzip({ query: "{ phases { number } }" });
    expect(small.status).toBe(200);
    expect(await small.json()).toMatchObject({ data: { phases: expect.any(Array) } });
    // A few kilobytes on the wire, more than a megabyte unpacked.
    const bomb = await gzip({ query: "{ phases { number } }", pad: "x".repeat(2_000_000) });
    expect(bomb.status).toBe(413);
    expect(await bomb.json()).toMatchObject({
      errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("says no-store on every GraphQL answer, so that no cache keeps one caller's answer", async () => {
    const response = await post(JSON.stringify({ query: "{ phases { number } }" }));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
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

  it("lets a page of another site read the API and the downloads, never with the visitor's cookies", async () => {
    const preflight = await fetch(`${url}graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://research.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/\bAuthorization\b/);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/\bContent-Type\b/);
    // Without Allow-Credentials (and with "*"), a browser sends no cookie another site's page can read.
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();

    const answer = await fetch(`${url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://research.example" },
      body: JSON.stringify({ query: "{ phases { number } }" }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-expose-headers")).toContain("RateLimit-Remaining");
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();

    const download = await fetch(`${url}open-data/`, {
      headers: { origin: "https://research.example" },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("access-control-allow-origin")).toBe("*");
    for (const path of ["schema.graphql", "findings.csv", "open-data/no-such.csv"]) {
      const file = await fetch(`${url}${path}`, {
        headers: { origin: "https://research.example" },
      });
      expect(file.headers.get("access-control-allow-origin"), path).toBe("*");
    }
    // The portal's pages are not for other sites to read.
    const page = await fetch(`${url}teman`, { headers: { origin: "https://research.example" } });
    expect(page.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a page of another site as anyone, even when its browser sends the visitor's cookie", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const cookie = await sessionCookie(api, member.personId);
    const me = (origin?: string) =>
      fetch(`${url}graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie,
          ...(origin ? { origin } : {}),
        },
        body: JSON.stringify({ query: "{ me { email } }" }),
      }).then(async (answer) => ((await answer.json()) as { data: { me: unknown } }).data.me);
    // The portal's own pages (PUBLIC_URL's origin, or the host asked) and programs without a page.
    expect(await me("http://portal.test")).toEqual({ email: member.email });
    expect(await me(url.replace(/\/$/, ""))).toEqual({ email: member.email });
    expect(await me()).toEqual({ email: member.email });
    // Another site's page: not signed in, so nothing of the visitor's can be read or done.
    expect(await me("https://research.example")).toBeNull();
    expect(await me("http://portal.test.research.example")).toBeNull();
    expect(await me("null")).toBeNull();
  });

  it("answers a method /graphql does not take with 405 and the methods it does", async () => {
    for (const method of ["DELETE", "PUT", "PATCH"]) {
      const response = await fetch(`${url}graphql`, {
        method,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ phases { number } }" }),
      });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, POST, OPTIONS");
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              "/graphql answers GET and POST: send a query by GET or POST, a mutation by POST.",
            extensions: { code: "METHOD_NOT_ALLOWED" },
          },
        ],
      });
    }
  });

  it("refuses a declared body over the limit before the client sends it, when the client asks first", async () => {
    const { port } = new URL(url);
    /** What the server says first to a POST that asks before sending a body of this size. */
    const firstAnswer = (length: number) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`,
          );
        });
        socket.setEncoding("utf8");
        socket.once("data", (text: string) => {
          resolve(text);
          socket.destroy();
        });
        socket.on("error", reject);
      });
    const tooLarge = await firstAnswer(2_000_000);
    expect(tooLarge.split("\r\n")[0]).toBe("HTTP/1.1 413 Payload Too Large");
    expect(tooLarge).toContain("PAYLOAD_TOO_LARGE");
    const small = await firstAnswer(100);
    expect(small.split("\r\n")[0]).toBe("HTTP/1.1 100 Continue");
  });

  it("answers a body that stops arriving with 408 and closes the connection, instead of waiting minutes", async () => {
    const server = await createServer({
      database: api.database,
      log: { ...api.services.log, error: () => {} },
      services: {
        mailer: api.services.mailer,
        config: { publicUrl: "http://portal.test", nodeEnv: "production" },
      },
      graphqlBodyTimeoutMs: 300,
    });
    const { url: at } = await server.listen(0, "127.0.0.1");
    try {
      // Resolved when the server closes the connection: without a deadline, not for five minutes.
      const answer = await new Promise<string>((resolve, reject) => {
        let answer = "";
        const socket = connect(Number(new URL(at).port), "127.0.0.1", () => {
          // Headers that promise 100 bytes, then 10 of them, then nothing.
          socket.write(
            'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
          );
        });
        socket.setEncoding("utf8");
        socket.on("data", (text: string) => {
          answer += text;
        });
        socket.on("close", () => resolve(answer));
        socket.on("error", reject);
      });
      expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
      expect(answer).toContain("REQUEST_TIMEOUT");
      expect(answer).toContain("did not arrive within 0.3 s");
      // A whole body on the same server is answered as ever.
      const whole = await fetch(`${at}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ phases { number } }" }),
      });
      expect(whole.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("answers 400, not 500, to a document over the token or depth limit", async () => {
    const tokens = await post(
      JSON.stringify({
        query: `{ ${Array.from({ length: 3100 }, () => "__typename").join(" ")} }`,
      }),
    );
    expect(tokens.status).toBe(400);
    const tooLong = (await tokens.json()) as { errors: { message: string }[] };
    expect(tooLong.errors[0]?.message).toBe(
      "The document holds more than 3000 tokens, the most one may hold.",
    );
    const deep = await post(
      JSON.stringify({
        query: `{ themes { phase { themes { phase { themes { phase { themes { phase { themes { phase { themes { phase { themes { id } } } } } } } } } } } } } }`,
      }),
    );
    expect(deep.status).toBe(400);
    // A limit is not a syntax error, and is not said to be one.
    const tooDeep = (await deep.json()) as { errors: { message: string }[] };
    expect(tooDeep.errors[0]?.message).toMatch(/^Query depth limit of 12 exceeded/);
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
