import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, mutationId, uniqueSuffix } from "./fixtures";

/** The office's address as this test configures it, so that the pages must show the setting. */
const officeEmail = "kansliet.provet@example.se";

/** The headings of Digg's model for an accessibility statement, in its order. */
const statementHeadings = {
  sv: [
    "Hur tillgänglig är webbplatsen?",
    "Vad kan du göra om du inte kan använda delar av webbplatsen?",
    "Rapportera brister i webbplatsens tillgänglighet",
    "Tillsyn",
    "Teknisk information om webbplatsens tillgänglighet",
    "Innehåll som inte är tillgängligt",
    "Hur vi testat webbplatsen",
  ],
  en: [
    "How accessible is the website?",
    "What can you do if you cannot use parts of the website?",
    "Report accessibility problems",
    "Supervision",
    "Technical information about the website's accessibility",
    "Content that is not accessible",
    "How we tested the website",
  ],
};

const statuses = ["PROPOSED", "DECIDED", "BEING_PREPARED", "UNDER_WAY", "REPORTED", "DONE"];
const statusLabel: Record<string, string> = {
  PROPOSED: "Föreslaget",
  DECIDED: "Beslutat",
  BEING_PREPARED: "Bereds",
  UNDER_WAY: "Pågår",
  REPORTED: "Redovisat",
  DONE: "Genomfört",
};

/** The texts of the main content's second-level headings, in order. */
const h2s = (page: Page) =>
  page
    .getByRole("main")
    .locator("h2")
    .allInnerTexts()
    .then((texts) => texts.map((text) => text.trim()));

