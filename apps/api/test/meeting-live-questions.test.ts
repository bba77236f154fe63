import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

const ask = `mutation ($input: AskQuestionInput!) {
  askQuestion(input: $input) {
    __typename
    ... on MutationAskQuestionSuccess { data { id body status pinned mine organisation { slug } author { name } } }
    ... on InputError { code message field retryAt }
  }
}`;

const questionsOf = `query ($slug: String!) {
  meeting(slug: $slug) {
    questionsOpen
    questions { id body status pinned voteCount votedByMe mine rejectionReason }
  }
}`;

interface Question {
  id: string;
  body: string;
  status: string;
  pinned: boolean;
  voteCount: number;
  votedByMe: boolean;
  mine: boolean;
  rejectionReason: string | null;
}

type Answer = {
  __typename: string;
  code?: string;
  message?: string;
  field?: string | null;
  retryAt?: string | null;
  data?: Record<string, unknown>;
};

const hearing = "demo-hearing-barnets-delaktighet";
const webinar = "demo-webbinarium-direkttid";
const roundTable = "demo-rundabord-personalforsorjning";

describe("the live Q&A of hearings and webinars", () => {
  let api: TestApi;
  let member: Viewer;
  let admin: Viewer;
  let moderator: Viewer;
  let coordinator: Viewer;
  let observer: Viewer;
  const meetingIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await testApi();
    for (const slug of [hearing, webinar, roundTable]) {
      const meeting = await api.database.db.query.meetings.findFirst({ where: { slug } });
      meetingIds[slug] = meeting?.id ?? "";
    }
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    admin = await api.viewer("admin.ssr@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    observer = await api.viewer("observator@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  /** How far the meetings' clock has been moved ahead in this test. */
  let ahead = 0;
  /** Lets time pass on the meetings' clock, which dates questions and keeps the rate limit. */
  const passTime = (ms: number) => {
    ahead += ms;
    api.moveClock(ahead);
  };
  // Each test starts with an empty Q&A and without recent questions, so the rate limit speaks only
  // where a test asks it to.
  beforeEach(async () => {
    await api.database.db.delete(schema.meetingQuestions);
    await api.database.db.delete(schema.meetingLiveStates);
    ahead = 0;
    api.moveClock(0);
  });

  const send = async (viewer: Viewer, input: Record<string, unknown>, slug = hearing) =>
    (
      await api.query<{ askQuestion: Answer }>(
        ask,
        { input: { meetingId: meetingIds[slug], ...input } },
        viewer,
      )
    ).askQuestion;

  /** Asks, then lets the rate limit's ten seconds pass, so that the same person may ask again. */
  const asked = async (viewer: Viewer, body: string, slug = hearing) => {
    const result = await send(viewer, { body }, slug);
    expect(result.__typename).toBe("MutationAskQuestionSuccess");
    const id = (result.data as { id: string }).id;
    passTime(10_001);
    return id;
  };

  const list = async (viewer: Viewer, slug = hearing) =>
    (await api.query<{ meeting: { questions: Question[] } }>(questionsOf, { slug }, viewer)).meeting
      .questions;

  const decide = async (
    mutation: string,
    id: string,
    viewer: Viewer = moderator,
    extra = "",
  ): Promise<Answer> => {
    const result = await api.query<Record<string, Answer>>(
      `mutation ($id: ID!) { ${mutation}(id: $id${extra}) {
        __typename
        ... on InputError { code message field }
        ... on Mutation${mutation[0]?.toUpperCase()}${mutation.slice(1)}Success { data { id status pinned } }
      } }`,
      { id },
      viewer,
    );
    return result[mutation] as Answer;
  };

  const vote = async (viewer: Viewer, id: string, up = true) =>
    (
      await api.query<{ voteForQuestion: Answer }>(
        `mutation ($id: ID!, $up: Boolean!) { voteForQuestion(id: $id, vote: $up) {
          __typename
          ... on InputError { code message }
          ... on MutationVoteForQuestionSuccess { data { voteCount votedByMe } }
        } }`,
        { id, up },
        viewer,
      )
    ).voteForQuestion;

  /** A new participant (partner member without organisations), signed in. */
  let people = 0;
  const participant = async (): Promise<Viewer> => {
    people += 1;
    const email = `deltagare.${people}@prov.example`;
    await api.database.db.insert(schema.people).values({ name: `Deltagare ${people}`, email });
    return api.viewer(email);
  };

  it("takes a question from a participant, as themselves or for one of their organisations", async () => {
    const own = await send(member, {
      body: "  Hur når vi barnen som inte själva söker kontakt?  ",
    });
    expect(own).toMatchObject({
      __typename: "MutationAskQuestionSuccess",
      data: {
        body: "Hur når vi barnen som inte själva söker kontakt?",
        status: "SUBMITTED",
        pinned: false,
        mine: true,
        organisation: null,
        author: { name: "Omar Nilsson" },
      },
    });
    const organisationId = async (slug: string) =>
      (await api.database.db.query.organisations.findFirst({ where: { slug } }))?.id;
    const notMine = await send(
      admin,
      {
        body: "Vilket stöd får nya socialsekreterare?",
        organisationId: await organisationId("radda-barnen"),
      },
      webinar,
    );
    expect(notMine).toMatchObject({ code: "NOT_A_MEMBER", field: "organisationId" });
    const forSsr = await send(
      admin,
      {
        body: "Vilket stöd får nya socialsekreterare?",
        organisationId: await organisationId("akademikerforbundet-ssr"),
      },
      webinar,
    );
    expect(forSsr).toMatchObject({
      __typename: "MutationAskQuestionSuccess",
      data: { organisation: { slug: "akademikerforbundet-ssr" } },
    });
  });

  it("refuses a personal identity number, says why, and stores nothing of it", async () => {
    const result = await send(member, {
      body: "Hur gick det för 19121212-1212 efter placeringen?",
    });
    expect(result).toMatchObject({ code: "PERSONAL_DATA", field: "body" });
    expect(result.message).toBe(
      "The text holds what looks like a Swedish personal identity or coordination number. Nothing was saved: remove the number and write about how the care works, never about a particular child or family.",
    );
    expect(await api.database.db.select().from(schema.meetingQuestions)).toEqual([]);
    // Refused text does not count towards the rate limit.
    expect((await send(member, { body: "Hur följer ni upp placeringar?" })).__typename).toBe(
      "MutationAskQuestionSuccess",
    );
  });

  it("refuses an empty question and one longer than 500 characters", async () => {
    expect(await send(member, { body: "   " })).toMatchObject({
      code: "BODY_EMPTY",
      field: "body",
    });
    const long = await send(member, { body: "a".repeat(501) });
    expect(long).toMatchObject({ code: "BODY_TOO_LONG", field: "body" });
    expect(long.message).toBe("A question holds at most 500 characters.");
    expect((await send(member, { body: "a".repeat(500) })).__typename).toBe(
      "MutationAskQuestionSuccess",
    );
  });

  it("takes one question per person every ten seconds and says when to try again", async () => {
    const before = Date.now();
    await send(member, { body: "Första frågan" });
    const second = await send(member, { body: "Andra frågan" }, webinar);
    expect(second).toMatchObject({
      code: "TOO_FAST",
      message: "Wait 10 seconds between questions.",
    });
    // Ten seconds after the first question, on the wall clock.
    const retryAt = new Date(second.retryAt ?? "").getTime();
    expect(retryAt).toBeGreaterThanOrEqual(before + 10_000 - 50);
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 10_000);
    // Someone else is not held up.
    expect((await send(admin, { body: "En annan persons fråga" })).__typename).toBe(
      "MutationAskQuestionSuccess",
    );
    passTime(10_001);
    expect((await send(member, { body: "Andra frågan" }, webinar)).__typename).toBe(
      "MutationAskQuestionSuccess",
    );
  });

  it("is only for hearings and webinars, of meetings that exist and are not cancelled", async () => {
    expect(await send(member, { body: "En fråga" }, roundTable)).toMatchObject({
      code: "NO_LIVE_QUESTIONS",
      message: "Only hearings and webinars have a live Q&A.",
      field: "meetingId",
    });
    const missing = await api.query<{ askQuestion: Answer }>(
      ask,
      { input: { meetingId: "00000000-0000-0000-0000-000000000000", body: "En fråga" } },
      member,
    );
    expect(missing.askQuestion).toMatchObject({ code: "NOT_FOUND", field: "meetingId" });
    await api.database.db
      .update(schema.meetings)
      .set({ status: "cancelled" })
      .where(eq(schema.meetings.slug, webinar));
    expect(await send(member, { body: "En fråga" }, webinar)).toMatchObject({
      code: "MEETING_CANCELLED",
    });
    await api.database.db
      .update(schema.meetings)
      .set({ status: "draft" })
      .where(eq(schema.meetings.slug, webinar));
    expect(await send(member, { body: "En fråga" }, webinar)).toMatchObject({ code: "NOT_FOUND" });
    await api.database.db
      .update(schema.meetings)
      .set({ status: "published" })
      .where(eq(schema.meetings.slug, webinar));
    expect(await api.database.db.select().from(schema.meetingQuestions)).toEqual([]);
  });

  it("tells which meetings have a Q&A and a speaker list", async () => {
    const { meetings } = await api.query<{
      meetings: { slug: string; hasLiveQuestions: boolean; hasSpeakerList: boolean }[];
    }>(
      `{ meetings(period: UPCOMING) { slug hasLiveQuestions hasSpeakerList questionsOpen speakerListOpen } }`,
    );
    const bySlug = Object.fromEntries(meetings.map((m) => [m.slug, m]));
    expect(bySlug[hearing]).toEqual({
      slug: hearing,
      hasLiveQuestions: true,
      hasSpeakerList: true,
      questionsOpen: true,
      speakerListOpen: true,
    });
    expect(bySlug[webinar]).toEqual({
      slug: webinar,
      hasLiveQuestions: true,
      hasSpeakerList: false,
      questionsOpen: true,
      speakerListOpen: false,
    });
    expect(bySlug[roundTable]).toEqual({
      slug: roundTable,
      hasLiveQuestions: false,
      hasSpeakerList: false,
      questionsOpen: false,
      speakerListOpen: false,
    });
  });

  it("shows participants the approved and answered questions and their own; moderators all", async () => {
    const approved = await asked(admin, "Godkänd fråga");
    const answered = await asked(admin, "Besvarad fråga");
    const othersSubmitted = await asked(admin, "Väntande fråga");
    const othersRejected = await asked(admin, "Avvisad fråga");
    const ownSubmitted = await asked(member, "Min väntande fråga");
    const ownRejected = await asked(member, "Min avvisade fråga");
    await decide("approveQuestion", approved);
    await decide("approveQuestion", answered);
    await decide("markQuestionAnswered", answered);
    await decide("rejectQuestion", othersRejected, moderator, ', reason: "Utanför ämnet"');
    await decide(
      "rejectQuestion",
      ownRejected,
      moderator,
      ', reason: "Ställ den vid nästa hearing"',
    );

    const seen = await list(member);
    expect(new Set(seen.map((q) => q.id))).toEqual(
      new Set([approved, answered, ownSubmitted, ownRejected]),
    );
    expect(seen.find((q) => q.id === ownRejected)).toMatchObject({
      status: "REJECTED",
      mine: true,
      rejectionReason: "Ställ den vid nästa hearing",
    });
    expect(seen.find((q) => q.id === ownSubmitted)).toMatchObject({ status: "SUBMITTED" });
    // An observer reads what any participant reads.
    expect(new Set((await list(observer)).map((q) => q.id))).toEqual(new Set([approved, answered]));

    const all = await list(moderator);
    expect(new Set(all.map((q) => q.id))).toEqual(
      new Set([approved, answered, othersSubmitted, othersRejected, ownSubmitted, ownRejected]),
    );
    expect(all.find((q) => q.id === othersRejected)?.rejectionReason).toBe("Utanför ämnet");
    expect((await list(coordinator)).length).toBe(6);
  });

  it("orders the questions by votes, then oldest first", async () => {
    const voters = [member, admin, coordinator, await participant()];
    const ids: string[] = [];
    // Each is asked ten seconds after the one before (see `asked`).
    for (const body of ["Först ställd", "Sedan ställd", "Sist ställd"]) {
      const id = await asked(await participant(), body);
      await decide("approveQuestion", id);
      ids.push(id);
    }
    const [first, second, third] = ids as [string, string, string];
    for (const voter of voters.slice(0, 2)) await vote(voter, third);
    for (const voter of voters.slice(0, 2)) await vote(voter, first);
    await vote(voters[2] as Viewer, second);

    const order = (await list(voters[3] as Viewer)).map((q) => [q.body, q.voteCount]);
    expect(order).toEqual([
      ["Först ställd", 2],
      ["Sist ställd", 2],
      ["Sedan ställd", 1],
    ]);
    await vote(voters[3] as Viewer, third);
    expect((await list(member)).map((q) => [q.body, q.voteCount, q.votedByMe])).toEqual([
      ["Sist ställd", 3, true],
      ["Först ställd", 2, true],
      ["Sedan ställd", 1, false],
    ]);
  });

  it("counts one vote per person, takes a vote back, and refuses one's own or an unapproved question", async () => {
    const id = await asked(admin, "Hur ser ni på barnets rätt att komma till tals?");
    expect(await vote(member, id)).toMatchObject({
      code: "NOT_APPROVED",
      message: "Only approved questions that are not answered yet take votes.",
    });
    await decide("approveQuestion", id);
    expect(await vote(member, id)).toMatchObject({ data: { voteCount: 1, votedByMe: true } });
    expect(await vote(member, id)).toMatchObject({ data: { voteCount: 1, votedByMe: true } });
    expect(await vote(moderator, id)).toMatchObject({ data: { voteCount: 2, votedByMe: true } });
    expect(await vote(member, id, false)).toMatchObject({
      data: { voteCount: 1, votedByMe: false },
    });
    expect(await vote(admin, id)).toMatchObject({
      code: "OWN_QUESTION",
      message: "You cannot vote for your own question.",
    });
    await decide("markQuestionAnswered", id);
    expect(await vote(member, id)).toMatchObject({ code: "NOT_APPROVED" });
    expect(
      await api.database.db.query.meetingQuestionVotes.findMany({ where: { questionId: id } }),
    ).toHaveLength(1);
  });

  it("lets the author withdraw a question while it awaits a moderator, and not after", async () => {
    const withdraw = (id: string, viewer: Viewer) =>
      api.query<{ withdrawQuestion: Answer }>(
        `mutation ($id: ID!) { withdrawQuestion(id: $id) {
          __typename ... on InputError { code message }
          ... on MutationWithdrawQuestionSuccess { data }
        } }`,
        { id },
        viewer,
      );
    const waiting = await asked(member, "Jag ångrar mig");
    expect((await withdraw(waiting, member)).withdrawQuestion).toMatchObject({ data: true });
    expect(await api.database.db.query.meetingQuestions.findFirst({ where: { id: waiting } })).toBe(
      undefined,
    );
    const decided = await asked(member, "Redan godkänd");
    await decide("approveQuestion", decided);
    expect((await withdraw(decided, member)).withdrawQuestion).toMatchObject({
      code: "NOT_SUBMITTED",
    });
    const others = await api.execute(
      `mutation ($id: ID!) { withdrawQuestion(id: $id) { __typename } }`,
      { id: decided },
      admin,
    );
    expect(others.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      await api.database.db.query.meetingQuestions.findFirst({ where: { id: decided } }),
    ).toMatchObject({ status: "approved" });
  });

  it("pins exactly one question of a meeting: pinning another unpins the first", async () => {
    const a = await asked(member, "Fråga A");
    const b = await asked(admin, "Fråga B");
    const elsewhere = await asked(coordinator, "Fråga i webbinariet", webinar);
    for (const id of [a, b, elsewhere]) await decide("approveQuestion", id);
    await decide("pinQuestion", elsewhere);
    expect(await decide("pinQuestion", a)).toMatchObject({ data: { id: a, pinned: true } });
    expect(await decide("pinQuestion", b)).toMatchObject({ data: { id: b, pinned: true } });
    const pinned = await api.database.db.query.meetingQuestions.findMany({
      where: { pinned: true },
    });
    expect(pinned.map((q) => q.id).sort()).toEqual([b, elsewhere].sort());
    expect((await list(member)).filter((q) => q.pinned).map((q) => q.id)).toEqual([b]);
    // The database holds to it too.
    await expect(
      api.database.db
        .update(schema.meetingQuestions)
        .set({ pinned: true })
        .where(eq(schema.meetingQuestions.id, a)),
    ).rejects.toThrow();

    expect(await decide("unpinQuestion", b)).toMatchObject({ data: { pinned: false } });
    const waiting = await asked(member, "Ännu inte godkänd");
    expect(await decide("pinQuestion", waiting)).toMatchObject({ code: "NOT_APPROVED" });
  });

  it("marks a question answered, which takes its pin, and keeps answered questions answered", async () => {
    const id = await asked(member, "Hur mäter ni direkttid?");
    expect(await decide("markQuestionAnswered", id)).toMatchObject({ code: "NOT_APPROVED" });
    await decide("approveQuestion", id);
    await decide("pinQuestion", id);
    expect(await decide("markQuestionAnswered", id)).toMatchObject({
      data: { status: "ANSWERED", pinned: false },
    });
    const row = await api.database.db.query.meetingQuestions.findFirst({ where: { id } });
    expect(row?.answeredAt).toBeInstanceOf(Date);
    expect(await decide("rejectQuestion", id)).toMatchObject({ code: "ALREADY_ANSWERED" });
    expect(await decide("approveQuestion", id)).toMatchObject({ code: "ALREADY_ANSWERED" });
    expect(await decide("pinQuestion", id)).toMatchObject({ code: "NOT_APPROVED" });
  });

  it("rejects with or without a reason, records who decided, and unpins a rejected question", async () => {
    const id = await asked(member, "Kan ni berätta om ett enskilt ärende?");
    await decide("approveQuestion", id);
    await decide("pinQuestion", id);
    expect(await decide("rejectQuestion", id)).toMatchObject({
      data: { status: "REJECTED", pinned: false },
    });
    const row = await api.database.db.query.meetingQuestions.findFirst({ where: { id } });
    expect(row).toMatchObject({ rejectionReason: null, decidedById: moderator.personId });
    expect(
      await decide("rejectQuestion", id, moderator, `, reason: "${"x".repeat(1001)}"`),
    ).toMatchObject({
      code: "REASON_TOO_LONG",
      field: "reason",
    });
    // A moderator may change their mind.
    expect(await decide("approveQuestion", id, coordinator)).toMatchObject({
      data: { status: "APPROVED" },
    });
    expect(await api.database.db.query.meetingQuestions.findFirst({ where: { id } })).toMatchObject(
      { decidedById: coordinator.personId, rejectionReason: null },
    );
  });

  it("records the moderators' decisions in the audit log", async () => {
    await api.database.db.delete(schema.auditLog);
    const id = await asked(member, "Vad händer efter hearingen?");
    await decide("approveQuestion", id);
    await decide("pinQuestion", id);
    await decide("unpinQuestion", id);
    await decide("markQuestionAnswered", id);
    const other = await asked(admin, "En fråga till");
    await decide("rejectQuestion", other, coordinator, ', reason: "Dubblett"');
    const log = await api.database.db.query.auditLog.findMany({ orderBy: { at: "asc" } });
    expect(log.map((e) => [e.action, e.actorName, e.subjectType, e.subjectId])).toEqual([
      ["moderation.question.approve", "Jonas Ek", "meetingQuestion", id],
      ["moderation.question.pin", "Jonas Ek", "meetingQuestion", id],
      ["moderation.question.unpin", "Jonas Ek", "meetingQuestion", id],
      ["moderation.question.answer", "Jonas Ek", "meetingQuestion", id],
      ["moderation.question.reject", "Ingrid Holm", "meetingQuestion", other],
    ]);
    expect(log[4]?.after).toMatchObject({ reason: "Dubblett", meetingId: meetingIds[hearing] });
  });

  it("closes and opens the Q&A for new questions", async () => {
    const setState = (input: Record<string, unknown>, viewer: Viewer = moderator) =>
      api.query<{ setMeetingLiveState: Answer }>(
        `mutation ($input: MeetingLiveStateInput!) { setMeetingLiveState(input: $input) {
          __typename ... on InputError { code message field }
          ... on MutationSetMeetingLiveStateSuccess { data { questionsOpen speakerListOpen } }
        } }`,
        { input },
        viewer,
      );
    const closed = await setState({ meetingId: meetingIds[hearing], questionsOpen: false });
    expect(closed.setMeetingLiveState).toMatchObject({
      data: { questionsOpen: false, speakerListOpen: true },
    });
    expect(await send(member, { body: "För sent?" })).toMatchObject({
      code: "QUESTIONS_CLOSED",
      message: "The moderator has closed the Q&A.",
    });
    // Another meeting's Q&A stays open.
    expect((await send(member, { body: "I webbinariet" }, webinar)).__typename).toBe(
      "MutationAskQuestionSuccess",
    );
    await setState({ meetingId: meetingIds[hearing], questionsOpen: true });
    expect((await send(admin, { body: "Nu igen" })).__typename).toBe("MutationAskQuestionSuccess");

    expect(
      (await setState({ meetingId: meetingIds[webinar], speakerListOpen: false }))
        .setMeetingLiveState,
    ).toMatchObject({ code: "NO_SPEAKER_LIST", field: "speakerListOpen" });
    expect(
      (await setState({ meetingId: meetingIds[roundTable], questionsOpen: false }))
        .setMeetingLiveState,
    ).toMatchObject({ code: "NO_LIVE_QUESTIONS" });
    const log = await api.database.db.query.auditLog.findMany({
      where: { action: "moderation.live.state" },
      orderBy: { at: "asc" },
    });
    expect(log.map((e) => [e.subjectId, e.after])).toEqual([
      [meetingIds[hearing], { questionsOpen: false, speakerListOpen: true }],
      [meetingIds[hearing], { questionsOpen: true, speakerListOpen: true }],
    ]);
  });

  it("refuses a blocked participant's question", async () => {
    const blocked = await participant();
    await api.database.db.insert(schema.participantBlocks).values({
      personId: blocked.personId,
      until: new Date(Date.now() + 3600_000),
      reason: "Prov",
      blockedById: moderator.personId,
    });
    expect(await send(blocked, { body: "Får jag fråga?" })).toMatchObject({ code: "BLOCKED" });
  });

  it("reads a meeting with its questions, their authors, organisations and votes, and its speaker list in one statement", async () => {
    const id = await asked(member, "En fråga med allt");
    await decide("approveQuestion", id);
    await vote(admin, id);
    api.clearStatements();
    const { meeting } = await api.query<{ meeting: { questions: unknown[] } }>(
      `query ($slug: String!) { meeting(slug: $slug) {
        title questionsOpen speakerListOpen
        questions { body voteCount votedByMe author { name } organisation { name } }
        speakerList { status person { name } organisation { name } }
      } }`,
      { slug: hearing },
      coordinator,
    );
    expect(meeting.questions).toHaveLength(1);
    expect(api.statements).toHaveLength(1);
  });

  describe("what each reader may do", () => {
    const canOf = `query ($slug: String!) {
      meeting(slug: $slug) {
        viewerCanModerateLive
        questions { id viewerCanVote viewerCanModerate }
      }
    }`;
    type Can = {
      meeting: {
        viewerCanModerateLive: boolean;
        questions: { id: string; viewerCanVote: boolean; viewerCanModerate: boolean }[];
      };
    };
    const can = async (viewer: Viewer, slug = hearing) =>
      (await api.query<Can>(canOf, { slug }, viewer)).meeting;
    const outcome = (answer: Answer | undefined) =>
      answer?.__typename.endsWith("Success") ? "allowed" : (answer?.code ?? "refused");

    /** A submitted, an approved, an answered and a rejected question, all asked by the admin. */
    const questionsByAdmin = async () => {
      const submitted = await asked(admin, "Väntar på moderator");
      const approved = await asked(admin, "Godkänd");
      const answered = await asked(admin, "Besvarad");
      const rejected = await asked(admin, "Avvisad");
      for (const id of [approved, answered]) await decide("approveQuestion", id);
      await decide("markQuestionAnswered", answered);
      await decide("rejectQuestion", rejected);
      return { submitted, approved, answered, rejected };
    };

    it("lets a participant vote only for another's approved question; not its author or an observer", async () => {
      const { approved } = await questionsByAdmin();
      const voteOf = async (viewer: Viewer) =>
        (await can(viewer)).questions.find((q) => q.id === approved)?.viewerCanVote;
      expect(await voteOf(member)).toBe(true);
      expect(await voteOf(moderator)).toBe(true);
      expect(await voteOf(admin)).toBe(false);
      expect(await voteOf(observer)).toBe(false);
      expect((await can(member)).questions.every((q) => !q.viewerCanModerate)).toBe(true);
      expect((await can(observer)).questions.every((q) => !q.viewerCanModerate)).toBe(true);
      const all = await can(moderator);
      expect(all.questions).toHaveLength(4);
      expect(all.questions.every((q) => q.viewerCanModerate)).toBe(true);
      expect((await can(coordinator)).questions.every((q) => q.viewerCanModerate)).toBe(true);
    });

    it("answers viewerCanVote as voteForQuestion decides, for every reader and question", async () => {
      const questions = await questionsByAdmin();
      for (const viewer of [member, admin, observer, moderator, coordinator]) {
        const seen = new Map((await can(viewer)).questions.map((q) => [q.id, q.viewerCanVote]));
        for (const [name, id] of Object.entries(questions)) {
          const result = await api.execute(
            `mutation ($id: ID!) { voteForQuestion(id: $id, vote: true) {
              __typename ... on InputError { code }
            } }`,
            { id },
            viewer,
          );
          const answer = (result.data as { voteForQuestion?: Answer } | null)?.voteForQuestion;
          const allowed = outcome(answer) === "allowed";
          // A question the reader cannot see is one they cannot vote for.
          expect(seen.get(id) ?? false, `${viewer.name}, ${name}`).toBe(allowed);
          if (allowed) expect(result.errors).toBeUndefined();
        }
      }
      // Only the approved question took votes: from the member, the moderator and the coordinator.
      const votes = await api.database.db.query.meetingQuestionVotes.findMany();
      expect(votes.map((v) => v.questionId)).toEqual([
        questions.approved,
        questions.approved,
        questions.approved,
      ]);
    });

    it("answers viewerCanModerate as the moderators' mutations decide", async () => {
      const { approved } = await questionsByAdmin();
      for (const viewer of [member, admin, observer, moderator, coordinator]) {
        const field = (await can(viewer)).questions.find(
          (q) => q.id === approved,
        )?.viewerCanModerate;
        const result = await api.execute(
          `mutation ($id: ID!) { pinQuestion(id: $id) { __typename } }`,
          { id: approved },
          viewer,
        );
        expect(field, viewer.name).toBe(result.errors === undefined);
        if (result.errors) expect(result.errors[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    });

    it("lets moderators and the coordinator run the live tools of hearings and webinars only", async () => {
      const setState = (slug: string, viewer: Viewer | null) =>
        api.execute(
          `mutation ($m: ID!) { setMeetingLiveState(input: { meetingId: $m, questionsOpen: true }) {
            __typename ... on InputError { code }
          } }`,
          { m: meetingIds[slug] },
          viewer,
        );
      const field = async (slug: string, viewer: Viewer | null) =>
        (
          await api.query<{ meeting: { viewerCanModerateLive: boolean } }>(
            `query ($slug: String!) { meeting(slug: $slug) { viewerCanModerateLive } }`,
            { slug },
            viewer,
          )
        ).meeting.viewerCanModerateLive;
      const expected: [string, Viewer | null, boolean][] = [
        [hearing, moderator, true],
        [hearing, coordinator, true],
        [webinar, moderator, true],
        [roundTable, moderator, false],
        [roundTable, coordinator, false],
        [hearing, member, false],
        [hearing, admin, false],
        [hearing, observer, false],
        [hearing, null, false],
        [webinar, null, false],
      ];
      for (const [slug, viewer, allowed] of expected) {
        const label = `${viewer?.name ?? "anonymous"}, ${slug}`;
        expect(await field(slug, viewer), label).toBe(allowed);
        const result = await setState(slug, viewer);
        const answer = (result.data as { setMeetingLiveState?: Answer } | null)
          ?.setMeetingLiveState;
        expect(outcome(answer) === "allowed", label).toBe(allowed);
      }
    });

    it("reads the Q&A with what the reader may do in one statement", async () => {
      await questionsByAdmin();
      api.clearStatements();
      const { meeting } = await api.query<Can>(canOf, { slug: hearing }, member);
      expect(meeting.questions).toHaveLength(2);
      expect(api.statements).toHaveLength(1);
    });
  });
});
