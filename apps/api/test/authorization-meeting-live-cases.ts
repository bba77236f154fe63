/**
 * The authorization table's cases for the live tools of hearings and webinars: the Q&A and the
 * speaker list. Every attempt gets a fresh question or entry, stored directly so that the rate limit
 * and the one-place-per-person rule do not come into it.
 */
import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { type Actor, answer, type Case, type World } from "./authorization-cases";

const hearingSlug = "demo-hearing-barnets-delaktighet";

async function hearingId(w: World): Promise<string> {
  const meeting = await w.api.database.db.query.meetings.findFirst({
    where: { slug: hearingSlug },
  });
  if (!meeting) throw new Error("no demo hearing");
  return meeting.id;
}

const colleagueOf = (w: World, actor: Actor) => w.colleague[w.organisationOf(actor)]?.id ?? "";

type QuestionValues = Partial<typeof tables.meetingQuestions.$inferInsert>;

/** A question in the demo hearing, by the actor's colleague unless another author is given. */
async function freshQuestion(w: World, actor: Actor, values: QuestionValues = {}) {
  const [row] = await w.api.database.db
    .insert(tables.meetingQuestions)
    .values({
      meetingId: await hearingId(w),
      authorId: colleagueOf(w, actor),
      body: `Prov ${Math.random()}`,
      ...values,
    })
    .returning({ id: tables.meetingQuestions.id });
  if (!row) throw new Error("no question");
  return row.id;
}

const question = (w: World, id: string) =>
  w.api.database.db.query.meetingQuestions.findFirst({ where: { id } });

/** An entry in the demo hearing's speaker list, by the actor's colleague unless another person is given. */
async function freshEntry(
  w: World,
  actor: Actor,
  values: Partial<typeof tables.meetingSpeakers.$inferInsert> = {},
) {
  const [row] = await w.api.database.db
    .insert(tables.meetingSpeakers)
    .values({
      meetingId: await hearingId(w),
      personId: colleagueOf(w, actor),
      position: 1,
      ...values,
    })
    .returning({ id: tables.meetingSpeakers.id });
  if (!row) throw new Error("no entry");
  return row.id;
}

const entry = (w: World, id: string) =>
  w.api.database.db.query.meetingSpeakers.findFirst({ where: { id } });

/** The hearing's speaker list emptied and its Q&A and list open, so that an attempt starts alike. */
async function freshHearing(w: World): Promise<string> {
  const meetingId = await hearingId(w);
  const { db } = w.api.database;
  await db.delete(tables.meetingSpeakers).where(eq(tables.meetingSpeakers.meetingId, meetingId));
  await db
    .delete(tables.meetingLiveStates)
    .where(eq(tables.meetingLiveStates.meetingId, meetingId));
  await db
    .update(tables.meetingQuestions)
    .set({ pinned: false })
    .where(eq(tables.meetingQuestions.meetingId, meetingId));
  return meetingId;
}

/** A moderator's decision on a fresh question: what it starts as, and what it becomes. */
function questionDecision(
  mutation: string,
  start: QuestionValues,
  expected: Partial<typeof tables.meetingQuestions.$inferSelect>,
): Case {
  return async (w, actor) => {
    await freshHearing(w);
    const id = await freshQuestion(w, actor, start);
    const before = await question(w, id);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${mutation}(id: $id) { __typename ... on InputError { code } } }`,
      variables: { id },
      unchanged: async () => expect(await question(w, id)).toEqual(before),
      allowed: async (data) => {
        expect(answer(data, mutation).__typename).not.toBe("InputError");
        expect(await question(w, id)).toMatchObject(expected);
      },
    };
  };
}

/** A moderator's change to a fresh entry of the speaker list. */
function speakerDecision(
  mutation: string,
  status: "waiting" | "speaking",
  expected: Partial<typeof tables.meetingSpeakers.$inferSelect>,
): Case {
  return async (w, actor) => {
    await freshHearing(w);
    const id = await freshEntry(w, actor, { status });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${mutation}(id: $id) { __typename ... on InputError { code } } }`,
      variables: { id },
      unchanged: async () => expect((await entry(w, id))?.status).toBe(status),
      allowed: async (data) => {
        expect(answer(data, mutation).__typename).not.toBe("InputError");
        expect(await entry(w, id)).toMatchObject(expected);
      },
    };
  };
}

