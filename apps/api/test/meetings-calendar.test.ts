import { schema } from "@kraftsamling/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { parseCalendar } from "./ical-support";
import { httpServer, newParticipant, registerAs, storedMeeting } from "./meetings-support";
import { type TestApi, testApi } from "./support";

describe("calendar files over HTTP", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  let person: Viewer;

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    person = await newParticipant(api);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  it("serves a meeting's file with the meeting's times in Europe/Stockholm, and never a draft's", async () => {
    const meeting = await api.database.db.query.meetings.findFirst({
      where: { slug: "regional-konferens-lulea-2017-09-12" },
    });
    const response = await get(`/calendar/meetings/${meeting?.slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = parseCalendar(text);
    expect(calendar.timezones).toEqual(["Europe/Stockholm"]);
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      uid: `meeting-${meeting?.id}@kraftsamling`,
      summary: "Regional spridningskonferens i Luleå",
      startZone: "Europe/Stockholm",
    });
    expect(calendar.events[0]?.start.getTime()).toBe(meeting?.startsAt.getTime());
    expect(calendar.events[0]?.end.getTime()).toBe(meeting?.endsAt.getTime());
    // A winter meeting lands on the right hour too (standard time, +01:00).
    const winter = await storedMeeting(api, { startsAt: new Date("2030-01-15T08:15:00Z") });
    const parsed = parseCalendar(await (await get(`/calendar/meetings/${winter.slug}.ics`)).text());
    expect(parsed.events[0]?.start.toISOString()).toBe("2030-01-15T08:15:00.000Z");

    const draft = await storedMeeting(api, { status: "draft" });
    expect((await get(`/calendar/meetings/${draft.slug}.ics`)).status).toBe(404);
    expect((await get(`/calendar/meetings/ingen-sadan.ics`)).status).toBe(404);
  });

  it("keeps a meeting's online link out of its public file", async () => {
    const online = await storedMeeting(api, { onlineUrl: "https://mote.example/hemligt" });
    const text = await (await get(`/calendar/meetings/${online.slug}.ics`)).text();
    expect(text).not.toContain("mote.example/hemligt");
  });

  it("serves my upcoming meetings with a place and my seminars behind a secret address that renewal shuts", async () => {
    const soon = await storedMeeting(api, {
      title: "Nära",
      onlineUrl: "https://mote.example/mitt",
    });
    const later = await storedMeeting(api, {
      title: "Senare",
      startsAt: new Date(Math.floor(Date.now() / 60_000) * 60_000 + 30 * 24 * 3600_000),
    });
    const full = await storedMeeting(api, { title: "Fullt", capacity: 1 });
    const other = await newParticipant(api);
    await registerAs(api, other, full.id);
    await registerAs(api, person, full.id);
    await registerAs(api, person, later.id);
    await registerAs(api, person, soon.id);
    const past = await storedMeeting(api, {
      title: "Förr",
      startsAt: new Date(Date.now() - 10 * 24 * 3600_000),
      status: "held",
    });
    await api.database.db
      .insert(schema.meetingRegistrations)
      .values({ meetingId: past.id, personId: person.personId, status: "confirmed" });

    const feed = await api.query<{ myCalendarFeed: { url: string } }>(
      `{ myCalendarFeed { url } }`,
      {},
      person,
    );
    const path = feed.myCalendarFeed.url.replace("http://portal.test", "");
    expect(path).toMatch(/^\/calendar\/people\/[A-Za-z0-9_-]{40,}\.ics$/);
    const again = await api.query<{ myCalendarFeed: { url: string } }>(
      `{ myCalendarFeed { url } }`,
      {},
      person,
    );
    expect(again.myCalendarFeed.url).toBe(feed.myCalendarFeed.url);

    const response = await get(path);
    expect(response.status).toBe(200);
    const calendar = parseCalendar(await response.text());
    // Upcoming with a place only: not the waiting list, not the past.
    expect(calendar.events.map((e) => e.summary)).toEqual(["Nära", "Senare"]);
    expect(calendar.events[0]?.description).toContain("https://mote.example/mitt");
    expect(calendar.events[0]?.start.getTime()).toBe(soon.startsAt.getTime());

    const renewed = await api.query<{ renewCalendarFeed: { url: string } }>(
      `mutation { renewCalendarFeed { url } }`,
      {},
      person,
    );
    expect(renewed.renewCalendarFeed.url).not.toBe(feed.myCalendarFeed.url);
    expect((await get(path)).status).toBe(404);
    expect(
      (await get(renewed.renewCalendarFeed.url.replace("http://portal.test", ""))).status,
    ).toBe(200);
  });

  it("adds a conference's picked seminars to the feed", async () => {
    const conference = await storedMeeting(api, {
      kind: "regional_conference",
      title: "Konferensen",
    });
    const [slot] = await api.database.db
      .insert(schema.conferenceSlots)
      .values({
        conferenceId: conference.id,
        title: "Pass 1",
        startsAt: new Date(conference.startsAt.getTime() + 3600_000),
        endsAt: new Date(conference.startsAt.getTime() + 2 * 3600_000),
      })
      .returning();
    const seminar = await storedMeeting(api, {
      kind: "seminar",
      title: "Seminariet",
      parentId: conference.id,
      slotId: slot?.id,
      startsAt: slot?.startsAt,
      endsAt: slot?.endsAt,
    });
    const attendee = await newParticipant(api);
    await registerAs(api, attendee, conference.id);
    await api.query(
      `mutation ($id: ID!) { pickSeminar(seminarId: $id) { __typename } }`,
      { id: seminar.id },
      attendee,
    );
    const feed = await api.query<{ myCalendarFeed: { url: string } }>(
      `{ myCalendarFeed { url } }`,
      {},
      attendee,
    );
    const calendar = parseCalendar(
      await (await get(feed.myCalendarFeed.url.replace("http://portal.test", ""))).text(),
    );
    expect(calendar.events.map((e) => e.summary)).toEqual(["Konferensen", "Seminariet"]);
    expect(calendar.events[1]?.start.getTime()).toBe(slot?.startsAt.getTime());
  });
});
