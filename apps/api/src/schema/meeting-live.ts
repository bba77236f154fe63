import { schema } from "@kraftsamling/db";
import { and, eq } from "drizzle-orm";
import { GraphQLError } from "graphql";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import type { Context } from "../context";
import { checkNotBlocked } from "../dialogue/moderation";
import type { MeetingLiveEvent } from "../live/meeting-live-events";
import {
  checkNotCancelled,
  hasQuestions,
  hasSpeakerList,
  liveMeetingOf,
  liveStateOf,
  meetingWithQuestions,
  meetingWithSpeakerList,
  organisationSpokenFor,
} from "../meeting-live/live-meeting";
import {
  approveQuestion,
  markQuestionAnswered,
  pinQuestion,
  type Question,
  questionOf,
  questionOrNothing,
  rejectQuestion,
  unpinQuestion,
} from "../meeting-live/question-decisions";
import { checkQuestionLimits, checkQuestionText } from "../meeting-live/question-rules";
import {
  askToSpeak,
  finishSpeaker,
  giveFloorToNext,
  moveSpeaker,
  removeSpeaker,
  type SpeakerEntry,
  speakerEntryOf,
  withdrawFromSpeakerList,
} from "../meeting-live/speaker-list";
import { InputError } from "../shared/errors";
import { forModerators, forParticipants, forSignedIn } from "./access";

const MeetingQuestionStatus = builder.enumType("MeetingQuestionStatus", {
  description:
    "SUBMITTED (awaits a moderator), APPROVED (in the queue), REJECTED (seen only by its author and moderators), ANSWERED.",
  values: {
    SUBMITTED: { value: "submitted" },
    APPROVED: { value: "approved" },
    REJECTED: { value: "rejected" },
    ANSWERED: { value: "answered" },
  } as const,
});

const MeetingSpeakerStatus = builder.enumType("MeetingSpeakerStatus", {
  description: "WAITING to speak, SPEAKING (has the floor), DONE, or WITHDRAWN (or removed).",
  values: {
    WAITING: { value: "waiting" },
    SPEAKING: { value: "speaking" },
    DONE: { value: "done" },
    WITHDRAWN: { value: "withdrawn" },
  } as const,
});

/** Moderators see every question, a rejection's reason included. */
function moderates(ctx: Context): boolean {
  return ctx.viewer?.role === "moderator" || ctx.viewer?.role === "coordinator";
}

export const MeetingQuestion = builder.drizzleObject("meetingQuestions", {
  name: "MeetingQuestion",
  description: "A participant's question in the live Q&A of a hearing or webinar.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    body: t.exposeString("body"),
    status: t.expose("status", { type: MeetingQuestionStatus }),
    pinned: t.exposeBoolean("pinned", { description: "The question being answered now." }),
    voteCount: t.int({
      select: { with: { votes: { columns: { personId: true } } } },
      resolve: (question) => question.votes.length,
    }),
    votedByMe: t.boolean({
      select: { with: { votes: { columns: { personId: true } } } },
      resolve: (question, _args, ctx) =>
        question.votes.some((v) => v.personId === ctx.viewer?.personId),
    }),
    mine: t.boolean({
      description: "The signed-in person asked it.",
      select: { columns: { authorId: true } },
      resolve: (question, _args, ctx) =>
        question.authorId !== null && question.authorId === ctx.viewer?.personId,
    }),
    author: t.relation("author", {
      nullable: true,
      description: "Null for a former participant, whose account is erased.",
    }),
    formerParticipant: t.boolean({
      select: { columns: { authorId: true } },
      resolve: (question) => question.authorId === null,
    }),
    organisation: t.relation("organisation", {
      nullable: true,
      description: "The organisation the author spoke for.",
    }),
    rejectionReason: t.string({
      nullable: true,
      description: "Why a moderator rejected it: for its author and moderators, null for others.",
      select: { columns: { rejectionReason: true, authorId: true } },
      resolve: (question, _args, ctx) =>
        question.authorId === ctx.viewer?.personId || moderates(ctx)
          ? question.rejectionReason
          : null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
  }),
});

