/**
 * The authorization table's cases for meetings: registration, seminar picks, the calendar feed and
 * the coordinator's administration. Every attempt gets a fresh meeting stored directly.
 */
import { schema as tables } from "@kraftsamling/db";
import { expect } from "vitest";
import type { Viewer } from "../src/context";
import { answer, type Case, type World } from "./authorization-cases";

type Meeting = typeof tables.meetings.$inferSelect;
const day = 24 * 3600_000;

async function freshMeeting(
  w: World,
  values: Partial<typeof tables.meetings.$inferInsert> = {},
): Promise<Meeting> {
  const slug = `prov-${Math.random().toString(36).slice(2)}`;
  const startsAt = new Date(Math.floor((Date.now() + 10 * day) / 60_000) * 60_000);
  const [row] = await w.api.database.db
    .insert(tables.meetings)
    .values({
      slug,
      title: `Prov ${slug}`,
      kind: "round_table",
      status: "published",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      ...values,
    })
    .returning();
  if (!row) throw new Error("no meeting");
  return row;
}

async function register(meetingId: string, viewer: Viewer | null, w: World) {
  if (!viewer) return null;
  const [row] = await w.api.database.db
    .insert(tables.meetingRegistrations)
    .values({ meetingId, personId: viewer.personId, status: "confirmed" })
    .returning();
  return row ?? null;
}

/** A conference with one slot and one seminar in it. */
async function freshProgramme(w: World) {
  const conference = await freshMeeting(w, { kind: "regional_conference" });
  const [slot] = await w.api.database.db
    .insert(tables.conferenceSlots)
    .values({
      conferenceId: conference.id,
      title: "Pass 1",
      startsAt: conference.startsAt,
      endsAt: new Date(conference.startsAt.getTime() + 3600_000),
    })
    .returning();
  if (!slot) throw new Error("no slot");
  const seminar = await freshMeeting(w, {
    kind: "seminar",
    parentId: conference.id,
    slotId: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  });
  return { conference, slot, seminar };
}

const meetingRow = (w: World, id: string) =>
  w.api.database.db.query.meetings.findFirst({ where: { id } });
const registrationsOf = (w: World, meetingId: string) =>
  w.api.database.db.query.meetingRegistrations.findMany({ where: { meetingId } });
const picksOf = (w: World, seminarId: string) =>
  w.api.database.db.query.seminarPicks.findMany({ where: { seminarId } });

const success = (data: Record<string, unknown> | undefined, field: string, typename: string) =>
  expect(answer(data, field).__typename).toBe(typename);

/** A coordinator mutation on a fresh meeting, checked by what it changes on the meeting's row. */
function onMeeting(
  field: string,
  source: (id: string) => string,
  changed: (meeting: Meeting | undefined) => boolean,
  values: Partial<typeof tables.meetings.$inferInsert> = {},
): Case {
  return async (w, actor) => {
    const meeting = await freshMeeting(w, values);
    return {
      viewer: await w.viewerFor(actor),
      source: source(meeting.id),
      unchanged: async () => expect(changed(await meetingRow(w, meeting.id))).toBe(false),
      allowed: async (data) => {
        expect(answer(data, field).__typename).not.toBe("InputError");
        expect(changed(await meetingRow(w, meeting.id))).toBe(true);
      },
    };
  };
}

