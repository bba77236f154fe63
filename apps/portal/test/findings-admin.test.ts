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

interface Visit {
  id: string;
  round: number;
  municipality: { name: string };
}

/** A visit to record findings from: the first the coordinator has, or one planned for the test. */
async function someVisit(coordinator: Request): Promise<Visit> {
  const fields = "id round municipality { name }";
  const { visits } = await coordinator<{ visits: Visit[] }>(`{ visits(limit: 1) { ${fields} } }`);
  if (visits[0]) return visits[0];
  const { visitSelection } = await coordinator<{
    visitSelection: { picks: { municipalityCode: string }[] } | null;
  }>(`{ visitSelection { picks { municipalityCode } } }`);
  let code = visitSelection?.picks[0]?.municipalityCode;
  if (!code) {
    const { saveVisitSelection } = await coordinator<{
      saveVisitSelection: { data?: { picks: { municipalityCode: string }[] } };
    }>(
      `mutation { saveVisitSelection(seed: 2015) { __typename ... on MutationSaveVisitSelectionSuccess { data { picks { municipalityCode } } } } }`,
    );
    code = saveVisitSelection.data?.picks[0]?.municipalityCode;
  }
  if (!code) throw new Error("no municipality to visit");
  const { planVisit } = await coordinator<{ planVisit: { __typename: string; data?: Visit } }>(
    `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { __typename ... on MutationPlanVisitSuccess { data { ${fields} } } } }`,
    { input: { municipalityCode: code, round: 1, date: "2015-10-06" } },
  );
  if (!planVisit.data) throw new Error(`the visit was refused: ${planVisit.__typename}`);
  return planVisit.data;
}

