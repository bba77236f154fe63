import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";

/** A period unlike its default (90 days), so that the page must show the configured one. */
const outboxDays = 45;

describe("the personal-data page", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      RETENTION_OUTBOX_DAYS: String(outboxDays),
    });
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

  it("tells who is responsible, what is kept, why, for how long as configured, and the rights", async () => {
    await page.goto(new URL("personuppgifter", server.url).toString());
    await page
      .getByRole("heading", { level: 1, name: "Så behandlar vi personuppgifter" })
      .waitFor();
    await expect.poll(() => page.title()).toBe("Personuppgifter – Kraftsamling");
    const main = page.getByRole("main");
    await main
      .getByText(`Skickad e-post: raderas ${outboxDays} dagar efter att den skickades.`)
      .waitFor();
    // The other periods are the defaults, read from the API as well.
    await main.getByText("Lästa notiser: raderas 180 dagar efter att de lästes.").waitFor();
    expect(await main.getByText(/personuppgiftsansvarig/).count()).toBeGreaterThan(0);
    expect(await main.getByText(/allmänt intresse/).count()).toBeGreaterThan(0);
    expect(
      await main
        .getByRole("link", { name: "Ladda ner dina uppgifter på din profil" })
        .getAttribute("href"),
    ).toBe("/profil#profile-export");
    expect(
      await main
        .getByRole("link", { name: "Radera ditt konto på din profil" })
        .getAttribute("href"),
    ).toBe("/profil#profile-delete");
    expect(await main.getByText(/Integritetsskyddsmyndigheten \(IMY\)/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("reads in English too", async () => {
    await page.goto(new URL("personuppgifter", server.url).toString());
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "How we handle personal data" }).waitFor();
    await expect.poll(() => page.title()).toBe("Personal data – Kraftsamling");
    await page
      .getByRole("main")
      .getByText(`E-mail sent: deleted ${outboxDays} days after it was sent.`)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
