import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";

describe("the portal in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });
  beforeEach(async () => {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  });

  it("shows the start page in Swedish with upcoming meetings, themes and phases from the API", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("sv");
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    const main = page.getByRole("main");
    await main.getByText("Webbinarium: mer direkttid med barn och familjer").waitFor();
    expect(await main.getByText("Barnets bästa och delaktighet").count()).toBeGreaterThan(0);
    const phases = page.getByRole("heading", { name: "Uppdragets fem faser" });
    await phases.waitFor();
    expect(await main.getByText("Kommunbesök hösten 2015").count()).toBeGreaterThan(0);
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("switches to English and remembers the choice", async () => {
    await page.goto(server.url);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Upcoming meetings" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.reload();
    await page.getByRole("heading", { name: "Upcoming meetings" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("filters the municipalities by county and group, and keeps the filter in the address", async () => {
    await page.goto(new URL("kommuner", server.url).toString());
    await page.getByText("290 kommuner").waitFor();
    await page.getByLabel("Län", { exact: true }).selectOption({ label: "Norrbottens län" });
    await page.getByText("14 kommuner").waitFor();
    await page.getByLabel("Kommungrupp", { exact: true }).selectOption("C9");
    await page.getByText("3 kommuner").waitFor();
    const names = await page.locator("tbody tr th, tbody tr td:first-child").allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(["Arjeplog", "Gällivare", "Jokkmokk"]);
    expect(new URL(page.url()).searchParams.get("lan")).toBe("25");
    expect(new URL(page.url()).searchParams.get("grupp")).toBe("C9");

    // The same address opens the same list.
    await page.goto(page.url());
    await page.getByText("3 kommuner").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lists the organisations by circle and the ten proposals, without accessibility violations", async () => {
    await page.goto(new URL("organisationer", server.url).toString());
    await page.getByRole("heading", { name: "Samråd" }).waitFor();
    expect(await page.getByText("Inspektionen för vård och omsorg").count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(new URL("forslag", server.url).toString());
    await page.getByText("Bereds").first().waitFor();
    expect(await page.getByText("Beslutat").count()).toBe(9);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("can be used by keyboard alone: the skip link leads to the content", async () => {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hoppa till innehållet" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });
});
