import { readdirSync, readFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalDist } from "../src/server";
import { freePort, type RunningServer, startServer } from "./process";
import { serverDatabase } from "./server-database";

/**
 * A GET with the given Accept-Encoding (none: no such header), read as the bytes that came over the
 * wire: fetch() would decompress them itself and hide what the server sent.
 */
function raw(
  url: URL,
  acceptEncoding?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

const indexHtml = () => readFileSync(join(portalDist, "index.html"), "utf8");

/** The start page's script, as the build named it. */
function entryScript(): string {
  const name = readdirSync(join(portalDist, "assets")).find((f) => /^index-[\w-]+\.js$/.test(f));
  if (!name) throw new Error(`no built portal in ${portalDist}: build it first`);
  return name;
}

describe("the portal's files", () => {
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof serverDatabase>>;

  beforeAll(async () => {
    database = await serverDatabase();
    server = await startServer({
      ...database.env,
      PORT: String(await freePort()),
      CONTACT_EMAIL: "sakerhet@kansliet.example",
      PUBLIC_URL: "https://kraftsamling.example.se",
    });
  });
  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    await database?.drop();
  });

  const at = (path: string) => new URL(path, server.url);

  it("answers a path that is no page with the not-found page and status 404", async () => {
    for (const path of ["/no-such-page", "/teman/a/b", "/admin/okand", "/%E0%A4%A"]) {
      const response = await fetch(at(path));
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toBe(indexHtml());
    }
  });

  it("answers every page of the portal with its index.html, with a trailing slash too", async () => {
    for (const path of [
      "/",
      "/teman/anything",
      "/teman/anything/",
      "/kommuner",
      "/moten/en-konferens/fragor/styr",
      "/admin/rapporter/2017/2/utskrift",
      "/teman/%C3%A5terhamtning",
    ]) {
      const response = await fetch(at(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toBe(indexHtml());
    }
  });

  it("sends index.html compressed to a browser that accepts it", async () => {
    const { status, headers, body } = await raw(at("/kommuner"), "gzip, deflate, br");
    expect(status).toBe(200);
    expect(headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(body).toString("utf8")).toBe(indexHtml());
  });

  it("sends a hashed script as brotli for ever, gzip when only gzip is accepted, as it is otherwise", async () => {
    const path = `/assets/${entryScript()}`;
    const original = readFileSync(join(portalDist, path));

    const br = await raw(at(path), "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.body.length).toBeLessThan(original.length);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gzip = await raw(at(path), "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const preferred = await raw(at(path), "br;q=0.5, gzip");
    expect(preferred.headers["content-encoding"]).toBe("gzip");

    for (const acceptEncoding of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const plain = await raw(at(path), acceptEncoding);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers.vary).toMatch(/Accept-Encoding/);
      expect(plain.body.equals(original)).toBe(true);
    }
  });

  it("answers an unknown script with a plain 404, not a page", async () => {
    const response = await fetch(at("/assets/no-such-chunk-0000.js"));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Not found.");
  });

  it("keeps the server's own addresses: an unknown one is a plain 404", async () => {
    const health = await fetch(at("/healthz"));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const feed = await fetch(at("/blogg/atom.xml"));
    expect(feed.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    for (const path of ["/calendar/nothing", "/meetings/documents/x/y", "/graphqlx"]) {
      const response = await fetch(at(path));
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe("Not found.");
    }
  });

  it("serves robots.txt, keeping crawlers off the office's and personal pages, for an hour", async () => {
    const response = await fetch(at("/robots.txt"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const lines = (await response.text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Allow: /");
    for (const path of [
      "/admin",
      "/moderering",
      "/profil",
      "/api-nyckel",
      "/inbjudan/",
      "/losenord/",
    ])
      expect(lines).toContain(`Disallow: ${path}`);
    expect(lines.filter((line) => line === "Disallow: /" || line === "Disallow: /teman")).toEqual(
      [],
    );
  });

  it("serves security.txt from the configuration, expiring in 180 days, under a year", async () => {
    const before = Date.now();
    const response = await fetch(at("/.well-known/security.txt"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const fields = (await response.text())
      .trim()
      .split("\n")
      .map((line) => line.split(/: (.*)/s).slice(0, 2));
    expect(fields.filter(([name]) => name !== "Expires")).toEqual([
      ["Contact", "mailto:sakerhet@kansliet.example"],
      ["Contact", "https://kraftsamling.example.se/kontakt"],
      ["Preferred-Languages", "sv, en"],
      ["Canonical", "https://kraftsamling.example.se/.well-known/security.txt"],
    ]);
    const expires = fields.find(([name]) => name === "Expires")?.[1] ?? "";
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const inDays = (Date.parse(expires) - before) / 86_400_000;
    expect(inDays).toBeGreaterThan(179);
    expect(inDays).toBeLessThanOrEqual(181);
  });
});
