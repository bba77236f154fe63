import { type ReceivedMail, startSmtpSink } from "@kraftsamling/api/smtp-sink";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { newParticipant, registerForMeeting } from "./fixtures";

/** The demo people's password (packages/db's demo seed). */
const demoPassword = "kraftsamling-demo";
const coordinatorEmail = "samordnare@kraftsamling.example";
const memberA = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
const memberB = { email: "admin.ssr@kraftsamling.example", name: "Sara Lund" };
const malmo = "regional-konferens-malmo-2017-08-29";
const smallMeeting = {
  title: "Dialogmöte om skolsamverkan i liten krets",
  startsAt: "2017-10-10T09:00:00+02:00",
  endsAt: "2017-10-10T11:00:00+02:00",
};

interface Seminar {
  id: string;
  title: string;
}
interface Slot {
  title: string;
  seminars: Seminar[];
}

async function waitForMail(
  received: ReceivedMail[],
  to: string,
  subject: RegExp,
): Promise<Awaited<ReturnType<typeof simpleParser>>> {
  for (let i = 0; i < 200; i++) {
    for (const mail of received.filter((m) => m.to.includes(to))) {
      const parsed = await simpleParser(mail.raw);
      if (subject.test(parsed.subject ?? "")) return parsed;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** The VEVENTs of an iCalendar file as ical.js reads them, with the file's own time zone. */
function calendarEvents(text: string): { summary: string; start: Date }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { summary: event.summary, start: event.startDate.toJSDate() };
  });
}

