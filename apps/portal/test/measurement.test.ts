import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Request, sessionCookie } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, uniqueSuffix } from "./fixtures";

const roles = ["socialsekreterare", "arbetsledare", "chef", "annan"];
const header = "kommunkod;roll;direkt;dokumentation;administration;resor;övrigt";

/** A respondent's row: the municipality, a role and percentages that add up to 100. */
function respondentRow(code: string, index: number): string {
  const direct = 15 + Math.floor(Math.random() * 50);
  const documentation = 10 + Math.floor(Math.random() * 20);
  const travel = 5;
  const administration = Math.floor((100 - direct - documentation - travel) / 2);
  const other = 100 - direct - documentation - travel - administration;
  return [
    code,
    roles[index % roles.length],
    direct,
    documentation,
    administration,
    travel,
    other,
  ].join(";");
}

/**
 * A survey file of the test's own: six respondents in each of three municipality groups and two in
 * a fourth, so that the fourth group's cell is too small to show.
 */
function surveyRows(groups: string[][]): string[] {
  const rows: string[] = [];
  groups.forEach((codes, g) => {
    const count = g < 3 ? 6 : 2;
    for (let i = 0; i < count; i += 1) rows.push(respondentRow(codes[i % codes.length] ?? "", i));
  });
  return rows;
}

const csv = (rows: string[]) => `${[header, ...rows].join("\n")}\n`;

/** The page's percentage ("45,2 %") as a share, to compare with the API's. */
const shareOf = (text: string) => Number(text.replace(/[%\s\u00a0]/g, "").replace(",", ".")) / 100;

