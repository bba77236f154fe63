import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import {
  cancelAs,
  newParticipant,
  organisationId,
  registerAs,
  storedMeeting,
} from "./meetings-support";
import { type TestApi, testApi } from "./support";

const day = 24 * 3600_000;

describe("registration for a meeting", () => {
  let api: TestApi;
  let ssr: string;
  let rb: string;
  let member: Viewer;

  beforeAll(async () => {
    api = await testApi();
    ssr = await organisationId(api, "akademikerforbundet-ssr");
    rb = await organisationId(api, "radda-barnen");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  it("gives a place on behalf of the organisation asked for, and refuses one the person is not in", async () => {
    const meeting = await storedMeeting(api);
    const wrong = await registerAs(api, member, meeting.id, ssr);
    expect(wrong).toMatchObject({ code: "NOT_A_MEMBER", field: "organisationId" });
    const result = await registerAs(api, member, meeting.id, rb);
    expect(result.data).toMatchObject({
      status: "CONFIRMED",
      waitingListPosition: null,
      organisation: { slug: "radda-barnen" },
      meeting: { confirmedCount: 1, remainingPlaces: null, full: false },
    });
    expect(await registerAs(api, member, meeting.id, rb)).toMatchObject({
      code: "ALREADY_REGISTERED",
    });
  });

  it("registers on behalf of the person's only organisation when none is named", async () => {
    const meeting = await storedMeeting(api);
    const ssrMember = await newParticipant(api, { organisationId: ssr });
    expect((await registerAs(api, ssrMember, meeting.id)).data?.organisation?.slug).toBe(
      "akademikerforbundet-ssr",
    );
    const loner = await newParticipant(api);
    expect((await registerAs(api, loner, meeting.id)).data?.organisation).toBeNull();
  });

  it("puts the next people on the waiting list in order once the meeting is full, and says so", async () => {
    const meeting = await storedMeeting(api, { capacity: 2 });
    const people = await Promise.all([1, 2, 3, 4].map(() => newParticipant(api)));
    const answers = [];
    for (const person of people) answers.push(await registerAs(api, person, meeting.id));
    expect(answers.map((a) => [a.data?.status, a.data?.waitingListPosition])).toEqual([
      ["CONFIRMED", null],
      ["CONFIRMED", null],
      ["WAITLISTED", 1],
      ["WAITLISTED", 2],
    ]);
    expect(answers[3]?.data?.meeting).toMatchObject({
      confirmedCount: 2,
      waitingListCount: 2,
      remainingPlaces: 0,
      full: true,
    });
  });

  it("promotes the first on the waiting list when someone with a place cancels", async () => {
    const meeting = await storedMeeting(api, { capacity: 1 });
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => newParticipant(api)));
    if (!first || !second || !third) throw new Error("no people");
    await registerAs(api, first, meeting.id);
    await registerAs(api, second, meeting.id);
    await registerAs(api, third, meeting.id);

    const cancelled = await cancelAs(api, first, meeting.id);
    expect(cancelled.data?.status).toBe("CANCELLED");
    const read = `query ($id: ID!) { meeting(id: $id) { myRegistration { status waitingListPosition confirmedAt } } }`;
    type Mine = {
      meeting: {
        myRegistration: {
          status: string;
          waitingListPosition: number | null;
          confirmedAt: string | null;
        } | null;
      };
    };
    const secondNow = await api.query<Mine>(read, { id: meeting.id }, second);
    expect(secondNow.meeting.myRegistration).toMatchObject({ status: "CONFIRMED" });
    expect(secondNow.meeting.myRegistration?.confirmedAt).not.toBeNull();
    const thirdNow = await api.query<Mine>(read, { id: meeting.id }, third);
    expect(thirdNow.meeting.myRegistration).toMatchObject({
      status: "WAITLISTED",
      waitingListPosition: 1,
    });
    expect(
      (await api.query<Mine>(read, { id: meeting.id }, first)).meeting.myRegistration,
    ).toBeNull();

    // A waiting person who leaves frees no place and promotes nobody.
    await cancelAs(api, third, meeting.id);
    const rows = await api.database.db
      .select()
      .from(schema.meetingRegistrations)
      .where(eq(schema.meetingRegistrations.meetingId, meeting.id));
    expect(rows.filter((r) => r.status === "confirmed").map((r) => r.personId)).toEqual([
      second.personId,
    ]);
    // One may register again after withdrawing.
    expect((await registerAs(api, first, meeting.id)).data?.status).toBe("WAITLISTED");
  });

  it("gives a place freed by an erased account to the one waiting, not to a newcomer", async () => {
    const meeting = await storedMeeting(api, { capacity: 1 });
    const [holder, waiting, newcomer] = await Promise.all([1, 2, 3].map(() => newParticipant(api)));
    if (!holder || !waiting || !newcomer) throw new Error("no people");
    await registerAs(api, holder, meeting.id);
    await registerAs(api, waiting, meeting.id);
    await api.database.db.delete(schema.people).where(eq(schema.people.id, holder.personId));
    expect((await registerAs(api, newcomer, meeting.id)).data).toMatchObject({
      status: "WAITLISTED",
      waitingListPosition: 1,
    });
    const rows = await api.database.db
      .select()
      .from(schema.meetingRegistrations)
      .where(eq(schema.meetingRegistrations.meetingId, meeting.id));
    expect(rows.find((r) => r.personId === waiting.personId)?.status).toBe("confirmed");
  });

  it("gives the places of more capacity to the waiting list", async () => {
    const meeting = await storedMeeting(api, { capacity: 1 });
    const people = await Promise.all([1, 2, 3].map(() => newParticipant(api)));
    for (const person of people) await registerAs(api, person, meeting.id);
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    await api.query(
      `mutation ($id: ID!) { updateMeeting(id: $id, changes: { capacity: 2 }) { __typename } }`,
      { id: meeting.id },
      coordinator,
    );
    const rows = await api.database.db
      .select()
      .from(schema.meetingRegistrations)
      .where(eq(schema.meetingRegistrations.meetingId, meeting.id));
    expect(
      rows
        .filter((r) => r.status === "confirmed")
        .map((r) => r.personId)
        .sort(),
    ).toEqual([people[0]?.personId, people[1]?.personId].sort());
  });

  it("refuses outside the window, before publication, after the start, when cancelled, and for a seminar", async () => {
    const opensLater = await storedMeeting(api, {
      registrationOpensAt: new Date(Date.now() + day),
    });
    const notYet = await registerAs(api, member, opensLater.id);
    expect(notYet).toMatchObject({ code: "REGISTRATION_NOT_OPEN" });
    expect(new Date(notYet.retryAt ?? 0).getTime()).toBe(opensLater.registrationOpensAt?.getTime());

    const closed = await storedMeeting(api, { registrationClosesAt: new Date(Date.now() - 1000) });
    expect(await registerAs(api, member, closed.id)).toMatchObject({ code: "REGISTRATION_CLOSED" });
    const started = await storedMeeting(api, { startsAt: new Date(Date.now() - 3600_000) });
    expect(await registerAs(api, member, started.id)).toMatchObject({
      code: "REGISTRATION_CLOSED",
    });
    const held = await storedMeeting(api, { status: "held" });
    expect(await registerAs(api, member, held.id)).toMatchObject({ code: "REGISTRATION_CLOSED" });
    const draft = await storedMeeting(api, { status: "draft" });
    expect(await registerAs(api, member, draft.id)).toMatchObject({ code: "NOT_FOUND" });
    const cancelled = await storedMeeting(api, { status: "cancelled" });
    expect(await registerAs(api, member, cancelled.id)).toMatchObject({
      code: "MEETING_CANCELLED",
    });
    const seminar = await storedMeeting(api, { kind: "seminar" });
    expect(await registerAs(api, member, seminar.id)).toMatchObject({
      code: "SEMINAR_IN_PROGRAMME",
    });
    expect(await registerAs(api, member, "inget-id")).toMatchObject({ code: "NOT_FOUND" });
    const stored = await api.database.db
      .select()
      .from(schema.meetingRegistrations)
      .where(eq(schema.meetingRegistrations.personId, member.personId));
    expect(
      stored.filter((r) =>
        [opensLater, closed, started, held, draft, cancelled, seminar].some(
          (m) => m.id === r.meetingId,
        ),
      ),
    ).toEqual([]);
  });

  it("lets only members of invited organisations register for an invited meeting", async () => {
    const meeting = await storedMeeting(api, { audience: "invited" });
    await api.database.db
      .insert(schema.meetingOrganisations)
      .values({ meetingId: meeting.id, organisationId: ssr });
    const outsider = await newParticipant(api, { organisationId: rb });
    expect(await registerAs(api, outsider, meeting.id)).toMatchObject({ code: "NOT_INVITED" });
    const loner = await newParticipant(api);
    expect(await registerAs(api, loner, meeting.id)).toMatchObject({ code: "NOT_INVITED" });
    // Omar belongs to Rädda Barnen and Allmänna barnhuset: neither is invited.
    expect(await registerAs(api, member, meeting.id, rb)).toMatchObject({
      code: "NOT_INVITED",
      field: "organisationId",
    });
    const insider = await newParticipant(api, { organisationId: ssr });
    expect((await registerAs(api, insider, meeting.id)).data?.organisation?.slug).toBe(
      "akademikerforbundet-ssr",
    );
  });

  it("withdraws only before the meeting starts, and only one's own registration", async () => {
    const meeting = await storedMeeting(api);
    const person = await newParticipant(api);
    expect(await cancelAs(api, person, meeting.id)).toMatchObject({ code: "NOT_REGISTERED" });
    await registerAs(api, person, meeting.id);
    // A minute after the meeting began.
    api.moveClock(meeting.startsAt.getTime() + 60_000 - Date.now());
    try {
      expect(await cancelAs(api, person, meeting.id)).toMatchObject({ code: "MEETING_STARTED" });
    } finally {
      api.moveClock(0);
    }
  });

  it("lists my meetings, upcoming soonest first and past latest first", async () => {
    const person = await newParticipant(api);
    const later = await storedMeeting(api, { startsAt: new Date(Date.now() + 20 * day) });
    const sooner = await storedMeeting(api, { startsAt: new Date(Date.now() + 2 * day) });
    await registerAs(api, person, later.id);
    await registerAs(api, person, sooner.id);
    const past = await storedMeeting(api, {
      startsAt: new Date(Date.now() - 5 * day),
      status: "held",
    });
    await api.database.db
      .insert(schema.meetingRegistrations)
      .values({ meetingId: past.id, personId: person.personId, status: "confirmed" });
    const mine = `query ($period: MeetingPeriod) { myMeetings(period: $period) { status meeting { id } } }`;
    type Mine = { myMeetings: { status: string; meeting: { id: string } }[] };
    const upcoming = await api.query<Mine>(mine, { period: "UPCOMING" }, person);
    expect(upcoming.myMeetings.map((r) => r.meeting.id)).toEqual([sooner.id, later.id]);
    const before = await api.query<Mine>(mine, { period: "PAST" }, person);
    expect(before.myMeetings.map((r) => r.meeting.id)).toEqual([past.id]);
  });

  describe("whether the reader may register", () => {
    const canRegister = async (meetingId: string, viewer: Viewer | null) =>
      (
        await api.query<{ meeting: { viewerCanRegister: boolean } }>(
          `query ($id: ID!) { meeting(id: $id) { viewerCanRegister } }`,
          { id: meetingId },
          viewer,
        )
      ).meeting.viewerCanRegister;

    /** The field, then the mutation: registered (allowed) or refused, and the refusal's code. */
    const fieldAndMutation = async (meetingId: string, viewer: Viewer | null) => {
      const field = await canRegister(meetingId, viewer);
      const result = await api.execute(
        `mutation ($m: ID!) { registerForMeeting(meetingId: $m) {
          __typename ... on InputError { code }
        } }`,
        { m: meetingId },
        viewer,
      );
      const answer = (
        result.data as { registerForMeeting?: { __typename: string; code?: string } } | null
      )?.registerForMeeting;
      const outcome =
        answer?.__typename === "MutationRegisterForMeetingSuccess"
          ? "allowed"
          : (answer?.code ?? result.errors?.[0]?.extensions?.code);
      return { field, outcome };
    };

    it("lets a participant or moderator without a registration register, and no observer or anonymous reader", async () => {
      const meeting = await storedMeeting(api);
      const person = await newParticipant(api);
      const moderator = await api.viewer("moderator@kraftsamling.example");
      const observer = await newParticipant(api, { role: "observer" });
      expect(await canRegister(meeting.id, null)).toBe(false);
      expect(await fieldAndMutation(meeting.id, null)).toEqual({
        field: false,
        outcome: "UNAUTHENTICATED",
      });
      expect(await fieldAndMutation(meeting.id, observer)).toEqual({
        field: false,
        outcome: "FORBIDDEN",
      });
      expect(await fieldAndMutation(meeting.id, person)).toEqual({
        field: true,
        outcome: "allowed",
      });
      expect(await fieldAndMutation(meeting.id, person)).toEqual({
        field: false,
        outcome: "ALREADY_REGISTERED",
      });
      expect(await fieldAndMutation(meeting.id, moderator)).toEqual({
        field: true,
        outcome: "allowed",
      });
      // Withdrawn, one may register again.
      await cancelAs(api, person, meeting.id);
      expect(await canRegister(meeting.id, person)).toBe(true);
    });

    it("says false to someone on the waiting list, and true to the next once the meeting is full", async () => {
      const meeting = await storedMeeting(api, { capacity: 1 });
      const [holder, waiting, next] = await Promise.all([1, 2, 3].map(() => newParticipant(api)));
      if (!holder || !waiting || !next) throw new Error("no people");
      await registerAs(api, holder, meeting.id);
      expect((await registerAs(api, waiting, meeting.id)).data?.status).toBe("WAITLISTED");
      expect(await fieldAndMutation(meeting.id, waiting)).toEqual({
        field: false,
        outcome: "ALREADY_REGISTERED",
      });
      // The waiting list is open to newcomers: registering puts them on it.
      expect(await fieldAndMutation(meeting.id, next)).toEqual({ field: true, outcome: "allowed" });
    });

    it("agrees with the mutation outside the window, after the start, when cancelled and for a seminar", async () => {
      const person = await newParticipant(api);
      const meetings = {
        REGISTRATION_NOT_OPEN: await storedMeeting(api, {
          registrationOpensAt: new Date(Date.now() + day),
        }),
        REGISTRATION_CLOSED: await storedMeeting(api, {
          registrationClosesAt: new Date(Date.now() - 1000),
        }),
        MEETING_CANCELLED: await storedMeeting(api, { status: "cancelled" }),
        SEMINAR_IN_PROGRAMME: await storedMeeting(api, { kind: "seminar" }),
      };
      for (const [code, meeting] of Object.entries(meetings)) {
        expect(await fieldAndMutation(meeting.id, person), code).toEqual({
          field: false,
          outcome: code,
        });
      }
    });

    it("goes by the meetings' clock: false once the meeting has started", async () => {
      const meeting = await storedMeeting(api);
      const person = await newParticipant(api);
      expect(await canRegister(meeting.id, person)).toBe(true);
      api.moveClock(meeting.startsAt.getTime() + 60_000 - Date.now());
      try {
        expect(await fieldAndMutation(meeting.id, person)).toEqual({
          field: false,
          outcome: "REGISTRATION_CLOSED",
        });
      } finally {
        api.moveClock(0);
      }
    });

    it("says true to members of an invited organisation only, for a meeting of invited organisations", async () => {
      const meeting = await storedMeeting(api, { audience: "invited" });
      await api.database.db
        .insert(schema.meetingOrganisations)
        .values({ meetingId: meeting.id, organisationId: ssr });
      const outsider = await newParticipant(api, { organisationId: rb });
      const loner = await newParticipant(api);
      const insider = await newParticipant(api, { organisationId: ssr });
      for (const person of [outsider, loner, member]) {
        expect(await fieldAndMutation(meeting.id, person), person.name).toEqual({
          field: false,
          outcome: "NOT_INVITED",
        });
      }
      expect(await fieldAndMutation(meeting.id, insider)).toEqual({
        field: true,
        outcome: "allowed",
      });
    });

    it("reads the field for a list of meetings in the list's one statement", async () => {
      const person = await newParticipant(api, { organisationId: ssr });
      const meeting = await storedMeeting(api);
      await registerAs(api, person, meeting.id);
      api.clearStatements();
      const { meetings } = await api.query<{
        meetings: { id: string; viewerCanRegister: boolean; myRegistration: unknown }[];
      }>(
        `{ meetings(period: UPCOMING) { id viewerCanRegister organisations { name } myRegistration { status } } }`,
        {},
        person,
      );
      expect(api.statements).toHaveLength(1);
      expect(meetings.find((m) => m.id === meeting.id)).toMatchObject({
        viewerCanRegister: false,
        myRegistration: { status: "CONFIRMED" },
      });
      expect(meetings.some((m) => m.viewerCanRegister)).toBe(true);
    });
  });
});
