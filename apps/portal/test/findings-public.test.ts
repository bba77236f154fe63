import { readFileSync } from "node:fs";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../src/lib/csv";
import { apiClient, type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword } from "./fixtures";

/** How the portal names the sources in its tables (the page's words, not the API's answers). */
const sourceLabel: Record<string, string> = {
  VISIT: "Kommunbesök",
  DIALOGUE_MEETING: "Dialogmöte",
  HEARING: "Hearing",
  ROUND_TABLE: "Rundabordssamtal",
  WEBINAR: "Webbinarium",
  SURVEY: "Enkät",
  RESEARCH: "Forskning",
};
const kindLabel: Record<string, string> = { CHALLENGE: "Utmaning", GOOD_EXAMPLE: "Gott exempel" };

interface Filter {
  countyCodes?: string[];
  themeIds?: string[];
  kinds?: string[];
}
interface Theme {
  id: string;
  slug: string;
  title: string;
}

/** The rows of the table with this caption: the row's header, then its cells' numbers. */
async function tableRows(page: Page, caption: string): Promise<Record<string, number[]>> {
  const rows = await page
    .getByRole("table", { name: caption, exact: true })
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector("th")?.textContent?.trim() ?? "",
        ...[...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      ]),
    );
  return Object.fromEntries(
    rows.map(([label = "", ...cells]) => [label, cells.map((c) => Number(c.replace(/\D/g, "")))]),
  );
}

/** The number in the page's live summary ("289 publicerade iakttagelser"). */
async function summaryCount(page: Page): Promise<number> {
  const text = (await page.locator("output.summary").textContent()) ?? "";
  return text.includes("publicerade") || text.includes("publicerad")
    ? Number(text.replace(/\D/g, ""))
    : Number.NaN;
}

