import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, uniqueSuffix } from "./fixtures";

describe("the commitments, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  /** A day as the portal writes it in Swedish: a date as it is, a moment in Stockholm. */
  const swedishDay = (value: string) =>
    new Intl.DateTimeFormat("sv-SE", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? "UTC" : "Europe/Stockholm",
    }).format(new Date(value));

  /** The titles of the commitments a section of the list shows. */
  const titlesIn = (page: Page, section: string) =>
    page
      .getByRole("region", { name: section, exact: true })
      .locator(".commitment-card .card-title")
      .allTextContents();

  it("lists the commitments by group and filters them by who carries them out and by status, in the address", async () => {
    const page = await freshPage();
    await page.goto(url("/"));
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Åtaganden" })
      .click();
    await page.getByRole("heading", { name: "Åtaganden", level: 1 }).waitFor();
    await page.getByText("42 åtaganden visas.").waitFor();
    for (const heading of [
      "Förslag till regeringen",
      "SKL:s handlingsplan",
      "Stabilitet i verksamheten",
    ])
      await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
    await page.getByRole("heading", { name: "Organisation och utbildning", level: 3 }).waitFor();
    // Proposal 5 says its status in words, and when it last changed.
    const five = page.locator(".commitment-card").filter({ hasText: "Förslag 5" });
    await expect(five.locator(".commitment-status").textContent()).resolves.toMatch(/Bereds$/);
    await expect(five.getByRole("definition").nth(1).textContent()).resolves.toContain(
      "antaget datum",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Genomförs av").selectOption({ label: "Socialstyrelsen" });
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Beslutat" });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(/aktor=Socialstyrelsen&status=decided/);
    await page.getByText("2 åtaganden visas.").waitFor();
    await expect
      .poll(() => titlesIn(page, "Förslag till regeringen"))
      .toEqual([
        expect.stringMatching(/^Analys om den medicinskt ansvariga sjuksköterskans uppdrag/),
        expect.stringMatching(/^Överlämnande av uppgifter som innefattar myndighetsutövning/),
      ]);
    await expect
      .poll(() => page.getByRole("heading", { name: "SKL:s handlingsplan" }).count())
      .toBe(0);

    // From the address alone: SKL's proposed items, by area, and its stability factors.
    const skl = encodeURIComponent("Sveriges Kommuner och Landsting (SKL)");
    await page.goto(url(`/atagande?aktor=${skl}&status=proposed`));
    await page.getByText("32 åtaganden visas.").waitFor();
    await page.getByRole("heading", { name: "Stabilitet i verksamheten", level: 2 }).waitFor();
    expect(await page.getByLabel("Genomförs av").inputValue()).toBe(
      "Sveriges Kommuner och Landsting (SKL)",
    );
    expect(await page.getByLabel("Status", { exact: true }).inputValue()).toBe("PROPOSED");
    await expect
      .poll(() => page.getByRole("heading", { name: "Förslag till regeringen" }).count())
      .toBe(0);
    await expect
      .poll(() => titlesIn(page, "Forskning och utveckling"))
      .toContain("Utveckling av resultatmått för arbetet med barn och unga");
    await expect
      .poll(() => titlesIn(page, "Stabilitet i verksamheten"))
      .toEqual([
        "Tillräcklig bemanning",
        "Tillgång till närvarande och stödjande arbetsledning",
        "Försiktighet i organisationsförändringar",
        "Strukturerade kompetensprogram",
      ]);
  });

  it("lets the coordinator mark proposal 5 decided with a note, which an anonymous page then shows in the timeline", async () => {
    const note = `Regeringen har beslutat om vägledning för sökbara anmälningar (${uniqueSuffix()}).`;
    const page = await signedInPage(
      server.url,
      demo.coordinator.email,
      "/atagande/forslag-5",
      demoPassword,
    );
    await page
      .getByRole("heading", { name: /^Klargöra möjligheterna att hålla anmälningar/, level: 1 })
      .waitFor();
    const form = page.getByRole("region", { name: "Registrera en statusändring" });
    await form.getByLabel("Ny status").selectOption({ label: "Beslutat" });
    await form.getByLabel("Datum").fill("2017-09-01");
    // Without a note the change is refused, beside the note.
    await form.getByRole("button", { name: "Spara statusändringen" }).click();
    await form
      .getByRole("alert")
      .filter({ hasText: "Skriv en anteckning om vad som ändrades." })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel("Anteckning").fill(note);
    await form.getByRole("button", { name: "Spara statusändringen" }).click();
    await form.getByText("Statusändringen är sparad.").waitFor();
    const timeline = page.getByRole("region", { name: "Tidslinje" });
    await timeline.getByText(note).waitFor();

    const anonymous = await freshPage();
    await anonymous.goto(url("/atagande/forslag-5"));
    const steps = anonymous.getByRole("region", { name: "Tidslinje" }).getByRole("listitem");
    await steps.filter({ hasText: note }).waitFor();
    const texts = await steps.allTextContents();
    expect(texts[0]).toMatch(/antaget datum\).*Föreslaget/);
    expect(texts[1]).toMatch(/antaget datum\).*Bereds/);
    const mine = texts.find((text) => text.includes(note));
    expect(mine).toMatch(/^1 september 2017 – Beslutat/);
    expect(mine).not.toContain("antaget datum");
    await expect(
      anonymous.locator(".page-intro .commitment-status").textContent(),
    ).resolves.toMatch(/Beslutat$/);
    expect(
      await anonymous.getByRole("region", { name: "Registrera en statusändring" }).count(),
    ).toBe(0);
    expect(await accessibilityViolations(anonymous)).toEqual([]);
  });

  it("lets the coordinator link a published finding and a meeting to proposal 3, which an anonymous page then lists, and unlink them", async () => {
    const visitor = apiClient(server.url);
    const { newest, meetings } = await visitor<{
      newest: { title: string }[];
      meetings: { id: string; slug: string; title: string; startsAt: string }[];
    }>(
      `{ newest: findings(limit: 1) { title } meetings(statuses: [HELD], period: PAST, limit: 1) { id slug title startsAt } }`,
    );
    const search = newest[0]?.title ?? "";
    // The hits the form shows, newest first: the demo's titles repeat, their days tell them apart.
    const { hits } = await visitor<{
      hits: {
        id: string;
        title: string;
        kind: string;
        observedOn: string | null;
        publishedAt: string;
      }[];
    }>(
      `query ($search: String!) { hits: findings(filter: { search: $search }, limit: 10) { id title kind observedOn publishedAt } }`,
      { search },
    );
    const hitText = (f: (typeof hits)[number]) =>
      `${f.title} ${f.kind === "CHALLENGE" ? "Utmaning" : "Gott exempel"}, ${swedishDay(f.observedOn ?? f.publishedAt)}`;
    const finding = hits.find((f) => hits.filter((g) => hitText(g) === hitText(f)).length === 1);
    const meeting = meetings[0];
    if (!finding || !meeting) throw new Error("the demo has no published finding or held meeting");

    const page = await signedInPage(
      server.url,
      demo.coordinator.email,
      "/atagande/forslag-3",
      demoPassword,
    );
    const links = page.getByRole("region", { name: "Koppla iakttagelser och möten" });
    await links.getByRole("heading", { name: "Kopplade iakttagelser", level: 3 }).waitFor();
    await links.getByLabel("Sök bland publicerade iakttagelser").fill(search);
    await links.getByRole("button", { name: "Sök", exact: true }).click();
    // Each hit says its title, its kind and its date.
    const hit = links
      .getByRole("list", { name: "Iakttagelser som passar sökningen" })
      .getByRole("listitem")
      .filter({ hasText: hitText(finding) });
    await hit.getByRole("button", { name: /^Koppla/ }).click();
    await hit.getByRole("button", { name: /^Kopplad/ }).waitFor();

    await links
      .getByLabel("Möte", { exact: true })
      .selectOption({ label: `${meeting.title} (${swedishDay(meeting.startsAt)})` });
    await links.getByRole("button", { name: "Koppla mötet" }).click();
    const linkedMeeting = links.getByRole("list", { name: "Kopplade möten" }).getByRole("listitem");
    await linkedMeeting.filter({ has: page.getByText(meeting.title, { exact: true }) }).waitFor();
    await links.getByText("Du har ändringar som inte är sparade.").waitFor();
    await links.getByRole("button", { name: "Spara kopplingarna" }).click();
    await links.getByRole("status").filter({ hasText: "Sparat" }).waitFor();
    // The page's own sections follow the save.
    await page
      .getByRole("region", { name: "Iakttagelser bakom åtagandet" })
      .getByRole("link", { name: finding.title, exact: true })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const anonymous = await freshPage();
    await anonymous.goto(url("/atagande/forslag-3"));
    const findingLink = anonymous
      .getByRole("region", { name: "Iakttagelser bakom åtagandet" })
      .getByRole("link", { name: finding.title, exact: true });
    await expect(findingLink.getAttribute("href")).resolves.toBe(`/iakttagelser/${finding.id}`);
    const meetingLink = anonymous
      .getByRole("region", { name: "Möten bakom åtagandet" })
      .getByRole("link", { name: meeting.title, exact: true });
    await expect(meetingLink.getAttribute("href")).resolves.toBe(`/moten/${meeting.slug}`);
    expect(
      await anonymous.getByRole("region", { name: "Koppla iakttagelser och möten" }).count(),
    ).toBe(0);
    expect(await accessibilityViolations(anonymous)).toEqual([]);

    // Unlinked again, the commitment is as it was before the test.
    await links
      .getByRole("list", { name: "Kopplade iakttagelser" })
      .getByRole("listitem")
      .filter({ hasText: hitText(finding) })
      .getByRole("button", { name: /^Ta bort/ })
      .click();
    await linkedMeeting
      .filter({ has: page.getByText(meeting.title, { exact: true }) })
      .getByRole("button", { name: /^Ta bort/ })
      .click();
    await links.getByRole("button", { name: "Spara kopplingarna" }).click();
    await links.getByRole("status").filter({ hasText: "Sparat" }).waitFor();
    await anonymous.reload();
    await anonymous.getByRole("heading", { name: "Tidslinje", level: 2 }).waitFor();
    expect(await anonymous.getByRole("link", { name: finding.title, exact: true }).count()).toBe(0);
    expect(await anonymous.getByRole("link", { name: meeting.title, exact: true }).count()).toBe(0);
  });
});
