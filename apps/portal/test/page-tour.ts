/**
 * Every page of the portal, signed out and signed in as the person it is for, on the seeded demo
 * data: each shows its content without accessibility violations and reflows at 320 CSS pixels
 * without scrolling sideways (WCAG 1.4.10). With SCREENSHOTS=1 (`npx -y pnpm@10 --filter
 * @kraftsamling/portal run screenshots`) each is also photographed at a desktop's and a phone's
 * width for a person to look through (test-results/screenshots at the repository's root); the
 * test command leaves out the photographs, which nobody looks at there, and the time they take.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sv } from "../src/i18n/messages";
import { type PagePath, pagePaths } from "../src/page-paths";
import { signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword } from "./fixtures";

type Person = "coordinator" | "moderator" | "member";
type Visitor = Person | "signed out";

/** Who a page is for: the office's pages for the coordinator, moderation for the moderator. */
function personFor(path: PagePath): Person {
  if (path.startsWith("/admin") || path === "/moten/:slug/fragor/styr") return "coordinator";
  if (path.startsWith("/moderering")) return "moderator";
  return "member";
}

/** The pages that are someone's own: a signed-out visitor meets only a sign-in notice there. */
function signInOnly(path: PagePath): boolean {
  return (
    path.startsWith("/admin") ||
    path.startsWith("/moderering") ||
    path.startsWith("/mina-") ||
    ["/profil", "/notiser", "/moten/:slug/fragor/styr"].includes(path)
  );
}

/**
 * Every page signed out and signed in, each checked by axe and at 320 px; the screenshots are of
 * the page as it is meant to be seen: a personal page signed in, any other signed out.
 */
const photographing = process.env.SCREENSHOTS === "1";
const visits = pagePaths.flatMap((path) => [
  { path, visitor: "signed out" as Visitor, screenshots: photographing && !signInOnly(path) },
  { path, visitor: personFor(path) as Visitor, screenshots: photographing && signInOnly(path) },
]);

const screenshots = fileURLToPath(new URL("../../../test-results/screenshots/", import.meta.url));
const loading = sv["common.loading"];
const notFound = sv["notFound.heading"];
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const narrowest = { width: 320, height: 640 };

/** The path as a file name: `/admin/moten/:slug` → `admin-moten-slug`, the start page `start`. */
function fileName(path: string): string {
  return path.replace(/[/:]+/g, "-").replace(/^-|-$/g, "") || "start";
}

/**
 * Waits until the page shows its h1 and nothing says it is still fetching; what it shows instead
 * if that does not come.
 */
async function contentShown(page: Page): Promise<string | null> {
  try {
    await page.waitForFunction(
      (loadingText) => {
        const h1 = document.querySelector("h1");
        const visible = h1 !== null && h1.getBoundingClientRect().height > 0;
        return visible && !document.body.innerText.includes(loadingText);
      },
      loading,
      { timeout: 20_000 },
    );
    return null;
  } catch {
    const text = await page.evaluate(() => document.body.innerText.slice(0, 300));
    return `no h1, or still "${loading}", after 20 s; the page shows: ${text}`;
  }
}

/** After a change of the window's size, the next frame laid out at the new size. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Null when the page fits the window's width; otherwise how wide it is and the elements that stick
 * out of a parent that fits, as `tag.class` with their right edge, for a readable failure.
 */
