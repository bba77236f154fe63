import { readFileSync } from "node:fs";
import { mailText, startSmtpSink } from "@kraftsamling/api/smtp-sink";
import { freePort, type RunningServer, startServer, tempFolder } from "@kraftsamling/api/testing";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParticipant, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";

/** The demo people's password (packages/db's demo seed). */
const demoPassword = "kraftsamling-demo";
const author = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
const moderator = { email: "moderator@kraftsamling.example", name: "Jonas Ek" };
const coordinatorEmail = "samordnare@kraftsamling.example";
/** Three different people report the comment: a demo member and two new participants. */
const reporters = [
  { email: "admin.ssr@kraftsamling.example", name: "Sara Lund", password: demoPassword },
  { email: "anna.berg@kommun.example", name: "Anna Berg", password: "fyra-ord-som-ingen-gissar" },
  { email: "lars.holm@kommun.example", name: "Lars Holm", password: "fem-ord-som-ingen-gissar-nu" },
] as const;
const theme = { slug: "tidiga-och-samordnade-insatser", title: "Tidiga och samordnade insatser" };

const comment =
  "Samverkan med skolan fungerar bara när rektorn själv är med. Alla andra lösningar är slöseri med tid.";
const hideReason = "Generaliserande om en yrkesgrupp. Skriv gärna om vad som fungerar hos er.";
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
// comment, each in a browser of their own; the moderator decides in the queue.
describe("moderation of the dialogue, in browsers", () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** The author's page on the theme, open throughout. */
  let authorPage: Page;
  /** The first reporter's page on the theme, open throughout. */
  let reporterPage: Page;
  /** The moderator's page. */
  let moderatorPage: Page;

  const url = (path: string) => new URL(path, server.url).toString();
  const themeUrl = () => url(`teman/${theme.slug}`);

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

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
  const authorsComment = (page: Page): Locator =>
    page.getByRole("article", { name: author.name }).filter({ hasText: comment });
  const queueItem = (page: Page): Locator => page.getByRole("article").filter({ hasText: comment });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startServer({
      DATA_DIR: tempFolder(),
      PORT: String(await freePort()),
      SMTP_URL: smtp.url,
    });
    browser = await launchBrowser();
    const coordinator = await signedInClient(server.url, coordinatorEmail, demoPassword);
    for (const person of reporters.slice(1))
      await createParticipant(server.url, coordinator, person);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
    await smtp?.close();
  });

  it("refuses a comment with a personal identity number, in Swedish and in English, and stores nothing", async () => {
    expect(luhnValid(personalIdentityNumber)).toBe(true);
    authorPage = await freshPage();
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
    await authorsComment(authorPage).waitFor();
    // One does not report one's own comment.
    expect(
      await authorsComment(authorPage).getByRole("button", { name: "Rapportera" }).count(),
    ).toBe(0);
  });

  it("lets three different people report the comment, which then disappears for others", async () => {
    const reasons = ["Kränkande eller stötande", "Hör inte till temat", "Kränkande eller stötande"];
    for (const [index, person] of reporters.entries()) {
      const page = await freshPage();
      await page.goto(themeUrl());
      await signIn(page, person.email, person.password);
      const target = authorsComment(page);
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
        const reloaded = authorsComment(page);
        await reloaded.getByText("Du har rapporterat kommentaren.").waitFor();
        expect(await reloaded.getByRole("button", { name: "Rapportera" }).count()).toBe(0);
      }
    }

    // The first reporter's page, open all along, shows a placeholder where the comment was.
    const placeholder = reporterPage.getByRole("article", { name: "Dold kommentar" });
    await placeholder.getByText("Kommentaren är dold. Svaren på den finns kvar.").waitFor();
    expect(await reporterPage.getByText(comment).count()).toBe(0);
    expect(await accessibilityViolations(reporterPage)).toEqual([]);

    // The author still sees it, marked as hidden by reports until a moderator decides.
    const own = authorsComment(authorPage);
    await own
      .getByText("Dold efter rapporter från flera deltagare, i väntan på en moderators beslut.")
      .waitFor();
    await own.getByText("Bara du och moderatorerna ser kommentaren.").waitFor();
  });

  it("shows the moderator the comment in the queue, with the reports by reason and the note", async () => {
    moderatorPage = await freshPage();
    await moderatorPage.goto(url("moderering"));
    await moderatorPage.getByText("Du behöver logga in för att se den här sidan.").waitFor();
    await signIn(moderatorPage, moderator.email);
    await moderatorPage
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Moderering" })
      .waitFor();
    await moderatorPage.getByRole("heading", { name: "Modereringskön", level: 1 }).waitFor();
    const item = queueItem(moderatorPage);
    await item.getByText("Dold efter rapporter").first().waitFor();
    await item.getByText("Rapporterad av 3 personer").waitFor();
    await item.getByText("Kränkande eller stötande: 2").waitFor();
    await item.getByText("Hör inte till temat: 1").waitFor();
    await item.getByText("Svepande om rektorer.").waitFor();
    await item.getByRole("link", { name: "Visa i samtalet" }).waitFor();
    expect(await accessibilityViolations(moderatorPage)).toEqual([]);
  });

  it("blocks the author for a while: the author's form gives way to a notice with the end and the reason", async () => {
    const item = queueItem(moderatorPage);
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

    await queueItem(moderatorPage).getByRole("button", { name: "Häv avstängningen" }).click();
    await moderatorPage
      .getByRole("status")
      .filter({ hasText: `${author.name} kan skriva igen.` })
      .waitFor();
    await authorPage.reload();
    await authorPage.getByLabel("Din kommentar").waitFor();
  });

  it("hides the comment with a reason that reaches the author on the page and by e-mail", async () => {
    const item = queueItem(moderatorPage);
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
    const hidden = queueItem(moderatorPage);
    await hidden.getByText("Dold av moderator").first().waitFor();
    await hidden.getByText(`Skäl till författaren: ${hideReason}`).waitFor();

    // The author, signed in, sees the moderator's reason on the comment, in both languages.
    await authorPage.reload();
    const own = authorsComment(authorPage);
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
    await queueItem(moderatorPage).getByRole("button", { name: "Visa igen" }).click();
    await moderatorPage
      .getByRole("status")
      .filter({ hasText: "Kommentaren visas igen. Författaren har fått e-post." })
      .waitFor();
    await moderatorPage.getByText("Inget väntar på en moderator just nu.").waitFor();

    // The first reporter's page, still open, shows the comment again without a reload.
    await authorsComment(reporterPage).waitFor();
    await authorPage.reload();
    await authorsComment(authorPage).waitFor();
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
    await moderatorPage.goto(themeUrl());
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
    await moderatorPage.goto(url("moderering/logg"));
    await moderatorPage.getByRole("heading", { name: "Modereringslogg", level: 1 }).waitFor();
    const hideRow = moderatorPage.getByRole("row").filter({ hasText: hideReason });
    await hideRow.getByText(moderator.name).waitFor();
    await hideRow.getByText("Dold").waitFor();
    await moderatorPage
      .getByRole("row")
      .filter({ hasText: "Rapporter från flera deltagare" })
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
    const actions = lines.slice(1, -1).map((line) => line.split(",")[2]);
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
    const fields = lines.slice(1, -1).map((line) => line.split(","));
    const decision = fields.find(([, who, action]) => who === moderator.name && action === "hide");
    expect(decision?.slice(3)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), hideReason]);
    expect(fields[0]?.slice(1, 3)).toEqual(["System", "hide"]);
    expect(fields[1]?.[3]).toMatch(/^person [0-9a-f-]{36}$/);
  });

  it("refuses the moderator's pages to a participant, and offers them to no one else in the menu", async () => {
    await authorPage.goto(url("moderering"));
    await authorPage.getByText("Du har inte behörighet att se den här sidan.").waitFor();
    const menu = authorPage.getByRole("navigation", { name: "Huvudmeny" });
    await menu.getByRole("link", { name: "Teman" }).waitFor();
    expect(await menu.getByRole("link", { name: "Moderering" }).count()).toBe(0);
    expect(await accessibilityViolations(authorPage)).toEqual([]);
  });
});