describe("the public findings, in browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  let visitor: Request;
  let coordinator: Request;
  let themes: Theme[];
  const contexts = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  /** What the API itself says the source, theme and group tables should hold for the filter. */
  async function expectedTables(filter: Filter) {
    const answer = await visitor<{
      findingCount: number;
      bySource: { cells: { count: number; source: string }[] };
      byThemeKind: { cells: { count: number; kind: string; theme: { title: string } | null }[] };
      byGroup: { cells: { count: number; group: { code: string; name: string } | null }[] };
      municipalityGroups: { code: string; name: string }[];
    }>(
      `query ($filter: FindingFilter) {
        findingCount(filter: $filter)
        bySource: findingCounts(groupBy: [SOURCE], filter: $filter) { cells { count source } }
        byThemeKind: findingCounts(groupBy: [THEME, KIND], filter: $filter) { cells { count kind theme { title } } }
        byGroup: findingCounts(groupBy: [GROUP], filter: $filter) { cells { count group { code name } } }
        municipalityGroups { code name }
      }`,
      { filter },
    );
    const sources = Object.fromEntries(
      Object.entries(sourceLabel).map(([source, label]) => [
        label,
        [answer.bySource.cells.find((c) => c.source === source)?.count ?? 0],
      ]),
    );
    const shownThemes = filter.themeIds
      ? themes.filter((t) => filter.themeIds?.includes(t.id))
      : themes;
    const byTheme = Object.fromEntries(
      shownThemes.map((t) => [
        t.title,
        ["CHALLENGE", "GOOD_EXAMPLE"].map(
          (kind) =>
            answer.byThemeKind.cells.find((c) => c.theme?.title === t.title && c.kind === kind)
              ?.count ?? 0,
        ),
      ]),
    );
    const groups: Record<string, number[]> = Object.fromEntries(
      answer.municipalityGroups.map((g) => [
        `${g.code} ${g.name}`,
        [answer.byGroup.cells.find((c) => c.group?.code === g.code)?.count ?? 0],
      ]),
    );
    const withoutGroup = answer.byGroup.cells.find((c) => c.group === null)?.count ?? 0;
    if (withoutGroup > 0) groups["Utan kommun"] = [withoutGroup];
    return { count: answer.findingCount, sources, byTheme, groups };
  }

  /** The dashboard's tables and summary once they show what the API says for the filter. */
  async function expectDashboard(page: Page, filter: Filter) {
    const expected = await expectedTables(filter);
    await expect.poll(() => summaryCount(page)).toBe(expected.count);
    await expect.poll(() => tableRows(page, "Iakttagelser per källa")).toEqual(expected.sources);
    await expect
      .poll(() =>
        tableRows(page, "Iakttagelser per tema, uppdelade på utmaningar och goda exempel"),
      )
      .toEqual(expected.byTheme);
    await expect
      .poll(() => tableRows(page, "Iakttagelser per kommungrupp"))
      .toEqual(expected.groups);
    return expected;
  }

  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      DEMO_DATE: "2017-06-20",
    });
    browser = await launchBrowser();
    visitor = apiClient(server.url);
    coordinator = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    ({ themes } = await visitor<{ themes: Theme[] }>(`{ themes { id slug title } }`));
  });

  afterAll(async () => {
    await contexts.closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("shows the API's counts in the charts' tables, the demo notice, and passes axe", async () => {
    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser"));
    await page.getByRole("heading", { level: 1, name: "Iakttagelser" }).waitFor();
    const expected = await expectDashboard(page, {});
    expect(expected.count).toBeGreaterThan(0);

    const { byKind } = await visitor<{ byKind: { invented: boolean } }>(
      `{ byKind: findingCounts(groupBy: [KIND]) { invented } }`,
    );
    const notice = page.getByText(
      "Påhittade demodata: kommunerna och iakttagelserna är uppdiktade",
    );
    expect(await notice.isVisible()).toBe(byKind.invented);

    // Every chart is drawn, and one of them shown as a table too.
    await expect.poll(() => page.locator(".chart-figure svg").count()).toBe(5);
    const sourceChart = page.getByRole("region", { name: "Per källa" });
    await sourceChart.getByRole("button", { name: "Visa som tabell" }).click();
    await expect
      .poll(() => sourceChart.getByRole("table", { name: "Iakttagelser per källa" }).isVisible())
      .toBe(true);
    await page.getByRole("table", { name: "Iakttagelser och besökta kommuner per län" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("filters by county and theme from the boxes, in the address and in the tables", async () => {
    const { countyVisits } = await visitor<{
      countyVisits: { counties: { county: { code: string; name: string }; findings: number }[] };
    }>(`{ countyVisits { counties { county { code name } findings } } }`);
    const county = [...countyVisits.counties].sort((a, b) => b.findings - a.findings)[0]?.county;
    const theme = themes[0];
    if (!county || !theme) throw new Error("no county or theme to filter by");

    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser"));
    const filters = page.getByRole("search", { name: "Filtrera iakttagelser" });
    await filters.locator("summary").filter({ hasText: /^Län/ }).click();
    await filters.getByRole("checkbox", { name: county.name, exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("lan")).toEqual([county.code]);
    await expectDashboard(page, { countyCodes: [county.code] });

    await filters.locator("summary").filter({ hasText: /^Tema/ }).click();
    await filters.getByRole("checkbox", { name: theme.title, exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("tema")).toEqual([theme.slug]);
    const both = await expectDashboard(page, { countyCodes: [county.code], themeIds: [theme.id] });
    const list = page.getByRole("region", { name: "Iakttagelserna" });
    await expect.poll(() => list.getByRole("listitem").count()).toBe(Math.min(both.count, 50));

    // The same address opened afresh shows the same; "Rensa filter" shows everything again.
    const again = await contexts.freshPage();
    await again.goto(page.url());
    await expectDashboard(again, { countyCodes: [county.code], themeIds: [theme.id] });
    await again.getByRole("link", { name: "Rensa filter" }).click();
    await expect.poll(() => new URL(again.url()).search).toBe("");
    await expectDashboard(again, {});
  });

  it("pages through the list with Nästa and Föregående, keeping the page in the address", async () => {
    type Connection = {
      findingsConnection: {
        totalCount: number;
        pageInfo: { endCursor: string };
        nodes: { title: string }[];
      };
    };
    const pageOf = (after: string | null) =>
      visitor<Connection>(
        `query ($after: String) { findingsConnection(first: 50, after: $after) { totalCount pageInfo { endCursor } nodes { title } } }`,
        { after },
      );
    const first = (await pageOf(null)).findingsConnection;
    const second = (await pageOf(first.pageInfo.endCursor)).findingsConnection;
    expect(first.totalCount).toBeGreaterThan(50);
    const total = first.totalCount;

    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser"));
    const list = page.getByRole("region", { name: "Iakttagelserna" });
    const titles = () => list.locator(".finding-item-title").allTextContents();
    const range = (from: number, to: number) =>
      `Visar ${from}–${to} av ${total.toLocaleString("sv-SE")}`;
    await list.getByText(range(1, 50)).waitFor();
    expect(await titles()).toEqual(first.nodes.map((n) => n.title));

    await list.getByRole("link", { name: "Nästa" }).click();
    await list.getByText(range(51, Math.min(100, total))).waitFor();
    expect(await titles()).toEqual(second.nodes.map((n) => n.title));
    expect(new URL(page.url()).searchParams.get("sida")).toBe("2");
    // The address opened afresh shows the same page.
    const again = await contexts.freshPage();
    await again.goto(page.url());
    const againList = again.getByRole("region", { name: "Iakttagelserna" });
    await againList.getByText(range(51, Math.min(100, total))).waitFor();

    await list.getByRole("link", { name: "Föregående" }).click();
    await list.getByText(range(1, 50)).waitFor();
    expect(await titles()).toEqual(first.nodes.map((n) => n.title));
    expect(new URL(page.url()).searchParams.get("sida")).toBeNull();
  });

  it("filters by the days the findings were heard, and lists the oldest first when asked", async () => {
    const filter = { observedFrom: "2016-01-01", observedTo: "2016-06-30" };
    const { findingsConnection: newest } = await visitor<{
      findingsConnection: { totalCount: number; nodes: { title: string }[] };
    }>(
      `query ($filter: FindingFilter) { findingsConnection(filter: $filter, orderBy: OLDEST, first: 3) { totalCount nodes { title } } }`,
      { filter },
    );
    expect(newest.totalCount).toBeGreaterThan(0);
    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser"));
    const filters = page.getByRole("search", { name: "Filtrera iakttagelser" });
    await filters.getByLabel("Iakttagen från").fill("2016-01-01");
    await expect.poll(() => new URL(page.url()).searchParams.get("fran")).toBe("2016-01-01");
    await filters.getByLabel("Iakttagen till").fill("2016-06-30");
    await expect.poll(() => new URL(page.url()).searchParams.get("till")).toBe("2016-06-30");
    await expect.poll(() => summaryCount(page)).toBe(newest.totalCount);
    await filters.getByLabel("Ordning").selectOption({ label: "Äldst först." });
    await expect.poll(() => new URL(page.url()).searchParams.get("ordning")).toBe("aldst");
    const list = page.getByRole("region", { name: "Iakttagelserna" });
    await expect
      .poll(async () => (await list.locator(".finding-item-title").allTextContents()).slice(0, 3))
      .toEqual(newest.nodes.map((n) => n.title));
  });

  it("opens the list's first page from an address whose cursor no page of the list gave", async () => {
    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser?typ=utmaning&sida=3&efter=c3RhbGUtY3Vyc29y"));
    await expect.poll(() => new URL(page.url()).searchParams.get("efter")).toBeNull();
    expect(new URL(page.url()).searchParams.get("typ")).toBe("utmaning");
    expect(new URL(page.url()).searchParams.get("sida")).toBeNull();
    const list = page.getByRole("region", { name: "Iakttagelserna" });
    await list.locator(".finding-item-title").first().waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("says that search words too common to be searched for find nothing, rather than failing", async () => {
    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser?sok=och+att"));
    await page
      .getByRole("status")
      .filter({ hasText: "Sökorden ”och att” är för vanliga för att sökas" })
      .waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("downloads as CSV exactly the findings the filters show", async () => {
    const { findingCounts } = await visitor<{
      findingCounts: { cells: { count: number; county: { code: string } | null }[] };
    }>(`{ findingCounts(groupBy: [COUNTY]) { cells { count county { code } } } }`);
    const county = findingCounts.cells.find((c) => c.county && c.count > 1)?.county?.code;
    if (!county) throw new Error("no county with findings");
    const filter = { countyCodes: [county], kinds: ["CHALLENGE"] };
    const { findingCount } = await visitor<{ findingCount: number }>(
      `query ($filter: FindingFilter) { findingCount(filter: $filter) }`,
      { filter },
    );

    const page = await contexts.freshPage();
    await page.goto(url(`/iakttagelser?lan=${county}&typ=utmaning`));
    await expect.poll(() => summaryCount(page)).toBe(findingCount);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Ladda ner CSV" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const [header, ...rows] = parseCsv(csv).filter((row) => row.some((field) => field !== ""));
    expect(header?.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(findingCount);
  });

  it("shows a finding's details on its own page, without its author, and passes axe", async () => {
    const { findings } = await visitor<{
      findings: {
        id: string;
        title: string;
        kind: string;
        source: string;
        revisedAt: string | null;
        themes: { slug: string; title: string }[];
        municipality: { name: string; county: { name: string } } | null;
      }[];
    }>(
      // The first page the list shows, newest first.
      `{ findings(limit: 50) { id title kind source revisedAt themes { slug title } municipality { name county { name } } } }`,
    );
    const finding =
      findings.find((f) => f.revisedAt && f.municipality) ??
      findings.find((f) => f.municipality) ??
      findings[0];
    if (!finding) throw new Error("no published finding");
    const { finding: recorded } = await coordinator<{
      finding: { recordedBy: { name: string } | null };
    }>(`query ($id: ID!) { finding(id: $id) { recordedBy { name } } }`, { id: finding.id });

    const page = await contexts.freshPage();
    await page.goto(url("/iakttagelser"));
    await page.getByRole("link", { name: finding.title, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: finding.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/iakttagelser/${finding.id}`);

    const facts = page.getByRole("region", { name: "Om iakttagelsen" });
    const text = (await facts.textContent()) ?? "";
    expect(text).toContain(kindLabel[finding.kind]);
    expect(text).toContain(sourceLabel[finding.source]);
    if (finding.municipality) {
      expect(text).toContain(`${finding.municipality.name}, ${finding.municipality.county.name}`);
    }
    if (finding.revisedAt) expect(text).toContain("Uppdaterad");
    for (const theme of finding.themes) {
      expect(await facts.getByRole("link", { name: theme.title }).getAttribute("href")).toBe(
        `/teman/${theme.slug}`,
      );
    }
    const body = (await page.locator("main").textContent()) ?? "";
    for (const name of [recorded?.recordedBy?.name, demo.coordinator.name]) {
      if (name) expect(body).not.toContain(name);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(url("/iakttagelser/00000000-0000-0000-0000-000000000000"));
    await page.getByRole("heading", { level: 1, name: "Sidan finns inte" }).waitFor();
  });
});
