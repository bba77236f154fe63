import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import { openDatabase } from "@kraftsamling/db";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";

const demoPassword = "kraftsamling-demo";
const reader = "medlem.raddabarnen@kraftsamling.example";
const theme = { slug: "barnets-basta-och-delaktighet", title: "Barnets bästa och delaktighet" };

/** A raw statement on the database the server has stopped using. */
type Client = { query(text: string, values?: unknown[]): Promise<unknown> };

/**
 * A long thread opens with its first page and grows a page at a time on request. The comments are
 * written straight into the database while the server is stopped: the API lets one person write
 * one comment per ten seconds.
 */
describe("a long thread, a page at a time, in a browser", () => {
  const dataDir = demoDataFolder();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const stop = async () => {
    server.child.kill("SIGTERM");
    await server.exited;
  };

  beforeAll(async () => {
    const port = String(await freePort());
    // The first start migrates and seeds the database.
    server = await startServer({ DATA_DIR: dataDir, PORT: port });
    await stop();
    const database = await openDatabase({ dataDir });
    const client = (database.db as unknown as { $client: Client }).$client;
    await client.query(
      `insert into comments (theme_id, author_id, body, created_at)
       select t.id, p.id, 'Erfarenhet nummer ' || n || ' från socialtjänsten.',
         timestamptz '2026-01-05T08:00:00Z' + n * interval '1 minute'
       from themes t, people p, generate_series(1, 120) as n
       where t.slug = $1 and p.email = 'admin.ssr@kraftsamling.example'`,
      [theme.slug],
    );
    await database.close();
    server = await startServer({ DATA_DIR: dataDir, PORT: port });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (server) await stop();
  });

  it("shows 50 comments, then 100, then all 120, and passes axe", async () => {
    context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(new URL(`teman/${theme.slug}`, server.url).toString());
    await page.getByRole("heading", { name: theme.title, level: 1 }).waitFor();
    await page.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await page.getByLabel("E-postadress").fill(reader);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { name: "Skriv en kommentar" }).waitFor();

    const comments = page.getByRole("article").filter({ hasText: "Erfarenhet nummer" });
    await page.getByText("120 kommentarer").waitFor();
    await comments.first().waitFor();
    expect(await comments.count()).toBe(50);
    await expect.poll(() => comments.nth(49).textContent()).toContain("nummer 50 ");
    const more = page.getByRole("button", { name: /^Visa fler kommentarer/ });
    expect(await more.textContent()).toBe("Visa fler kommentarer (70 kvar)");
    expect(await accessibilityViolations(page, "main")).toEqual([]);

    await more.click();
    await page.getByRole("button", { name: "Visa fler kommentarer (20 kvar)" }).waitFor();
    expect(await comments.count()).toBe(100);
    expect(await comments.nth(99).textContent()).toContain("nummer 100 ");
    // Reading goes on from the first comment that came.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain("nummer 51 ");

    await page.getByRole("button", { name: "Visa fler kommentarer (20 kvar)" }).click();
    await comments.nth(119).waitFor();
    expect(await comments.count()).toBe(120);
    expect(await comments.nth(119).textContent()).toContain("nummer 120 ");
    expect(await page.getByRole("button", { name: /^Visa fler kommentarer/ }).count()).toBe(0);
    expect(await accessibilityViolations(page, "main")).toEqual([]);
  });
});
