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
  newParticipant,
  type Person,
  themeId,
  writeComment,
} from "./fixtures";

const member = demo.member;
/** The first test's theme, which no other test writes in: it starts with an empty thread. */
const theme = { slug: "barnets-basta-och-delaktighet", title: "Barnets bästa och delaktighet" };
/** The theme where the other tests write, each as people of its own. */
const otherTheme = { slug: "direkttid-och-dokumentation", title: "Direkttid och dokumentation" };

const comment =
  "Barnen vi möter vill bli lyssnade på tidigt. Samtal med barnet behöver få ta tid i utredningen.";
const reply = "Håller med. Hos oss har barnsamtal blivit en fast del av varje utredning.";
/** A fictional personal identity number with a correct check digit: the API must refuse it. */
const withPersonalIdentityNumber = "Vi följde upp ärendet 19121212-1212 efter sex månader.";
const personalDataSv =
  "Texten innehåller något som ser ut som ett personnummer eller samordningsnummer. Inget sparades. Ta bort numret – skriv om hur verksamheten fungerar, aldrig om ett enskilt barn eller en familj.";
const personalDataEn =
  "The text contains something that looks like a personal identity number or coordination number. Nothing was saved. Remove the number – write about how the service works, never about an individual child or a family.";

// The API takes one comment per person every ten seconds: each test writes as people of its own, so
// that no step has to wait, and a test that needs a comment written first writes it itself.
describe("the dialogue on a theme, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  let otherThemeId: string;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();

  /** A new participant's page on the other theme, signed in, with the form to write ready. */
  async function participantOnOtherTheme(person: Person): Promise<Page> {
    const p = await signedInPage(
      server.url,
      person.email,
      `/teman/${otherTheme.slug}`,
      person.password,
    );
    await p.getByRole("heading", { name: "Skriv en kommentar" }).waitFor();
    return p;
  }

  /** From the theme's sign-in prompt to the theme again, signed in. */
  async function signInFromTheme(
    p: Page,
    email: string,
    password = demoPassword,
    slug = theme.slug,
  ) {
    await p.getByText("Samtalet är öppet för inloggade deltagare.", { exact: false }).waitFor();
    await p.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await p.getByLabel("E-postadress").fill(email);
    await p.getByLabel("Lösenord", { exact: true }).fill(password);
    await p.getByRole("button", { name: "Logga in" }).click();
    await p.getByRole("heading", { name: "Skriv en kommentar" }).waitFor();
    expect(new URL(p.url()).pathname).toBe(`/teman/${slug}`);
  }

  async function switchLanguage(p: Page, to: "English" | "Svenska") {
    await p.getByRole("button", { name: to }).click();
    await expect
      .poll(() => p.locator("html").getAttribute("lang"))
      .toBe(to === "English" ? "en" : "sv");
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
    otherThemeId = await themeId(coordinatorApi, otherTheme.slug);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("lists the themes and leads from one to signing in and writing a comment", async () => {
    const page = await freshPage();
    await page.goto(url("teman"));
    await page.getByRole("heading", { name: "Teman", level: 1 }).waitFor();
    const card = page.getByRole("article").filter({ hasText: theme.title });
    await card.getByText("Öppen").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await card.getByRole("link", { name: theme.title }).click();
    await page.getByRole("heading", { name: theme.title, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Frågor vid kommunbesöken" }).waitFor();
    await signInFromTheme(page, member.email);
    await page.getByText("Ingen har skrivit något ännu.").waitFor();

    await page.getByLabel("Din kommentar").fill(comment);
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByText("Kommentaren är publicerad.").waitFor();
    const written = page.getByRole("article", { name: member.name });
    await written.getByText(comment).waitFor();
    expect(await page.getByLabel("Din kommentar").inputValue()).toBe("");
    // One's own comment can be changed and deleted, but not agreed with.
    await written.getByRole("button", { name: "Ändra" }).waitFor();
    expect(await written.getByRole("button", { name: /Håller med/ }).count()).toBe(0);
  });

  it("refuses a personal identity number in Swedish and English and keeps the text", async () => {
    const page = await participantOnOtherTheme(await newParticipant(server.url, coordinatorApi));
    await page.getByLabel("Din kommentar").fill(withPersonalIdentityNumber);
    await page.getByRole("button", { name: "Publicera" }).click();
    await page.getByRole("alert").filter({ hasText: personalDataSv }).waitFor();
    expect(await page.getByLabel("Din kommentar").inputValue()).toBe(withPersonalIdentityNumber);

    await switchLanguage(page, "English");
    await page.getByRole("alert").filter({ hasText: personalDataEn }).waitFor();
    expect(await page.getByLabel("Your comment").inputValue()).toBe(withPersonalIdentityNumber);
    expect(
      await page.getByRole("article").filter({ hasText: withPersonalIdentityNumber }).count(),
    ).toBe(0);
    await switchLanguage(page, "Svenska");
  });

  it("asks the member to wait before the next comment, keeping the reply's text", async () => {
    // The member has just written a comment: the next one must wait.
    const member = await newParticipant(server.url, coordinatorApi);
    const memberApi = await signedInClient(server.url, member.email, member.password);
    await writeComment(memberApi, { themeId: otherThemeId }, comment);
    const page = await participantOnOtherTheme(member);
    const written = page.getByRole("article", { name: member.name });
    await written.getByRole("button", { name: "Svara" }).click();
    const replyField = page.getByLabel(`Ditt svar till ${member.name}`);
    await expect.poll(() => replyField.evaluate((el) => el === document.activeElement)).toBe(true);
    await replyField.fill("Ett tillägg till min kommentar.");
    await page.getByRole("button", { name: "Skicka svaret" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /Vänta till kl\. \d{2}:\d{2}:\d{2}/ })
      .waitFor();
    expect(await replyField.inputValue()).toBe("Ett tillägg till min kommentar.");
    await page.getByRole("button", { name: "Avbryt" }).click();
  });

  it("lets another member agree and reply, nested, and the first member's open page shows both live", async () => {
    // The first member's comment, and their page open on it.
    const member = await newParticipant(server.url, coordinatorApi);
    const otherMember = await newParticipant(server.url, coordinatorApi);
    const memberApi = await signedInClient(server.url, member.email, member.password);
    await writeComment(memberApi, { themeId: otherThemeId }, comment);
    const page = await participantOnOtherTheme(member);
    await page.getByRole("article", { name: member.name }).getByText(comment).waitFor();

    const other = await freshPage();
    await other.goto(url(`teman/${otherTheme.slug}`));
    await signInFromTheme(other, otherMember.email, otherMember.password, otherTheme.slug);
    const written = other.getByRole("article", { name: member.name });
    await written.getByText(comment).waitFor();

    const agree = written.getByRole("button", { name: "Håller med (0)" });
    expect(await agree.getAttribute("aria-pressed")).toBe("false");
    await agree.click();
    const agreed = written.getByRole("button", { name: "Håller med (1)" });
    await agreed.waitFor();
    expect(await agreed.getAttribute("aria-pressed")).toBe("true");

    await written.getByRole("button", { name: "Svara" }).click();
    await other.getByLabel(`Ditt svar till ${member.name}`).fill(reply);
    await other.getByRole("button", { name: "Skicka svaret" }).click();
    await written.getByText("Svaret är publicerat.").waitFor();
    // The reply is one level down: a heading one level below its parent's, inside the parent's item.
    const answer = other.getByRole("article", { name: otherMember.name });
    await answer.getByText(reply).waitFor();
    await other.getByRole("heading", { name: otherMember.name, level: 4 }).waitFor();
    const parentItem = other.locator(".thread > li").filter({ has: written });
    expect(await parentItem.getByText(reply).count()).toBe(1);
    expect(await accessibilityViolations(other)).toEqual([]);

    // The member's page, open all along, shows the agreement and the reply without a reload.
    const own = page.getByRole("article", { name: member.name });
    await own.getByText("1 håller med").waitFor();
    await page.getByRole("article", { name: otherMember.name }).getByText(reply).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