interface Cell {
  group: { code: string; name: string } | null;
  county: { code: string; name: string } | null;
  suppressed: boolean;
  label: string | null;
  n: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

/** The rows of the table with this caption: the row's header, then its cells' texts. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page
    .getByRole("table", { name: caption, exact: true })
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector("th")?.textContent?.trim() ?? "",
        ...[...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? ""),
      ]),
    );
}

/** Whether the table's rows say what the API's cells say, numbers read back from the page. */
function sameAsApi(rows: string[][], cells: Cell[], labelOf: (cell: Cell) => string): boolean {
  if (rows.length !== cells.length) return false;
  return cells.every((cell, index) => {
    const [label, ...values] = rows[index] ?? [];
    if (label !== labelOf(cell)) return false;
    if (cell.suppressed) return values.length === 1 && values[0] === cell.label;
    const [n, median, q1, q3, mean] = values;
    const close = (text: string | undefined, value: number | null) =>
      text !== undefined && value !== null && Math.abs(shareOf(text) - value) <= 0.0005 + 1e-9;
    return (
      Number(n?.replace(/\D/g, "")) === cell.n &&
      close(median, cell.median) &&
      close(q1, cell.q1) &&
      close(q3, cell.q3) &&
      close(mean, cell.mean)
    );
  });
}

describe("the time-use measurement, in browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  let visitor: Request;
  let groups: string[][];
  const contexts = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  /** A survey the coordinator imports through the upload route, for a test's setup; its id. */
  async function importedSurvey(name: string): Promise<string> {
    const cookie = await sessionCookie(server.url, demo.coordinator.email, demoPassword);
    const body = new FormData();
    body.append("name", name);
    body.append("periodStart", "2016-01-11");
    body.append("periodEnd", "2016-01-22");
    body.append("round", "BEFORE_VISIT_2");
    body.append("file", new Blob([csv(surveyRows(groups))], { type: "text/csv" }), "enkat.csv");
    const response = await fetch(url("/measurement/surveys"), {
      method: "POST",
      body,
      headers: { cookie: `${cookie.name}=${cookie.value}`, "Apollo-Require-Preflight": "true" },
    });
    const answer = (await response.json()) as { import?: { surveyId: string | null } };
    if (response.status !== 201 || !answer.import?.surveyId)
      throw new Error(`the survey was refused: ${JSON.stringify(answer)}`);
    return answer.import.surveyId;
  }

  async function distribution(surveyId: string, grouping: string): Promise<Cell[]> {
    const answer = await visitor<{ directTimeDistribution: Cell[] }>(
      `query ($id: ID!, $grouping: SurveyGrouping!) {
        directTimeDistribution(surveyId: $id, grouping: $grouping) {
          group { code name } county { code name } suppressed label n mean median q1 q3
        }
      }`,
      { id: surveyId, grouping },
    );
    return answer.directTimeDistribution;
  }

  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      DEMO_DATE: "2017-06-20",
    });
    browser = await launchBrowser();
    visitor = apiClient(server.url);
    const { municipalities } = await visitor<{
      municipalities: { code: string; group: { code: string } }[];
    }>(`{ municipalities { code group { code } } }`);
    const byGroup = new Map<string, string[]>();
    for (const m of municipalities)
      byGroup.set(m.group.code, [...(byGroup.get(m.group.code) ?? []), m.code]);
    groups = [...byGroup.values()].slice(0, 4);
  });

  afterAll(async () => {
    await contexts.closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("names every bad row and imports nothing, then imports the clean file", async () => {
    const page = await contexts.signedInPage(
      server.url,
      demo.coordinator.email,
      "/admin/tidsmatning",
    );
    await page.getByRole("heading", { level: 1, name: "Tidsmätning" }).waitFor();
    const name = `Tidsmätning ${uniqueSuffix()}`;
    await page.getByLabel("Mätningens namn").fill(name);
    await page.getByLabel("Periodens första dag").fill("2015-09-07");
    await page.getByLabel("Periodens sista dag").fill("2015-09-18");
    await page
      .getByLabel("Besöksomgång", { exact: true })
      .selectOption({ label: "Före besöksomgång 1" });

    const rows = surveyRows(groups);
    const bad = 3;
    const badRows = rows.map((row, index) => (index === bad ? row.replace(/^\d{4}/, "9999") : row));
    const file = page.getByLabel("CSV-fil");
    await file.setInputFiles({
      name: "felaktig.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv(badRows)),
    });
    await page.getByRole("button", { name: "Importera", exact: true }).click();

    const summary = page.getByText("1 rad är felaktig. Inget har importerats.");
    await summary.waitFor();
    const problems = await tableRows(
      page,
      "Felaktiga rader i filen, med radnummer (rubrikraden är rad 1)",
    );
    // The header is row 1: the file's fourth data row is row 5.
    expect(problems).toHaveLength(1);
    expect(problems[0]?.[0]).toBe(`Rad ${bad + 2}`);
    expect(problems[0]?.[1]).toContain("9999");
    expect(
      await page.evaluate(() =>
        document.activeElement?.textContent?.includes("Inget har importerats"),
      ),
    ).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await file.setInputFiles({
      name: "enkat.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv(rows)),
    });
    await page.getByRole("button", { name: "Importera", exact: true }).click();
    await page.getByText(`${name} är importerad med ${rows.length} svarande.`).waitFor();
    const link = page.getByRole("link", { name: "Se mätningen på den publika sidan" });
    const href = (await link.getAttribute("href")) ?? "";
    const surveyId = new URLSearchParams(href.split("?")[1]).get("matning");
    expect(surveyId).toBeTruthy();
    // The imported survey is listed with every respondent, its rows kept.
    const listed = page
      .getByRole("table", { name: /^Mätningar med period/ })
      .getByRole("row")
      .filter({ hasText: name });
    await expect.poll(() => listed.textContent()).toContain(`${rows.length} rader sparas`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a visitor the API's distribution by group and county, small cells hidden", async () => {
    const name = `Tidsmätning ${uniqueSuffix()}`;
    const surveyId = await importedSurvey(name);
    const byGroup = await distribution(surveyId, "GROUP");
    // The file was made to have both kinds of cell.
    expect(byGroup.some((c) => c.suppressed)).toBe(true);
    expect(byGroup.some((c) => !c.suppressed)).toBe(true);

    const page = await contexts.freshPage();
    await page.goto(url(`/tidsmatning?matning=${surveyId}&indelning=grupp`));
    await page.getByRole("heading", { level: 1, name: "Tidsmätning" }).waitFor();
    await page.getByRole("button", { name: "Visa som tabell" }).click();
    const groupCaption = `Andel av arbetstiden med barn och familjer i ${name}, per kommungrupp: antal svarande, median, kvartiler och medelvärde`;
    await expect
      .poll(async () =>
        sameAsApi(await tableRows(page, groupCaption), byGroup, (c) =>
          c.group ? `${c.group.code} ${c.group.name}` : "Utan kommungrupp",
        ),
      )
      .toBe(true);
    const suppressedRows = (await tableRows(page, groupCaption)).filter(
      ([, value]) => value === "färre än 5",
    );
    expect(suppressedRows).toHaveLength(byGroup.filter((c) => c.suppressed).length);
    const csvLink = page.getByRole("link", { name: "Ladda ner som CSV" });
    expect(await csvLink.getAttribute("href")).toBe(
      `/measurement/direct-time.csv?survey=${surveyId}&grouping=GROUP`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("radio", { name: "Län", exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("indelning")).toBe("lan");
    const byCounty = await distribution(surveyId, "COUNTY");
    await expect
      .poll(async () =>
        sameAsApi(
          await tableRows(
            page,
            `Andel av arbetstiden med barn och familjer i ${name}, per län: antal svarande, median, kvartiler och medelvärde`,
          ),
          byCounty,
          (c) => c.county?.name ?? "Utan län",
        ),
      )
      .toBe(true);
  });

  it("refuses a retention out of range, saves one within, and the data pages state it", async () => {
    const page = await contexts.signedInPage(
      server.url,
      demo.coordinator.email,
      "/admin/tidsmatning",
    );
    const days = page.getByLabel("Antal dagar (1–3650)");
    await days.fill("0");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByText("Ange ett helt antal dagar mellan 1 och 3650.").waitFor();
    expect(await days.evaluate((input) => input === document.activeElement)).toBe(true);

    const chosen = 100 + Math.floor(Math.random() * 800);
    await days.fill(String(chosen));
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByText(`Sparat: svarsraderna sparas i ${chosen} dagar.`).waitFor();
    const { measurementSettings } = await visitor<{
      measurementSettings: { respondentRetentionDays: number };
    }>(`{ measurementSettings { respondentRetentionDays } }`);
    expect(measurementSettings.respondentRetentionDays).toBe(chosen);

    const sentence = `sparas i ${chosen} dagar efter importen och raderas sedan`;
    await page.goto(url("/profil"));
    await page.getByText(sentence).waitFor();
    const visitorPage = await contexts.freshPage();
    await visitorPage.goto(url("/tidsmatning"));
    await visitorPage.getByText(sentence).waitFor();
  });
});
