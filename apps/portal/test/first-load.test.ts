import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetBytes, startPageScripts } from "../scripts/bundle-budget.mjs";
import { launchBrowser } from "./browser";

const dist = fileURLToPath(new URL("../dist", import.meta.url));

/**
 * The chunks of pages an anonymous visitor of the start page has no use for: the office's and the
 * moderators' pages with their menus, the live meeting (questions and speakers over the socket),
 * the charts and GraphiQL. Read from the build's manifest, by the module each chunk is built from.
 */
function chunksNotForTheStartPage(): string[] {
  const manifest: Record<string, { file: string }> = JSON.parse(
    readFileSync(join(dist, ".vite", "manifest.json"), "utf8"),
  );
  const notForStart =
    /^src\/(pages\/(admin-|moderation-|meeting-questions|finding-overview|measurement-overview|developer-graphiql)|components\/(admin-layout|moderation-layout)\.)/;
  return Object.entries(manifest)
    .filter(([source]) => notForStart.test(source))
    .map(([, chunk]) => `/${chunk.file}`);
}

interface Loaded {
  path: string;
  /** Bytes on the wire: compressed when the server compressed. */
  encodedBodySize: number;
}

describe("the start page's first load", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  /** An anonymous first visit to `/`: every script it requested, and each one's size and encoding. */
  async function firstVisit() {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const requested: string[] = [];
    const encodings = new Map<string, string>();
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    page.on("response", (response) => {
      encodings.set(new URL(response.url()).pathname, response.headers()["content-encoding"] ?? "");
    });

    await page.goto(server.url);
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    await page.getByRole("heading", { name: "Uppdragets fem faser" }).waitFor();

    const scripts: Loaded[] = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => new URL(entry.name).pathname.endsWith(".js"))
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          encodedBodySize: entry.encodedBodySize,
        })),
    );
    await context.close();
    return { requested, encodings, scripts };
  }

  it("brings only the start page's JavaScript, none of the admin, moderation or live-meeting pages", async () => {
    const { requested, scripts } = await firstVisit();
    const loaded = [...new Set(scripts.map((script) => script.path))].sort();

    // Exactly the files the budget check counts, and none of the pages the visitor did not open.
    expect(loaded).toEqual(
      startPageScripts(dist)
        .map((file) => `/${file}`)
        .sort(),
    );
    const notForStart = chunksNotForTheStartPage();
    expect(notForStart.length).toBeGreaterThan(20);
    expect(requested.filter((path) => notForStart.includes(path))).toEqual([]);
  });

  it("sends the start page's JavaScript compressed within the budget", async () => {
    const { encodings, scripts } = await firstVisit();
    // The budget is for what travels compressed; a server that sends the files as they are has
    // nothing to weigh against it.
    const entry = scripts.find((script) => /^\/assets\/index-[\w-]+\.js$/.test(script.path));
    expect(entry).toBeDefined();
    const encoding = encodings.get(entry?.path ?? "");
    if (encoding === "br" || encoding === "gzip") {
      const total = scripts.reduce((sum, script) => sum + script.encodedBodySize, 0);
      expect(total, `${(total / 1000).toFixed(1)} kB of JavaScript`).toBeLessThanOrEqual(
        budgetBytes,
      );
    }
  });
});