// By the demo clock (20 June 2017) the 2017 regional conferences are open for registration.
describe("meetings for participants, in browsers", () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let coordinator: Request;
  const contexts: BrowserContext[] = [];
  let conference: { id: string; title: string; startsAt: string; programme: Slot[] };
  /** Seminarpass 1's seminar that another participant filled. */
  let fullSeminar: Seminar;
  let small: { id: string; slug: string };

  const url = (path: string) => new URL(path, server.url).toString();

  async function freshPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  /** Signs in from the registration box's prompt and waits to be back on the meeting. */
  async function signInFromBox(page: Page, email: string, password = demoPassword) {
    const back = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Logga in och anmäl dig" }).click();
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(back);
    // On a phone the account is behind the menu button.
    const menu = page.getByRole("button", { name: "Meny" });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
    if (await menu.isVisible()) await page.keyboard.press("Escape");
  }

  const registrationBox = (page: Page) => page.getByRole("region", { name: "Anmälan" });
  const slotGroup = (page: Page, slot: string) =>
    page.getByRole("group", { name: new RegExp(`^${slot}`) });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startServer({
      DATA_DIR: demoDataFolder(),
      PORT: String(await freePort()),
      SMTP_URL: smtp.url,
      DEMO_DATE: "2017-06-20",
    });
    browser = await launchBrowser();
    coordinator = await signedInClient(server.url, coordinatorEmail, demoPassword);

    const { meeting } = await coordinator<{ meeting: typeof conference }>(
      `query ($slug: String!) { meeting(slug: $slug) { id title startsAt programme { title seminars { id title } } } }`,
      { slug: malmo },
    );
    conference = meeting;
    const first = meeting.programme[0]?.seminars[0];
    if (!first) throw new Error("the Malmö conference has no programme");
    fullSeminar = first;

    // Another participant takes the only place of a seminar made small.
    const changed = await coordinator<{ updateMeeting: { __typename: string } }>(
      `mutation ($id: ID!) { updateMeeting(id: $id, changes: { capacity: 1 }) { __typename } }`,
      { id: fullSeminar.id },
    );
    expect(changed.updateMeeting.__typename).toBe("MutationUpdateMeetingSuccess");
    const other = await signedInClient(server.url, memberB.email, demoPassword);
    const registered = await other<{ registerForMeeting: { __typename: string } }>(
      `mutation ($id: ID!) { registerForMeeting(meetingId: $id) { __typename } }`,
      { id: meeting.id },
    );
    expect(registered.registerForMeeting.__typename).toBe("MutationRegisterForMeetingSuccess");
    const picked = await other<{ pickSeminar: { __typename: string } }>(
      `mutation ($id: ID!) { pickSeminar(seminarId: $id) { __typename } }`,
      { id: fullSeminar.id },
    );
    expect(picked.pickSeminar.__typename).toBe("MutationPickSeminarSuccess");

    // A meeting with a single place, published and open for registration.
    const created = await coordinator<{
      createMeeting: { __typename: string; data?: { id: string; slug: string } };
    }>(
      `mutation ($input: MeetingInput!) { createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { data { id slug } } } }`,
      {
        input: {
          kind: "DIALOGUE_MEETING",
          title: smallMeeting.title,
          startsAt: smallMeeting.startsAt,
          endsAt: smallMeeting.endsAt,
          capacity: 1,
          place: "Regionens hus",
          city: "Örebro",
        },
      },
    );
    if (!created.createMeeting.data) throw new Error(JSON.stringify(created));
    small = created.createMeeting.data;
    const published = await coordinator<{ publishMeeting: { __typename: string } }>(
      `mutation ($id: ID!) { publishMeeting(id: $id) { __typename } }`,
      { id: small.id },
    );
    expect(published.publishMeeting.__typename).toBe("MutationPublishMeetingSuccess");
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
    await smtp?.close();
  });

  it("lists the meetings by the demo clock, filters by kind, and shows the month as a calendar", async () => {
    const page = await freshPage();
    await page.goto(url("/"));
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Möten" })
      .click();
    await page.getByRole("heading", { name: "Möten", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Kommande möten" }).waitFor();
    const conferenceCard = page.getByRole("article").filter({ hasText: conference.title });
    await conferenceCard.getByText("Regional konferens", { exact: true }).waitFor();
    await conferenceCard.getByText(/tisdag 29 augusti 2017/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Typ av möte").selectOption("HEARING");
    await page.getByRole("button", { name: "Visa" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("typ")).toBe("hearing");
    await expect
      .poll(() => page.getByRole("article").filter({ hasText: conference.title }).count())
      .toBe(0);
    await page.getByRole("article").filter({ hasText: "Hearing" }).first().waitFor();

    await page.goto(url("/moten?typ=regional-conference&manad=2017-08&vy=kalender"));
    const calendar = page.getByRole("table", { name: "augusti 2017" });
    await calendar.getByRole("link", { name: new RegExp(conference.title) }).waitFor();
    await page.getByRole("link", { name: "Nästa månad: september 2017" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("manad")).toBe("2017-09");
    const september = page.getByRole("table", { name: "september 2017" });
    // The month's grid shows at once; its meetings arrive with the answer for that month.
    await september.getByRole("link", { name: /Linköping/ }).waitFor();
    expect(
      await september.getByRole("link", { name: /Linköping|Göteborg|Luleå|Stockholm/ }).count(),
    ).toBe(4);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lets a new user register for the Malmö conference and pick a seminar in each slot; a full seminar cannot be picked", async () => {
    // A new user of the test's own, not yet registered for anything.
    const newcomer = await newParticipant(server.url, coordinator);
    const page = await freshPage();
    await page.goto(url(`/moten/${malmo}`));
    await page.getByRole("heading", { name: conference.title, level: 1 }).waitFor();
    await page
      .getByText("Seminarierna körs parallellt. Anmäl dig till konferensen först", { exact: false })
      .waitFor();
    await signInFromBox(page, newcomer.email, newcomer.password);

    await registrationBox(page).getByRole("button", { name: "Anmäl mig" }).click();
    await registrationBox(page).getByText("Du är anmäld och har en plats.").waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe("registration-status");
    expect(await accessibilityViolations(page)).toEqual([]);

    const [slot1, slot2] = conference.programme;
    if (!slot1 || !slot2) throw new Error("two slots expected");
    const fullChoice = slotGroup(page, slot1.title)
      .getByRole("listitem")
      .filter({ hasText: fullSeminar.title });
    await fullChoice.getByText("Fullt", { exact: true }).waitFor();
    expect(await fullChoice.getByRole("radio").isDisabled()).toBe(true);

    const picks = [slot1.seminars[1], slot2.seminars[0]];
    for (const [index, slot] of [slot1, slot2].entries()) {
      const seminar = picks[index];
      if (!seminar) throw new Error("a seminar to pick expected");
      await slotGroup(page, slot.title).getByRole("radio", { name: seminar.title }).check();
      await page.getByRole("button", { name: `Välj seminariet – ${slot.title}` }).click();
      await page.getByText(`Du har valt ${seminar.title}.`).waitFor();
      await slotGroup(page, slot.title)
        .getByRole("listitem")
        .filter({ hasText: seminar.title })
        .getByText("Ditt val")
        .waitFor();
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(url(`/moten/${malmo}/program`));
    await page.getByRole("heading", { name: conference.title, level: 1 }).waitFor();
    for (const [index, slot] of [slot1, slot2].entries()) {
      const radio = slotGroup(page, slot.title).getByRole("radio", { name: picks[index]?.title });
      await expect.poll(() => radio.isChecked()).toBe(true);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Mina möten" })
      .click();
    await page.getByRole("heading", { name: "Mina möten", level: 1 }).waitFor();
    const mine = page.getByRole("article").filter({ hasText: conference.title });
    await mine.getByText("Anmäld", { exact: true }).waitFor();
    for (const [index, slot] of [slot1, slot2].entries())
      await mine.getByText(`${slot.title}: ${picks[index]?.title}`).waitFor();
    // The feed's address comes with an answer of its own, after the meetings.
    const address = page.getByLabel("Din kalenderadress");
    await expect.poll(() => address.inputValue()).toMatch(/\/calendar\/people\/.+\.ics$/);
    const feed = await address.inputValue();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Skapa ny adress" }).click();
    await page.getByRole("button", { name: "Ja, skapa ny adress" }).click();
    await page.getByText("Du har en ny kalenderadress. Den gamla fungerar inte längre.").waitFor();
    await expect.poll(() => page.getByLabel("Din kalenderadress").inputValue()).not.toBe(feed);
    expect((await fetch(feed)).status).not.toBe(200);
  });

  it("sends the new user a confirmation whose calendar file starts when the conference does", async () => {
    // A new user of the test's own registers for the conference.
    const newcomer = await newParticipant(server.url, coordinator);
    const newcomerApi = await signedInClient(server.url, newcomer.email, newcomer.password);
    expect(await registerForMeeting(newcomerApi, conference.id)).toBe("CONFIRMED");
    const mail = await waitForMail(smtp.received, newcomer.email, /Anmälan bekräftad/);
    const attachment = mail.attachments.find((a) => a.filename?.endsWith(".ics"));
    expect(attachment?.filename).toBe(`${malmo}.ics`);
    const [event] = calendarEvents(attachment?.content.toString("utf8") ?? "");
    expect(event?.summary).toBe(conference.title);
    expect(event?.start.getTime()).toBe(new Date(conference.startsAt).getTime());
  });

  it("fills a meeting with one place: the second is on the waiting list and takes the place when the first cancels", async () => {
    const pageA = await freshPage();
    await pageA.goto(url(`/moten/${small.slug}`));
    await pageA.getByRole("heading", { name: smallMeeting.title, level: 1 }).waitFor();
    await signInFromBox(pageA, memberA.email);
    await registrationBox(pageA).getByRole("button", { name: "Anmäl mig" }).click();
    await registrationBox(pageA)
      .getByText("Du är anmäld och har en plats.", { exact: false })
      .waitFor();

    const pageB = await freshPage(390);
    await pageB.goto(url(`/moten/${small.slug}`));
    await pageB.getByText("Fullt", { exact: false }).first().waitFor();
    await signInFromBox(pageB, memberB.email);
    await registrationBox(pageB).getByRole("button", { name: "Ställ mig på väntelistan" }).click();
    await registrationBox(pageB)
      .getByText("Du står på väntelistan som nummer 1.", { exact: false })
      .waitFor();
    expect(await accessibilityViolations(pageB)).toEqual([]);

    await registrationBox(pageA).getByRole("button", { name: "Avboka" }).click();
    await registrationBox(pageA).getByRole("button", { name: "Ja, avboka" }).click();
    await registrationBox(pageA).getByText("Din anmälan är avbokad.").waitFor();
    await registrationBox(pageA)
      .getByRole("button", { name: "Anmäl mig" })
      .or(registrationBox(pageA).getByRole("button", { name: "Ställ mig på väntelistan" }))
      .waitFor();

    await pageB.reload();
    await registrationBox(pageB)
      .getByText("Du är anmäld och har en plats.", { exact: false })
      .waitFor();
    const promotion = await waitForMail(smtp.received, memberB.email, /Du har fått en plats/);
    expect(promotion.subject).toContain(smallMeeting.title);

    await pageB.goto(url("/mina-moten"));
    await pageB
      .getByRole("article")
      .filter({ hasText: smallMeeting.title })
      .getByText("Anmäld", { exact: true })
      .waitFor();
  });
});
