import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, hearingByApi, uniqueSuffix } from "./fixtures";

/**
 * A visitor who is not signed in, on each page that needs sign-in: the page says so under an h1,
 * with a sign-in link that comes back to the page. And the sign-in form's own messages.
 */
describe("pages that need sign-in, for a visitor who is signed out", () => {
  let server: RunningServer;
  let browser: Browser;
  let hearingSlug: string;
  const { freshPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();

  /** The main's sign-in link and the page it returns to (`tillbaka`). */
  async function signInLinkBack(page: Page): Promise<string | null> {
    const link = page.getByRole("main").getByRole("link", { name: "Logga in", exact: true });
    const href = await link.getAttribute("href");
    const target = new URL(href ?? "", server.url);
    expect(target.pathname).toBe("/logga-in");
    return target.searchParams.get("tillbaka");
  }

  async function fillSignIn(page: Page, email: string, password: string) {
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(password);
    await page.getByRole("main").getByRole("button", { name: "Logga in" }).click();
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    const coordinator = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const hearing = await hearingByApi(coordinator, {
      title: `Hearing om inloggning ${uniqueSuffix()}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
      publish: true,
    });
    hearingSlug = hearing.slug;
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  /** Each page, with the h1 a signed-out visitor sees on it (null: the meeting's public title). */
  const pages: { path: () => string; heading: string | null }[] = [
    { path: () => "/mina-moten", heading: "Mina möten" },
    { path: () => "/notiser", heading: "Notiser" },
    { path: () => "/profil", heading: "Min profil" },
    { path: () => "/mina-organisationer", heading: "Mina organisationer" },
    { path: () => "/admin", heading: "Administration" },
    { path: () => "/admin/personer", heading: "Administration" },
    { path: () => "/admin/rapporter/2026/1/utskrift", heading: "Kvartalsrapporter" },
    { path: () => "/moderering", heading: "Moderering" },
    { path: () => `/moten/${hearingSlug}/fragor/styr`, heading: null },
  ];

  it.for(pages)("shows $heading's notice under an h1, with a sign-in link back", async ({
    path: pathOf,
    heading,
  }) => {
    const path = pathOf();
    const page = await freshPage();
    await page.goto(url(path));
    await page.getByText("Du behöver logga in för att se den här sidan.").waitFor();
    const h1 = page.getByRole("heading", { level: 1 });
    expect(await h1.count()).toBe(1);
    // The Q&A control's h1 is its meeting's title, which is public; the notice stands under it.
    if (heading) expect(await h1.textContent()).toBe(heading);
    else expect(await h1.textContent()).toMatch(/^Hearing om inloggning/);
    expect(await signInLinkBack(page)).toBe(path);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("returns to the page after signing in from its notice", async () => {
    const page = await freshPage();
    await page.goto(url("/mina-moten"));
    await page.getByText("Du behöver logga in för att se den här sidan.").waitFor();
    await page.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await page.getByRole("heading", { name: "Logga in", level: 1 }).waitFor();
    await fillSignIn(page, demo.member.email, demoPassword);
    await page.getByRole("heading", { name: "Kommande", exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/mina-moten");
  });

  it("takes the header's sign-in link back to the page the visitor was on, the start page too", async () => {
    const page = await freshPage();
    await page.goto(url("/teman"));
    await page.getByRole("banner").getByRole("link", { name: "Logga in" }).click();
    await page.getByRole("heading", { name: "Logga in", level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get("tillbaka")).toBe("/teman");
    await fillSignIn(page, demo.member.email, demoPassword);
    await page.getByRole("banner").getByRole("button", { name: "Logga ut" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/teman");

    const start = await freshPage();
    await start.goto(url("/"));
    await start.getByRole("banner").getByRole("link", { name: "Logga in" }).click();
    await start.getByRole("heading", { name: "Logga in", level: 1 }).waitFor();
    await fillSignIn(start, demo.member.email, demoPassword);
    await start.getByRole("banner").getByRole("button", { name: "Logga ut" }).waitFor();
    expect(new URL(start.url()).pathname).toBe("/");
  });

  it("shows both missing fields at once, with a summary that takes focus", async () => {
    const page = await freshPage();
    await page.goto(url("/logga-in"));
    await page.getByRole("main").getByRole("button", { name: "Logga in" }).click();
    const summary = page.getByRole("region", { name: "Formuläret har 2 fel:" });
    await summary.waitFor();
    expect(await summary.getByRole("listitem").allTextContents()).toEqual([
      "Skriv en e-postadress.",
      "Skriv ditt lösenord.",
    ]);
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    for (const [label, message] of [
      ["E-postadress", "Skriv en e-postadress."],
      ["Lösenord", "Skriv ditt lösenord."],
    ] as const) {
      const input = page.getByLabel(label, { exact: true });
      expect(await input.getAttribute("aria-invalid"), label).toBe("true");
      expect(await descriptionOf(page, label), label).toBe(message);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    // One field filled: only the other is marked, and focus goes to it.
    await page.getByLabel("E-postadress").fill(demo.member.email);
    await page.getByRole("main").getByRole("button", { name: "Logga in" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("name")))
      .toBe("password");
    expect(await page.getByLabel("E-postadress").getAttribute("aria-invalid")).toBeNull();
    expect(await descriptionOf(page, "Lösenord")).toBe("Skriv ditt lösenord.");
  });

  it("ties a wrong password's message to both fields", async () => {
    const page = await freshPage();
    await page.goto(url("/logga-in"));
    await fillSignIn(page, demo.member.email, "inte-det-ratta-losenordet");
    const message = "E-postadressen eller lösenordet stämmer inte.";
    await page.getByText(message).waitFor();
    for (const label of ["E-postadress", "Lösenord"]) {
      expect(
        await page.getByLabel(label, { exact: true }).getAttribute("aria-invalid"),
        label,
      ).toBe("true");
      expect(await descriptionOf(page, label), label).toBe(message);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

/** The text of what the input's aria-describedby points at, as a screen reader reads it. */
function descriptionOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((input) =>
    (input.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
      .join(" "),
  );
}