describe("the coordinator's findings office, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  let visit: Visit;
  let themes: { id: string; title: string }[];
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();
  const coordinatorPage = (path: string) =>
    signedInPage(server.url, demo.coordinator.email, path, demoPassword);

  /** A draft of the test's own, from the visit, made through the API; its id and title. */
  async function draftByApi(): Promise<{ id: string; title: string; body: string }> {
    const suffix = uniqueSuffix();
    const title = `Långa väntetider på utredning ${suffix}`;
    const body = `Handläggarna beskriver att utredningarna dröjer när personalen byts ut ofta (${suffix}).`;
    const id = await mutationId(
      coordinatorApi,
      `mutation ($input: FindingInput!) { createFinding(input: $input) { __typename ... on MutationCreateFindingSuccess { data { id } } } }`,
      {
        input: {
          title,
          body,
          kind: "CHALLENGE",
          source: "VISIT",
          visitId: visit.id,
          themeIds: [themes[0]?.id],
          phaseNumber: 2,
        },
      },
    );
    return { id, title, body };
  }

  /** The finding's title as someone who is not signed in reads it through the API, or null. */
  async function anonymousTitle(id: string): Promise<string | null> {
    const { finding } = await apiClient(server.url)<{ finding: { title: string } | null }>(
      `query ($id: ID!) { finding(id: $id) { title } }`,
      { id },
    );
    return finding?.title ?? null;
  }

  /** The status the page shows for the finding, in words. */
  const statusOf = (page: Page) =>
    page
      .getByRole("region", { name: "Status" })
      .getByRole("listitem")
      .filter({ hasText: "Status:" })
      .first();

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    visit = await someVisit(coordinatorApi);
    ({ themes } = await coordinatorApi<{ themes: { id: string; title: string }[] }>(
      `{ themes { id title } }`,
    ));
    expect(themes.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("lists the findings with their status in words, filtered by status in the address", async () => {
    const draft = await draftByApi();
    const page = await coordinatorPage("/admin");
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Iakttagelser" })
      .click();
    await page.getByRole("heading", { name: "Iakttagelser", level: 1 }).waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Utkast" });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(/status=DRAFT/);
    const table = page.getByRole("table", { name: /Iakttagelser med status/ });
    const row = table.getByRole("row").filter({ hasText: draft.title });
    await row.waitFor();
    await expect(row.getByText("Utkast", { exact: true }).count()).resolves.toBe(1);
    // Every row is a draft, said in words.
    const statuses = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(statuses)).toEqual(new Set(["Utkast"]));
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: /iakttagelse/ })
        .count(),
    ).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Publicerad" });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(/status=PUBLISHED/);
    await page.getByRole("link", { name: "Visa alla iakttagelser" }).waitFor();
    // The demo's published findings take the drafts' place.
    await table.locator("tbody tr").filter({ hasText: "Publicerad" }).first().waitFor();
    const published = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(published)).toEqual(new Set(["Publicerad"]));
    expect(await table.getByRole("row").filter({ hasText: draft.title }).count()).toBe(0);
  });

  it("records a finding from a visit with two themes, refusing it without a theme", async () => {
    const title = `Barnens röster i utredningen ${uniqueSuffix()}`;
    // The visit's page leads to a new finding from it.
    const page = await coordinatorPage(`/admin/besok/${visit.id}`);
    const fromVisit = page.getByRole("region", { name: "Iakttagelser från besöket" });
    await fromVisit.getByRole("link", { name: "Ny iakttagelse från besöket" }).click();
    await page.getByRole("heading", { name: "Ny iakttagelse", level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get("besok")).toBe(visit.id);
    // The visit link's visit is chosen, and the municipality follows from it.
    expect(await page.getByLabel("Källa").inputValue()).toBe("VISIT");
    expect(await page.getByLabel("Besök", { exact: true }).inputValue()).toBe(visit.id);
    await page.getByText(`Kommunen följer av besöket: ${visit.municipality.name}.`).waitFor();
    await page.getByLabel("Rubrik").fill(title);
    await page
      .getByLabel("Text", { exact: true })
      .fill("Socialsekreterarna berättar att barnen får komma till tals i varje utredning.");
    await page.getByRole("radio", { name: "Gott exempel" }).check();
    await page.getByRole("button", { name: "Spara som utkast" }).click();

    const themesGroup = page.getByRole("group", { name: "Teman" });
    await themesGroup
      .getByRole("alert")
      .filter({ hasText: "Välj minst ett tema som iakttagelsen handlar om." })
      .waitFor();
    // The focus is on the themes, where the message is.
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
    ).toBe("themeIds");
    expect(await accessibilityViolations(page)).toEqual([]);

    const [first, second] = themes;
    await themesGroup.getByRole("checkbox", { name: first?.title, exact: true }).check();
    await themesGroup.getByRole("checkbox", { name: second?.title, exact: true }).check();
    await page.getByRole("button", { name: "Spara som utkast" }).click();

    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await page.getByText("Iakttagelsen är sparad som utkast.").waitFor();
    expect(page.url()).toMatch(/\/admin\/iakttagelser\/[0-9a-f-]{36}$/);
    expect(await statusOf(page).textContent()).toContain("Utkast");
    for (const theme of [first, second])
      expect(
        await page.getByRole("checkbox", { name: theme?.title, exact: true }).isChecked(),
      ).toBe(true);
    expect(await page.getByRole("radio", { name: "Gott exempel" }).isChecked()).toBe(true);
    const toVisit = page.getByRole("link", {
      name: `Från besöket i ${visit.municipality.name}, omgång ${visit.round}`,
    });
    await toVisit.waitFor();
    // A draft can only go to review.
    const actions = page.getByRole("region", { name: "Status" });
    await actions.getByRole("button", { name: "Skicka till granskning" }).waitFor();
    expect(await actions.getByRole("button", { name: "Publicera" }).count()).toBe(0);
    expect(await actions.getByRole("button", { name: "Avpublicera" }).count()).toBe(0);

    // The visit's page (by the finding's own link to it) lists it with its status, and links to it.
    await toVisit.click();
    await page.waitForURL(new RegExp(`/admin/besok/${visit.id}$`));
    const item = fromVisit.getByRole("listitem").filter({ hasText: title });
    await item.getByText("Utkast", { exact: true }).waitFor();
    await item.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();

    // The drafts, newest first, begin with it.
    await page.getByRole("link", { name: "Alla iakttagelser" }).click();
    await page.getByRole("heading", { name: "Iakttagelser", level: 1 }).waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Utkast" });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(/status=DRAFT/);
    const rows = page.getByRole("table", { name: /Iakttagelser med status/ }).locator("tbody tr");
    await rows.filter({ hasText: title }).waitFor();
    expect(await rows.first().getByRole("rowheader").textContent()).toBe(title);
    expect(await rows.first().getByRole("cell").first().textContent()).toBe("Utkast");
  });

  it("sends a finding to review, publishes it, revises it and unpublishes it with a reason", async () => {
    const finding = await draftByApi();
    const page = await coordinatorPage(`/admin/iakttagelser/${finding.id}`);
    await page.getByRole("heading", { name: finding.title, level: 1 }).waitFor();
    const actions = page.getByRole("region", { name: "Status" });

    await actions.getByRole("button", { name: "Skicka till granskning" }).click();
    await actions.getByText("Iakttagelsen är skickad till granskning.").waitFor();
    await statusOf(page).filter({ hasText: "Granskas" }).waitFor();
    await actions.getByRole("button", { name: "Skicka tillbaka till utkast" }).waitFor();
    expect(await actions.getByRole("button", { name: "Skicka till granskning" }).count()).toBe(0);

    await actions.getByRole("button", { name: "Publicera" }).click();
    await actions.getByRole("group", { name: /Publicera iakttagelsen/ }).waitFor();
    await actions.getByRole("button", { name: "Publicera" }).click();
    await actions.getByText("Iakttagelsen är publicerad.").waitFor();
    await statusOf(page).filter({ hasText: "Publicerad" }).waitFor();
    await actions.getByText(/^Publicerad \d/).waitFor();
    expect(await actions.getByText(/uppdaterad/).count()).toBe(0);
    expect(await anonymousTitle(finding.id)).toBe(finding.title);

    // Changing the published finding makes a second version, and it shows as updated.
    const revised = `${finding.title} (reviderad)`;
    const content = page.getByRole("region", { name: "Innehåll" });
    await content.getByLabel("Rubrik").fill(revised);
    await content.getByRole("button", { name: "Spara ändringarna" }).click();
    await page.getByText("Ändringarna är sparade som version 2.", { exact: false }).waitFor();
    await page.getByRole("heading", { name: revised, level: 1 }).waitFor();
    await actions.getByText(/uppdaterad \d/).waitFor();
    const history = page.getByRole("region", { name: "Historik" });
    const versions = history.getByRole("listitem").filter({ has: page.locator("details") });
    await versions.nth(1).waitFor();
    expect(await versions.count()).toBe(2);
    expect(await versions.first().locator("summary").textContent()).toMatch(
      /^Version 2, .* av Ingrid Holm gällande version$/,
    );
    expect(await versions.nth(1).locator("summary").textContent()).toMatch(/^Version 1, /);
    await versions.nth(1).locator("summary").click();
    await versions.nth(1).getByText(finding.title, { exact: true }).waitFor();
    await versions.nth(1).getByText(finding.body, { exact: true }).waitFor();

    // Unpublishing asks why, and says so when there is no reason.
    await actions.getByRole("button", { name: "Avpublicera" }).click();
    const reason = actions.getByLabel("Skäl till avpubliceringen");
    await reason.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await actions.getByRole("button", { name: "Avpublicera iakttagelsen" }).click();
    await actions
      .getByRole("alert")
      .filter({ hasText: "Skriv ett skäl till avpubliceringen." })
      .waitFor();
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    const why = "Uppgifterna behöver stämmas av med kommunen igen.";
    await reason.fill(why);
    await actions.getByRole("button", { name: "Avpublicera iakttagelsen" }).click();
    await actions.getByText("Iakttagelsen är avpublicerad.").waitFor();
    await statusOf(page).filter({ hasText: "Avpublicerad" }).waitFor();
    await actions.getByText(`Skäl till avpubliceringen: ${why}`).waitFor();
    await actions.getByRole("button", { name: "Publicera" }).waitFor();
    expect(await actions.getByRole("button", { name: "Avpublicera" }).count()).toBe(0);
    expect(await anonymousTitle(finding.id)).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("keeps a draft from anyone outside the office", async () => {
    const draft = await draftByApi();
    expect(await anonymousTitle(draft.id)).toBeNull();

    const page = await freshPage();
    await page.goto(url(`/iakttagelser/${draft.id}`));
    await page.getByRole("heading", { name: "Sidan finns inte", level: 1 }).waitFor();
    expect(await page.getByText(draft.title).count()).toBe(0);
    expect(await page.getByText(draft.body).count()).toBe(0);
  });
});
