import { readFileSync } from "node:fs";
import { mailText, startSmtpSink } from "@kraftsamling/api/smtp-sink";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import {
  browserContexts,
  demo,
  demoPassword,
  mutationId,
  newParticipant,
  type Person,
  themeId,
  uniqueSuffix,
  writeComment,
} from "./fixtures";

const moderator = demo.moderator;
const coordinatorEmail = demo.coordinator.email;
/**
 * The themes, each with the tests that write in it: the first test needs an empty thread, the
 * reports one the thread's first comment, and locking and slow mode must not reach other tests.
 */
const theme = { slug: "tidiga-och-samordnade-insatser", title: "Tidiga och samordnade insatser" };
const reportsTheme = "forutsattningar-for-god-kvalitet";
const queueTheme = "samverkan-mellan-nivaer";
const lockTheme = "valfardsteknologi";
const logTheme = "systematiskt-kvalitetsarbete";

const commentBase =
  "Samverkan med skolan fungerar bara när rektorn själv är med. Alla andra lösningar är slöseri med tid.";
/** The comment's text, with a case number that no other test's comment has. */
const commentText = () => `${commentBase} Ärende ${uniqueSuffix()}.`;
const hideReasonBase = "Generaliserande om en yrkesgrupp. Skriv gärna om vad som fungerar hos er.";
const hideReason = hideReasonBase;
const blockReason = "Upprepade angrepp på andra deltagare.";

/** A personal identity number with a correct check digit (Luhn over the ten digits). */
const personalIdentityNumber = "19811218-9876";
const withPersonalIdentityNumber = `Vi följde barnet med ${personalIdentityNumber} i ett år.`;
const personalDataSv =
  "Texten innehåller något som ser ut som ett personnummer eller samordningsnummer. Inget sparades.";
const personalDataEn =
  "The text contains something that looks like a personal identity number or coordination number. Nothing was saved.";

function luhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, "").slice(-10);
  const sum = [...digits].reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + Math.floor(value / 10) + (value % 10);
  }, 0);
  return digits.length === 10 && sum % 10 === 0;
}

