import { GraphQLError } from "graphql";
import type { Viewer } from "../accounts/viewer";
import { builder } from "../builder";
import type { Context } from "../context";
import type { MeetingLiveEvent } from "../live/meeting-live-events";
import {
  hasQuestions,
  hasSpeakerList,
  liveMeetingOf,
  liveStateOf,
  mayModerateLive,
} from "../meeting-live/live-meeting";
import { questionOrNothing } from "../meeting-live/question-decisions";
import {
  mayModerateQuestions,
  mayWithdrawQuestion,
  seesRejectionReason,
  voteRefusal,
} from "../meeting-live/question-rules";
import {
  askQuestion,
  askToSpeak,
  changeSpeakerEntry,
  decideOnQuestion,
  giveFloorToNextSpeaker,
  moveSpeakerEntry,
  type QuestionDecision,
  rejectMeetingQuestion,
  type SpeakerChange,
  setLiveState,
  voteForQuestion,
  withdrawFromSpeakerList,
  withdrawQuestion,
} from "../meeting-live/service";
import { forModerators, forParticipants, forSignedIn } from "./access";

const MeetingQuestionStatus = builder.enumType("MeetingQuestionStatus", {
  description:
    "SUBMITTED (awaits a moderator), APPROVED (in the queue), REJECTED (seen only by its author and moderators), ANSWERED.",
  values: {
    SUBMITTED: { value: "submitted", description: "Asked; waits for a moderator." },
    APPROVED: { value: "approved", description: "Approved: everyone sees it and may vote." },
    REJECTED: { value: "rejected", description: "Rejected, with a reason the asker sees." },
    ANSWERED: { value: "answered", description: "Answered at the meeting." },
  } as const,
});

const MeetingSpeakerStatus = builder.enumType("MeetingSpeakerStatus", {
  description: "WAITING to speak, SPEAKING (has the floor), DONE, or WITHDRAWN (or removed).",
  values: {
    WAITING: { value: "waiting", description: "Waits for the floor." },
    SPEAKING: { value: "speaking", description: "Has the floor now." },
    DONE: { value: "done", description: "Has spoken." },
    WITHDRAWN: { value: "withdrawn", description: "Left the list, or was taken off it." },
  } as const,
});

export const MeetingQuestion = builder.drizzleObject("meetingQuestions", {
  name: "MeetingQuestion",
  description: "A participant's question in the live Q&A of a hearing or webinar.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The question's id." }),
    body: t.exposeString("body", { description: "The question." }),
    status: t.expose("status", {
      description: "Where the question stands.",
      type: MeetingQuestionStatus,
    }),
    pinned: t.exposeBoolean("pinned", { description: "The question being answered now." }),
    voteCount: t.int({
      description: "How many voted for it.",
      select: { with: { votes: { columns: { personId: true } } } },
      resolve: (question) => question.votes.length,
    }),
    votedByMe: t.boolean({
      description: "The signed-in person voted for it.",
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
      description: "The asker's account is erased.",
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
        seesRejectionReason(ctx.viewer, question) ? question.rejectionReason : null,
    }),
    viewerCanVote: t.boolean({
      description:
        "The reader may vote for it (or take their vote back): a participant, not its author, the question approved and not answered. The same rule as voteForQuestion.",
      select: { columns: { authorId: true, status: true } },
      resolve: (question, _args, ctx) => voteRefusal(ctx.viewer, question) === null,
    }),
    viewerCanModerate: t.boolean({
      description:
        "The reader may approve, reject, pin and mark it answered: moderators and the coordinator.",
      resolve: (_question, _args, ctx) => mayModerateQuestions(ctx.viewer),
    }),
    createdAt: t.expose("createdAt", { description: "When it was asked.", type: "DateTime" }),
    decidedAt: t.expose("decidedAt", {
      description: "When a moderator approved or rejected it; null until then.",
      type: "DateTime",
      nullable: true,
    }),
    answeredAt: t.expose("answeredAt", {
      description: "When it was marked answered; null until then.",
      type: "DateTime",
      nullable: true,
    }),
  }),
});

