import { readFileSync } from "node:fs";
import { mailText, startSmtpSink } from "@kraftsamling/api/smtp-sink";
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
  newParticipant,
  type Person,
  registerForMeeting,
  uniqueSuffix,
} from "./fixtures";

const coordinatorEmail = demo.coordinator.email;
const member = demo.member;

const hearing = {
  title: "Hearing om placeringar utanför hemmet",
  start: "2031-03-12T09:00",
  end: "2031-03-12T12:00",
  /** The new time the coordinator moves it to. */
  newStart: "2031-03-13T13:00",
  newEnd: "2031-03-13T16:00",
};
const cancellation = "Hearingen flyttas till hösten. Ni får en ny inbjudan.";

/** The start of a PDF: the API checks the bytes, not only the name. */
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
/** A Windows program's first bytes (MZ), named as a PDF. */
const program = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), Buffer.alloc(200)]);

describe("the coordinator's meeting editor, in a browser", () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let memberApi: Request;
  let coordinatorApi: Request;
  const { freshPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();
  const mailsTo = (email: string, text: string) =>
    smtp.received.filter((m) => m.to.includes(email) && mailText(m).includes(text));

  /** The coordinator's page, signed in through the page's form, at a path. */
  async function coordinatorPage(path: string): Promise<Page> {
    const page = await freshPage();
    await page.goto(url("logga-in"));
    await page.getByLabel("E-postadress").fill(coordinatorEmail);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
    if (path !== "/") await page.goto(url(path));
    return page;
  }

  /**
   * A hearing of the test's own, published with a new participant registered to it if asked, and
   * the coordinator's page on its editor.
   */
  async function ownHearing(options: { publish: boolean; registered: boolean }): Promise<{
    page: Page;
    slug: string;
    title: string;
    registered: Person | null;
  }> {
    const hearingOfTest = await hearingByApi(coordinatorApi, {
      title: `${hearing.title} ${uniqueSuffix()}`,
      startsAt: "2031-03-12T08:00:00.000Z",
      endsAt: "2031-03-12T11:00:00.000Z",
      publish: options.publish,
    });
    let registered: Person | null = null;
    if (options.registered) {
      registered = await newParticipant(server.url, coordinatorApi);
      const api = await signedInClient(server.url, registered.email, registered.password);
      expect(await registerForMeeting(api, hearingOfTest.id)).toBe("CONFIRMED");
    }
    const page = await coordinatorPage(`/admin/moten/${hearingOfTest.slug}`);
    await page.getByRole("heading", { name: hearingOfTest.title, level: 1 }).waitFor();
    return { page, slug: hearingOfTest.slug, title: hearingOfTest.title, registered };
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      SMTP_URL: smtp.url,
    });
    browser = await launchBrowser();
    memberApi = await signedInClient(server.url, member.email, demoPassword);
    coordinatorApi = await signedInClient(server.url, coordinatorEmail, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
    await smtp?.close();
  });

  it("lists every meeting for the coordinator, with no accessibility violations", async () => {
    const page = await coordinatorPage("/");

    await page.goto(url("admin"));
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Möten" })
      .click();
    await page.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
    await page.getByRole("table", { name: "Möten med status och anmälningar" }).waitFor();
    // The seed's regional conferences are there, with their status.
    const rows = page.getByRole("row").filter({ hasText: "Regional konferens" });
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("creates a hearing as a draft, refusing an end before the start and a bad link", async () => {
    // The only test that creates this hearing: its address is known beforehand.
    const page = await coordinatorPage("/admin/moten");
    const main = () => page.getByRole("main");
    await main().getByRole("link", { name: "Nytt möte" }).click();
    await page.getByRole("heading", { name: "Nytt möte", level: 1 }).waitFor();
    await page.getByLabel("Rubrik").fill(hearing.title);
    await page.getByLabel("Typ av möte").selectOption("HEARING");
    await page.getByLabel("Börjar").fill(hearing.start);
    await page.getByLabel("Slutar").fill("2031-03-12T08:00");
    await page.getByLabel("Länk till mötet på nätet").fill("mote.example/hearing");
    await page.getByRole("button", { name: "Skapa utkast" }).click();
    const endsAt = page.getByLabel("Slutar");
    await page
      .getByRole("alert")
      .filter({ hasText: "Mötet måste sluta efter att det har börjat." })
      .waitFor();
    expect(await endsAt.getAttribute("aria-invalid")).toBe("true");

    await endsAt.fill(hearing.end);
    await page.getByRole("button", { name: "Skapa utkast" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Länken ska vara en webbadress som börjar med https:// eller http://." })
      .waitFor();
    expect(await page.getByLabel("Länk till mötet på nätet").getAttribute("aria-invalid")).toBe(
      "true",
    );

    await page.getByLabel("Länk till mötet på nätet").fill("https://mote.example/hearing");
    await page.getByLabel("Antal platser").fill("40");
    await page.getByRole("button", { name: "Skapa utkast" }).click();
    await page.getByRole("heading", { name: hearing.title, level: 1 }).waitFor();
    await page.getByText("Mötet är skapat som utkast.").waitFor();
    const slug = new URL(page.url()).pathname.split("/").pop() ?? "";
    expect(slug).toBe("hearing-om-placeringar-utanfor-hemmet-2031-03-12");
    expect(await page.getByLabel("Börjar", { exact: true }).inputValue()).toBe(hearing.start);
    await main().getByText("Utkast", { exact: true }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A draft is the coordinator's: participants do not see it.
    const before = await memberApi<{ meetings: { slug: string }[] }>(
      "{ meetings(kinds: [HEARING]) { slug } }",
    );
    expect(before.meetings.map((m) => m.slug)).not.toContain(slug);
  });

  it("publishes the hearing, which participants then find through the API", async () => {
    const { page, slug } = await ownHearing({ publish: false, registered: false });
    const main = () => page.getByRole("main");
    await main().getByRole("button", { name: "Publicera" }).click();
    await main()
      .getByRole("group", { name: /Publicera mötet/ })
      .getByRole("button", { name: "Publicera" })
      .click();
    await page.getByText("Mötet är publicerat.").waitFor();
    await main().getByRole("link", { name: "Visa den publika sidan" }).waitFor();
    expect(
      await main().getByRole("link", { name: "Visa den publika sidan" }).getAttribute("href"),
    ).toBe(`/moten/${slug}`);

    const after = await memberApi<{ meetings: { id: string; slug: string; status: string }[] }>(
      "{ meetings(kinds: [HEARING]) { id slug status } }",
    );
    const found = after.meetings.find((m) => m.slug === slug);
    expect(found?.status).toBe("PUBLISHED");
    const { registerForMeeting } = await memberApi<{
      registerForMeeting: { __typename: string; data?: { status: string } };
    }>(
      `mutation ($id: ID!) { registerForMeeting(meetingId: $id) { __typename ... on MutationRegisterForMeetingSuccess { data { status } } } }`,
      { id: found?.id },
    );
    expect(registerForMeeting.data?.status).toBe("CONFIRMED");
  });

  it("drops the created-as-draft note once the meeting is published, and offers 'held' only after the start", async () => {
    const page = await coordinatorPage("/admin/moten/ny");
    const main = () => page.getByRole("main");
    const title = `Hearing om eftervård ${uniqueSuffix()}`;
    await page.getByLabel("Rubrik").fill(title);
    await page.getByLabel("Typ av möte").selectOption("HEARING");
    await page.getByLabel("Börjar").fill("2031-04-02T09:00");
    await page.getByLabel("Slutar").fill("2031-04-02T12:00");
    await page.getByRole("button", { name: "Skapa utkast" }).click();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await page.getByText("Mötet är skapat som utkast.").waitFor();

    await main().getByRole("button", { name: "Publicera" }).click();
    await main()
      .getByRole("group", { name: /Publicera mötet/ })
      .getByRole("button", { name: "Publicera" })
      .click();
    await page.getByText("Mötet är publicerat.").waitFor();
    expect(await page.getByText("Mötet är skapat som utkast.").count()).toBe(0);
    // The hearing starts in 2031: it cannot be held yet, and the page says when it can.
    await main()
      .getByText(/kan markeras som genomfört när det har börjat/)
      .waitFor();
    expect(await main().getByRole("button", { name: "Markera som genomfört" }).count()).toBe(0);

    // A reload does not bring the note back.
    await page.reload();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    expect(await page.getByText("Mötet är skapat som utkast.").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a 2017 conference after its day as held, its programme without places on offer", async () => {
    const page = await freshPage();
    await page.goto(new URL("/moten/regional-konferens-malmo-2017-08-29", server.url).toString());
    await page.getByRole("heading", { level: 1, name: /Malmö/ }).waitFor();
    await page.getByText("Mötet har ägt rum.").waitFor();
    await page.goto(
      new URL("/moten/regional-konferens-malmo-2017-08-29/program", server.url).toString(),
    );
    await page.getByText("Konferensen har ägt rum.", { exact: false }).waitFor();
    const main = page.getByRole("main");
    expect(await main.getByText(/platser? kvar|Inget platstak|Fullt/).count()).toBe(0);
    expect(await main.getByRole("radio").count()).toBe(0);
    expect(await main.getByText(/Anmäl dig till konferensen först/).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("marks the member present and downloads the registrations as CSV with them in it", async () => {
    const own = await ownHearing({ publish: true, registered: true });
    const { page, slug } = own;
    const member = own.registered as Person;
    const table = page.getByRole("table", { name: "Anmälda till mötet" });
    const row = table.getByRole("row").filter({ hasText: member.name });
    await row.getByText("Plats", { exact: true }).waitFor();
    const present = row.getByRole("checkbox", { name: `${member.name} var närvarande` });
    expect(await present.isChecked()).toBe(false);
    await present.check();
    await page.getByText(`${member.name} är markerad som närvarande.`).waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole("checkbox", { name: `${member.name} var närvarande` }).isChecked())
      .toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^anmalningar-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    const lines = csv.split(/\r?\n/).filter((line) => line.includes(member.email));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(member.name);
    await page.getByText(`${download.suggestedFilename()} är nedladdad.`).waitFor();
  });

  it("moves the published hearing, and the member gets the change by e-mail", async () => {
    const own = await ownHearing({ publish: true, registered: true });
    const { page } = own;
    const member = own.registered as Person;
    const details = page.getByRole("region", { name: "Uppgifter om mötet" });
    await details.getByLabel("Börjar", { exact: true }).fill(hearing.newStart);
    await details.getByLabel("Slutar", { exact: true }).fill(hearing.newEnd);
    await details
      .getByText("när du ändrar tid, plats eller länk får alla anmälda ett e-postmeddelande")
      .waitFor();
    await details.getByRole("button", { name: "Spara ändringar" }).click();
    await page.getByText("Mötet är sparat. De anmälda får e-post om ändringen.").waitFor();
    await expect.poll(() => mailsTo(member.email, "har ändrats (ny tid)").length).toBe(1);
    const mail = mailText(mailsTo(member.email, "har ändrats (ny tid)")[0] as never);
    expect(mail).toContain(own.title);
    expect(mail).toContain("13 mars 2031");
  });

  it("uploads a PDF, lists it for download, and refuses a program named .pdf", async () => {
    const { page } = await ownHearing({ publish: true, registered: false });
    const documents = page.getByRole("region", { name: "Dokument" });
    await documents.getByText("högst 20 MB").waitFor();
    await documents.getByLabel("Fil att ladda upp").setInputFiles({
      name: "program.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await documents.getByRole("button", { name: "Ladda upp", exact: true }).click();
    await documents.getByText("program.pdf är uppladdad.").waitFor();
    const link = documents.getByRole("link", { name: "program.pdf" });
    await link.waitFor();
    const response = await page.request.get(
      new URL((await link.getAttribute("href")) ?? "", server.url).toString(),
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.compare(await response.body(), pdf)).toBe(0);

    await documents.getByLabel("Fil att ladda upp").setInputFiles({
      name: "setup.pdf",
      mimeType: "application/pdf",
      buffer: program,
    });
    await documents.getByRole("button", { name: "Ladda upp", exact: true }).click();
    await documents
      .getByRole("alert")
      .filter({
        hasText: "setup.pdf laddades inte upp: Filens innehåll stämmer inte med filtypen i namnet.",
      })
      .waitFor();
    expect(await documents.getByRole("link", { name: "setup.pdf" }).count()).toBe(0);
    expect(await documents.getByRole("listitem").count()).toBe(1);
  });

  it("cancels the hearing with a message that the member gets by e-mail", async () => {
    const own = await ownHearing({ publish: true, registered: true });
    const { page } = own;
    const member = own.registered as Person;
    const status = page.getByRole("region", { name: "Status" });
    await status.getByRole("button", { name: "Ställ in mötet" }).click();
    await status
      .getByText("Alla som är anmälda, även de på väntelistan, får meddelandet med e-post.")
      .waitFor();
    // An empty message is refused beside its field.
    await status.getByRole("button", { name: "Ställ in och skicka" }).click();
    await status.getByRole("alert").filter({ hasText: "Skriv varför mötet ställs in." }).waitFor();
    await status.getByLabel("Meddelande till deltagarna").fill(cancellation);
    await status.getByRole("button", { name: "Ställ in och skicka" }).click();
    await page.getByText("Mötet är inställt. De anmälda har fått e-post.").waitFor();
    await status.getByText(cancellation).waitFor();
    await expect.poll(() => mailsTo(member.email, cancellation).length).toBe(1);
    expect(mailText(mailsTo(member.email, cancellation)[0] as never)).toContain(
      "Ett möte du är anmäld till är inställt",
    );

    await page.getByRole("link", { name: "Alla möten" }).click();
    const row = page.getByRole("row").filter({ hasText: own.title });
    await row.getByText("Inställt").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
