import { freePort, type RunningServer, startServer, tempFolder } from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, uniqueSuffix } from "./fixtures";

describe("the commitments, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: tempFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

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
    expect(await titlesIn(page, "Förslag till regeringen")).toEqual([
      expect.stringMatching(/^Analys om den medicinskt ansvariga sjuksköterskans uppdrag/),
      expect.stringMatching(/^Överlämnande av uppgifter som innefattar myndighetsutövning/),
    ]);
    expect(await page.getByRole("heading", { name: "SKL:s handlingsplan" }).count()).toBe(0);

    // From the address alone: SKL's proposed items, by area, and its stability factors.
    const skl = encodeURIComponent("Sveriges Kommuner och Landsting (SKL)");
    await page.goto(url(`/atagande?aktor=${skl}&status=proposed`));
    await page.getByText("32 åtaganden visas.").waitFor();
    await page.getByRole("heading", { name: "Stabilitet i verksamheten", level: 2 }).waitFor();
    expect(await page.getByLabel("Genomförs av").inputValue()).toBe(
      "Sveriges Kommuner och Landsting (SKL)",
    );
    expect(await page.getByLabel("Status", { exact: true }).inputValue()).toBe("PROPOSED");
    expect(await page.getByRole("heading", { name: "Förslag till regeringen" }).count()).toBe(0);
    expect(await titlesIn(page, "Forskning och utveckling")).toContain(
      "Utveckling av resultatmått för arbetet med barn och unga",
    );
    expect(await titlesIn(page, "Stabilitet i verksamheten")).toEqual([
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
});