export const MeetingSpeaker = builder.drizzleObject("meetingSpeakers", {
  name: "MeetingSpeaker",
  description: "A place in a hearing's speaker list.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The place's id." }),
    status: t.expose("status", {
      description: "Where the place stands.",
      type: MeetingSpeakerStatus,
    }),
    person: t.relation("person", {
      nullable: true,
      description: "Null for a former participant, whose account is erased.",
    }),
    organisation: t.relation("organisation", {
      nullable: true,
      description: "The organisation the person speaks for.",
    }),
    mine: t.boolean({
      description: "The signed-in person holds this place.",
      select: { columns: { personId: true } },
      resolve: (entry, _args, ctx) =>
        entry.personId !== null && entry.personId === ctx.viewer?.personId,
    }),
    createdAt: t.expose("createdAt", {
      description: "When they asked to speak.",
      type: "DateTime",
    }),
    floorGivenAt: t.expose("floorGivenAt", {
      description: "When they were given the floor; null until then.",
      type: "DateTime",
      nullable: true,
    }),
  }),
});

/** The questions a person may see: approved and answered ones and their own; moderators all. */
const questionsSeenBy = (viewer: Viewer | null) =>
  mayModerateQuestions(viewer)
    ? {}
    : {
        OR: [
          { status: { in: ["approved" as const, "answered" as const] } },
          { authorId: viewer?.personId ?? "00000000-0000-0000-0000-000000000000" },
        ],
      };

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
  viewerCanModerateLive: t.boolean({
    description:
      "The reader may run the Q&A and the speaker list (moderators and the coordinator) of a hearing or webinar that is not a draft; false for anyone else and other meetings.",
    select: { columns: { kind: true, status: true } },
    resolve: (meeting, _args, ctx) => mayModerateLive(ctx.viewer, meeting),
  }),
  questions: t.relation("questions", {
    description:
      "The Q&A by votes, then oldest first: approved and answered questions and one's own; moderators see all.",
    authScopes: { signedIn: true },
    query: (_args, ctx) => ({
      where: questionsSeenBy(ctx.viewer),
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
  description: "A question for a hearing's or webinar's Q&A.",
  fields: (t) => ({
    meetingId: t.id({ description: "The meeting's id.", required: true }),
    body: t.string({ description: "The question, 1–1 000 characters.", required: true }),
    organisationId: t.id({
      required: false,
      description: "One of the person's organisations to speak for; none: as themselves.",
    }),
  }),
});

const AskToSpeakInput = builder.inputType("AskToSpeakInput", {
  description: "A request to be put on a hearing's speaker list.",
  fields: (t) => ({
    meetingId: t.id({ description: "The hearing's id.", required: true }),
    organisationId: t.id({
      required: false,
      description: "One of the person's organisations to speak for; none: as themselves.",
    }),
  }),
});

const MeetingLiveStateInput = builder.inputType("MeetingLiveStateInput", {
  description: "What to open or close in a meeting's Q&A and speaker list.",
  fields: (t) => ({
    meetingId: t.id({ description: "The meeting's id.", required: true }),
    questionsOpen: t.boolean({
      description: "Whether the Q&A takes questions; left out, it stays.",
      required: false,
    }),
    speakerListOpen: t.boolean({ required: false, description: "Hearings only." }),
  }),
});

const SpeakerMove = builder.enumType("SpeakerMove", {
  values: {
    UP: { value: "up", description: "One place earlier." },
    DOWN: { value: "down", description: "One place later." },
  } as const,
  description: "UP: one place earlier; DOWN: one place later.",
});

/** The signed-in person of a field that only signed-in people reach (its scopes say so). */
function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("the field's scopes let only signed-in people in");
  return ctx.viewer;
}

async function questionResult(ctx: Context, query: (q: object) => object, id: string) {
  const question = await ctx.database.db.query.meetingQuestions.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!question) throw new Error("the question disappeared");
  return question;
}

async function speakerResult(ctx: Context, query: (q: object) => object, id: string) {
  const entry = await ctx.database.db.query.meetingSpeakers.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!entry) throw new Error("the entry disappeared");
  return entry;
}