export const MeetingSpeaker = builder.drizzleObject("meetingSpeakers", {
  name: "MeetingSpeaker",
  description: "A place in a hearing's speaker list.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.expose("status", { type: MeetingSpeakerStatus }),
    person: t.relation("person", {
      nullable: true,
      description: "Null for a former participant, whose account is erased.",
    }),
    organisation: t.relation("organisation", {
      nullable: true,
      description: "The organisation the person speaks for.",
    }),
    mine: t.boolean({
      select: { columns: { personId: true } },
      resolve: (entry, _args, ctx) =>
        entry.personId !== null && entry.personId === ctx.viewer?.personId,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    floorGivenAt: t.expose("floorGivenAt", { type: "DateTime", nullable: true }),
  }),
});

builder.drizzleObjectFields("meetings", (t) => ({
  hasLiveQuestions: t.boolean({
    description: "Hearings and webinars have a live Q&A.",
    select: { columns: { kind: true } },
    resolve: (meeting) => hasQuestions(meeting),
  }),
  hasSpeakerList: t.boolean({
    description: "Hearings have a speaker list.",
    select: { columns: { kind: true } },
    resolve: (meeting) => hasSpeakerList(meeting),
  }),
  questionsOpen: t.boolean({
    description: "The Q&A takes new questions (false for meetings without one).",
    select: { columns: { kind: true }, with: { liveState: true } },
    resolve: (meeting) => liveStateOf(meeting).questionsOpen,
  }),
  speakerListOpen: t.boolean({
    description: "People may ask to speak (false for meetings without a speaker list).",
    select: { columns: { kind: true }, with: { liveState: true } },
    resolve: (meeting) => liveStateOf(meeting).speakerListOpen,
  }),
  questions: t.relation("questions", {
    description:
      "The Q&A by votes, then oldest first: approved and answered questions and one's own; moderators see all.",
    authScopes: { signedIn: true },
    query: (_args, ctx) => ({
      where: moderates(ctx)
        ? {}
        : {
            OR: [
              { status: { in: ["approved" as const, "answered" as const] } },
              { authorId: ctx.viewer?.personId ?? "00000000-0000-0000-0000-000000000000" },
            ],
          },
      orderBy: { votes: "desc(count)", createdAt: "asc", id: "asc" },
    }),
  }),
  speakerList: t.relation("speakers", {
    description: "Who speaks now and who waits, in the order they will speak.",
    authScopes: { signedIn: true },
    query: {
      where: { status: { in: ["speaking" as const, "waiting" as const] } },
      orderBy: { position: "asc", createdAt: "asc" },
    },
  }),
}));

const AskQuestionInput = builder.inputType("AskQuestionInput", {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    body: t.string({ required: true }),
    organisationId: t.id({
      required: false,
      description: "One of the person's organisations to speak for; none: as themselves.",
    }),
  }),
});

const AskToSpeakInput = builder.inputType("AskToSpeakInput", {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    organisationId: t.id({
      required: false,
      description: "One of the person's organisations to speak for; none: as themselves.",
    }),
  }),
});

const MeetingLiveStateInput = builder.inputType("MeetingLiveStateInput", {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    questionsOpen: t.boolean({ required: false }),
    speakerListOpen: t.boolean({ required: false, description: "Hearings only." }),
  }),
});

const SpeakerMove = builder.enumType("SpeakerMove", {
  values: { UP: { value: "up" }, DOWN: { value: "down" } } as const,
  description: "UP: one place earlier; DOWN: one place later.",
});

function signedInPerson(ctx: Context): string {
  const personId = ctx.viewer?.personId;
  if (!personId) throw new Error("participants are signed in");
  return personId;
}

