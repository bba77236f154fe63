import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { newParticipant, organisationId, registerAs, storedMeeting } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const create = `mutation ($input: MeetingInput!) {
  createMeeting(input: $input) {
    __typename
    ... on MutationCreateMeetingSuccess { data { id slug status title startsAt endsAt capacity onlineUrl } }
    ... on InputError { code field message }
  }
}`;
type Created = {
  createMeeting: {
    __typename: string;
    code?: string;
    field?: string;
    data?: {
      id: string;
      slug: string;
      status: string;
      title: string;
      startsAt: string;
      endsAt: string;
    };
  };
};

const auditActions = async (api: TestApi, subjectId: string) =>
  (
    await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.subjectId, subjectId))
  ).map((e) => [e.action, e.actorName]);

describe("the coordinator's meetings", () => {
  let api: TestApi;
  let coordinator: Viewer;
  const base = {
    title: "Hearing om placerade barns skolgång",
    kind: "HEARING",
    startsAt: "2031-03-03T08:00:00Z",
    endsAt: "2031-03-03T11:00:00Z",
    city: "Stockholm",
    place: "Kansliet",
  };

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  const createAs = async (input: Record<string, unknown>, viewer = coordinator) =>
    (await api.query<Created>(create, { input }, viewer)).createMeeting;

  it("creates a draft with a slug from the title and Stockholm date, seen by the coordinator only", async () => {
    const created = await createAs({ ...base, capacity: 40 });
    expect(created.data).toMatchObject({
      slug: "hearing-om-placerade-barns-skolgang-2031-03-03",
      status: "DRAFT",
    });
    const again = await createAs(base);
    expect(again.data?.slug).toBe("hearing-om-placerade-barns-skolgang-2031-03-03-2");
    const read = `query ($slug: String!) { meeting(slug: $slug) { id } }`;
    const slug = created.data?.slug;
    expect((await api.query<{ meeting: unknown }>(read, { slug })).meeting).toBeNull();
    const member = await newParticipant(api);
    expect((await api.query<{ meeting: unknown }>(read, { slug }, member)).meeting).toBeNull();
    expect(
      (await api.query<{ meeting: unknown }>(read, { slug }, coordinator)).meeting,
    ).not.toBeNull();
    const drafts = `{ meetings(statuses: [DRAFT], kinds: [HEARING]) { slug } }`;
    expect((await api.query<{ meetings: unknown[] }>(drafts)).meetings).toEqual([]);
    expect(
      (await api.query<{ meetings: { slug: string }[] }>(drafts, {}, coordinator)).meetings.map(
        (m) => m.slug,
      ),
    ).toContain(slug);
    expect(await auditActions(api, created.data?.id ?? "")).toEqual([
      ["meeting.create", "Ingrid Holm"],
    ]);
  });

  it.each([
    [{ endsAt: "2031-03-03T07:00:00Z" }, "INVALID_TIMES", "endsAt"],
    [{ capacity: 0 }, "INVALID_CAPACITY", "capacity"],
    [{ onlineUrl: "javascript:alert(1)" }, "INVALID_URL", "onlineUrl"],
    [{ onlineUrl: "mote.example/rum" }, "INVALID_URL", "onlineUrl"],
    [
      { registrationOpensAt: "2031-02-01T00:00:00Z", registrationClosesAt: "2031-01-01T00:00:00Z" },
      "INVALID_REGISTRATION_WINDOW",
      "registrationClosesAt",
    ],
    [
      { registrationClosesAt: "2031-03-04T00:00:00Z" },
      "INVALID_REGISTRATION_WINDOW",
      "registrationClosesAt",
    ],
    [{ title: "  " }, "TITLE_EMPTY", "title"],
    [{ description: "Gäller 121212-1212." }, "PERSONAL_DATA", "description"],
    [{ slug: "Med Mellanslag" }, "INVALID_SLUG", "slug"],
    [{ kind: "SEMINAR" }, "NOT_FOUND", "slotId"],
  ])("refuses %j with %s", async (change, code, field) => {
    expect(await createAs({ ...base, ...change })).toMatchObject({ code, field });
  });

  it("publishes, lets people register, marks attendance, and exports the registrations as CSV", async () => {
    const created = await createAs({
      ...base,
      title: "Rundabord i Umeå",
      kind: "ROUND_TABLE",
      startsAt: new Date(Date.now() + 86400_000).toISOString(),
      endsAt: new Date(Date.now() + 90000_000).toISOString(),
      capacity: 1,
    });
    const id = created.data?.id ?? "";
    const publish = await api.query<{
      publishMeeting: { __typename: string; data?: { status: string } };
    }>(
      `mutation ($id: ID!) { publishMeeting(id: $id) { __typename ... on MutationPublishMeetingSuccess { data { status } } } }`,
      { id },
      coordinator,
    );
    expect(publish.publishMeeting.data?.status).toBe("PUBLISHED");
    const rb = await organisationId(api, "radda-barnen");
    const first = await newParticipant(api, { organisationId: rb });
    const second = await newParticipant(api);
    const confirmed = await registerAs(api, first, id);
    await registerAs(api, second, id);

    const attend = await api.query<{
      markAttendance: { __typename: string; data?: { attended: boolean } };
    }>(
      `mutation ($r: ID!) { markAttendance(registrationId: $r, attended: true) { __typename ... on MutationMarkAttendanceSuccess { data { attended } } ... on InputError { code } } }`,
      { r: confirmed.data?.id },
      coordinator,
    );
    expect(attend.markAttendance.data?.attended).toBe(true);

    const list = await api.query<{
      meeting: {
        registrations: {
          status: string;
          attended: boolean;
          person: { name: string; email: string };
        }[];
      };
    }>(
      `query ($id: ID!) { meeting(id: $id) { registrations { status attended person { name email } } } }`,
      { id },
      coordinator,
    );
    expect(list.meeting.registrations.map((r) => [r.status, r.attended, r.person.email])).toEqual([
      ["CONFIRMED", true, first.email],
      ["WAITLISTED", false, second.email],
    ]);

    const csv = (
      await api.query<{ meeting: { registrationsCsv: string } }>(
        `query ($id: ID!) { meeting(id: $id) { registrationsCsv } }`,
        { id },
        coordinator,
      )
    ).meeting.registrationsCsv;
    expect(
      csv.startsWith(
        "\uFEFFname,e-mail,organisation,status,registered at,attended,seminar picks\r\n",
      ),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${first.name},${first.email.replace(/\./g, "\\.")},Rädda Barnen,bekräftad,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},ja,$`,
      ),
    );
    expect(lines[2]).toContain(",väntelista,");

    expect(await auditActions(api, id)).toEqual([
      ["meeting.create", "Ingrid Holm"],
      ["meeting.publish", "Ingrid Holm"],
    ]);
    const [attendance] = await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "meeting.attendance"));
    expect(attendance?.subjectId).toBe(confirmed.data?.id);
  });

  it("shows the online link only to confirmed participants, moderators and the coordinator", async () => {
    const meeting = await storedMeeting(api, {
      onlineUrl: "https://mote.example/rum",
      capacity: 1,
    });
    const read = `query ($id: ID!) { meeting(id: $id) { online onlineUrl } }`;
    const link = async (viewer: Viewer | null) =>
      (
        await api.query<{ meeting: { online: boolean; onlineUrl: string | null } }>(
          read,
          { id: meeting.id },
          viewer,
        )
      ).meeting;
    const holder = await newParticipant(api);
    const waiting = await newParticipant(api);
    await registerAs(api, holder, meeting.id);
    await registerAs(api, waiting, meeting.id);
    expect(await link(null)).toEqual({ online: true, onlineUrl: null });
    expect((await link(await newParticipant(api))).onlineUrl).toBeNull();
    expect((await link(waiting)).onlineUrl).toBeNull();
    expect((await link(holder)).onlineUrl).toBe("https://mote.example/rum");
    expect((await link(await api.viewer("moderator@kraftsamling.example"))).onlineUrl).toBe(
      "https://mote.example/rum",
    );
    expect((await link(coordinator)).onlineUrl).toBe("https://mote.example/rum");
  });

  it("tells only the coordinator that they may edit a meeting", async () => {
    const meeting = await storedMeeting(api);
    const read = `query ($id: ID!) { meeting(id: $id) { viewerCanEdit } }`;
    const canEdit = async (viewer: Viewer | null) =>
      (await api.query<{ meeting: { viewerCanEdit: boolean } }>(read, { id: meeting.id }, viewer))
        .meeting.viewerCanEdit;
    expect(await canEdit(coordinator)).toBe(true);
    expect(await canEdit(await api.viewer("moderator@kraftsamling.example"))).toBe(false);
    expect(await canEdit(await newParticipant(api))).toBe(false);
    expect(await canEdit(null)).toBe(false);
  });

  it("keeps an agenda, invitations, minutes and findings, each in the audit log", async () => {
    const meeting = await storedMeeting(api, {
      startsAt: new Date("2031-05-05T07:00:00Z"),
      endsAt: new Date("2031-05-05T12:00:00Z"),
    });
    const agenda = await api.query<{
      setMeetingAgenda: {
        __typename: string;
        code?: string;
        data?: { agenda: { title: string; speakers: string[]; startsAt: string | null }[] };
      };
    }>(
      `mutation ($id: ID!, $items: [AgendaItemInput!]!) { setMeetingAgenda(meetingId: $id, items: $items) { __typename ... on MutationSetMeetingAgendaSuccess { data { agenda { title speakers startsAt } } } ... on InputError { code } } }`,
      {
        id: meeting.id,
        items: [
          { title: "Välkommen", startsAt: "2031-05-05T07:00:00Z", speakers: ["Samordnaren"] },
          { title: "Kommunerna berättar", speakers: ["Malmö stad", "Luleå kommun"] },
        ],
      },
      coordinator,
    );
    expect(agenda.setMeetingAgenda.data?.agenda).toEqual([
      { title: "Välkommen", speakers: ["Samordnaren"], startsAt: "2031-05-05T07:00:00.000Z" },
      { title: "Kommunerna berättar", speakers: ["Malmö stad", "Luleå kommun"], startsAt: null },
    ]);
    const outside = await api.query<{ setMeetingAgenda: { code?: string } }>(
      `mutation ($id: ID!) { setMeetingAgenda(meetingId: $id, items: [{ title: "Kväll", startsAt: "2031-05-05T18:00:00Z" }]) { ... on InputError { code } } }`,
      { id: meeting.id },
      coordinator,
    );
    expect(outside.setMeetingAgenda.code).toBe("OUTSIDE_MEETING");

    const ssr = await organisationId(api, "akademikerforbundet-ssr");
    const invited = await api.query<{
      setInvitedOrganisations: { data?: { organisations: { slug: string }[] } };
    }>(
      `mutation ($id: ID!, $o: [ID!]!) { setInvitedOrganisations(meetingId: $id, organisationIds: $o) { ... on MutationSetInvitedOrganisationsSuccess { data { organisations { slug } } } } }`,
      { id: meeting.id, o: [ssr] },
      coordinator,
    );
    expect(invited.setInvitedOrganisations.data?.organisations).toEqual([
      { slug: "akademikerforbundet-ssr" },
    ]);

    const minutes = `mutation ($id: ID!, $m: String!) { recordMinutes(meetingId: $id, minutes: $m) { __typename ... on MutationRecordMinutesSuccess { data { minutes minutesHtml } } ... on InputError { code } } }`;
    type Minutes = {
      recordMinutes: {
        __typename: string;
        code?: string;
        data?: { minutes: string; minutesHtml: string };
      };
    };
    const refused = await api.query<Minutes>(
      minutes,
      { id: meeting.id, m: "Flickan 640823-3234 togs upp." },
      coordinator,
    );
    expect(refused.recordMinutes.code).toBe("PERSONAL_DATA");
    const kept = await api.query<Minutes>(
      minutes,
      { id: meeting.id, m: "Vi talade om **direkttid**." },
      coordinator,
    );
    expect(kept.recordMinutes.data?.minutesHtml).toContain("<strong>direkttid</strong>");

    const linked = await api.database.db
      .insert(schema.findings)
      .values([
        {
          title: "Mer tid med barnen",
          body: "Kommunerna vill frigöra tid.",
          source: "dialogue_meeting",
          phaseNumber: 1,
          status: "published",
        },
        { title: "Utkast", body: "Ej publicerad.", source: "dialogue_meeting", phaseNumber: 1 },
        {
          title: "Granskas",
          body: "Läses igenom.",
          source: "dialogue_meeting",
          phaseNumber: 1,
          status: "in_review",
        },
        {
          title: "Tillbakadragen",
          body: "Togs tillbaka.",
          source: "dialogue_meeting",
          phaseNumber: 1,
          status: "unpublished",
          unpublishedReason: "Felaktig uppgift",
        },
      ])
      .returning();
    await api.query(
      `mutation ($id: ID!, $f: [ID!]!) { setMeetingFindings(meetingId: $id, findingIds: $f) { __typename } }`,
      { id: meeting.id, f: linked.map((f) => f.id) },
      coordinator,
    );
    const readFindings = `query ($id: ID!) { meeting(id: $id) { findings { title status } } }`;
    type Linked = { meeting: { findings: { title: string; status: string }[] } };
    // The public and partners read the published finding only; the coordinator all of them.
    for (const viewer of [null, await api.viewer("medlem.raddabarnen@kraftsamling.example")]) {
      expect(
        (await api.query<Linked>(readFindings, { id: meeting.id }, viewer)).meeting.findings,
      ).toEqual([{ title: "Mer tid med barnen", status: "PUBLISHED" }]);
    }
    expect(
      (await api.query<Linked>(readFindings, { id: meeting.id }, coordinator)).meeting.findings
        .map((f) => f.status)
        .sort(),
    ).toEqual(["DRAFT", "IN_REVIEW", "PUBLISHED", "UNPUBLISHED"]);

    expect((await auditActions(api, meeting.id)).map(([action]) => action)).toEqual([
      "meeting.agenda",
      "meeting.invitations",
      "meeting.minutes",
      "meeting.findings",
    ]);
  });

  it("marks a meeting held only once it has started, and cancels a conference with its seminars", async () => {
    const future = await storedMeeting(api);
    const held = `mutation ($id: ID!) { markMeetingHeld(id: $id) { __typename ... on InputError { code } } }`;
    expect(
      (
        await api.query<{ markMeetingHeld: { code?: string } }>(
          held,
          { id: future.id },
          coordinator,
        )
      ).markMeetingHeld.code,
    ).toBe("NOT_STARTED");
    const started = await storedMeeting(api, { startsAt: new Date(Date.now() - 3600_000) });
    expect(
      (
        await api.query<{ markMeetingHeld: { __typename: string } }>(
          held,
          { id: started.id },
          coordinator,
        )
      ).markMeetingHeld.__typename,
    ).toBe("MutationMarkMeetingHeldSuccess");

    const conference = await storedMeeting(api, { kind: "regional_conference" });
    const seminar = await storedMeeting(api, { kind: "seminar", parentId: conference.id });
    const cancel = await api.query<{ cancelMeeting: { __typename: string; code?: string } }>(
      `mutation ($id: ID!, $m: String!) { cancelMeeting(id: $id, message: $m) { __typename ... on InputError { code } } }`,
      { id: conference.id, m: "För få anmälda." },
      coordinator,
    );
    expect(cancel.cancelMeeting.__typename).toBe("MutationCancelMeetingSuccess");
    const [row] = await api.database.db
      .select()
      .from(schema.meetings)
      .where(eq(schema.meetings.id, seminar.id));
    expect(row).toMatchObject({ status: "cancelled", cancellationMessage: "För få anmälda." });
  });

  it("keeps a draft conference out of sight through its seminars, and publishes a seminar only with it", async () => {
    const conference = await storedMeeting(api, {
      kind: "regional_conference",
      status: "draft",
      title: "Utkast till regional konferens",
      place: "Ännu hemlig plats",
    });
    const [slot] = await api.database.db
      .insert(schema.conferenceSlots)
      .values({
        conferenceId: conference.id,
        title: "Seminarpass 1",
        startsAt: conference.startsAt,
        endsAt: conference.endsAt,
      })
      .returning();
    const seminar = await storedMeeting(api, {
      kind: "seminar",
      status: "draft",
      parentId: conference.id,
      slotId: slot?.id,
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
    });
    const publish = `mutation ($id: ID!) { publishMeeting(id: $id) { __typename ... on InputError { code field message } } }`;
    type Published = { publishMeeting: { __typename: string; code?: string; field?: string } };
    const refused = await api.query<Published>(publish, { id: seminar.id }, coordinator);
    expect(refused.publishMeeting).toMatchObject({ code: "CONFERENCE_NOT_PUBLISHED", field: "id" });
    const statusOf = async (id: string) =>
      (await api.database.db.select().from(schema.meetings).where(eq(schema.meetings.id, id)))[0]
        ?.status;
    expect(await statusOf(seminar.id)).toBe("draft");

    // A seminar published before its conference could be refused: the draft stays out of sight.
    await api.database.db
      .update(schema.meetings)
      .set({ status: "published" })
      .where(eq(schema.meetings.id, seminar.id));
    const seen = `query ($slug: String!) {
      meeting(slug: $slug) { status conference { title place } slot { title conference { title } } }
    }`;
    type Seen = {
      meeting: {
        status: string;
        conference: { title: string; place: string } | null;
        slot: { title: string; conference: { title: string } } | null;
      } | null;
    };
    const participant = await newParticipant(api);
    for (const viewer of [null, participant]) {
      const { meeting } = await api.query<Seen>(seen, { slug: seminar.slug }, viewer);
      expect(meeting).toEqual({ status: "PUBLISHED", conference: null, slot: null });
    }
    const { meeting: asCoordinator } = await api.query<Seen>(
      seen,
      { slug: seminar.slug },
      coordinator,
    );
    expect(asCoordinator?.conference?.title).toBe("Utkast till regional konferens");
    expect(asCoordinator?.slot?.conference.title).toBe("Utkast till regional konferens");

    // Published, the conference shows through its seminar to anyone.
    const published = await api.query<Published>(publish, { id: conference.id }, coordinator);
    expect(published.publishMeeting.__typename).toBe("MutationPublishMeetingSuccess");
    const { meeting: afterwards } = await api.query<Seen>(seen, { slug: seminar.slug }, null);
    expect(afterwards).toEqual({
      status: "PUBLISHED",
      conference: { title: "Utkast till regional konferens", place: "Ännu hemlig plats" },
      slot: { title: "Seminarpass 1", conference: { title: "Utkast till regional konferens" } },
    });
  });

  it("lists meetings of a month in Stockholm time", async () => {
    // 23:30 UTC on 31 May is 01:30 on 1 June in Stockholm.
    const june = await storedMeeting(api, {
      startsAt: new Date("2032-05-31T23:30:00Z"),
      kind: "webinar",
    });
    const may = await storedMeeting(api, {
      startsAt: new Date("2032-05-31T21:30:00Z"),
      kind: "webinar",
    });
    const inMonth = async (month: string) =>
      (
        await api.query<{ meetings: { id: string }[] }>(
          `query ($m: String) { meetings(month: $m, kinds: [WEBINAR]) { id } }`,
          { m: month },
        )
      ).meetings.map((m) => m.id);
    expect(await inMonth("2032-06")).toEqual([june.id]);
    expect(await inMonth("2032-05")).toEqual([may.id]);
    const bad = await api.execute(`{ meetings(month: "juni") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
