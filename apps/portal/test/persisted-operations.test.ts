import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";

const demoPassword = "kraftsamling-demo";

interface Sent {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

interface Seen {
  body: Sent;
  status: number;
  limit: string | null;
}

describe("the portal's own operations, sent by hash", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const seen: Seen[] = [];

  beforeAll(async () => {
    // Two requests a minute for a program without a key: the portal must not need that budget.
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      RATE_LIMITS: "on",
      RATE_LIMIT_ANONYMOUS: "2",
    });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("response", async (response: Response) => {
      const request = response.request();
      if (request.method() !== "POST" || new URL(request.url()).pathname !== "/graphql") return;
      seen.push({
        body: request.postDataJSON() as Sent,
        status: response.status(),
        // A response that comes in as the browser closes after the last test has no headers left.
        limit: await response.headerValue("ratelimit-limit").catch(() => null),
      });
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  const url = (path: string) => new URL(path, server.url).toString();

  it("sends hashes and operation names but no query text, and the pages show what they ask for", async () => {
    // A program at the same address spends the address's own budget first.
    const program = () =>
      fetch(url("graphql"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ phases { name } }" }),
      });
    await program();
    await program();
    const refused = await program();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();

    await page.goto(server.url);
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    await page.goto(url("teman"));
    await page.getByRole("heading", { name: "Teman", level: 1 }).waitFor();
    await page.getByRole("main").getByRole("link").first().click();
    await page.getByRole("heading", { level: 1 }).waitFor();

    expect(seen.length).toBeGreaterThan(2);
    for (const { body, status, limit } of seen) {
      expect(body.query, body.operationName).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      expect(body.operationName).toMatch(/^[A-Z]\w+$/);
      expect(status).toBe(200);
      // The portal's budget for an address without a session, not the program's two.
      expect(limit).toBe("1200");
    }
    expect(seen.map((s) => s.body.operationName)).toContain("ThemeList_Themes");
  });

  it("counts a signed-in person's pages against their session", async () => {
    seen.length = 0;
    await page.goto(url("logga-in"));
    await page.getByLabel("E-postadress").fill("observator@kraftsamling.example");
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(/\/profil$/);
    await page.goto(url("teman"));
    await page.getByRole("heading", { name: "Teman", level: 1 }).waitFor();

    const signIn = seen.findIndex((s) => s.body.operationName === "SignInPage_SignIn");
    expect(signIn).toBeGreaterThanOrEqual(0);
    const after = seen.slice(signIn + 1);
    expect(after.length).toBeGreaterThan(0);
    for (const { body, status, limit } of after) {
      expect(body.query).toBeUndefined();
      expect(status).toBe(200);
      expect(limit).toBe("600");
    }
  });
});