builder.mutationFields((t) => ({
  askQuestion: t.drizzleField({
    ...forParticipants,
    type: "meetingQuestions",
    description:
      "Asks a question in a hearing's or webinar's Q&A; a moderator approves it before others see it.",
    errors: {},
    args: {
      input: t.arg({ description: "The question.", type: AskQuestionInput, required: true }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await askQuestion(ctx.database.db, ctx.services, signedIn(ctx), input);
      return questionResult(ctx, query, id);
    },
  }),

  withdrawQuestion: t.boolean({
    description: "Withdraws one's own question while it awaits a moderator.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const question = await questionOrNothing(ctx.database.db, args.id);
      return question !== undefined && mayWithdrawQuestion(ctx.viewer, question);
    },
    errors: {},
    args: { id: t.arg.id({ description: "The question's id.", required: true }) },
    resolve: async (_root, args, ctx) => {
      await withdrawQuestion(ctx.database.db, signedIn(ctx), args.id);
      return true;
    },
  }),

  voteForQuestion: t.drizzleField({
    ...forParticipants,
    type: "meetingQuestions",
    description:
      "Upvotes (true) another person's approved question, or takes the vote back (false).",
    errors: {},
    args: {
      id: t.arg.id({ description: "The question's id.", required: true }),
      vote: t.arg.boolean({
        description: "True to vote for it, false to take the vote back.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await voteForQuestion(ctx.database.db, signedIn(ctx), args.id, args.vote);
      return questionResult(ctx, query, id);
    },
  }),

  rejectQuestion: t.drizzleField({
    ...forModerators,
    type: "meetingQuestions",
    description: "Rejects a question, with a reason its author sees when one is given.",
    errors: {},
    args: {
      id: t.arg.id({ description: "The question's id.", required: true }),
      reason: t.arg.string({ description: "Why, shown to the asker.", required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await rejectMeetingQuestion(
        ctx.database.db,
        ctx.services,
        signedIn(ctx),
        args.id,
        args.reason,
      );
      return questionResult(ctx, query, id);
    },
  }),

  setMeetingLiveState: t.drizzleField({
    ...forModerators,
    type: "meetings",
    description: "Opens or closes a hearing's or webinar's Q&A, and a hearing's speaker list.",
    errors: {},
    args: {
      input: t.arg({
        description: "What to open or close.",
        type: MeetingLiveStateInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setLiveState(ctx.database.db, ctx.services, signedIn(ctx), input);
      const changed = await ctx.database.db.query.meetings.findFirst(query({ where: { id } }));
      if (!changed) throw new Error("the meeting disappeared");
      return changed;
    },
  }),

  askToSpeak: t.drizzleField({
    ...forParticipants,
    type: "meetingSpeakers",
    description: "Puts the signed-in person last in a hearing's speaker list.",
    errors: {},
    args: {
      input: t.arg({
        description: "Which hearing, and for which organisation.",
        type: AskToSpeakInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await askToSpeak(ctx.database.db, ctx.services, signedIn(ctx), input);
      return speakerResult(ctx, query, id);
    },
  }),
  withdrawFromSpeakerList: t.boolean({
    ...forParticipants,
    description: "Takes the signed-in person off a hearing's speaker list.",
    errors: {},
    args: { meetingId: t.arg.id({ description: "The hearing's id.", required: true }) },
    resolve: async (_root, args, ctx) => {
      await withdrawFromSpeakerList(ctx.database.db, ctx.services, signedIn(ctx), args.meetingId);
      return true;
    },
  }),
  giveFloorToNextSpeaker: t.drizzleField({
    ...forModerators,
    type: "meetingSpeakers",
    description:
      "Gives the floor to the first who waits; whoever spoke is done. One person speaks at a time.",
    errors: {},
    args: { meetingId: t.arg.id({ description: "The hearing's id.", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await giveFloorToNextSpeaker(
        ctx.database.db,
        ctx.services,
        signedIn(ctx),
        args.meetingId,
      );
      return speakerResult(ctx, query, id);
    },
  }),
  moveSpeaker: t.drizzleField({
    ...forModerators,
    type: "meetingSpeakers",
    description: "Moves someone who waits one place up or down the speaker list.",
    errors: {},
    args: {
      id: t.arg.id({ description: "The place's id.", required: true }),
      direction: t.arg({ description: "Up or down one place.", type: SpeakerMove, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await moveSpeakerEntry(
        ctx.database.db,
        ctx.services,
        signedIn(ctx),
        args.id,
        args.direction,
      );
      return speakerResult(ctx, query, id);
    },
  }),
}));

/** A moderator's decision on a question, answered with the question as it is afterwards. */
function questionDecision(name: string, description: string, decision: QuestionDecision) {
  builder.mutationField(name, (t) =>
    t.drizzleField({
      ...forModerators,
      type: "meetingQuestions",
      description,
      errors: {},
      args: { id: t.arg.id({ required: true, description: "The question's or place's id." }) },
      resolve: async (query, _root, args, ctx) => {
        const id = await decideOnQuestion(
          ctx.database.db,
          ctx.services,
          signedIn(ctx),
          args.id,
          decision,
        );
        return questionResult(ctx, query, id);
      },
    }),
  );
}

questionDecision(
  "approveQuestion",
  "Approves a question: everyone sees it in the queue.",
  "approve",
);
questionDecision(
  "pinQuestion",
  "Pins the approved question being answered now; the meeting's other pinned question is unpinned.",
  "pin",
);
questionDecision("unpinQuestion", "Takes the pin from a question.", "unpin");
questionDecision(
  "markQuestionAnswered",
  "Marks an approved question answered: it leaves the queue and its pin.",
  "answer",
);

/** A moderator's change to one entry of a speaker list, answered with the entry afterwards. */
function speakerDecision(name: string, description: string, change: SpeakerChange) {
  builder.mutationField(name, (t) =>
    t.drizzleField({
      ...forModerators,
      type: "meetingSpeakers",
      description,
      errors: {},
      args: { id: t.arg.id({ required: true, description: "The question's or place's id." }) },
      resolve: async (query, _root, args, ctx) => {
        const id = await changeSpeakerEntry(
          ctx.database.db,
          ctx.services,
          signedIn(ctx),
          args.id,
          change,
        );
        return speakerResult(ctx, query, id);
      },
    }),
  );
}

speakerDecision("finishSpeaker", "Ends the speech of whoever has the floor.", "finish");
speakerDecision("removeSpeaker", "Takes someone off the speaker list.", "remove");

const MeetingLiveChange = builder.enumType("MeetingLiveChange", {
  description: "What changed in a meeting's Q&A or speaker list.",
  values: {
    QUESTION_ASKED: { value: "question_asked", description: "A question was asked." },
    QUESTION_CHANGED: {
      value: "question_changed",
      description: "Approved, rejected, pinned, unpinned or answered.",
    },
    QUESTION_WITHDRAWN: { value: "question_withdrawn", description: "A question was withdrawn." },
    VOTES: { value: "votes", description: "A question's votes changed." },
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
    "A change in a meeting's Q&A or speaker list, as it happens, with the question and the meeting as the reader may see them now.",
  fields: (t) => ({
    change: t.expose("change", { description: "What changed.", type: MeetingLiveChange }),
    questionId: t.exposeID("questionId", {
      description: "The question it is about; null when it is about none.",
      nullable: true,
    }),
    speakerId: t.exposeID("speakerId", {
      description: "The place in the speaker list it is about; null when it is about none.",
      nullable: true,
    }),
    question: t.drizzleField({
      type: "meetingQuestions",
      nullable: true,
      description:
        "The question the change concerns, if the reader may see it (as in Meeting.questions); null once withdrawn.",
      resolve: (query, event, _args, ctx) =>
        event.questionId === null
          ? null
          : ctx.database.db.query.meetingQuestions.findFirst(
              query({ where: { id: event.questionId, ...questionsSeenBy(ctx.viewer) } }),
            ),
    }),
    meeting: t.drizzleField({
      type: "meetings",
      nullable: true,
      description: "The meeting as it is now: its speaker list and whether the Q&A is open.",
      resolve: (query, event, _args, ctx) =>
        ctx.database.db.query.meetings.findFirst(query({ where: { id: event.meetingId } })),
    }),
  }),
});

builder.subscriptionFields((t) => ({
  meetingLiveActivity: t.field({
    ...forSignedIn,
    type: MeetingLiveActivity,
    description:
      "Questions, votes, pins, the speaker list and the Q&A's state of one hearing or webinar, from every API instance; RESYNC when some may have been missed.",
    args: { meetingId: t.arg.id({ description: "The meeting to follow.", required: true }) },
    subscribe: async (_root, args, ctx) => {
      const events = ctx.services.meetingLiveEvents;
      const meeting = await liveMeetingOf(ctx.database.db, args.meetingId).catch(() => null);
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
