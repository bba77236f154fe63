import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import {
  browserContexts,
  demo,
  demoPassword,
  hearingByApi,
  mutationId,
  newParticipant,
  themeId,
  uniqueSuffix,
  writeComment,
} from "./fixtures";

/** A theme no other test file writes in, with its title as its page shows it. */
const theme = { slug: "barnets-basta-och-delaktighet" };

/** An action code (meeting.publish), a UTC time as the API sends it, or an id. */
const rawCode = /\b[a-z]+\.[a-z_]+\b/;
const utcTime = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The page's main text, without web and e-mail addresses: a meeting's link and an invitation's
 * address are content a change rightly shows, and have dots of their own.
 */
async function mainText(page: Page): Promise<string> {
  const text = await page.locator("main").innerText();
  return text.replace(/https?:\/\/\S+/g, "").replace(/\S+@\S+/g, "");
}

/** A moment as the reader should see it: in Swedish time, however the browser's clock is set. */
function inSwedishTime(iso: string, locale: "sv-SE" | "en-GB"): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Stockholm",
  }).format(new Date(iso));
}

describe("the audit and moderation logs read as sentences", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  let moderatorApi: Request;
  const { signedInPage, closeAll } = browserContexts(() => browser);

  async function switchLanguage(page: Page, to: "English" | "Svenska") {
    await page.getByRole("button", { name: to }).click();
    await expect
      .poll(() => page.locator("html").getAttribute("lang"))
      .toBe(to === "English" ? "en" : "sv");
  }

  /** The entry whose sentence holds the text, in the log's list. */
  const entryWith = (page: Page, text: string | RegExp): Locator =>
    page.getByRole("listitem").filter({ has: page.locator(".log-sentence", { hasText: text }) });

  async function expectReadable(page: Page) {
    const text = await mainText(page);
    expect(text).not.toMatch(rawCode);
    expect(text).not.toMatch(utcTime);
    expect(text).not.toMatch(uuid);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  /** On a phone the log is a list of sentences: no table, nothing wider than the screen. */
  async function expectFitsAPhone(page: Page) {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator("main table").count()).toBe(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    moderatorApi = await signedInClient(server.url, demo.moderator.email, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("tells the coordinator who published which meeting, with a link to it and the time in Swedish time", async () => {
    const start = new Date(Date.now() + 40 * 86_400_000);
    const meeting = await hearingByApi(coordinatorApi, {
      title: `Hearing om familjehemsvård ${uniqueSuffix()}`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      publish: true,
    });
    const page = await signedInPage(server.url, demo.coordinator.email, "/admin/logg");
    await page.getByRole("heading", { name: "Logg", level: 1 }).waitFor();

    // The filter offers the action by its name, and chooses the published meetings.
    await page.getByLabel("Händelse", { exact: true }).selectOption({ label: "Möte publicerat" });
    await page.getByRole("button", { name: "Visa" }).click();
    // The entry of the publishing (the list before the filter applies holds its creation too).
    const entry = entryWith(
      page,
      `Samordnaren ${demo.coordinator.name} publicerade mötet ${meeting.title}`,
    );
    await entry.waitFor();
    const link = entry.getByRole("link", { name: meeting.title });
    expect(await link.getAttribute("href")).toBe(`/moten/${meeting.slug}`);
    const time = entry.locator("time");
    const at = await time.getAttribute("datetime");
    if (!at) throw new Error("the entry has no time");
    expect(await time.innerText()).toBe(inSwedishTime(at, "sv-SE"));
    await entry.getByText("Status: utkast → publicerad").waitFor();
    await expectReadable(page);

    await switchLanguage(page, "English");
    const inEnglish = entryWith(
      page,
      `Coordinator ${demo.coordinator.name} published the meeting ${meeting.title}`,
    );
    await inEnglish.waitFor();
    expect(await inEnglish.locator("time").innerText()).toBe(inSwedishTime(at, "en-GB"));
    await inEnglish.getByText("Status: draft → published").waitFor();
    await expectReadable(page);
    await switchLanguage(page, "Svenska");

    // The whole log, not only the published meetings, reads the same.
    await page.getByRole("link", { name: "Visa hela loggen" }).click();
    await entryWith(page, `skapade mötet ${meeting.title}`).waitFor();
    await expectReadable(page);
    await expectFitsAPhone(page);

    // The link goes to the meeting's page.
    await entryWith(page, `publicerade mötet ${meeting.title}`)
      .getByRole("link", { name: meeting.title })
      .click();
    await page.getByRole("heading", { name: meeting.title, level: 1 }).waitFor();
  });

  it("tells the moderators who hid a comment in which theme, with a link to the comment", async () => {
    const author = await newParticipant(server.url, coordinatorApi);
    const authorApi = await signedInClient(server.url, author.email, author.password);
    const commentId = await writeComment(
      authorApi,
      { themeId: await themeId(authorApi, theme.slug) },
      `En kommentar som döljs, ärende ${uniqueSuffix()}.`,
    );
    await mutationId(
      moderatorApi,
      `mutation ($id: ID!, $reason: String!) { hideComment(id: $id, reason: $reason) { __typename ... on MutationHideCommentSuccess { data { id } } } }`,
      { id: commentId, reason: "Uppgifter som kan peka ut ett barn." },
    );
    const { theme: found } = await moderatorApi<{ theme: { title: string } }>(
      `query ($slug: String!) { theme(slug: $slug) { title } }`,
      { slug: theme.slug },
    );

    const page = await signedInPage(server.url, demo.moderator.email, "/moderering/logg");
    // The entry about this comment, in either language: by its link.
    const entry = page
      .getByRole("listitem")
      .filter({ has: page.locator(`a[href="/teman/${theme.slug}#kommentar-${commentId}"]`) });
    await entry
      .locator(".log-sentence", {
        hasText: `Moderatorn ${demo.moderator.name} dolde en kommentar i temat ${found.title}`,
      })
      .waitFor();
    const link = entry.getByRole("link", { name: found.title });
    expect(await link.getAttribute("href")).toBe(`/teman/${theme.slug}#kommentar-${commentId}`);
    await entry.getByText("Skäl: Uppgifter som kan peka ut ett barn.").waitFor();
    await expectReadable(page);

    await switchLanguage(page, "English");
    await entry
      .locator(".log-sentence", {
        hasText: `Moderator ${demo.moderator.name} hid a comment in the theme ${found.title}`,
      })
      .waitFor();
    await expectReadable(page);
    await expectFitsAPhone(page);
  });
});