async function sidewaysScrolling(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width + 1) return null;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}`;
    const path = (el: Element) => {
      const names: string[] = [];
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        names.unshift(name(at));
      }
      return names.slice(-4).join(" > ");
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((el) => {
        const right = el.getBoundingClientRect().right;
        const parent = el.parentElement;
        return right > width + 1 && parent && parent.getBoundingClientRect().right <= width + 1;
      })
      .slice(0, 5)
      .map((el) => `${path(el)} (right edge ${Math.round(el.getBoundingClientRect().right)})`);
    return `the page is ${scrollWidth} px wide in a ${width} px window: ${culprits.join("; ")}`;
  });
}

/**
 * The tour in two halves, signed out and signed in, each a test file of its own so that they can
 * run side by side.
 */
export function pageTour(half: "signed out" | "signed in") {
  const ours = visits.filter((v) => (v.visitor === "signed out") === (half === "signed out"));
  describe(`every page at every width, ${half}`, () => {
    let server: RunningServer;
    let browser: Browser;
    const contexts = browserContexts(() => browser);
    const pages = new Map<Visitor, Promise<Page>>();
    /** The parameters of each path that has any, filled with seeded data. */
    let parameters: Partial<Record<PagePath, Record<string, string>>>;

    /** One page per visitor, reused from page to page, signed in on first use. */
    function pageOf(visitor: Visitor): Promise<Page> {
      let page = pages.get(visitor);
      if (!page) {
        page =
          visitor === "signed out"
            ? contexts.freshPage({ forTheFile: true })
            : contexts.signedInPage(server.url, demo[visitor].email, "/", demoPassword, {
                forTheFile: true,
              });
        pages.set(visitor, page);
      }
      return page;
    }

    /** The address of the path, its parameters filled with seeded data. */
    function address(path: PagePath): string {
      const filled = path.replace(/:(\w+)/g, (_, name: string) => {
        const value = parameters[path]?.[name];
        if (!value) throw new Error(`no seeded value for :${name} in ${path}`);
        return encodeURIComponent(value);
      });
      return new URL(filled, server.url).toString();
    }

    beforeAll(async () => {
      server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
      browser = await launchBrowser();
      const coordinator = await signedInClient(server.url, demo.coordinator.email, demoPassword);
      const found = await coordinator<{
        themes: { slug: string }[];
        meetings: { slug: string; status: string; hasLiveQuestions: boolean }[];
        findings: { id: string }[];
        organisations: { slug: string }[];
        commitments: { slug: string }[];
        blogPosts: { slug: string }[];
        visits: { id: string }[];
      }>(`{
      themes { slug }
      meetings(limit: 100) { slug status hasLiveQuestions }
      findings(limit: 1) { id }
      organisations { slug }
      commitments(limit: 1) { slug }
      blogPosts { slug }
      visits(limit: 1) { id }
    }`);
      const meeting = found.meetings.find((m) => m.status === "PUBLISHED" && m.hasLiveQuestions);
      const today = new Date();
      const slug = (value: { slug: string } | undefined) => ({ slug: value?.slug ?? "" });
      const id = (value: { id: string } | undefined) => ({ id: value?.id ?? "" });
      // A link that is no longer (or never was) valid: the page says so.
      const invalidLink = { token: "ogiltig-lank" };
      parameters = {
        "/teman/:slug": slug(found.themes[0]),
        "/iakttagelser/:id": id(found.findings[0]),
        "/moten/:slug": slug(meeting),
        "/moten/:slug/program": slug(meeting),
        "/moten/:slug/fragor": slug(meeting),
        "/moten/:slug/fragor/styr": slug(meeting),
        "/organisationer/:slug": slug(found.organisations[0]),
        "/atagande/:slug": slug(found.commitments[0]),
        "/blogg/:slug": slug(found.blogPosts[0]),
        "/losenord/:token": invalidLink,
        "/inbjudan/:token": invalidLink,
        "/api-nyckel/:token": invalidLink,
        "/admin/moten/:slug": slug(meeting),
        "/admin/besok/:id": id(found.visits[0]),
        "/admin/iakttagelser/:id": id(found.findings[0]),
        "/admin/rapporter/:year/:quarter/utskrift": {
          year: String(today.getFullYear()),
          quarter: String(Math.floor(today.getMonth() / 3) + 1),
        },
      };
      if (photographing) mkdirSync(screenshots, { recursive: true });
    });

    afterAll(async () => {
      await contexts.closeAll();
      await browser?.close();
      server?.child.kill("SIGTERM");
      await server?.exited;
    });

    it.each(ours)("$path, $visitor", async ({ path, visitor, screenshots: photographed }) => {
      const page = await pageOf(visitor);
      const problems: string[] = [];
      const who = visitor === "signed out" ? "signed-out" : "signed-in";

      await resize(page, desktop);
      await page.goto(address(path));
      const missing = await contentShown(page);
      if (missing) problems.push(`at ${desktop.width} px: ${missing}`);
      const heading = missing ? null : await page.locator("h1").first().innerText();
      if (heading === notFound) problems.push("shows the not-found page");
      for (const violation of await accessibilityViolations(page)) {
        problems.push(`axe at ${desktop.width} px: ${violation}`);
      }
      if (photographed) {
        await page.screenshot({
          path: `${screenshots}${desktop.width}/${who}-${fileName(path)}.png`,
          fullPage: true,
        });
        await resize(page, phone);
        await page.screenshot({
          path: `${screenshots}${phone.width}/${who}-${fileName(path)}.png`,
          fullPage: true,
        });
      }

      await resize(page, narrowest);
      const sideways = await sidewaysScrolling(page);
      if (sideways) problems.push(`at ${narrowest.width} px: ${sideways}`);

      expect(problems, `${path} ${visitor}`).toEqual([]);
      // The municipality list's 290 rows keep axe busy for a minute on a busy machine.
    }, 120_000);
  });
}