export const meetingCases: Record<string, Case> = {
  "Mutation.registerForMeeting": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const viewer = await w.viewerFor(actor);
    return {
      viewer,
      source: `mutation ($id: ID!) { registerForMeeting(meetingId: $id) { __typename ... on InputError { code } } }`,
      variables: { id: meeting.id },
      unchanged: async () => expect(await registrationsOf(w, meeting.id)).toEqual([]),
      allowed: async (data) => {
        success(data, "registerForMeeting", "MutationRegisterForMeetingSuccess");
        expect((await registrationsOf(w, meeting.id)).map((r) => r.personId)).toEqual([
          viewer?.personId,
        ]);
      },
    };
  },

  "Mutation.cancelMeetingRegistration": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const viewer = await w.viewerFor(actor);
    await register(meeting.id, viewer, w);
    return {
      viewer,
      source: `mutation ($id: ID!) { cancelMeetingRegistration(meetingId: $id) { __typename ... on InputError { code } } }`,
      variables: { id: meeting.id },
      unchanged: async () =>
        expect((await registrationsOf(w, meeting.id)).every((r) => r.status === "confirmed")).toBe(
          true,
        ),
      allowed: async (data) => {
        success(data, "cancelMeetingRegistration", "MutationCancelMeetingRegistrationSuccess");
        expect((await registrationsOf(w, meeting.id)).map((r) => r.status)).toEqual(["cancelled"]);
      },
    };
  },

  "Mutation.pickSeminar": async (w, actor) => {
    const { conference, seminar } = await freshProgramme(w);
    const viewer = await w.viewerFor(actor);
    await register(conference.id, viewer, w);
    return {
      viewer,
      source: `mutation ($id: ID!) { pickSeminar(seminarId: $id) { __typename ... on InputError { code } } }`,
      variables: { id: seminar.id },
      unchanged: async () => expect(await picksOf(w, seminar.id)).toEqual([]),
      allowed: async (data) => {
        success(data, "pickSeminar", "MutationPickSeminarSuccess");
        expect(await picksOf(w, seminar.id)).toHaveLength(1);
      },
    };
  },

  "Mutation.unpickSeminar": async (w, actor) => {
    const { conference, slot, seminar } = await freshProgramme(w);
    const viewer = await w.viewerFor(actor);
    const registration = await register(conference.id, viewer, w);
    if (registration) {
      await w.api.database.db
        .insert(tables.seminarPicks)
        .values({ registrationId: registration.id, seminarId: seminar.id, slotId: slot.id });
    }
    const before = (await picksOf(w, seminar.id)).length;
    return {
      viewer,
      source: `mutation ($id: ID!) { unpickSeminar(seminarId: $id) { __typename ... on InputError { code } } }`,
      variables: { id: seminar.id },
      unchanged: async () => expect(await picksOf(w, seminar.id)).toHaveLength(before),
      allowed: async (data) => {
        success(data, "unpickSeminar", "MutationUnpickSeminarSuccess");
        expect(await picksOf(w, seminar.id)).toEqual([]);
      },
    };
  },

  "Mutation.renewCalendarFeed": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    const feed = () =>
      viewer
        ? w.api.database.db.query.calendarFeeds.findFirst({
            where: { personId: viewer.personId },
          })
        : Promise.resolve(undefined);
    const before = (await feed())?.secret;
    return {
      viewer,
      source: `mutation { renewCalendarFeed { url } }`,
      unchanged: async () => expect((await feed())?.secret).toBe(before),
      allowed: async (data) => {
        const after = (await feed())?.secret;
        expect(after).toBeDefined();
        expect(after).not.toBe(before);
        expect(answer(data, "renewCalendarFeed").url).toContain(String(after));
      },
    };
  },

  "Mutation.markAttendance": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const registration = await register(meeting.id, await w.standIn("memberOfOther"), w);
    const attended = async () =>
      (await registrationsOf(w, meeting.id)).map((r) => r.attended).join();
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { markAttendance(registrationId: $id, attended: true) { __typename } }`,
      variables: { id: registration?.id },
      unchanged: async () => expect(await attended()).toBe("false"),
      allowed: async () => expect(await attended()).toBe("true"),
    };
  },

  "Mutation.createMeeting": async (w, actor) => {
    const title = `Nytt möte ${Math.random()}`;
    const created = () => w.api.database.db.query.meetings.findFirst({ where: { title } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($title: String!) { createMeeting(input: { title: $title, kind: WEBINAR, startsAt: "2031-01-10T09:00:00Z", endsAt: "2031-01-10T10:00:00Z" }) { __typename ... on InputError { code } } }`,
      variables: { title },
      unchanged: async () => expect(await created()).toBeUndefined(),
      allowed: async (data) => {
        success(data, "createMeeting", "MutationCreateMeetingSuccess");
        expect((await created())?.status).toBe("draft");
      },
    };
  },

  "Mutation.updateMeeting": onMeeting(
    "updateMeeting",
    (id) =>
      `mutation { updateMeeting(id: "${id}", changes: { title: "Ny titel" }) { __typename } }`,
    (m) => m?.title === "Ny titel",
  ),
  "Mutation.publishMeeting": onMeeting(
    "publishMeeting",
    (id) => `mutation { publishMeeting(id: "${id}") { __typename } }`,
    (m) => m?.status === "published",
    { status: "draft" },
  ),
  "Mutation.cancelMeeting": onMeeting(
    "cancelMeeting",
    (id) => `mutation { cancelMeeting(id: "${id}", message: "Inställt") { __typename } }`,
    (m) => m?.status === "cancelled",
  ),
  "Mutation.markMeetingHeld": onMeeting(
    "markMeetingHeld",
    (id) => `mutation { markMeetingHeld(id: "${id}") { __typename } }`,
    (m) => m?.status === "held",
    { startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 3600_000) },
  ),
  "Mutation.recordMinutes": onMeeting(
    "recordMinutes",
    (id) => `mutation { recordMinutes(meetingId: "${id}", minutes: "Protokoll") { __typename } }`,
    (m) => m?.minutes === "Protokoll",
  ),

  "Mutation.setMeetingAgenda": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const items = () =>
      w.api.database.db.query.agendaItems.findMany({ where: { meetingId: meeting.id } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { setMeetingAgenda(meetingId: $id, items: [{ title: "Inledning" }]) { __typename } }`,
      variables: { id: meeting.id },
      unchanged: async () => expect(await items()).toEqual([]),
      allowed: async () => expect((await items()).map((i) => i.title)).toEqual(["Inledning"]),
    };
  },

  "Mutation.setInvitedOrganisations": async (w, actor) => {
    const meeting = await freshMeeting(w, { audience: "invited" });
    const invited = () =>
      w.api.database.db.query.meetingOrganisations.findMany({ where: { meetingId: meeting.id } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $o: [ID!]!) { setInvitedOrganisations(meetingId: $id, organisationIds: $o) { __typename } }`,
      variables: { id: meeting.id, o: [w.organisationOf(actor)] },
      unchanged: async () => expect(await invited()).toEqual([]),
      allowed: async () =>
        expect((await invited()).map((i) => i.organisationId)).toEqual([w.organisationOf(actor)]),
    };
  },

  "Mutation.setMeetingFindings": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const [finding] = await w.api.database.db
      .insert(tables.findings)
      .values({ title: "Iakttagelse", body: "Text", source: "dialogue_meeting", phaseNumber: 1 })
      .returning();
    const linked = async () =>
      (await w.api.database.db.query.findings.findFirst({ where: { id: finding?.id } }))?.meetingId;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $f: [ID!]!) { setMeetingFindings(meetingId: $id, findingIds: $f) { __typename } }`,
      variables: { id: meeting.id, f: [finding?.id] },
      unchanged: async () => expect(await linked()).toBeNull(),
      allowed: async () => expect(await linked()).toBe(meeting.id),
    };
  },

  "Mutation.removeMeetingDocument": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const [document] = await w.api.database.db
      .insert(tables.meetingDocuments)
      .values({
        meetingId: meeting.id,
        fileName: "program.txt",
        contentType: "text/plain; charset=utf-8",
        size: 4,
        content: Buffer.from("text"),
      })
      .returning({ id: tables.meetingDocuments.id });
    const exists = async () =>
      (await w.api.database.db.query.meetingDocuments.findFirst({
        where: { id: document?.id },
        columns: { id: true },
      })) !== undefined;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { removeMeetingDocument(id: $id) }`,
      variables: { id: document?.id },
      unchanged: async () => expect(await exists()).toBe(true),
      allowed: async () => expect(await exists()).toBe(false),
    };
  },

  "Mutation.createConferenceSlot": async (w, actor) => {
    const conference = await freshMeeting(w, { kind: "regional_conference" });
    const slots = () =>
      w.api.database.db.query.conferenceSlots.findMany({
        where: { conferenceId: conference.id },
      });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $s: DateTime!, $e: DateTime!) { createConferenceSlot(conferenceId: $id, input: { title: "Pass 1", startsAt: $s, endsAt: $e }) { __typename ... on InputError { code } } }`,
      variables: {
        id: conference.id,
        s: conference.startsAt.toISOString(),
        e: new Date(conference.startsAt.getTime() + 3600_000).toISOString(),
      },
      unchanged: async () => expect(await slots()).toEqual([]),
      allowed: async (data) => {
        success(data, "createConferenceSlot", "MutationCreateConferenceSlotSuccess");
        expect(await slots()).toHaveLength(1);
      },
    };
  },

  "Mutation.updateConferenceSlot": async (w, actor) => {
    const { slot } = await freshProgramme(w);
    const title = async () =>
      (await w.api.database.db.query.conferenceSlots.findFirst({ where: { id: slot.id } }))?.title;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $s: DateTime!, $e: DateTime!) { updateConferenceSlot(slotId: $id, input: { title: "Förmiddag", startsAt: $s, endsAt: $e }) { __typename ... on InputError { code } } }`,
      variables: { id: slot.id, s: slot.startsAt.toISOString(), e: slot.endsAt.toISOString() },
      unchanged: async () => expect(await title()).toBe("Pass 1"),
      allowed: async () => expect(await title()).toBe("Förmiddag"),
    };
  },

  "Mutation.removeConferenceSlot": async (w, actor) => {
    const conference = await freshMeeting(w, { kind: "regional_conference" });
    const [slot] = await w.api.database.db
      .insert(tables.conferenceSlots)
      .values({
        conferenceId: conference.id,
        title: "Tomt pass",
        startsAt: conference.startsAt,
        endsAt: conference.endsAt,
      })
      .returning();
    const exists = async () =>
      (await w.api.database.db.query.conferenceSlots.findFirst({ where: { id: slot?.id } })) !==
      undefined;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { removeConferenceSlot(slotId: $id) { __typename ... on InputError { code } } }`,
      variables: { id: slot?.id },
      unchanged: async () => expect(await exists()).toBe(true),
      allowed: async () => expect(await exists()).toBe(false),
    };
  },

  // ---- Queries and fields ---------------------------------------------------------------------
  "Query.myMeetings": async (w, actor) => {
    const meeting = await freshMeeting(w);
    const viewer = await w.viewerFor(actor);
    await register(meeting.id, viewer, w);
    return {
      viewer,
      source: `{ myMeetings { meeting { id } } }`,
      allowed: (data) => {
        const mine = (data?.myMeetings ?? []) as { meeting: { id: string } }[];
        expect(mine.map((r) => r.meeting.id)).toContain(meeting.id);
      },
    };
  },

  "Query.myCalendarFeed": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ myCalendarFeed { url } }`,
    allowed: (data) =>
      expect(answer(data, "myCalendarFeed").url).toMatch(/\/calendar\/people\/.+\.ics$/),
  }),

  "Meeting.registrationsConnection": async (w, actor) => {
    const meeting = await freshMeeting(w);
    await register(meeting.id, await w.standIn("memberOfOther"), w);
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($id: ID!) { meeting(id: $id) { registrationsConnection { totalCount nodes { status } } } }`,
      variables: { id: meeting.id },
      allowed: (data) =>
        expect(answer(data, "meeting").registrationsConnection).toEqual({
          totalCount: 1,
          nodes: [{ status: "CONFIRMED" }],
        }),
    };
  },

  "Meeting.registrations": async (w, actor) => {
    const meeting = await freshMeeting(w);
    await register(meeting.id, await w.standIn("memberOfOther"), w);
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($id: ID!) { meeting(id: $id) { registrations { status person { name } } } }`,
      variables: { id: meeting.id },
      allowed: (data) =>
        expect(answer(data, "meeting").registrations).toEqual([
          { status: "CONFIRMED", person: { name: expect.any(String) } },
        ]),
    };
  },

  "Meeting.registrationsCsv": async (w, actor) => {
    const meeting = await freshMeeting(w);
    await register(meeting.id, await w.standIn("memberOfOther"), w);
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($id: ID!) { meeting(id: $id) { registrationsCsv } }`,
      variables: { id: meeting.id },
      allowed: (data) =>
        expect(String(answer(data, "meeting").registrationsCsv).split("\r\n")).toHaveLength(3),
    };
  },
};