builder.mutationFields((t) => ({
  askQuestion: t.drizzleField({
    ...forParticipants,
    type: "meetingQuestions",
    description:
      "Asks a question in a hearing's or webinar's Q&A; a moderator approves it before others see it.",
    errors: {},
    args: { input: t.arg({ type: AskQuestionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("participants are signed in");
      // The text is checked first: a refused text is neither stored nor logged.
      const body = checkQuestionText(input.body);
      const meeting = await meetingWithQuestions(ctx, input.meetingId);
      checkNotCancelled(meeting);
      if (!liveStateOf(meeting).questionsOpen)
        throw new InputError("QUESTIONS_CLOSED", "The moderator has closed the Q&A.", "meetingId");
      const organisationId = organisationSpokenFor(viewer, input.organisationId);
      // A blocked participant writes nothing; a thread's lock and slow mode do not apply here.
      await checkNotBlocked(ctx.database, viewer.personId);
      await checkQuestionLimits(ctx.database, viewer.personId);
      const [row] = await ctx.database.db
        .insert(schema.meetingQuestions)
        .values({ meetingId: meeting.id, authorId: viewer.personId, organisationId, body })
        .returning({ id: schema.meetingQuestions.id });
      const asked =
        row &&
        (await ctx.database.db.query.meetingQuestions.findFirst(query({ where: { id: row.id } })));
      if (!asked) throw new Error("the question was not stored");
      return asked;
    },
  }),

  withdrawQuestion: t.boolean({
    description: "Withdraws one's own question while it awaits a moderator.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const question = await questionOrNothing(ctx, args.id);
      return question?.authorId != null && question.authorId === ctx.viewer?.personId
        ? { participant: true }
        : false;
    },
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const question = await questionOf(ctx, args.id);
      if (question.status !== "submitted") {
        throw new InputError(
          "NOT_SUBMITTED",
          "A moderator has already decided on the question: it can no longer be withdrawn.",
          "id",
        );
      }
      await ctx.database.db
        .delete(schema.meetingQuestions)
        .where(eq(schema.meetingQuestions.id, question.id));
      return true;
    },
  }),

  voteForQuestion: t.drizzleField({
    ...forParticipants,
    type: "meetingQuestions",
    description:
      "Upvotes (true) another person's approved question, or takes the vote back (false).",
    errors: {},
    args: { id: t.arg.id({ required: true }), vote: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const personId = signedInPerson(ctx);
      const question = await questionOf(ctx, args.id);
      if (question.authorId === personId)
        throw new InputError("OWN_QUESTION", "You cannot vote for your own question.", "id");
      if (question.status !== "approved") {
        throw new InputError(
          "NOT_APPROVED",
          "Only approved questions that are not answered yet take votes.",
          "id",
        );
      }
      const votes = schema.meetingQuestionVotes;
      if (args.vote) {
        await ctx.database.db
          .insert(votes)
          .values({ questionId: question.id, personId })
          .onConflictDoNothing();
      } else {
        await ctx.database.db
          .delete(votes)
          .where(and(eq(votes.questionId, question.id), eq(votes.personId, personId)));
      }
      const voted = await ctx.database.db.query.meetingQuestions.findFirst(
        query({ where: { id: question.id } }),
      );
      if (!voted) throw new Error("the question disappeared");
      return voted;
    },
  }),

  rejectQuestion: t.drizzleField({
    ...forModerators,
    type: "meetingQuestions",
    description: "Rejects a question, with a reason its author sees when one is given.",
    errors: {},
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const question = await questionOf(ctx, args.id);
      await rejectQuestion(ctx, question, args.reason);
      const rejected = await ctx.database.db.query.meetingQuestions.findFirst(
        query({ where: { id: question.id } }),
      );
      if (!rejected) throw new Error("the question disappeared");
      return rejected;
    },
  }),

  setMeetingLiveState: t.drizzleField({
    ...forModerators,
    type: "meetings",
    description: "Opens or closes a hearing's or webinar's Q&A, and a hearing's speaker list.",
    errors: {},
    args: { input: t.arg({ type: MeetingLiveStateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const meeting = await meetingWithQuestions(ctx, input.meetingId);
      if (typeof input.speakerListOpen === "boolean" && !hasSpeakerList(meeting))
        throw new InputError(
          "NO_SPEAKER_LIST",
          "Only hearings have a speaker list.",
          "speakerListOpen",
        );
      const before = liveStateOf(meeting);
      const after = {
        questionsOpen: input.questionsOpen ?? before.questionsOpen,
        speakerListOpen: hasSpeakerList(meeting)
          ? (input.speakerListOpen ?? before.speakerListOpen)
          : true,
      };
      await ctx.database.db.transaction(async (tx) => {
        const values = {
          ...after,
          updatedAt: new Date(),
          updatedById: ctx.viewer?.personId ?? null,
        };
        await tx
          .insert(schema.meetingLiveStates)
          .values({ meetingId: meeting.id, ...values })
          .onConflictDoUpdate({ target: schema.meetingLiveStates.meetingId, set: values });
        await recordAudit(
          ctx,
          {
            action: "moderation.live.state",
            subjectType: "meeting",
            subjectId: meeting.id,
            before,
            after,
          },
          tx,
        );
      });
      const changed = await ctx.database.db.query.meetings.findFirst(
        query({ where: { id: meeting.id } }),
      );
      if (!changed) throw new Error("the meeting disappeared");
      return changed;
    },
  }),

  askToSpeak: t.drizzleField({
    ...forParticipants,
    type: "meetingSpeakers",
    description: "Puts the signed-in person last in a hearing's speaker list.",
    errors: {},
    args: { input: t.arg({ type: AskToSpeakInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("participants are signed in");
      const meeting = await meetingWithSpeakerList(ctx, input.meetingId);
      checkNotCancelled(meeting);
      if (!liveStateOf(meeting).speakerListOpen) {
        throw new InputError(
          "SPEAKER_LIST_CLOSED",
          "The moderator has closed the speaker list.",
          "meetingId",
        );
      }
      const organisationId = organisationSpokenFor(viewer, input.organisationId);
      const entry = await askToSpeak(ctx, meeting.id, viewer.personId, organisationId);
      const asked = await ctx.database.db.query.meetingSpeakers.findFirst(
        query({ where: { id: entry.id } }),
      );
      if (!asked) throw new Error("the entry disappeared");
      return asked;
    },
  }),
  withdrawFromSpeakerList: t.boolean({
    ...forParticipants,
    description: "Takes the signed-in person off a hearing's speaker list.",
    errors: {},
    args: { meetingId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const meeting = await meetingWithSpeakerList(ctx, args.meetingId);
      await withdrawFromSpeakerList(ctx, meeting.id, signedInPerson(ctx));
      return true;
    },
  }),
  giveFloorToNextSpeaker: t.drizzleField({
    ...forModerators,
    type: "meetingSpeakers",
    description:
      "Gives the floor to the first who waits; whoever spoke is done. One person speaks at a time.",
    errors: {},
    args: { meetingId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const meeting = await meetingWithSpeakerList(ctx, args.meetingId);
      const entry = await giveFloorToNext(ctx, meeting.id);
      const speaking = await ctx.database.db.query.meetingSpeakers.findFirst(
        query({ where: { id: entry.id } }),
      );
      if (!speaking) throw new Error("the entry disappeared");
      return speaking;
    },
  }),
  moveSpeaker: t.drizzleField({
    ...forModerators,
    type: "meetingSpeakers",
    description: "Moves someone who waits one place up or down the speaker list.",
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      direction: t.arg({ type: SpeakerMove, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const entry = await speakerEntryOf(ctx, args.id);
      await moveSpeaker(ctx, entry, args.direction);
      const moved = await ctx.database.db.query.meetingSpeakers.findFirst(
        query({ where: { id: entry.id } }),
      );
      if (!moved) throw new Error("the entry disappeared");
      return moved;
    },
  }),
}));

/** A moderator's decision on a question, answered with the question as it is afterwards. */
function questionDecision(
  name: string,
  description: string,
  decide: (ctx: Context, question: Question) => Promise<void>,
) {
  builder.mutationField(name, (t) =>
    t.drizzleField({
      ...forModerators,
      type: "meetingQuestions",
      description,
      errors: {},
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const question = await questionOf(ctx, args.id);
        await decide(ctx, question);
        const after = await ctx.database.db.query.meetingQuestions.findFirst(
          query({ where: { id: question.id } }),
        );
        if (!after) throw new Error("the question disappeared");
        return after;
      },
    }),
  );
}

questionDecision(
  "approveQuestion",
  "Approves a question: everyone sees it in the queue.",
  approveQuestion,
);
questionDecision(
  "pinQuestion",
  "Pins the approved question being answered now; the meeting's other pinned question is unpinned.",
  pinQuestion,
);
questionDecision("unpinQuestion", "Takes the pin from a question.", unpinQuestion);
questionDecision(
  "markQuestionAnswered",
  "Marks an approved question answered: it leaves the queue and its pin.",
  markQuestionAnswered,
);

/** A moderator's change to one entry of a speaker list, answered with the entry afterwards. */
function speakerDecision(
  name: string,
  description: string,
  decide: (ctx: Context, entry: SpeakerEntry) => Promise<void>,
) {
  builder.mutationField(name, (t) =>
    t.drizzleField({
      ...forModerators,
      type: "meetingSpeakers",
      description,
      errors: {},
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const entry = await speakerEntryOf(ctx, args.id);
        await decide(ctx, entry);
        const after = await ctx.database.db.query.meetingSpeakers.findFirst(
          query({ where: { id: entry.id } }),
        );
        if (!after) throw new Error("the entry disappeared");
        return after;
      },
    }),
  );
}

speakerDecision("finishSpeaker", "Ends the speech of whoever has the floor.", finishSpeaker);
speakerDecision("removeSpeaker", "Takes someone off the speaker list.", removeSpeaker);

const MeetingLiveChange = builder.enumType("MeetingLiveChange", {
  values: {
    QUESTION_ASKED: { value: "question_asked" },
    QUESTION_CHANGED: {
      value: "question_changed",
      description: "Approved, rejected, pinned, unpinned or answered.",
    },
    QUESTION_WITHDRAWN: { value: "question_withdrawn" },
    VOTES: { value: "votes" },
    SPEAKERS: { value: "speakers", description: "The speaker list changed." },
    STATE: { value: "state", description: "The Q&A or the speaker list was opened or closed." },
    RESYNC: {
      value: "resync",
      description:
        "Changes may have been missed (the server lost its database connection for a while): fetch everything again. No ids.",
    },
  } as const,
});

const MeetingLiveActivity = builder.objectRef<MeetingLiveEvent>("MeetingLiveActivity").implement({
  description:
    "A change in a meeting's Q&A or speaker list, as it happens: ids only; fetch what you may see.",
  fields: (t) => ({
    change: t.expose("change", { type: MeetingLiveChange }),
    questionId: t.exposeID("questionId", { nullable: true }),
    speakerId: t.exposeID("speakerId", { nullable: true }),
  }),
});

builder.subscriptionFields((t) => ({
  meetingLiveActivity: t.field({
    ...forSignedIn,
    type: MeetingLiveActivity,
    description:
      "Questions, votes, pins, the speaker list and the Q&A's state of one hearing or webinar, from every API instance; RESYNC when some may have been missed.",
    args: { meetingId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const events = ctx.services.meetingLiveEvents;
      const meeting = await liveMeetingOf(ctx, args.meetingId).catch(() => null);
      if (!meeting)
        throw new GraphQLError("meetingId is not a meeting's id.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      if (!hasQuestions(meeting))
        throw new GraphQLError("Only hearings and webinars have a live Q&A.", {
          extensions: { code: "BAD_USER_INPUT", reason: "NO_LIVE_QUESTIONS" },
        });
      if (!events) throw new GraphQLError("Live updates are not running on this server.");
      return events.ofMeeting(meeting.id);
    },
    resolve: (event) => event,
  }),
}));