describe("the pages about the portal and what the dialogue has produced, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinator: Request;
  let themes: { id: string; slug: string; title: string }[];
  const { freshPage, closeAll } = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  /** A page at the path in English: the language switch, as a visitor would use it. */
  async function englishPage(path: string): Promise<Page> {
    const page = await freshPage();
    await page.goto(url(path));
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("html[lang=en]").waitFor();
    return page;
  }

  /** A finding of the test's own about the theme, published by the coordinator; its id and title. */
  async function publishedFinding(theme: { id: string }): Promise<{ id: string; title: string }> {
    const suffix = uniqueSuffix();
    const title = `Introduktion av nya socialsekreterare ${suffix}`;
    const id = await mutationId(
      coordinator,
      `mutation ($input: FindingInput!) { createFinding(input: $input) { __typename ... on MutationCreateFindingSuccess { data { id } } } }`,
      {
        input: {
          title,
          body: `Kommunen låter nya socialsekreterare gå bredvid en erfaren kollega i tre månader (${suffix}).`,
          kind: "GOOD_EXAMPLE",
          source: "HEARING",
          municipalityCode: "1280",
          themeIds: [theme.id],
          phaseNumber: 2,
        },
      },
    );
    await mutationId(
      coordinator,
      `mutation ($id: ID!) { submitFindingForReview(id: $id) { __typename ... on MutationSubmitFindingForReviewSuccess { data { id } } } }`,
      { id },
    );
    await mutationId(
      coordinator,
      `mutation ($id: ID!) { publishFinding(id: $id) { __typename ... on MutationPublishFindingSuccess { data { id } } } }`,
      { id },
    );
    return { id, title };
  }

  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      CONTACT_EMAIL: officeEmail,
    });
    browser = await launchBrowser();
    coordinator = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    ({ themes } = await coordinator<{ themes: { id: string; slug: string; title: string }[] }>(
      `{ themes { id slug title } }`,
    ));
    expect(themes.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("publishes the accessibility statement with Digg's headings in order, the office's address and Digg's form", async () => {
    const page = await freshPage();
    await page.goto(url("/tillganglighet"));
    await page
      .getByRole("heading", { level: 1, name: "Tillgänglighetsredogörelse för Kraftsamling" })
      .waitFor();
    expect(await page.title()).toContain("Tillgänglighetsredogörelse");
    expect(await h2s(page)).toEqual(statementHeadings.sv);
    const main = page.getByRole("main");
    await main.getByText(/står bakom den här webbplatsen/).waitFor();
    await main.getByText(/delvis förenlig med lagen om tillgänglighet/).waitFor();
    const email = main.getByRole("link", { name: officeEmail }).first();
    await email.waitFor();
    expect(await email.getAttribute("href")).toBe(`mailto:${officeEmail}`);
    expect(await main.getByRole("link", { name: /Digg/ }).getAttribute("href")).toBe(
      "https://www.digg.se/tdosanmalan",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("publishes the accessibility statement in English with the same headings in order", async () => {
    const english = await englishPage("/tillganglighet");
    await english
      .getByRole("heading", { level: 1, name: "Accessibility statement for Kraftsamling" })
      .waitFor();
    expect(await english.title()).toContain("Accessibility statement");
    expect(await h2s(english)).toEqual(statementHeadings.en);
    await english.getByRole("main").getByRole("link", { name: officeEmail }).first().waitFor();
    expect(await accessibilityViolations(english)).toEqual([]);
  });

  it("tells the mission and links into the portal", async () => {
    const page = await freshPage();
    await page.goto(url("/om"));
    await page.getByRole("heading", { level: 1, name: "Om samordnarens uppdrag" }).waitFor();
    expect(await page.title()).toContain("Om uppdraget");
    const main = page.getByRole("main");
    const hrefs = await main
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(
      expect.arrayContaining(["/teman", "/iakttagelser", "/moten", "/atagande", "/utvecklare"]),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("tells the mission in English", async () => {
    const english = await englishPage("/om");
    await english
      .getByRole("heading", { level: 1, name: "About the coordinator's mission" })
      .waitFor();
    await english.getByRole("heading", { level: 2, name: "What the dialogue leads to" }).waitFor();
    expect(await accessibilityViolations(english)).toEqual([]);
  });

  it("gives the office's configured e-mail and the ways to ask about accessibility, personal data and data", async () => {
    const page = await freshPage();
    await page.goto(url("/kontakt"));
    await page.getByRole("heading", { level: 1, name: "Kontakta samordnarens kansli" }).waitFor();
    expect(await page.title()).toContain("Kontakt");
    const main = page.getByRole("main");
    expect(await main.getByRole("link", { name: officeEmail }).getAttribute("href")).toBe(
      `mailto:${officeEmail}`,
    );
    expect(
      await main.getByRole("link", { name: "Tillgänglighetsredogörelse" }).getAttribute("href"),
    ).toBe("/tillganglighet");
    expect(
      await main
        .getByRole("link", { name: "Så behandlar vi personuppgifter" })
        .getAttribute("href"),
    ).toBe("/personuppgifter");
    expect(
      await main.getByRole("link", { name: "För utvecklare och öppna data" }).getAttribute("href"),
    ).toBe("/utvecklare");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("gives the office's e-mail in English", async () => {
    const english = await englishPage("/kontakt");
    await english
      .getByRole("heading", { level: 1, name: "Contact the coordinator's office" })
      .waitFor();
    await english.getByRole("main").getByRole("link", { name: officeEmail }).waitFor();
    expect(await accessibilityViolations(english)).toEqual([]);
  });

  it("shows a finding the coordinator publishes under the latest findings on the start page, and where the commitments stand", async () => {
    const finding = await publishedFinding(themes[0] as { id: string });
    const counts: Record<string, number> = {};
    for (const status of statuses) {
      const answer = await apiClient(server.url)<{
        commitmentsConnection: { totalCount: number };
      }>(
        `query ($statuses: [CommitmentStatus!]) { commitmentsConnection(filter: { statuses: $statuses }, first: 1) { totalCount } }`,
        { statuses: [status] },
      );
      counts[status] = answer.commitmentsConnection.totalCount;
    }
    expect(counts.DECIDED).toBeGreaterThan(0);

    const page = await freshPage();
    await page.goto(server.url);
    const latest = page.getByRole("region", { name: "Senaste iakttagelserna" });
    const link = latest.getByRole("link", { name: finding.title });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`/iakttagelser/${finding.id}`);
    await latest.getByText("Malmö, Skåne län").first().waitFor();
    expect(
      await latest.getByRole("link", { name: /publicerade iakttagelse/ }).getAttribute("href"),
    ).toBe("/iakttagelser");

    const commitments = page.getByRole("region", { name: "Åtagandenas status" });
    for (const status of statuses) {
      const count = counts[status] ?? 0;
      const statusLink = commitments.getByRole("link", {
        name: `${count} ${statusLabel[status]}`,
        exact: true,
      });
      if (count === 0) {
        expect(await statusLink.count()).toBe(0);
      } else {
        await statusLink.waitFor();
        expect(await statusLink.getAttribute("href")).toBe(
          `/atagande?status=${status.toLowerCase()}`,
        );
      }
    }
    // The existing sections stay.
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    await page.getByRole("heading", { name: "Uppdragets fem faser" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a theme's latest published findings on its page, and not another theme's", async () => {
    const [theme, other] = themes as [(typeof themes)[number], (typeof themes)[number]];
    const finding = await publishedFinding(theme);

    const page = await freshPage();
    await page.goto(url(`/teman/${theme.slug}`));
    const latest = page.getByRole("region", { name: "Senaste iakttagelserna om temat" });
    const link = latest.getByRole("link", { name: finding.title });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`/iakttagelser/${finding.id}`);
    expect(
      await latest.getByRole("link", { name: /publicerade iakttagelse/ }).getAttribute("href"),
    ).toBe(`/iakttagelser?tema=${theme.slug}`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(url(`/teman/${other.slug}`));
    const otherLatest = page.getByRole("region", { name: "Senaste iakttagelserna om temat" });
    await otherLatest
      .getByRole("listitem")
      .or(otherLatest.getByText("Inga publicerade"))
      .first()
      .waitFor();
    expect(await otherLatest.getByRole("link", { name: finding.title }).count()).toBe(0);
  });
});
