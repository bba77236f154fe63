import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";

/** The demo people's password (packages/db's demo seed). */
const demoPassword = "kraftsamling-demo";
const member = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
const theme = { slug: "direkttid-och-dokumentation", title: "Direkttid och dokumentation" };
/** Uses "socialsekreterare"; the search is for another form of it. Its markup must stay text. */
const comment =
  "Hos oss har socialsekreterare fått en dag i veckan utan dokumentation. Vi skrev <b>fet</b> text i journalen förut.";

describe("search in the portal, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** The member's page, signed in by the first test. */
  let page: Page | undefined;

  const url = (path: string) => new URL(path, server.url).toString();

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  /** The member's page, signed in here when the first test did not run. */
  async function memberPage(): Promise<Page> {
    if (page) return page;
    const fresh = await freshPage();
    await fresh.goto(url("logga-in?tillbaka=%2Fsok"));
    await fresh.getByLabel("E-postadress").fill(member.email);
    await fresh.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await fresh.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => new URL(fresh.url()).pathname).toBe("/sok");
    page = fresh;
    return fresh;
  }

  async function search(p: Page, words: string) {
    await p.getByLabel("Sök i teman och kommentarer").fill(words);
    await p.getByRole("button", { name: "Sök", exact: true }).click();
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("finds a comment by another form of its word, highlighted, and leads to it in the thread", async () => {
    page = await freshPage();
    await page.goto(url(`teman/${theme.slug}`));
    await page.getByRole("banner").getByRole("link", { name: "Logga in" }).click();
    await page.getByLabel("E-postadress").fill(member.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByLabel("Din kommentar").fill(comment);
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByText("Kommentaren är publicerad.").waitFor();

    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Sök" })
      .click();
    await page.getByRole("heading", { name: "Sök", level: 1 }).waitFor();
    // Nothing searched yet: no count, no results.
    expect(await page.locator(".search-hit").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await search(page, "socialsekreterarna");
    expect(new URL(page.url()).searchParams.get("q")).toBe("socialsekreterarna");
    await page
      .getByRole("status")
      .filter({ hasText: /träff(ar)? för ”socialsekreterarna”/ })
      .waitFor();
    const comments = page.getByRole("region", { name: "Kommentarer" });
    const hit = comments
      .getByRole("listitem")
      .filter({ hasText: "dag i veckan utan dokumentation" });
    await hit.waitFor();
    expect(await hit.locator("mark").allInnerTexts()).toEqual(["socialsekreterare"]);
    // The comment's own markup is shown as the text it is, not as markup.
    await hit.getByText("<b>fet</b>", { exact: false }).waitFor();
    expect(await hit.locator("b").count()).toBe(0);
    // Themes match too: two of the seeded ones speak of socialsekreterare.
    await page.getByRole("region", { name: "Teman" }).getByRole("listitem").first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same address gives the same search.
    await page.reload();
    await comments.getByRole("listitem").first().waitFor();
    expect(await page.getByLabel("Sök i teman och kommentarer").inputValue()).toBe(
      "socialsekreterarna",
    );

    await hit.getByRole("link", { name: `Kommentar i ${theme.title}` }).click();
    await page.getByRole("heading", { name: theme.title, level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#kommentar-[0-9a-f-]{36}$/);
    const linked = page.getByRole("article", { name: member.name });
    await expect.poll(() => linked.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("says when a search is too short or finds nothing, in Swedish and English", async () => {
    const page = await memberPage();
    await page.goto(url("sok"));
    await search(page, "x");
    await page.getByRole("status").filter({ hasText: "Skriv minst två tecken." }).waitFor();

    // Words too common to be searched for are said as such, not as a failure to retry.
    await search(page, "och att");
    await page
      .getByRole("status")
      .filter({ hasText: "”och att” består bara av ord som är för vanliga för att sökas" })
      .waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);

    await search(page, "kvantfysik");
    await page.getByRole("status").filter({ hasText: "Inga träffar för ”kvantfysik”." }).waitFor();
    expect(await page.locator(".search-hit").count()).toBe(0);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("status").filter({ hasText: "No results for “kvantfysik”." }).waitFor();
    await page.getByRole("heading", { name: "Search", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Svenska" }).click();
  });

  it("searches only the themes for someone signed out, and says that signing in searches the comments", async () => {
    const anonymous = await freshPage();
    await anonymous.goto(url("sok?q=socialsekreterarna"));
    await anonymous.getByRole("region", { name: "Teman" }).getByRole("listitem").first().waitFor();
    expect(await anonymous.getByRole("region", { name: "Kommentarer" }).count()).toBe(0);
    await anonymous
      .getByRole("link", { name: "Logga in för att söka i samtalen också." })
      .waitFor();
    expect(await accessibilityViolations(anonymous)).toEqual([]);
  });
});
