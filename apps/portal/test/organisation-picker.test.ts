import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, hearingByApi, uniqueSuffix } from "./fixtures";

/** More organisations than the old list of all of them held (100), for a national network. */
const NETWORK_SIZE = 120;

describe("choosing organisations among more than a hundred, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  /** The names of the test's own organisations, in the order they sort: after every demo one. */
  const network: string[] = [];
  const { signedInPage, closeAll } = browserContexts(() => browser);
  const coordinatorPage = (path: string) => signedInPage(server.url, demo.coordinator.email, path);

  async function createOrganisation(name: string) {
    const { createOrganisation } = await coordinatorApi<{
      createOrganisation: { __typename: string };
    }>(
      `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { __typename } }`,
      { input: { name, kind: "INTRESSEORGANISATION", circle: "BRED_DELAKTIGHET" } },
    );
    expect(createOrganisation.__typename).toBe("MutationCreateOrganisationSuccess");
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    // "Östra nätverket …" sorts after every demo organisation; numbered so they sort in order.
    const suffix = uniqueSuffix();
    for (let n = 1; n <= NETWORK_SIZE; n += 1)
      network.push(`Östra nätverket ${suffix} ${String(n).padStart(3, "0")}`);
    for (let i = 0; i < network.length; i += 10)
      await Promise.all(network.slice(i, i + 10).map(createOrganisation));
  }, 120_000);
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  /** The names the capped list of all organisations holds. */
  async function cappedList(): Promise<string[]> {
    const { organisations } = await coordinatorApi<{ organisations: { name: string }[] }>(
      "{ organisations { name } }",
    );
    return organisations.map((o) => o.name);
  }

  it("invites an organisation beyond the hundredth to a meeting, which stays chosen after a reload", async () => {
    const last = network.at(-1) ?? "";
    const target = network.at(-5) ?? "";
    expect(await cappedList()).not.toContain(target);
    const meeting = await hearingByApi(coordinatorApi, {
      title: `Hearing med hela nätverket ${uniqueSuffix()}`,
      startsAt: "2031-04-02T08:00:00.000Z",
      endsAt: "2031-04-02T11:00:00.000Z",
    });
    const page: Page = await coordinatorPage(`/admin/moten/${meeting.slug}`);
    const section = page.getByRole("region", { name: "Inbjudna organisationer", exact: true });
    await section.getByText("Valda organisationer (0)").waitFor();
    const search = section.getByLabel("Sök organisation", { exact: true });
    await section
      .getByText(/Skriv minst två tecken för att söka bland \d+ organisationer/)
      .waitFor();

    // A wide search: more than twenty match, and the page says to type more.
    await search.fill("Östra nätverket");
    await section
      .getByText(`${NETWORK_SIZE} träffar, visar de första 20 – skriv mer för att smalna av`)
      .waitFor();
    await expect.poll(() => section.getByRole("checkbox").count()).toBe(20);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Narrowed to the one, chosen by keyboard.
    await search.fill(target.split(" ").slice(-2).join(" "));
    const choice = section.getByRole("checkbox", { name: target });
    await choice.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => choice.isChecked()).toBe(true);
    // Another, then a search that finds neither: both still show as chosen.
    await search.fill(last.split(" ").slice(-2).join(" "));
    await section.getByRole("checkbox", { name: last }).check();
    await search.fill("Rädda Barnen");
    await section.getByRole("checkbox", { name: "Rädda Barnen" }).waitFor();
    await section.getByText("Valda organisationer (2)").waitFor();
    await section.getByRole("button", { name: `Ta bort ${last}` }).click();
    await section.getByText("Valda organisationer (1)").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await section.getByRole("button", { name: "Spara organisationer" }).click();
    await section.getByText("Organisationerna är sparade.").waitFor();
    const { meeting: saved } = await coordinatorApi<{
      meeting: { organisations: { name: string }[] };
    }>("query ($slug: String!) { meeting(slug: $slug) { organisations { name } } }", {
      slug: meeting.slug,
    });
    expect(saved.organisations.map((o) => o.name)).toEqual([target]);

    await page.reload();
    const reloaded = page.getByRole("region", { name: "Inbjudna organisationer", exact: true });
    await reloaded.getByText("Valda organisationer (1)").waitFor();
    await reloaded.getByRole("button", { name: `Ta bort ${target}` }).waitFor();
  });

  it("names an organisation beyond the hundredth as a visit's participant, and removes it again", async () => {
    const target = network.at(-2) ?? "";
    const { visits } = await coordinatorApi<{ visits: { id: string }[] }>(
      "{ visits(limit: 1) { id } }",
    );
    const visitId = visits[0]?.id ?? "";
    const page = await coordinatorPage(`/admin/besok/${visitId}`);
    const section = page.getByRole("region", { name: "Deltagare", exact: true });
    await section.getByRole("button", { name: "Lägg till deltagare" }).click();
    const participant = section.getByRole("group", { name: /^Deltagare \d+$/ }).last();
    await participant.getByLabel("Slag", { exact: true }).selectOption("organisation");
    await participant.getByLabel("Organisation", { exact: true }).fill(target.slice(-12));
    await participant.getByRole("radio", { name: target }).check();
    await participant.getByRole("button", { name: `Ta bort ${target}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await section.getByRole("button", { name: "Spara deltagarna" }).click();
    await section.getByText("Deltagarna är sparade.").waitFor();

    await page.reload();
    const rows = page
      .getByRole("region", { name: "Deltagare", exact: true })
      .getByRole("group", { name: /^Deltagare \d+$/ });
    // The row is known by its number, which stays when the organisation is removed from it.
    const legend = await rows.filter({ hasText: target }).locator("legend").first().textContent();
    const row = rows.and(page.getByRole("group", { name: legend ?? "", exact: true }));
    await row.getByText("Vald organisation").waitFor();
    await row.getByRole("button", { name: `Ta bort ${target}` }).click();
    await row.getByText("Ingen organisation är vald.").waitFor();
    await expect
      .poll(() =>
        row
          .getByLabel("Organisation", { exact: true })
          .evaluate((e) => e === document.activeElement),
      )
      .toBe(true);
  });
});