export const meetingLiveCases: Record<string, Case> = {
  "Mutation.askQuestion": async (w, actor) => {
    const viewer = await w.standIn(actor);
    const meetingId = await freshHearing(w);
    const body = `En ny fråga ${Math.random()}`;
    const asked = () => w.api.database.db.query.meetingQuestions.findFirst({ where: { body } });
    return {
      viewer,
      source: `mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { __typename ... on InputError { code } } }`,
      variables: { input: { meetingId, body } },
      unchanged: async () => expect(await asked()).toBeUndefined(),
      allowed: async (data) => {
        expect(answer(data, "askQuestion").__typename).toBe("MutationAskQuestionSuccess");
        expect(await asked()).toMatchObject({ authorId: viewer?.personId, status: "submitted" });
      },
    };
  },

  "Mutation.withdrawQuestion": async (w, actor) => {
    const viewer = await w.standIn(actor);
    const id = await freshQuestion(w, actor, {
      authorId: viewer?.personId ?? colleagueOf(w, actor),
    });
    return {
      viewer,
      source: `mutation ($id: ID!) { withdrawQuestion(id: $id) { __typename } }`,
      variables: { id },
      unchanged: async () => expect(await question(w, id)).toBeDefined(),
      allowed: async () => expect(await question(w, id)).toBeUndefined(),
    };
  },

  "Mutation.withdrawQuestion (another person's question)": async (w, actor) => {
    const id = await freshQuestion(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { withdrawQuestion(id: $id) { __typename } }`,
      variables: { id },
      unchanged: async () => expect(await question(w, id)).toBeDefined(),
    };
  },

  "Mutation.voteForQuestion": async (w, actor) => {
    const id = await freshQuestion(w, actor, { status: "approved" });
    const viewer = await w.viewerFor(actor);
    const votes = () =>
      w.api.database.db.query.meetingQuestionVotes.findMany({ where: { questionId: id } });
    return {
      viewer,
      source: `mutation ($id: ID!) { voteForQuestion(id: $id, vote: true) { __typename ... on InputError { code } } }`,
      variables: { id },
      unchanged: async () => expect(await votes()).toEqual([]),
      allowed: async () =>
        expect((await votes()).map((v) => v.personId)).toEqual([viewer?.personId]),
    };
  },

  "Mutation.approveQuestion": questionDecision("approveQuestion", {}, { status: "approved" }),
  "Mutation.rejectQuestion": questionDecision("rejectQuestion", {}, { status: "rejected" }),
  "Mutation.pinQuestion": questionDecision("pinQuestion", { status: "approved" }, { pinned: true }),
  "Mutation.unpinQuestion": questionDecision(
    "unpinQuestion",
    { status: "approved", pinned: true },
    { pinned: false },
  ),
  "Mutation.markQuestionAnswered": questionDecision(
    "markQuestionAnswered",
    { status: "approved" },
    { status: "answered" },
  ),

  "Mutation.setMeetingLiveState": async (w, actor) => {
    const meetingId = await freshHearing(w);
    const state = () =>
      w.api.database.db.query.meetingLiveStates.findFirst({ where: { meetingId } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($m: ID!) { setMeetingLiveState(input: { meetingId: $m, questionsOpen: false }) { __typename ... on InputError { code } } }`,
      variables: { m: meetingId },
      unchanged: async () => expect(await state()).toBeUndefined(),
      allowed: async () =>
        expect(await state()).toMatchObject({ questionsOpen: false, speakerListOpen: true }),
    };
  },

  "Mutation.askToSpeak": async (w, actor) => {
    const viewer = await w.standIn(actor);
    const meetingId = await freshHearing(w);
    const entries = () =>
      w.api.database.db.query.meetingSpeakers.findMany({
        where: { meetingId, personId: viewer?.personId ?? colleagueOf(w, actor) },
      });
    return {
      viewer,
      source: `mutation ($m: ID!) { askToSpeak(input: { meetingId: $m }) { __typename ... on InputError { code } } }`,
      variables: { m: meetingId },
      unchanged: async () => expect(await entries()).toEqual([]),
      allowed: async (data) => {
        expect(answer(data, "askToSpeak").__typename).toBe("MutationAskToSpeakSuccess");
        expect((await entries()).map((e) => e.status)).toEqual(["waiting"]);
      },
    };
  },

  "Mutation.withdrawFromSpeakerList": async (w, actor) => {
    const viewer = await w.standIn(actor);
    const meetingId = await freshHearing(w);
    const id = await freshEntry(w, actor, { personId: viewer?.personId ?? colleagueOf(w, actor) });
    return {
      viewer,
      source: `mutation ($m: ID!) { withdrawFromSpeakerList(meetingId: $m) { __typename ... on InputError { code } } }`,
      variables: { m: meetingId },
      unchanged: async () => expect((await entry(w, id))?.status).toBe("waiting"),
      allowed: async () => expect((await entry(w, id))?.status).toBe("withdrawn"),
    };
  },

  "Mutation.giveFloorToNextSpeaker": async (w, actor) => {
    const meetingId = await freshHearing(w);
    const id = await freshEntry(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($m: ID!) { giveFloorToNextSpeaker(meetingId: $m) { __typename ... on InputError { code } } }`,
      variables: { m: meetingId },
      unchanged: async () => expect((await entry(w, id))?.status).toBe("waiting"),
      allowed: async () => expect((await entry(w, id))?.status).toBe("speaking"),
    };
  },

  "Mutation.finishSpeaker": speakerDecision("finishSpeaker", "speaking", { status: "done" }),
  "Mutation.removeSpeaker": speakerDecision("removeSpeaker", "waiting", { status: "withdrawn" }),

  "Mutation.moveSpeaker": async (w, actor) => {
    await freshHearing(w);
    const first = await freshEntry(w, actor, { position: 1 });
    const second = await freshEntry(w, actor, {
      personId: w.colleague[w.organisationOf(actor) === w.ssr ? w.rb : w.ssr]?.id ?? "",
      position: 2,
    });
    const positions = async () => [
      (await entry(w, first))?.position,
      (await entry(w, second))?.position,
    ];
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { moveSpeaker(id: $id, direction: UP) { __typename ... on InputError { code } } }`,
      variables: { id: second },
      unchanged: async () => expect(await positions()).toEqual([1, 2]),
      allowed: async () => expect(await positions()).toEqual([2, 1]),
    };
  },

  "Meeting.questions": async (w, actor) => {
    const id = await freshQuestion(w, actor, { status: "approved" });
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($slug: String!) { meeting(slug: $slug) { questions { id body voteCount } } }`,
      variables: { slug: hearingSlug },
      allowed: (data) => {
        const questions = answer(data, "meeting").questions as { id: string }[];
        expect(questions.map((q) => q.id)).toContain(id);
      },
    };
  },

  "MeetingQuestion.author (the type's own scope)": async (w, actor) => {
    const attempt = await meetingLiveCases["Meeting.questions"]?.(w, actor);
    if (!attempt) throw new Error("no Meeting.questions case");
    return {
      ...attempt,
      source: `query ($slug: String!) { meeting(slug: $slug) { questions { id author { name } } } }`,
    };
  },

  "Meeting.speakerList": async (w, actor) => {
    await freshHearing(w);
    const id = await freshEntry(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($slug: String!) { meeting(slug: $slug) { speakerList { id status } } }`,
      variables: { slug: hearingSlug },
      allowed: (data) => {
        const list = answer(data, "meeting").speakerList as { id: string }[];
        expect(list.map((e) => e.id)).toEqual([id]);
      },
    };
  },

  "MeetingSpeaker.person (the type's own scope)": async (w, actor) => {
    const attempt = await meetingLiveCases["Meeting.speakerList"]?.(w, actor);
    if (!attempt) throw new Error("no Meeting.speakerList case");
    return {
      ...attempt,
      source: `query ($slug: String!) { meeting(slug: $slug) { speakerList { id person { name } } } }`,
    };
  },
};
