import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParticipant, type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, uniqueSuffix } from "./fixtures";

interface Selection {
  size: number;
  seed: number;
  lockedIn: string[];
  picks: { municipalityCode: string; municipalityName: string }[];
}

const selectionFields = "size seed lockedIn picks { municipalityCode municipalityName }";

describe("the coordinator's municipality visits, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  const { signedInPage, closeAll } = browserContexts(() => browser);
  const coordinatorPage = (path: string) => signedInPage(server.url, demo.coordinator.email, path);

  async function savedSelection(): Promise<Selection | null> {
    const { visitSelection } = await coordinatorApi<{ visitSelection: Selection | null }>(
      `{ visitSelection { ${selectionFields} } }`,
    );
    return visitSelection;
  }

  async function saveSelection(request: {
    size: number;
    seed: number;
    lockedIn: string[];
  }): Promise<Selection> {
    const { saveVisitSelection } = await coordinatorApi<{
      saveVisitSelection: { __typename: string; code?: string; data?: Selection };
    }>(
      `mutation ($size: Int!, $seed: Int!, $lockedIn: [String!]) {
        saveVisitSelection(size: $size, seed: $seed, lockedIn: $lockedIn) {
          __typename
          ... on InputError { code }
          ... on MutationSaveVisitSelectionSuccess { data { ${selectionFields} } }
        }
      }`,
      request,
    );
    if (!saveVisitSelection.data) throw new Error(`not saved: ${saveVisitSelection.code}`);
    return saveVisitSelection.data;
  }

  const trySaveSelection = (request: { size: number; seed: number; lockedIn: string[] }) =>
    saveSelection(request).catch(() => null);

  /**
   * A municipality of the saved selection with no round 1 visit yet. When every one has its visits
   * (the demo's), the selection grows by ten with every visited municipality locked in.
   */
  async function unvisitedMunicipality(): Promise<{ code: string; name: string }> {
    let selection = await savedSelection();
    if (!selection) selection = await saveSelection({ size: 50, seed: 2015, lockedIn: [] });
    const { visits } = await coordinatorApi<{
      visits: { round: number; municipality: { code: string } }[];
    }>(`{ visits(limit: 200) { round municipality { code } } }`);
    const visited = new Set(visits.map((v) => v.municipality.code));
    const free = (s: Selection) => s.picks.find((p) => !visited.has(p.municipalityCode));
    let pick = free(selection);
    // A larger selection has room for them all, and for new ones, once its groups have seats enough.
    for (let more = 10; !pick && more <= 100; more += 10) {
      const grown = await trySaveSelection({
        size: selection.size + more,
        seed: selection.seed,
        lockedIn: [...new Set([...selection.lockedIn, ...visited])],
      });
      if (grown) {
        selection = grown;
        pick = free(grown);
      }
    }
    if (!pick) throw new Error("no municipality of the selection is free to visit");
    return { code: pick.municipalityCode, name: pick.municipalityName };
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("previews 50 municipalities covering every county and group with reasons, names a conflict and saves", async () => {
    const page = await coordinatorPage("/admin/besok");
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Kommunbesök" })
      .click();
    await page.getByRole("link", { name: "Urval av kommuner" }).click();
    await page.getByRole("heading", { name: "Urval av kommuner", level: 1 }).waitFor();
    const size = page.getByLabel("Antal kommuner", { exact: true });
    await expect.poll(() => size.inputValue()).not.toBe("");
    // The saved selection's settings, kept to save it again unchanged at the end.
    const savedSize = await size.inputValue();

    await size.fill("50");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByRole("heading", { name: "Förhandsgranskning – inte sparad" }).waitFor();
    const picks = page.getByRole("table", { name: /Valda kommuner/ });
    await expect.poll(() => picks.locator("tbody tr").count()).toBe(50);
    await page.getByText("50 kommuner i urvalet.").waitFor();
    await page.getByText("Alla 21 län har minst en kommun i urvalet.").waitFor();
    await page.getByText("Alla 9 kommungrupper har minst en kommun i urvalet.").waitFor();
    // Every pick says why, in Swedish.
    const reasons = await picks.locator("tbody tr td:nth-child(5)").allInnerTexts();
    expect(reasons.every((r) => r.trim().length > 0)).toBe(true);
    expect(reasons.some((r) => /grupp [A-C]\d/.test(r))).toBe(true);
    const groups = page.getByRole("table", { name: /Kommungrupperna/ });
    expect(await groups.locator("tbody tr").count()).toBe(9);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Ten cannot cover 21 counties: the conflict is named and takes focus.
    await size.fill("10");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "För få platser" });
    await conflict.waitFor();
    await expect.poll(() => conflict.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await conflict.innerText()).toContain("Inget har sparats.");
    await page.getByRole("button", { name: "Spara urvalet" }).click();
    await conflict.waitFor();
    expect((await savedSelection())?.size ?? null).not.toBe(10);

    await size.fill(savedSize);
    await page.getByRole("button", { name: "Spara urvalet" }).click();
    await page.getByText("Urvalet är sparat.").waitFor();
    await page.getByText(`Sparat av ${demo.coordinator.name}`).waitFor();
    expect((await savedSelection())?.size).toBe(Number(savedSize));
  });

  it("locks a picked municipality out from its row and runs the selection again", async () => {
    const page = await coordinatorPage("/admin/besok/urval");
    await page.getByLabel("Antal kommuner", { exact: true }).fill("50");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const picks = page.getByRole("table", { name: /Valda kommuner/ });
    await expect.poll(() => picks.locator("tbody tr").count()).toBe(50);
    // A group's seat, not a locked one, so that locking it out leaves a valid selection.
    const row = picks
      .locator("tbody tr")
      .filter({ hasText: /grupp [A-C]\d:s/ })
      .first();
    const name = (await row.locator("th").innerText()).trim();
    await row.getByRole("button", { name: `Lås ut ${name}` }).click();
    await page.getByRole("list", { name: "Utelåsta" }).getByText(name).waitFor();
    await expect
      .poll(() =>
        picks
          .locator("tbody th")
          .filter({ hasText: new RegExp(`^${name}$`) })
          .count(),
      )
      .toBe(0);
    expect(await picks.locator("tbody tr").count()).toBe(50);
  });

  it("plans a visit, records answers and a participant's role, and moves it to held", async () => {
    const municipality = await unvisitedMunicipality();
    const page = await coordinatorPage("/admin/besok");
    await page.getByRole("heading", { name: "Planera besök" }).waitFor();
    await page.getByLabel("Kommun", { exact: true }).selectOption(municipality.code);
    await page.getByLabel("Omgång", { exact: true }).last().selectOption("1");
    await page.getByLabel("Datum", { exact: true }).fill("2015-10-14");
    await page.getByRole("button", { name: "Planera besöket" }).click();

    await page.getByRole("heading", { name: `Besök i ${municipality.name}`, level: 1 }).waitFor();
    await page.getByText("Besöket är planerat.").waitFor();
    await page.getByText("Besöket är:").getByText("Planerat").waitFor();

    await page
      .getByLabel(/^Fråga 1:/)
      .fill("Barnets bästa följs upp i egenkontrollen varje kvartal.");
    await page.getByRole("button", { name: "Spara svaren" }).click();
    await page.getByText("Svaren är sparade.").waitFor();

    await page.getByRole("button", { name: "Lägg till deltagare" }).click();
    await page.getByLabel("Roll", { exact: true }).fill("socialchef");
    await page.getByRole("button", { name: "Spara deltagarna" }).click();
    await page.getByText("Deltagarna är sparade.").waitFor();

    // Only the next step is offered.
    expect(await page.getByRole("button", { name: "Markera som dokumenterat" }).count()).toBe(0);
    await page.getByRole("button", { name: "Markera som genomfört" }).click();
    await page.getByText("Besöket är nu: Genomfört.").waitFor();
    await page.getByRole("button", { name: "Markera som dokumenterat" }).waitFor();

    // What was saved is there when the page is opened again.
    await page.reload();
    await page.getByText("Besöket är:").getByText("Genomfört").waitFor();
    expect(await page.getByLabel(/^Fråga 1:/).inputValue()).toContain("egenkontrollen");
    expect(await page.getByLabel("Roll", { exact: true }).inputValue()).toBe("socialchef");
    await page.getByRole("heading", { name: "Iakttagelser från besöket" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("refuses a personal identity number in an answer, next to that answer", async () => {
    const { visits } = await coordinatorApi<{ visits: { id: string }[] }>(
      `{ visits(limit: 1) { id } }`,
    );
    const id = visits[0]?.id ?? (await planByApi());
    const page = await coordinatorPage(`/admin/besok/${id}`);
    const answer = page.getByLabel(/^Fråga 3:/);
    await answer.fill("Ett ärende gällde 20140102-2387, som följdes upp.");
    await page.getByRole("button", { name: "Spara svaren" }).click();
    const field = page.locator(".field-invalid").filter({ has: answer });
    await field.getByRole("alert").filter({ hasText: "personnummer" }).waitFor();
    expect(await answer.getAttribute("aria-invalid")).toBe("true");
  });

  /** A visit of the test's own, planned through the API; its id. */
  async function planByApi(): Promise<string> {
    const municipality = await unvisitedMunicipality();
    const { planVisit } = await coordinatorApi<{ planVisit: { data?: { id: string } } }>(
      `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { ... on MutationPlanVisitSuccess { data { id } } } }`,
      { input: { municipalityCode: municipality.code, round: 1, date: "2015-11-03" } },
    );
    if (!planVisit.data) throw new Error("the visit was not planned");
    return planVisit.data.id;
  }

  it("names a person beyond the hundredth as a visit's participant, told apart from a namesake by e-mail", async () => {
    // More people than the old list of all of them held (100), each inviting and accepting in
    // turn, a few at a time. "Östberg …" sorts after every other name; the last two are namesakes.
    const suffix = uniqueSuffix();
    const people = Array.from({ length: 105 }, (_, i) => {
      const number = String(Math.min(i + 1, 104)).padStart(3, "0");
      return {
        email: `ostberg${i + 1}.${suffix}@kommun.example`,
        name: `Östberg ${suffix} ${number}`,
        password: "fyra-ord-som-ingen-gissar",
      };
    });
    for (let at = 0; at < people.length; at += 5)
      await Promise.all(
        people.slice(at, at + 5).map((p) => createParticipant(server.url, coordinatorApi, p)),
      );
    const target = people.at(-1) ?? people[0];
    if (!target) throw new Error("no people");
    const { people: capped } = await coordinatorApi<{ people: { email: string }[] }>(
      "{ people { email } }",
    );
    expect(capped.map((p) => p.email)).not.toContain(target.email);

    const visitId = await planByApi();
    const page = await coordinatorPage(`/admin/besok/${visitId}`);
    const section = page.getByRole("region", { name: "Deltagare", exact: true });
    await section.getByRole("button", { name: "Lägg till deltagare" }).click();
    const participant = section.getByRole("group", { name: "Deltagare 1", exact: true });
    await participant.getByLabel("Slag", { exact: true }).selectOption("person");
    await participant.getByText("Ingen person är vald.").waitFor();
    const search = participant.getByLabel("Person", { exact: true });

    // A wide search: more than twenty match, and the page says to type more.
    await search.fill(`Östberg ${suffix}`);
    await participant
      .getByText("105 träffar, visar de första 20 – skriv mer för att smalna av")
      .waitFor();
    await expect.poll(() => participant.getByRole("radio").count()).toBe(20);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The namesakes, each with their e-mail address.
    await search.fill(target.name);
    await participant.getByText("2 träffar", { exact: true }).waitFor();
    await participant.getByRole("radio", { name: `${target.name} (${target.email})` }).check();
    await participant.getByText("Vald person").waitFor();
    await participant
      .getByRole("button", { name: `Ta bort ${target.name} (${target.email})` })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await section.getByRole("button", { name: "Spara deltagarna" }).click();
    await section.getByText("Deltagarna är sparade.").waitFor();
    const { visit } = await coordinatorApi<{
      visit: { participants: { person: { email: string } | null }[] };
    }>("query ($id: ID!) { visit(id: $id) { participants { person { email } } } }", {
      id: visitId,
    });
    expect(visit.participants.map((p) => p.person?.email)).toEqual([target.email]);

    await page.reload();
    const reloaded = page
      .getByRole("region", { name: "Deltagare", exact: true })
      .getByRole("group", { name: "Deltagare 1", exact: true });
    await reloaded.getByText("Vald person").waitFor();
    await reloaded
      .getByRole("button", { name: `Ta bort ${target.name} (${target.email})` })
      .waitFor();
  }, 240_000);

  it("keeps the list's filters in the address", async () => {
    const page: Page = await coordinatorPage("/admin/besok?omgang=1&status=planerat");
    await page.getByRole("heading", { name: "Kommunbesök", level: 1 }).waitFor();
    expect(await page.getByLabel("Omgång", { exact: true }).first().inputValue()).toBe("1");
    expect(await page.getByLabel("Status", { exact: true }).inputValue()).toBe("planerat");
    await page.getByLabel("Län", { exact: true }).selectOption("01");
    await page.waitForURL(/lan=01/);
    expect(new URL(page.url()).searchParams.get("omgang")).toBe("1");
    await page.getByRole("link", { name: "Visa alla besök" }).click();
    await page.waitForURL((url) => url.search === "");
  });
});
