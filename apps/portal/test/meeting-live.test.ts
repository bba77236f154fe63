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
import {
  browserContexts,
  demo,
  demoPassword,
  hearingByApi,
  mutationId,
  newParticipant,
  type Person,
  uniqueSuffix,
} from "./fixtures";

const otherParticipant = demo.otherMember;
const moderator = demo.moderator;

const question = "Hur får barnen veta vad som hände med det de berättade för oss?";
/** A fictional personal identity number with a correct check digit: the API must refuse it. */
const withPersonalIdentityNumber = "Vad hände med flickan 20121212-1212 efter hearingen?";
const personalDataSv =
  "Texten innehåller något som ser ut som ett personnummer eller samordningsnummer. Inget sparades. Ta bort numret – skriv om hur verksamheten fungerar, aldrig om ett enskilt barn eller en familj.";

// A hearing's Q&A run from three browsers at once: the participant asks, the moderator approves and
// pins, another participant votes; every page follows without a reload. Each test has a hearing and
// an asking participant of its own, and makes through the API what the steps before it would have.
describe("a hearing's live Q&A, in three browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  let moderatorApi: Request;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();

  interface Hearing {
    id: string;
    slug: string;
    title: string;
    questionsPath: string;
  }
  /** A published hearing of the test's own, a week ahead. */
  async function newHearing(): Promise<Hearing> {
    const start = new Date(Date.now() + 7 * 24 * 3600_000);
    start.setUTCHours(8, 0, 0, 0);
    const created = await hearingByApi(coordinatorApi, {
      title: `Hearing: barns synpunkter i det systematiska kvalitetsarbetet ${uniqueSuffix()}`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
      publish: true,
    });
    return { ...created, questionsPath: `moten/${created.slug}/fragor` };
  }

  /** The asking participant's page on the hearing's Q&A, signed in. */
  const askerPage = (h: Hearing, person: Person) =>
    signedInPage(server.url, person.email, `/${h.questionsPath}`, person.password);
  /** The moderator's page on the hearing's control view, signed in from its prompt. */
  async function controlPage(h: Hearing): Promise<Page> {
    const page = await freshPage();
    await page.goto(url(`${h.questionsPath}/styr`));
    await page.getByRole("heading", { name: h.title, level: 1 }).waitFor();
    await signInFrom(page, moderator.email, `${h.questionsPath}/styr`);
    await page.getByText("Styr frågestunden").first().waitFor();
    return page;
  }

  /** A question the person asks through the API, approved and pinned by the moderator if asked. */
  async function askedQuestion(
    h: Hearing,
    person: Person,
    steps: { pin?: boolean } = {},
  ): Promise<string> {
    const personApi = await signedInClient(server.url, person.email, person.password);
    const id = await mutationId(
      personApi,
      `mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { __typename ... on MutationAskQuestionSuccess { data { id } } } }`,
      { input: { meetingId: h.id, body: question } },
    );
    if (steps.pin) {
      for (const decision of ["approveQuestion", "pinQuestion"])
        await mutationId(
          moderatorApi,
          `mutation ($id: ID!) { ${decision}(id: $id) { __typename ... on Mutation${decision[0]?.toUpperCase()}${decision.slice(1)}Success { data { id } } } }`,
          { id },
        );
    }
    return id;
  }

  /** From a live page's sign-in prompt to the same page again, signed in. */
  async function signInFrom(p: Page, email: string, path: string) {
    await p.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await p.getByLabel("E-postadress").fill(email);
    await p.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await p.getByRole("button", { name: "Logga in" }).click();
    // Signed in first, then back where the sign-in came from.
    await p.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
    await expect.poll(() => new URL(p.url()).pathname).toBe(`/${path}`);
  }

  const region = (p: Page, name: string) => p.getByRole("region", { name, exact: true });
  const questionIn = (p: Page, regionName: string, text: string) =>
    region(p, regionName).getByRole("article").filter({ hasText: text });
  const announced = (p: Page, text: string) =>
    p.locator('[aria-live="polite"]').filter({ hasText: text });

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    moderatorApi = await signedInClient(server.url, moderator.email, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("shows the participant the hearing, its kind and time, and after signing in the empty Q&A", async () => {
    const hearing = await newHearing();
    const { questionsPath } = hearing;
    const asker = await freshPage();
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

    await signInFrom(asker, demo.member.email, questionsPath);
    await region(asker, "Besvaras nu").getByText("Ingen fråga besvaras just nu.").waitFor();
    await region(asker, "Frågor").getByText("Inga godkända frågor ännu.").waitFor();
    await region(asker, "Talarlista").getByText("Ingen har ordet just nu.").waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
  });

  it("shows the moderator the control view, signed in", async () => {
    const hearing = await newHearing();
    const { questionsPath } = hearing;
    const control = await freshPage();
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
    const hearing = await newHearing();
    const participant = await newParticipant(server.url, coordinatorApi);
    // The moderator's page opens first and follows the hearing while the participant's loads.
    const control = await controlPage(hearing);
    const asker = await askerPage(hearing, participant);
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
    const hearing = await newHearing();
    const asker = await askerPage(hearing, await newParticipant(server.url, coordinatorApi));
    const control = await controlPage(hearing);
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
    const hearing = await newHearing();
    const participant = await newParticipant(server.url, coordinatorApi);
    await askedQuestion(hearing, participant);
    const asker = await askerPage(hearing, participant);
    await questionIn(asker, "Mina frågor", question).waitFor();
    const control = await controlPage(hearing);
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
    const hearing = await newHearing();
    const { questionsPath } = hearing;
    const participant = await newParticipant(server.url, coordinatorApi);
    await askedQuestion(hearing, participant, { pin: true });
    const asker = await askerPage(hearing, participant);
    await questionIn(asker, "Besvaras nu", question).waitFor();
    const control = await controlPage(hearing);
    await questionIn(control, "Besvaras nu", question).waitFor();

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
    const hearing = await newHearing();
    const participant = await newParticipant(server.url, coordinatorApi);
    // The moderator's page opens first and follows the hearing while the participant's loads.
    const control = await controlPage(hearing);
    const asker = await askerPage(hearing, participant);
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
    // The participant's question is pinned with a vote, and the participant has the floor.
    const hearing = await newHearing();
    const participant = await newParticipant(server.url, coordinatorApi);
    const questionId = await askedQuestion(hearing, participant, { pin: true });
    const voterApi = await signedInClient(server.url, otherParticipant.email, demoPassword);
    await mutationId(
      voterApi,
      `mutation ($id: ID!) { voteForQuestion(id: $id, vote: true) { __typename ... on MutationVoteForQuestionSuccess { data { id } } } }`,
      { id: questionId },
    );
    const participantApi = await signedInClient(
      server.url,
      participant.email,
      participant.password,
    );
    await mutationId(
      participantApi,
      `mutation ($input: AskToSpeakInput!) { askToSpeak(input: $input) { __typename ... on MutationAskToSpeakSuccess { data { id } } } }`,
      { input: { meetingId: hearing.id } },
    );
    await mutationId(
      moderatorApi,
      `mutation ($id: ID!) { giveFloorToNextSpeaker(meetingId: $id) { __typename ... on MutationGiveFloorToNextSpeakerSuccess { data { id } } } }`,
      { id: hearing.id },
    );
    const asker = await askerPage(hearing, participant);
    await asker.getByRole("button", { name: "English" }).click();
    await expect.poll(() => asker.locator("html").getAttribute("lang")).toBe("en");
    await asker.getByText("Questions and speaker list").waitFor();
    await questionIn(asker, "Being answered now", question).getByText("1 vote").waitFor();
    await region(asker, "Speaker list").getByText("You have the floor.").waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
  });
});
