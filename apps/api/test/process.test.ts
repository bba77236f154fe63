import { request } from "node:http";
import { createServer } from "node:net";
import { loadConfig } from "@kraftsamling/config";
import { createScratchDatabase } from "@kraftsamling/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningServer, startProcess, startServer, tempFolder } from "./process";

/** The database variables for a server process: a scratch database on PostgreSQL, or a PGlite folder. */
async function databaseEnv(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) return { env: { DATA_DIR: tempFolder() }, drop: async () => {} };
  const scratch = await createScratchDatabase(databaseUrl);
  return { env: { DATABASE_URL: scratch.url }, drop: scratch.drop };
}

describe("the server as a process", () => {
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await databaseEnv();
    env = { ...database.env, PORT: String(await freePort()), LOG_LEVEL: "info" };
    server = await startServer(env);
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    await database?.drop();
  });

  it("prints the URL and the demo people at start", () => {
    expect(server.url).toBe(`http://127.0.0.1:${env.PORT}/`);
    expect(server.stdout()).toContain("samordnare@kraftsamling.example");
  });

  it("answers /healthz after checking the database", async () => {
    const response = await fetch(new URL("healthz", server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: env.DATABASE_URL ? "postgres" : "pglite",
      live: "listening",
    });
  });

  it("answers GraphQL over HTTP with the seeded data", async () => {
    const response = await fetch(new URL("graphql", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: '{ proposals { number } municipalities(countyCode: "09") { name } }',
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { proposals: unknown[]; municipalities: { name: string }[] };
    };
    expect(body.data.proposals).toHaveLength(10);
    expect(body.data.municipalities).toEqual([{ name: "Gotland" }]);
  });

  it("refuses a GET mutation-less CSRF-prone request without the preflight header", async () => {
    const response = await fetch(new URL("graphql?query=%7B__typename%7D", server.url));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("signs in over HTTP with an httpOnly, SameSite=Lax session cookie that later requests carry", async () => {
    const graphql = (query: string, cookie?: string) =>
      fetch(new URL("graphql", server.url), {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query }),
      });
    const signIn = await graphql(
      `mutation { signIn(email: "samordnare@kraftsamling.example", password: "kraftsamling-demo") { __typename } }`,
    );
    const setCookie = signIn.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(
      /^ks_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/,
    );
    const cookie = setCookie.split(";")[0] ?? "";
    const me = (await (await graphql("{ me { name role } }", cookie)).json()) as { data: unknown };
    expect(me.data).toEqual({ me: { name: "Ingrid Holm", role: "COORDINATOR" } });
    const signOut = await graphql("mutation { signOut }", cookie);
    expect(signOut.headers.get("set-cookie")).toMatch(/^ks_session=; .*Max-Age=0/);
    const after = (await (await graphql("{ me { name } }", cookie)).json()) as { data: unknown };
    expect(after.data).toEqual({ me: null });
  });

  it("serves the portal at / and at its own routes", async () => {
    for (const path of ["", "kommuner"]) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<html lang="sv"/);
      expect(html).toContain('<div id="root">');
    }
  });

  it("serves the blog's Atom feed, not the portal, at /blogg/atom.xml", async () => {
    const response = await fetch(new URL("blogg/atom.xml", server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const feed = await response.text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain("<title>Sammanfattning av tio regeringsuppdrag</title>");
  });

  it("finishes a request under way on SIGTERM, then stops cleanly", async () => {
    const port = Number(env.PORT);
    const body = JSON.stringify({ query: "{ phases { number } }" });
    // Send half a request, stop the server, then send the rest: it must still be answered.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 300);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { phases: [1, 2, 3, 4, 5].map((number) => ({ number })) },
    });
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toContain("stopped cleanly");
  });

  it("starts again on the same data, which was closed cleanly, and seeds nothing twice", async () => {
    const again = await startServer(env);
    try {
      expect(again.stderr()).not.toContain("seeded");
      const response = await fetch(new URL("healthz", again.url));
      expect(response.status).toBe(200);
    } finally {
      again.child.kill("SIGTERM");
      expect(await again.exited).toBe(0);
    }
  });
});

describe("a start that cannot succeed", () => {
  /** Runs the start and returns what it printed on standard error; the process must exit with 1. */
  async function failedStart(env: Record<string, string>): Promise<string> {
    const run = startProcess(env);
    expect(await run.exited).toBe(1);
    return run.stderr().trim();
  }

  it("names a malformed DATABASE_URL in one line", async () => {
    const stderr = await failedStart({
      DATABASE_URL: "mysql://root:hunter2@localhost/ks",
      PORT: String(await freePort()),
    });
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(
      /^Kraftsamling cannot start: DATABASE_URL is not a PostgreSQL URL: give postgres:\/\//,
    );
    expect(stderr).not.toContain("hunter2");
  });

  it("names an empty DATABASE_URL in one line", async () => {
    const stderr = await failedStart({ DATABASE_URL: "", PORT: String(await freePort()) });
    expect(stderr).toMatch(/^Kraftsamling cannot start: DATABASE_URL is set but empty/);
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it("names a PostgreSQL server that does not answer", async () => {
    const stderr = await failedStart({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/ks`,
      PORT: String(await freePort()),
    });
    expect(stderr).toMatch(
      /^Kraftsamling cannot start: DATABASE_URL: no PostgreSQL server answers at 127\.0\.0\.1:\d+\/ks/,
    );
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it("names a data folder that cannot be written", async () => {
    const stderr = await failedStart({
      DATA_DIR: "/proc/kraftsamling-data",
      PORT: String(await freePort()),
    });
    expect(stderr).toMatch(
      /^Kraftsamling cannot start: DATA_DIR \/proc\/kraftsamling-data cannot be written \(\w+\): set DATA_DIR to a folder/,
    );
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it("names a port in use", async () => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
    try {
      const stderr = await failedStart({ DATA_DIR: tempFolder(), PORT: String(port) });
      expect(stderr).toBe(
        `Kraftsamling cannot start: PORT ${port} is in use on 127.0.0.1: stop the program that holds it, or set PORT to a free port (for example PORT=${port + 1}).`,
      );
    } finally {
      holder.close();
    }
  });
});
