import { freePort, type RunningServer, startServer, tempFolder } from "@kraftsamling/api/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";

/** The demo people's password (packages/db's demo seed). */
const demoPassword = "kraftsamling-demo";
const participant = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
const otherParticipant = { email: "admin.ssr@kraftsamling.example", name: "Sara Lund" };
const moderator = { email: "moderator@kraftsamling.example", name: "Jonas Ek" };
const hearing = {
  slug: "demo-hearing-barnets-delaktighet",
  title: "Hearing: barns synpunkter i det systematiska kvalitetsarbetet",
};

const question = "Hur får barnen veta vad som hände med det de berättade för oss?";
/** A fictional personal identity number with a correct check digit: the API must refuse it. */
const withPersonalIdentityNumber = "Vad hände med flickan 20121212-1212 efter hearingen?";
const personalDataSv =
  "Texten innehåller något som ser ut som ett personnummer eller samordningsnummer. Inget sparades. Ta bort numret – skriv om hur verksamheten fungerar, aldrig om ett enskilt barn eller en familj.";

// A hearing's Q&A run from three browsers at once: the participant asks, the moderator approves and
// pins, another participant votes; every page follows without a reload.
describe("a hearing's live Q&A, in three browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let asker: Page;
  let control: Page;

  const url = (path: string) => new URL(path, server.url).toString();
  const questionsPath = `moten/${hearing.slug}/fragor`;

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  /** From a live page's sign-in prompt to the same page again, signed in. */
  async function signInFrom(p: Page, email: string, path: string) {
    await p.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await p.getByLabel("E-postadress").fill(email);
    await p.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await p.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => new URL(p.url()).pathname).toBe(`/${path}`);
  }

  const region = (p: Page, name: string) => p.getByRole("region", { name, exact: true });
  const questionIn = (p: Page, regionName: string, text: string) =>
    region(p, regionName).getByRole("article").filter({ hasText: text });
  const announced = (p: Page, text: string) =>
    p.locator('[aria-live="polite"]').filter({ hasText: text });

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: tempFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("shows the participant the hearing, its kind and time, and after signing in the empty Q&A", async () => {
    asker = await freshPage();
    await asker.goto(url(questionsPath));
    await asker.getByRole("heading", { name: hearing.title, level: 1 }).waitFor();
    await asker.getByText("Frågor och talarlista").waitFor();
    await asker.getByRole("main").getByText("Hearing", { exact: true }).waitFor();
    expect(await asker.locator("main time").first().textContent()).toMatch(/\d{2}:\d{2}/);
    expect(await asker.getByRole("link", { name: "Till mötet" }).getAttribute("href")).toBe(
      `/moten/${hearing.slug}`,
    );
    await asker
      .getByText("Frågestunden är öppen för inloggade deltagare.", { exact: false })
      .waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);

    await signInFrom(asker, participant.email, questionsPath);
    await region(asker, "Besvaras nu").getByText("Ingen fråga besvaras just nu.").waitFor();
    await region(asker, "Frågor").getByText("Inga godkända frågor ännu.").waitFor();
    await region(asker, "Talarlista").getByText("Ingen har ordet just nu.").waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
  });

  it("shows the moderator the control view, signed in", async () => {
    control = await freshPage();
    await control.goto(url(`${questionsPath}/styr`));
    await control.getByRole("heading", { name: hearing.title, level: 1 }).waitFor();
    await signInFrom(control, moderator.email, `${questionsPath}/styr`);
    await control.getByText("Styr frågestunden").first().waitFor();
    await region(control, "Nya frågor att granska")
      .getByText("Inga frågor väntar på granskning.")
      .waitFor();
    await control.getByText("Frågestunden tar emot nya frågor.").waitFor();
    expect(await accessibilityViolations(control)).toEqual([]);
  });

  it("lets the participant ask, and the moderator's open page shows the question arrive", async () => {
    await asker.getByLabel("Din fråga").fill(question);
    await asker.getByRole("button", { name: "Skicka frågan" }).click();
    await asker.getByText("Frågan är skickad.", { exact: false }).waitFor();
    expect(await asker.getByLabel("Din fråga").inputValue()).toBe("");
    await questionIn(asker, "Mina frågor", question).getByText("Väntar på granskning").waitFor();

    const incoming = questionIn(control, "Nya frågor att granska", question);
    await incoming.getByRole("heading", { name: participant.name }).waitFor();
    await announced(control, `Ny fråga att granska: ${question}`).waitFor({ state: "attached" });
  });

  it("refuses a question with a personal identity number, says why and keeps the text", async () => {
    await asker.getByLabel("Din fråga").fill(withPersonalIdentityNumber);
    await asker.getByRole("button", { name: "Skicka frågan" }).click();
    await asker.getByRole("alert").filter({ hasText: personalDataSv }).waitFor();
    expect(await asker.getByLabel("Din fråga").inputValue()).toBe(withPersonalIdentityNumber);
    expect(
      await control.getByRole("article").filter({ hasText: withPersonalIdentityNumber }).count(),
    ).toBe(0);
    expect(await accessibilityViolations(asker)).toEqual([]);
  });

  it("lets the moderator approve and pin the question, and the participant sees it pinned without a reload", async () => {
    await questionIn(control, "Nya frågor att granska", question)
      .getByRole("button", { name: "Godkänn" })
      .click();
    await questionIn(control, "Godkända frågor", question)
      .getByRole("button", { name: "Besvara nu" })
      .click();
    await questionIn(control, "Besvaras nu", question)
      .getByRole("button", { name: "Markera som besvarad" })
      .waitFor();
    expect(await accessibilityViolations(control)).toEqual([]);

    const pinned = questionIn(asker, "Besvaras nu", question);
    await pinned.getByText("Besvaras nu", { exact: true }).waitFor();
    expect(await asker.getByRole("article").filter({ hasText: question }).count()).toBe(1);
    await announced(asker, `Nu besvaras frågan: ${question}`).waitFor({ state: "attached" });
    await pinned.getByText("0 röster").waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
  });

  it("counts a second participant's vote on every open page", async () => {
    const voter = await freshPage();
    await voter.goto(url(questionsPath));
    await signInFrom(voter, otherParticipant.email, questionsPath);
    const pinned = questionIn(voter, "Besvaras nu", question);
    const vote = pinned.getByRole("button", { name: "Rösta upp (0)" });
    expect(await vote.getAttribute("aria-pressed")).toBe("false");
    await vote.click();
    const voted = pinned.getByRole("button", { name: "Rösta upp (1)" });
    await voted.waitFor();
    expect(await voted.getAttribute("aria-pressed")).toBe("true");

    await questionIn(asker, "Besvaras nu", question).getByText("1 röst").waitFor();
    await questionIn(control, "Besvaras nu", question).getByText("1 röst").waitFor();
  });

  it("gives the floor from the speaker list, live on both sides", async () => {
    const speakers = region(asker, "Talarlista");
    await speakers.getByRole("button", { name: "Begär ordet" }).click();
    await speakers.getByText("Du står på talarlistan som nummer 1.").waitFor();

    const list = region(control, "Talarlista");
    await list.getByRole("listitem").filter({ hasText: participant.name }).waitFor();
    await list.getByRole("button", { name: "Ge ordet till nästa" }).click();
    await list.getByText(`Har ordet: ${participant.name}`).waitFor();

    await speakers.getByText("Du har ordet.").waitFor();
    await speakers.getByText(`Har ordet: ${participant.name}`).waitFor();
    expect(await accessibilityViolations(control)).toEqual([]);
    expect(await accessibilityViolations(asker)).toEqual([]);
  });

  it("reads in English too", async () => {
    await asker.getByRole("button", { name: "English" }).click();
    await expect.poll(() => asker.locator("html").getAttribute("lang")).toBe("en");
    await asker.getByText("Questions and speaker list").waitFor();
    await questionIn(asker, "Being answered now", question).getByText("1 vote").waitFor();
    await region(asker, "Speaker list").getByText("You have the floor.").waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
  });
});
