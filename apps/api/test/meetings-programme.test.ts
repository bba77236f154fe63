import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { parseCalendar } from "./ical-support";
import { httpServer, newParticipant, registerAs } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const malmo = "regional-konferens-malmo-2017-08-29";

const programme = `query ($slug: String!) {
  meeting(slug: $slug) {
    id
    registrationState
    programme {
      id title startsAt endsAt
      myPick { id }
      seminars { id title capacity remainingPlaces full pickedByMe startsAt }
    }
  }
}`;

type Programme = {
  meeting: {
    id: string;
    registrationState: string;
    programme: {
      id: string;
      title: string;
      startsAt: string;
      endsAt: string;
      myPick: { id: string } | null;
      seminars: {
        id: string;
        title: string;
        capacity: number | null;
        remainingPlaces: number | null;
        full: boolean;
        pickedByMe: boolean;
        startsAt: string;
      }[];
    }[];
  };
};

const pick = `mutation ($id: ID!) {
  pickSeminar(seminarId: $id) {
    __typename
    ... on MutationPickSeminarSuccess { data { id myPick { id } seminars { id remainingPlaces } } }
    ... on InputError { code message }
  }
}`;
type PickAnswer = {
  pickSeminar: {
    __typename: string;
    code?: string;
    data?: {
      id: string;
      myPick: { id: string } | null;
      seminars: { id: string; remainingPlaces: number }[];
    };
  };
};

