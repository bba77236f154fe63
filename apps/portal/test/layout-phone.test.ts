import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, sessionCookie } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { demo, demoPassword } from "./fixtures";

const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 900 };
/** Each case starts a browser context of its own, which takes a while on a busy machine. */
const slow = 120_000;

/**
 * Every layout shift without recent input since the page began, summed: stricter than CLS's
 * session windows. The observer starts with the document; `buffered` hands it what came before.
 */
const layoutShiftObserver = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
  }).observe({ type: "layout-shift", buffered: true });
`;

/** The shifts so far, read after two frames so that the observer has had the latest ones. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve((window as unknown as { __layoutShift: number }).__layoutShift),
          ),
        ),
      ),
  );
}

describe("the portal's frame on a phone and on a wide screen", () => {
  let server: RunningServer;
  let browser: Browser;
  let theme: { slug: string; title: string };
  const contexts: BrowserContext[] = [];

  /** A page at the size, signed in as the person if one is given, at the path. */
  async function pageAt(
    path: string,
    viewport: { width: number; height: number },
    email?: string,
  ): Promise<Page> {
    const context = await browser.newContext({ locale: "sv-SE", viewport });
    contexts.push(context);
    await context.addInitScript(layoutShiftObserver);
    if (email) {
      const cookie = await sessionCookie(server.url, email, demoPassword);
      await context.addCookies([{ ...cookie, url: server.url }]);
    }
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).toString());
    return page;
  }

  /**
   * Waits until the page's data is there: its h1, the text the page shows with its data, and no
   * request still on the way.
   */
  async function dataArrived(page: Page, shownWithData: string) {
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("main").getByText(shownWithData).first().waitFor();
    await page.waitForLoadState("networkidle");
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    const { themes } = await apiClient(server.url)<{ themes: { slug: string; title: string }[] }>(
      "{ themes { slug title } }",
    );
    const first = themes[0];
    if (!first) throw new Error("the demo data has no theme");
    theme = first;
  });
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it(
    "hides the navigation behind a menu button on a phone, which Escape and a chosen link close",
    async () => {
      const page = await pageAt("/", phone);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const button = page.getByRole("button", { name: "Meny" });
      expect(await button.getAttribute("aria-expanded")).toBe("false");
      expect(await page.getByRole("link", { name: "Teman", exact: true }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);

      await button.click();
      expect(await button.getAttribute("aria-expanded")).toBe("true");
      const menu = page.locator(`#${await button.getAttribute("aria-controls")}`);
      const nav = menu.getByRole("navigation", { name: "Huvudmeny" });
      for (const name of ["Start", "Teman", "Möten", "Iakttagelser", "Sök"])
        await nav.getByRole("link", { name, exact: true }).waitFor();
      // The account and the language are in the menu too.
      await menu.getByRole("link", { name: "Logga in" }).waitFor();
      await menu.getByRole("button", { name: "English" }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.keyboard.press("Escape");
      expect(await button.getAttribute("aria-expanded")).toBe("false");
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await nav.isVisible()).toBe(false);

      // The keyboard goes from the button into the menu: the account first, then the links.
      await page.keyboard.press("Enter");
      expect(await button.getAttribute("aria-expanded")).toBe("true");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Logga in");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Start");

      await nav.getByRole("link", { name: "Möten", exact: true }).click();
      await page.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/moten");
      expect(await button.getAttribute("aria-expanded")).toBe("false");
      expect(await nav.isVisible()).toBe(false);
    },
    slow,
  );

  it(
    "keeps the signed-in person's name and sign-out in the phone's menu",
    async () => {
      const page = await pageAt("/", phone, demo.member.email);
      const button = page.getByRole("button", { name: "Meny" });
      await button.click();
      const menu = page.locator(`#${await button.getAttribute("aria-controls")}`);
      await menu.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
      await menu.getByRole("link", { name: new RegExp(demo.member.name) }).waitFor();
      await menu.getByRole("link", { name: "Mina möten", exact: true }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    },
    slow,
  );

  interface Case {
    name: string;
    path: () => string;
    /** Text the page shows once its data is there. */
    shownWithData: string;
    /** Who is signed in, if anyone. */
    email?: string;
  }
  const pages: Case[] = [
    { name: "the start page", path: () => "/", shownWithData: "Uppdragets fem faser" },
    { name: "a theme's page", path: () => `/teman/${theme.slug}`, shownWithData: "Samtalet" },
    {
      name: "the meetings",
      path: () => "/moten",
      shownWithData: "Webbinarium: mer direkttid med barn och familjer",
    },
    {
      name: "the findings",
      path: () => "/iakttagelser",
      shownWithData: "Iakttagelserna i siffror",
    },
  ];
  const signedInPages: Case[] = [
    {
      name: "the coordinator's people",
      path: () => "/admin/personer",
      shownWithData: demo.moderator.name,
      email: demo.coordinator.email,
    },
    {
      name: "the moderation queue",
      path: () => "/moderering",
      shownWithData: "Modereringskön",
      email: demo.moderator.email,
    },
  ];

  for (const { name, path, shownWithData, email } of [...pages, ...signedInPages]) {
    it(
      `starts ${name}'s content within a phone's first screen, with no sideways scrolling at 320 px`,
      async () => {
        const page = await pageAt(path(), phone, email);
        await dataArrived(page, shownWithData);
        const top = (await page.getByRole("heading", { level: 1 }).boundingBox())?.y;
        expect(top).toBeLessThan(phone.height);

        await page.setViewportSize({ width: 320, height: phone.height });
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
        await page.close();
      },
      slow,
    );
  }

  it(
    "shows the whole navigation without a menu button on a wide screen, and the footer's links",
    async () => {
      const page = await pageAt("/", wide);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.getByRole("button", { name: "Meny" }).count()).toBe(0);
      const nav = page.getByRole("navigation", { name: "Huvudmeny" });
      for (const name of ["Start", "Teman", "Kommuner", "Möten", "Blogg", "Sök"])
        expect(await nav.getByRole("link", { name, exact: true }).isVisible()).toBe(true);
      await page.getByRole("link", { name: "Logga in" }).waitFor();

      const footer = page.getByRole("contentinfo");
      const links = {
        "Om samordningen": "/om",
        Kontakt: "/kontakt",
        Tillgänglighetsredogörelse: "/tillganglighet",
        Personuppgifter: "/personuppgifter",
      };
      for (const [name, path] of Object.entries(links))
        expect(await footer.getByRole("link", { name, exact: true }).getAttribute("href")).toBe(
          path,
        );
      expect(await accessibilityViolations(page)).toEqual([]);
    },
    slow,
  );

  for (const viewport of [wide, phone]) {
    for (const { name, path, shownWithData } of pages) {
      it(
        `does not move the frame of ${name} at ${viewport.width} px while its data arrives: layout shift under 0.1`,
        async () => {
          const page = await pageAt(path(), viewport);
          await dataArrived(page, shownWithData);
          expect(await layoutShift(page)).toBeLessThan(0.1);
          await page.close();
        },
        slow,
      );
    }
  }
});
