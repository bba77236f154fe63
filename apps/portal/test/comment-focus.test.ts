import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { launchBrowser } from "./browser";
import {
  browserContexts,
  demo,
  demoPassword,
  newParticipant,
  themeId,
  writeComment,
} from "./fixtures";

const theme = { slug: "direkttid-och-dokumentation", title: "Direkttid och dokumentation" };

/**
 * Where focus goes after a person publishes a comment, and what a screen reader hears when others'
 * comments arrive live. Each test writes as people of its own (the API takes one comment per person
 * every ten seconds).
 */
describe("a theme's thread, for someone who writes and listens", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  let theThemeId: string;
  const { signedInPage, closeAll } = browserContexts(() => browser);

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    theThemeId = await themeId(coordinatorApi, theme.slug);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("gives focus to the comment just published, and announces another person's new comment", async () => {
    const writer = await newParticipant(server.url, coordinatorApi);
    const other = await newParticipant(server.url, coordinatorApi);
    const page = await signedInPage(
      server.url,
      writer.email,
      `/teman/${theme.slug}`,
      writer.password,
    );
    await page.getByRole("heading", { name: "Skriv en kommentar" }).waitFor();

    const body = `Vi har börjat planera barnsamtalen tillsammans med skolan (${writer.name}).`;
    await page.getByLabel("Din kommentar").fill(body);
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByText("Kommentaren är publicerad.").waitFor();
    const written = page.getByRole("article").filter({ hasText: body });
    await expect
      .poll(() => written.evaluate((article) => article === document.activeElement))
      .toBe(true);
    expect(await written.getAttribute("tabindex")).toBe("-1");

    // Another person writes: the comment arrives live and the polite live region says so.
    const otherApi = await signedInClient(server.url, other.email, other.password);
    await writeComment(otherApi, { themeId: theThemeId }, "Hos oss har det också gett mycket.");
    await page.getByText("Hos oss har det också gett mycket.").waitFor();
    const live = page.locator('main [aria-live="polite"]', { hasText: other.name });
    await live.waitFor({ state: "attached" });
    expect(await live.textContent()).toBe(`Ny kommentar av ${other.name}`);
    // Reading goes on where it was: the live comment does not take focus.
    expect(await written.evaluate((article) => article === document.activeElement)).toBe(true);
  });
});