describe("a conference's programme (as on 20 June 2017, with DEMO_DATE)", () => {
  let api: TestApi;
  let participant: Viewer;
  let conference: Programme["meeting"];

  beforeAll(async () => {
    api = await testApi({ demoDate: new Date("2017-06-20T10:00:00Z") });
    participant = await newParticipant(api);
    conference = (await api.query<Programme>(programme, { slug: malmo }, participant)).meeting;
  });
  afterAll(async () => {
    await api?.close();
  });

  it("shows the seeded conferences of 2017 open for registration and upcoming", async () => {
    expect(conference.registrationState).toBe("OPEN");
    const upcoming = await api.query<{ meetings: { slug: string }[] }>(
      `{ meetings(period: UPCOMING, kinds: [REGIONAL_CONFERENCE]) { slug } }`,
    );
    expect(upcoming.meetings.map((m) => m.slug)).toContain(malmo);
  });

  it("lists slots in time order, each with parallel seminars sharing the slot's time", () => {
    expect(conference.programme.length).toBeGreaterThanOrEqual(2);
    const starts = conference.programme.map((s) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
    for (const slot of conference.programme) {
      expect(slot.seminars.length).toBeGreaterThanOrEqual(2);
      for (const seminar of slot.seminars) {
        expect(seminar.startsAt).toBe(slot.startsAt);
        expect(seminar.remainingPlaces).toBe(seminar.capacity);
      }
      expect(slot.myPick).toBeNull();
    }
  });

  it("asks for a confirmed place at the conference before a pick", async () => {
    const seminar = conference.programme[0]?.seminars[0];
    const answer = await api.query<PickAnswer>(pick, { id: seminar?.id }, participant);
    expect(answer.pickSeminar).toMatchObject({ code: "NOT_REGISTERED" });
  });

  it("keeps one pick per slot: a second pick in the slot replaces the first in one step", async () => {
    await registerAs(api, participant, conference.id);
    const [slot, otherSlot] = conference.programme;
    const [first, second] = slot?.seminars ?? [];
    const picked = await api.query<PickAnswer>(pick, { id: first?.id }, participant);
    expect(picked.pickSeminar.data?.myPick?.id).toBe(first?.id);
    const replaced = await api.query<PickAnswer>(pick, { id: second?.id }, participant);
    expect(replaced.pickSeminar.data?.myPick?.id).toBe(second?.id);
    const places = Object.fromEntries(
      (replaced.pickSeminar.data?.seminars ?? []).map((s) => [s.id, s.remainingPlaces]),
    );
    expect(places[first?.id ?? ""]).toBe(first?.capacity);
    expect(places[second?.id ?? ""]).toBe((second?.capacity ?? 0) - 1);
    await api.query<PickAnswer>(pick, { id: otherSlot?.seminars[0]?.id }, participant);
    const after = await api.query<Programme>(programme, { slug: malmo }, participant);
    expect(after.meeting.programme.map((s) => s.myPick?.id)).toEqual([
      second?.id,
      otherSlot?.seminars[0]?.id,
    ]);
    expect(
      after.meeting.programme.flatMap((s) =>
        s.seminars.filter((x) => x.pickedByMe).map((x) => x.id),
      ),
    ).toEqual([second?.id, otherSlot?.seminars[0]?.id]);
    // The picks are the participant's data, in their export.
    const exported = await api.query<{
      exportMyData: { seminarsYouPicked: { seminarId: string }[] };
    }>(`{ exportMyData }`, {}, participant);
    expect(exported.exportMyData.seminarsYouPicked.map((p) => p.seminarId).sort()).toEqual(
      [second?.id, otherSlot?.seminars[0]?.id].sort(),
    );
  });

  it("refuses a full seminar with SEMINAR_FULL and shows it full in the programme", async () => {
    const seminar = conference.programme[1]?.seminars[2];
    if (!seminar) throw new Error("no third seminar");
    await api.database.db
      .update(schema.meetings)
      .set({ capacity: 2 })
      .where(eq(schema.meetings.id, seminar.id));
    const people = await Promise.all([1, 2, 3].map(() => newParticipant(api)));
    const answers = [];
    for (const person of people) {
      await registerAs(api, person, conference.id);
      answers.push((await api.query<PickAnswer>(pick, { id: seminar.id }, person)).pickSeminar);
    }
    expect(answers.map((a) => a.code ?? a.__typename)).toEqual([
      "MutationPickSeminarSuccess",
      "MutationPickSeminarSuccess",
      "SEMINAR_FULL",
    ]);
    const seen = await api.query<Programme>(programme, { slug: malmo }, people[2] ?? null);
    const shown = seen.meeting.programme[1]?.seminars.find((s) => s.id === seminar.id);
    expect(shown).toMatchObject({ remainingPlaces: 0, full: true, pickedByMe: false });
  });

  it("frees the seminar places of someone who withdraws from the conference", async () => {
    const person = await newParticipant(api);
    await registerAs(api, person, conference.id);
    const seminar = conference.programme[0]?.seminars[2];
    await api.query<PickAnswer>(pick, { id: seminar?.id }, person);
    const picks = () =>
      api.database.db
        .select()
        .from(schema.seminarPicks)
        .where(eq(schema.seminarPicks.seminarId, seminar?.id ?? ""));
    expect(await picks()).toHaveLength(1);
    await api.query(
      `mutation ($id: ID!) { cancelMeetingRegistration(meetingId: $id) { __typename } }`,
      { id: conference.id },
      person,
    );
    expect(await picks()).toHaveLength(0);
  });

  it("closes registration the day before the conference, by the demo clock", async () => {
    const late = await testApi({ demoDate: new Date("2017-08-28T22:30:00Z") });
    try {
      const person = await newParticipant(late);
      const state = await late.query<Programme>(programme, { slug: malmo }, person);
      expect(state.meeting.registrationState).toBe("CLOSED");
      expect(await registerAs(late, person, state.meeting.id)).toMatchObject({
        code: "REGISTRATION_CLOSED",
      });
      // Göteborg on 4 September is still open then.
      const goteborg = await late.query<Programme>(
        programme,
        { slug: "regional-konferens-goteborg-2017-09-04" },
        person,
      );
      expect((await registerAs(late, person, goteborg.meeting.id)).data?.status).toBe("CONFIRMED");
    } finally {
      await late.close();
    }
  });

  it("counts the 2017 conference among my upcoming meetings and in my calendar feed", async () => {
    const mine = await api.query<{ myMeetings: { meeting: { slug: string } }[] }>(
      `{ myMeetings(period: UPCOMING) { meeting { slug } } }`,
      {},
      participant,
    );
    expect(mine.myMeetings.map((r) => r.meeting.slug)).toContain(malmo);
    const feed = await api.query<{ myCalendarFeed: { url: string } }>(
      `{ myCalendarFeed { url } }`,
      {},
      participant,
    );
    const server = await httpServer(api);
    try {
      const response = await fetch(
        `${server.url}${feed.myCalendarFeed.url.replace("http://portal.test", "")}`,
      );
      const calendar = parseCalendar(await response.text());
      const malmoDay = calendar.events.filter((e) =>
        e.start.toISOString().startsWith("2017-08-29"),
      );
      // The conference and the two seminars picked in it.
      expect(malmoDay.map((e) => e.summary)[0]).toBe("Regional spridningskonferens i Malmö");
      expect(malmoDay).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });
});
