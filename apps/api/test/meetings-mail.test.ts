import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { parseCalendar } from "./ical-support";
import { cancelAs, newParticipant, registerAs, storedMeeting } from "./meetings-support";
import { type ReceivedMail, startSmtpSink } from "./smtp-sink";
import { type TestApi, testApi } from "./support";

/** 10:00–12:30 in Stockholm (summer time) on 10 June 2031. */
const startsAt = new Date("2031-06-10T08:00:00Z");
const endsAt = new Date("2031-06-10T10:30:00Z");

async function waitForMail(
  received: ReceivedMail[],
  to: string,
  subject: RegExp,
): Promise<Awaited<ReturnType<typeof simpleParser>>> {
  for (let i = 0; i < 100; i++) {
    for (const mail of received.filter((m) => m.to.includes(to))) {
      const parsed = await simpleParser(mail.raw);
      if (subject.test(parsed.subject ?? "")) return parsed;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

describe("e-mail about meetings, through a real SMTP server", () => {
  let api: TestApi;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let coordinator: Viewer;
  let first: Viewer;
  let second: Viewer;
  let meeting: Awaited<ReturnType<typeof storedMeeting>>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await testApi({ smtpUrl: sink.url });
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    first = await newParticipant(api);
    second = await newParticipant(api);
    meeting = await storedMeeting(api, {
      title:
        "Webbinarium; om dokumentation, digitalt stöd och direkttid i den sociala barn- och ungdomsvården",
      kind: "webinar",
      startsAt,
      endsAt,
      capacity: 1,
      city: null,
      place: "Webbinarium",
      onlineUrl: "https://mote.example/rum/123",
    });
  });
  afterAll(async () => {
    await api?.close();
    await sink?.close();
  });

  it("confirms a place with the time in Stockholm and the meeting as a calendar file", async () => {
    await registerAs(api, first, meeting.id);
    const mail = await waitForMail(sink.received, first.email, /Anmälan bekräftad/);
    expect(mail.text).toContain("tisdag 10 juni 2031 kl. 10:00–12:30");
    expect(mail.text).toContain("https://mote.example/rum/123");
    const [attachment] = mail.attachments;
    expect(attachment?.filename).toBe(`${meeting.slug}.ics`);
    expect(attachment?.contentType).toBe("text/calendar");
    const calendar = parseCalendar(attachment?.content.toString("utf8") ?? "");
    expect(calendar.method).toBe("PUBLISH");
    expect(calendar.timezones).toEqual(["Europe/Stockholm"]);
    const [event] = calendar.events;
    expect(event?.start.getTime()).toBe(startsAt.getTime());
    expect(event?.end.getTime()).toBe(endsAt.getTime());
    expect(event?.startZone).toBe("Europe/Stockholm");
    // Escaped and folded, the title comes back whole.
    expect(event?.summary).toBe(meeting.title);
    expect(event?.description).toContain("https://mote.example/rum/123");
    expect(event?.status).toBe("CONFIRMED");
  });

  it("tells the next person they are on the waiting list, without a calendar file or the link", async () => {
    await registerAs(api, second, meeting.id);
    const mail = await waitForMail(sink.received, second.email, /väntelistan/);
    expect(mail.text).toContain("nummer 1 på väntelistan");
    expect(mail.text).not.toContain("https://mote.example/rum/123");
    expect(mail.attachments).toHaveLength(0);
  });

  it("confirms a cancellation and gives the place, with the calendar file, to the one waiting", async () => {
    await cancelAs(api, first, meeting.id);
    const cancelled = await waitForMail(sink.received, first.email, /Avanmäld/);
    expect(cancelled.text).toContain(meeting.title);
    const promoted = await waitForMail(sink.received, second.email, /Du har fått en plats/);
    const calendar = parseCalendar(promoted.attachments[0]?.content.toString("utf8") ?? "");
    expect(calendar.events[0]?.start.getTime()).toBe(startsAt.getTime());
    expect(promoted.text).toContain("https://mote.example/rum/123");
  });

  it("tells everyone registered of a new time, with a calendar file of a higher SEQUENCE", async () => {
    const third = await newParticipant(api);
    await registerAs(api, third, meeting.id);
    const later = new Date("2031-06-10T12:00:00Z");
    const update = await api.query<{ updateMeeting: { __typename: string } }>(
      `mutation ($id: ID!, $s: DateTime!, $e: DateTime!) { updateMeeting(id: $id, changes: { startsAt: $s, endsAt: $e }) { __typename } }`,
      { id: meeting.id, s: later.toISOString(), e: new Date("2031-06-10T13:00:00Z").toISOString() },
      coordinator,
    );
    expect(update.updateMeeting.__typename).toBe("MutationUpdateMeetingSuccess");
    const confirmed = await waitForMail(sink.received, second.email, /Ändrat möte/);
    expect(confirmed.text).toContain("ny tid");
    expect(confirmed.text).toContain("kl. 14:00–15:00");
    const event = parseCalendar(confirmed.attachments[0]?.content.toString("utf8") ?? "").events[0];
    expect(event?.start.getTime()).toBe(later.getTime());
    expect(event?.sequence).toBe(1);
    const waiting = await waitForMail(sink.received, third.email, /Ändrat möte/);
    expect(waiting.attachments).toHaveLength(0);
    expect(waiting.text).not.toContain("https://mote.example/rum/123");
  });

  it("does not write to anyone about a change of the description only", async () => {
    const before = sink.received.length;
    await api.query(
      `mutation ($id: ID!) { updateMeeting(id: $id, changes: { description: "Ny beskrivning" }) { __typename } }`,
      { id: meeting.id },
      coordinator,
    );
    const [row] = await api.database.db
      .select()
      .from(schema.meetings)
      .where(eq(schema.meetings.id, meeting.id));
    expect(row?.sequence).toBe(1);
    expect(sink.received.length).toBe(before);
  });

  it("tells everyone registered that the meeting is cancelled, with the coordinator's message", async () => {
    const result = await api.query<{ cancelMeeting: { __typename: string } }>(
      `mutation ($id: ID!) { cancelMeeting(id: $id, message: "Talarna är sjuka; ett nytt datum kommer.") { __typename } }`,
      { id: meeting.id },
      coordinator,
    );
    expect(result.cancelMeeting.__typename).toBe("MutationCancelMeetingSuccess");
    const mail = await waitForMail(sink.received, second.email, /Inställt/);
    expect(mail.text).toContain("Talarna är sjuka; ett nytt datum kommer.");
    const event = parseCalendar(mail.attachments[0]?.content.toString("utf8") ?? "").events[0];
    expect(event?.status).toBe("CANCELLED");
    expect(event?.sequence).toBe(2);
    const outbox = await api.query<{
      outbox: { to: string; kind: string; attachmentNames: string[] }[];
    }>(`{ outbox { to kind attachmentNames } }`, {}, coordinator);
    expect(
      outbox.outbox.find((m) => m.to === second.email && m.kind === "meeting-cancelled"),
    ).toMatchObject({ attachmentNames: [`${meeting.slug}.ics`] });
  });
});