// The author writes once (a refused text counts for nothing); three other people report the
// comment, each in a browser of their own; the moderator decides in the queue. Each test has its own
// author, reporters and comment, made through the API up to the step the test is about.
describe("moderation of the dialogue, in browsers", () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let coordinatorApi: Request;
  let moderatorApi: Request;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();
  const themeUrl = (slug = theme.slug) => url(`teman/${slug}`);

  interface Written {
    author: Person;
    authorApi: Request;
    text: string;
    id: string;
  }
  /** A new participant's comment in a theme, written through the API. */
  async function writtenComment(slug: string): Promise<Written> {
    const author = await newParticipant(server.url, coordinatorApi);
    const authorApi = await signedInClient(server.url, author.email, author.password);
    const text = commentText();
    const id = await writeComment(authorApi, { themeId: await themeId(authorApi, slug) }, text);
    return { author, authorApi, text, id };
  }
  /** Three new participants report the comment, as the reports test does: the third hides it. */
  async function reportedThreeTimes(commentId: string): Promise<Person[]> {
    const reasons = ["OFFENSIVE", "OFF_TOPIC", "OFFENSIVE"];
    const reporters: Person[] = [];
    for (const [index, reason] of reasons.entries()) {
      const person = await newParticipant(server.url, coordinatorApi);
      const api = await signedInClient(server.url, person.email, person.password);
      await api(
        `mutation ($id: ID!, $reason: CommentReportReason!, $note: String) { reportComment(id: $id, reason: $reason, note: $note) { __typename } }`,
        { id: commentId, reason, note: index === 1 ? "Svepande om rektorer." : null },
      );
      reporters.push(person);
    }
    return reporters;
  }
  /** The moderator hides the comment with a reason, through the API. */
  const hiddenByModerator = (commentId: string, reason: string) =>
    mutationId(
      moderatorApi,
      `mutation ($id: ID!, $reason: String!) { hideComment(id: $id, reason: $reason) { __typename ... on MutationHideCommentSuccess { data { id } } } }`,
      { id: commentId, reason },
    );
  /** The person's page on a theme, signed in, with the comment in view. */
  async function pageOnTheme(person: Person, slug: string): Promise<Page> {
    const page = await signedInPage(server.url, person.email, `/teman/${slug}`, person.password);
    await page
      .locator(".thread")
      .or(page.getByText("Ingen har skrivit något ännu."))
      .first()
      .waitFor();
    return page;
  }
  /** The moderator's page, signed in, at a path. */
  const moderatorPageAt = (path: string) => signedInPage(server.url, moderator.email, path);

  /** Signs in from the page's sign-in link and waits to be back where the person came from. */
  async function signIn(page: Page, email: string, password = demoPassword) {
    const back = new URL(page.url()).pathname;
    await page.getByRole("banner").getByRole("link", { name: "Logga in" }).click();
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe(back);
  }

  async function switchLanguage(page: Page, to: "English" | "Svenska") {
    await page.getByRole("button", { name: to }).click();
    await expect
      .poll(() => page.locator("html").getAttribute("lang"))
      .toBe(to === "English" ? "en" : "sv");
  }

  /** The comment in a page's thread, as the author's name labels it for those who may see it. */
  const authorsComment = (page: Page, w: { author: { name: string }; text: string }): Locator =>
    page.getByRole("article", { name: w.author.name }).filter({ hasText: w.text });
  const queueItem = (page: Page, text: string): Locator =>
    page.getByRole("article").filter({ hasText: text });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      SMTP_URL: smtp.url,
    });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, coordinatorEmail, demoPassword);
    moderatorApi = await signedInClient(server.url, moderator.email, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
    await smtp?.close();
  });

  it("refuses a comment with a personal identity number, in Swedish and in English, and stores nothing", async () => {
    expect(luhnValid(personalIdentityNumber)).toBe(true);
    // The demo member writes in a theme no other test writes in.
    const author = demo.member;
    const comment = commentText();
    const authorPage = await freshPage();
    await authorPage.goto(themeUrl());
    await authorPage.getByRole("heading", { name: theme.title, level: 1 }).waitFor();
    await signIn(authorPage, author.email);
    await authorPage.getByText("Ingen har skrivit något ännu.").waitFor();

    await authorPage.getByLabel("Din kommentar").fill(withPersonalIdentityNumber);
    await authorPage.getByRole("button", { name: "Publicera" }).click();
    await authorPage.getByRole("alert").filter({ hasText: personalDataSv }).waitFor();
    await switchLanguage(authorPage, "English");
    await authorPage.getByRole("alert").filter({ hasText: personalDataEn }).waitFor();
    expect(await authorPage.getByLabel("Your comment").inputValue()).toBe(
      withPersonalIdentityNumber,
    );
    await switchLanguage(authorPage, "Svenska");

    // Nothing reached the thread, not even after asking the API again.
    await authorPage.reload();
    await authorPage.getByText("Ingen har skrivit något ännu.").waitFor();
    expect(await authorPage.getByText(personalIdentityNumber).count()).toBe(0);

    await authorPage.getByLabel("Din kommentar").fill(comment);
    await authorPage.getByRole("button", { name: "Publicera" }).click();
    await authorPage.getByText("Kommentaren är publicerad.").waitFor();
    const own = authorsComment(authorPage, { author, text: comment });
    await own.waitFor();
    // One does not report one's own comment.
    expect(await own.getByRole("button", { name: "Rapportera" }).count()).toBe(0);
  });

  it("lets three different people report the comment, which then disappears for others", async () => {
    // A comment of the test's own, the first in its theme's thread, and the author's page on it.
    const written = await writtenComment(reportsTheme);
    const authorPage = await pageOnTheme(written.author, reportsTheme);
    const reporters = [
      await newParticipant(server.url, coordinatorApi),
      await newParticipant(server.url, coordinatorApi),
      await newParticipant(server.url, coordinatorApi),
    ];
    let reporterPage: Page | undefined;
    const reasons = ["Kränkande eller stötande", "Hör inte till temat", "Kränkande eller stötande"];
    for (const [index, person] of reporters.entries()) {
      const page = await freshPage();
      await page.goto(themeUrl(reportsTheme));
      await signIn(page, person.email, person.password);
      const target = authorsComment(page, written);
      await target.getByRole("button", { name: "Rapportera" }).click();
      const reason = target.getByRole("radio", { name: reasons[index] ?? "" });
      // The form opens with the first reason in focus.
      await expect
        .poll(() =>
          target
            .getByRole("radio", { name: "Reklam eller spam" })
            .evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      if (index === 0) {
        // Without a reason the form says what is missing.
        await target.getByRole("button", { name: "Skicka rapporten" }).click();
        await target
          .getByRole("alert")
          .filter({ hasText: "Välj varför du rapporterar kommentaren." })
          .waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
      }
      await reason.check();
      if (index === 1) {
        await target.getByLabel("Till moderatorerna (frivilligt)").fill("Svepande om rektorer.");
      }
      await target.getByRole("button", { name: "Skicka rapporten" }).click();
      const item = page.locator(".thread > li").first();
      await item.getByText("Tack! Moderatorerna har fått din rapport.").waitFor();
      if (index < reporters.length - 1)
        await item.getByText("Du har rapporterat kommentaren.").waitFor();
      // The third report hides the comment, for the one who made it too.
      else await item.getByRole("article", { name: "Dold kommentar" }).waitFor();

      if (index === 0) {
        reporterPage = page;
        // The report is remembered: after a reload the comment says so instead of offering it again.
        await page.reload();
        const reloaded = authorsComment(page, written);
        await reloaded.getByText("Du har rapporterat kommentaren.").waitFor();
        expect(await reloaded.getByRole("button", { name: "Rapportera" }).count()).toBe(0);
      }
    }

    // The first reporter's page, open all along, shows a placeholder where the comment was.
    if (!reporterPage) throw new Error("the first reporter's page is missing");
    const placeholder = reporterPage.getByRole("article", { name: "Dold kommentar" });
    await placeholder.getByText("Kommentaren är dold. Svaren på den finns kvar.").waitFor();
    expect(await reporterPage.getByText(written.text).count()).toBe(0);
    expect(await accessibilityViolations(reporterPage)).toEqual([]);

    // The author still sees it, marked as hidden by reports until a moderator decides.
    const own = authorsComment(authorPage, written);
    await own
      .getByText("Dold efter rapporter från flera deltagare, i väntan på en moderators beslut.")
      .waitFor();
    await own.getByText("Bara du och moderatorerna ser kommentaren.").waitFor();
  });

  it("shows the moderator the comment in the queue, with the reports by reason and the note", async () => {
    const written = await writtenComment(queueTheme);
    await reportedThreeTimes(written.id);
    const moderatorPage = await freshPage();
    await moderatorPage.goto(url("moderering"));
    await moderatorPage.getByText("Du behöver logga in för att se den här sidan.").waitFor();
    await signIn(moderatorPage, moderator.email);
    await moderatorPage
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Moderering" })
      .waitFor();
    await moderatorPage.getByRole("heading", { name: "Modereringskön", level: 1 }).waitFor();
    const item = queueItem(moderatorPage, written.text);
    await item.getByText("Dold efter rapporter").first().waitFor();
    await item.getByText("Rapporterad av 3 personer").waitFor();
    await item.getByText("Kränkande eller stötande: 2").waitFor();
    await item.getByText("Hör inte till temat: 1").waitFor();
    await item.getByText("Svepande om rektorer.").waitFor();
    await item.getByRole("link", { name: "Visa i samtalet" }).waitFor();
    expect(await accessibilityViolations(moderatorPage)).toEqual([]);
  });

  it("blocks the author for a while: the author's form gives way to a notice with the end and the reason", async () => {
    const written = await writtenComment(queueTheme);
    const { author } = written;
    await reportedThreeTimes(written.id);
    const authorPage = await pageOnTheme(author, queueTheme);
    const moderatorPage = await moderatorPageAt("/moderering");
    const item = queueItem(moderatorPage, written.text);
    // Lifting a block is offered only where there is one.
    await item.getByRole("button", { name: "Stäng av författaren" }).waitFor();
    expect(await item.getByRole("button", { name: "Häv avstängningen" }).count()).toBe(0);
    await item.getByRole("button", { name: "Stäng av författaren" }).click();
    await item.getByLabel("Hur länge").selectOption({ label: "3 dagar" });
    await item.getByLabel("Skäl", { exact: true }).fill(blockReason);
    expect(await accessibilityViolations(moderatorPage)).toEqual([]);
    await item.getByRole("button", { name: "Stäng av", exact: true }).click();
    const done = moderatorPage
      .getByRole("status")
      .filter({ hasText: `${author.name} kan inte skriva förrän` });
    await done.waitFor();
    expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);

    await authorPage.reload();
    await authorPage
      .getByText(/En moderator har stängt av dig från att skriva till och med .*2\d{3}/)
      .waitFor();
    await authorPage.getByText(`Skäl: ${blockReason}`).waitFor();
    expect(await authorPage.getByLabel("Din kommentar").count()).toBe(0);
    expect(await authorPage.getByRole("button", { name: "Svara" }).count()).toBe(0);
    expect(await accessibilityViolations(authorPage)).toEqual([]);

    await queueItem(moderatorPage, written.text)
      .getByRole("button", { name: "Häv avstängningen" })
      .click();
    await moderatorPage
      .getByRole("status")
      .filter({ hasText: `${author.name} kan skriva igen.` })
      .waitFor();
    await expect
      .poll(() =>
        queueItem(moderatorPage, written.text)
          .getByRole("button", { name: "Häv avstängningen" })
          .count(),
      )
      .toBe(0);
    await authorPage.reload();
    await authorPage.getByLabel("Din kommentar").waitFor();
  });

  it("hides the comment with a reason that reaches the author on the page and by e-mail", async () => {
    const written = await writtenComment(queueTheme);
    const { author } = written;
    await reportedThreeTimes(written.id);
    const authorPage = await pageOnTheme(author, queueTheme);
    const moderatorPage = await moderatorPageAt("/moderering");
    const item = queueItem(moderatorPage, written.text);
    await item.getByRole("button", { name: "Dölj" }).click();
    const reasonField = item.getByLabel("Skäl", { exact: true });
    expect(await reasonField.evaluate((el) => el === document.activeElement)).toBe(true);
    await item.getByRole("button", { name: "Dölj kommentaren" }).click();
    await item.getByRole("alert").filter({ hasText: "Skriv ett skäl." }).waitFor();
    await reasonField.fill(hideReason);
    await item.getByRole("button", { name: "Dölj kommentaren" }).click();
    await moderatorPage
      .getByRole("status")
      .filter({ hasText: "Kommentaren är dold. Författaren har fått e-post med skälet." })
      .waitFor();
    const hidden = queueItem(moderatorPage, written.text);
    await hidden.getByText("Dold av moderator").first().waitFor();
    await hidden.getByText(`Skäl till författaren: ${hideReason}`).waitFor();

    // The author, signed in, sees the moderator's reason on the comment, in both languages.
    await authorPage.reload();
    const own = authorsComment(authorPage, written);
    await own.getByText(`Dold av moderator: ${hideReason}`).waitFor();
    await switchLanguage(authorPage, "English");
    await own.getByText(`Hidden by a moderator: ${hideReason}`).waitFor();
    await switchLanguage(authorPage, "Svenska");
    expect(await accessibilityViolations(authorPage)).toEqual([]);

    // The mail: in the outbox, as the coordinator reads it, and through SMTP.
    const coordinatorPage = await freshPage();
    await coordinatorPage.goto(url("admin/utkorg"));
    await signIn(coordinatorPage, coordinatorEmail);
    const mail = coordinatorPage
      .getByRole("listitem")
      .filter({ hasText: author.email })
      .filter({ hasText: "Din kommentar är dold / Your comment is hidden" });
    // Reports hid it first, the moderator then: two such mails, the moderator's the newest.
    await expect.poll(() => mail.count()).toBe(2);
    await mail.first().getByText("Visa texten").click();
    await mail.first().getByText(`Skäl: ${hideReason}`).waitFor();
    await expect
      .poll(
        () =>
          smtp.received.filter(
            (m) => m.to.includes(author.email) && mailText(m).includes(hideReason),
          ).length,
      )
      .toBe(1);
  });

  it("restores the comment: the queue empties, others see it again and the author gets word", async () => {
    // The comment hidden by reports and then by the moderator; the first reporter's page open on it.
    const written = await writtenComment(queueTheme);
    const { author } = written;
    const [firstReporter] = await reportedThreeTimes(written.id);
    await hiddenByModerator(written.id, hideReason);
    if (!firstReporter) throw new Error("no reporter");
    const reporterPage = await pageOnTheme(firstReporter, queueTheme);
    await reporterPage.getByRole("article", { name: "Dold kommentar" }).first().waitFor();
    const authorPage = await pageOnTheme(author, queueTheme);
    // Only this comment waits: what other tests left in the queue is decided first.
    const { moderationQueue } = await moderatorApi<{ moderationQueue: { id: string }[] }>(
      "{ moderationQueue { id } }",
    );
    for (const { id } of moderationQueue.filter((c) => c.id !== written.id)) {
      // A hidden comment is shown again; one with reports only has them dismissed.
      for (const decision of ["restoreComment", "dismissReports"])
        await moderatorApi(`mutation ($id: ID!) { ${decision}(id: $id) { __typename } }`, {
          id,
        }).catch(() => undefined);
    }
    const moderatorPage = await moderatorPageAt("/moderering");
    await queueItem(moderatorPage, written.text).getByRole("button", { name: "Visa igen" }).click();
    await moderatorPage
      .getByRole("status")
      .filter({ hasText: "Kommentaren visas igen. Författaren har fått e-post." })
      .waitFor();
    await moderatorPage.getByText("Inget väntar på en moderator just nu.").waitFor();

    // The first reporter's page, still open, shows the comment again without a reload.
    await authorsComment(reporterPage, written).waitFor();
    await authorPage.reload();
    await authorsComment(authorPage, written).waitFor();
    expect(await authorPage.getByText("Dold av moderator").count()).toBe(0);
    await expect
      .poll(
        () =>
          smtp.received.filter(
            (m) =>
              m.to.includes(author.email) && mailText(m).includes("den visas nu igen för alla"),
          ).length,
      )
      .toBe(1);
  });

  it("lets the moderator lock the thread and set slow mode from the theme page", async () => {
    // The author has just written in a theme that only this test locks and slows down.
    const written = await writtenComment(lockTheme);
    const authorPage = await pageOnTheme(written.author, lockTheme);
    const moderatorPage = await moderatorPageAt(`/teman/${lockTheme}`);
    const controls = moderatorPage.getByRole("region", { name: "Moderera samtalet" });
    await controls.getByRole("button", { name: "Lås samtalet" }).click();
    await controls.getByRole("button", { name: "Lås upp samtalet" }).waitFor();
    expect(await accessibilityViolations(moderatorPage)).toEqual([]);

    await authorPage.reload();
    await authorPage
      .getByText(
        "En moderator har låst samtalet. Det går att läsa men inte att skriva nya kommentarer eller svar.",
      )
      .waitFor();
    expect(await authorPage.getByLabel("Din kommentar").count()).toBe(0);
    expect(await authorPage.getByRole("button", { name: "Svara" }).count()).toBe(0);

    await controls.getByRole("button", { name: "Lås upp samtalet" }).click();
    await controls.getByRole("button", { name: "Lås samtalet" }).waitFor();
    await controls.getByLabel("Långsamt läge").selectOption({ label: "5 minuter" });
    await controls.getByRole("button", { name: "Spara" }).click();
    await controls.getByText("Långsamt läge: en kommentar per 5 minuter.").waitFor();

    await authorPage.reload();
    await authorPage
      .getByText(
        "Långsamt läge: var och en kan skriva en kommentar per 5 minuter i det här samtalet.",
      )
      .waitFor();
    // The author wrote a few minutes ago: the next comment waits for slow mode, and is kept.
    const next = "Ett tillägg om elevhälsan.";
    await authorPage.getByLabel("Din kommentar").fill(next);
    await authorPage.getByRole("button", { name: "Publicera" }).click();
    await authorPage
      .getByRole("alert")
      .filter({ hasText: /^Samtalet är i långsamt läge\. Vänta till .+ och skicka igen\.$/ })
      .waitFor();
    expect(await authorPage.getByLabel("Din kommentar").inputValue()).toBe(next);
    await switchLanguage(authorPage, "English");
    await authorPage
      .getByRole("alert")
      .filter({ hasText: /^The discussion is in slow mode\. Wait until .+ and send again\.$/ })
      .waitFor();
    await authorPage
      .getByText("Slow mode: each person can write one comment per 5 minutes here.")
      .waitFor();
    await switchLanguage(authorPage, "Svenska");
  });

  it("downloads the moderation log as CSV with the decisions in it", async () => {
    // The decisions the other tests take through the pages, taken here through the API on a comment,
    // an author and a theme of this test's own: reports hide the comment, the moderator blocks and
    // unblocks the author, hides and restores the comment, locks and unlocks the theme, slows it.
    const hideReason = `${hideReasonBase} (${uniqueSuffix()})`;
    const written = await writtenComment(logTheme);
    const { me } = await written.authorApi<{ me: { id: string } }>("{ me { id } }");
    const logThemeId = await themeId(moderatorApi, logTheme);
    await reportedThreeTimes(written.id);
    const until = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
    await moderatorApi(
      `mutation ($id: ID!, $until: DateTime!, $reason: String!) { blockParticipant(personId: $id, until: $until, reason: $reason) { __typename } }`,
      { id: me.id, until, reason: blockReason },
    );
    await moderatorApi(`mutation ($id: ID!) { unblockParticipant(personId: $id) { __typename } }`, {
      id: me.id,
    });
    await hiddenByModerator(written.id, hideReason);
    await moderatorApi(`mutation ($id: ID!) { restoreComment(id: $id) { __typename } }`, {
      id: written.id,
    });
    for (const locked of [true, false])
      await moderatorApi(
        `mutation ($id: ID!, $locked: Boolean!) { lockTheme(themeId: $id, locked: $locked) { __typename } }`,
        { id: logThemeId, locked },
      );
    await moderatorApi(
      `mutation ($id: ID!) { setSlowMode(themeId: $id, seconds: 300) { __typename } }`,
      { id: logThemeId },
    );
    const ownLine = (line: string) =>
      [written.id, me.id, logThemeId].some((id) => line.includes(id));

    const moderatorPage = await moderatorPageAt("/moderering/logg");
    await moderatorPage.getByRole("heading", { name: "Modereringslogg", level: 1 }).waitFor();
    const hideRow = moderatorPage.getByRole("listitem").filter({ hasText: hideReason });
    await hideRow.getByText(`Moderatorn ${moderator.name} dolde en kommentar`).first().waitFor();
    await moderatorPage
      .getByRole("listitem")
      .filter({ hasText: "anmälningar från flera deltagare" })
      .first()
      .waitFor();
    expect(await accessibilityViolations(moderatorPage)).toEqual([]);

    const [download] = await Promise.all([
      moderatorPage.waitForEvent("download"),
      moderatorPage.getByRole("button", { name: "Ladda ner CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^moderationslogg-\d{4}-\d{2}-\d{2}\.csv$/);
    await moderatorPage
      .getByText(`Loggen är nedladdad som ${download.suggestedFilename()}.`)
      .waitFor();
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("time,moderator,action,comment,reason");
    // The lines of this test's comment, author and theme: other tests decide in the same log.
    const own = lines.slice(1, -1).filter(ownLine);
    const actions = own.map((line) => line.split(",")[2]);
    expect(actions).toEqual([
      "hide",
      "block",
      "unblock",
      "hide",
      "restore",
      "lock",
      "unlock",
      "slow_mode",
    ]);
    const fields = own.map((line) => line.split(","));
    const decision = fields.find(([, who, action]) => who === moderator.name && action === "hide");
    expect(decision?.slice(3)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), hideReason]);
    expect(fields[0]?.slice(1, 3)).toEqual(["System", "hide"]);
    expect(fields[1]?.[3]).toMatch(/^person [0-9a-f-]{36}$/);
  });

  it("refuses the moderator's pages to a participant, and offers them to no one else in the menu", async () => {
    const participant = await newParticipant(server.url, coordinatorApi);
    const authorPage = await signedInPage(server.url, participant.email, "/", participant.password);
    await authorPage.goto(url("moderering"));
    await authorPage.getByText("Du har inte behörighet att se den här sidan.").waitFor();
    const menu = authorPage.getByRole("navigation", { name: "Huvudmeny" });
    await menu.getByRole("link", { name: "Teman" }).waitFor();
    expect(await menu.getByRole("link", { name: "Moderering" }).count()).toBe(0);
    expect(await accessibilityViolations(authorPage)).toEqual([]);
  });
});
