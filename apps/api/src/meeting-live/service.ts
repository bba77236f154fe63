import { type Db, schema } from "@kraftsamling/db";
import { and, eq } from "drizzle-orm";
import { spendOrGiveBack } from "../accounts/rate-limits";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { checkNotBlocked } from "../moderation/write-checks";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import {
  checkNotCancelled,
  hasSpeakerList,
  liveStateOf,
  meetingWithQuestions,
  meetingWithSpeakerList,
  organisationSpokenFor,
} from "./live-meeting";
import {
  approveQuestion,
  markQuestionAnswered,
  pinQuestion,
  type Question,
  questionOf,
  rejectQuestion,
  unpinQuestion,
} from "./question-decisions";
import {
  checkQuestionLimits,
  checkQuestionText,
  mayWithdrawQuestion,
  questionLimit,
  voteRefusal,
} from "./question-rules";
import {
  addToSpeakerList,
  finishSpeaker,
  giveFloorToNext,
  moveSpeaker,
  removeSpeaker,
  type SpeakerEntry,
  speakerEntryOf,
  takeOffSpeakerList,
} from "./speaker-list";

/**
 * The live Q&A and speaker list of hearings and webinars: what participants and moderators do, each
 * checked and stored here. Every function returns the id of what it changed, for the caller to read
 * back as it needs. Stored times are the meetings' clock's; the question rate limit counts on the
 * wall clock, in the shared rate-limit store.
 */
type Deps = Pick<Dependencies, "clock">;

/**
 * Asks a question in a hearing's or webinar's Q&A, as the person or for one of their organisations;
 * it awaits a moderator. The text is checked first: a refused text is neither stored nor logged.
 */
export async function askQuestion(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: { meetingId: string | number; body: string; organisationId?: string | number | null },
): Promise<string> {
  const body = checkQuestionText(input.body);
  const meeting = await meetingWithQuestions(db, input.meetingId);
  checkNotCancelled(meeting);
  if (!liveStateOf(meeting).questionsOpen)
    throw new InputError("QUESTIONS_CLOSED", "The moderator has closed the Q&A.", "meetingId");
  const organisationId = organisationSpokenFor(viewer, input.organisationId);
  // A blocked participant writes nothing; a thread's lock and slow mode do not apply here.
  await checkNotBlocked(db, deps, viewer.personId);
  const window = await checkQuestionLimits(db, viewer.personId);
  const now = deps.clock.now();
  const [row] = await spendOrGiveBack(db, questionLimit, viewer.personId, window, () =>
    db
      .insert(schema.meetingQuestions)
      .values({
        meetingId: meeting.id,
        authorId: viewer.personId,
        organisationId,
        body,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: schema.meetingQuestions.id }),
  );
  if (!row) throw new Error("the question was not stored");
  return row.id;
}

/** Withdraws one's own question while it awaits a moderator; NOT_SUBMITTED once one decided. */
export async function withdrawQuestion(db: Db, viewer: Viewer, id: string | number): Promise<void> {
  const question = await questionOf(db, id);
  if (!mayWithdrawQuestion(viewer, question))
    throw new InputError("NOT_FOUND", "There is no such question of yours.", "id");
  if (question.status !== "submitted") {
    throw new InputError(
      "NOT_SUBMITTED",
      "A moderator has already decided on the question: it can no longer be withdrawn.",
      "id",
    );
  }
  await db.delete(schema.meetingQuestions).where(eq(schema.meetingQuestions.id, question.id));
}

/**
 * Upvotes (true) another person's approved question, or takes the vote back (false); one vote per
 * person. Refused as `voteRefusal` says, which also answers `viewerCanVote`.
 */
export async function voteForQuestion(
  db: Db,
  viewer: Viewer,
  id: string | number,
  vote: boolean,
): Promise<string> {
  const question = await questionOf(db, id);
  const refusal = voteRefusal(viewer, question);
  if (refusal) throw refusal;
  const votes = schema.meetingQuestionVotes;
  if (vote) {
    await db
      .insert(votes)
      .values({ questionId: question.id, personId: viewer.personId })
      .onConflictDoNothing();
  } else {
    await db
      .delete(votes)
      .where(and(eq(votes.questionId, question.id), eq(votes.personId, viewer.personId)));
  }
  return question.id;
}

const decisions = {
  approve: approveQuestion,
  pin: pinQuestion,
  unpin: unpinQuestion,
  answer: markQuestionAnswered,
} satisfies Record<string, (db: Db, d: { moderator: Viewer; now: Date }, q: Question) => unknown>;

export type QuestionDecision = keyof typeof decisions;

/** A moderator approves, pins, unpins or marks answered a question; returns its id. */
export async function decideOnQuestion(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  id: string | number,
  decision: QuestionDecision,
): Promise<string> {
  const question = await questionOf(db, id);
  await decisions[decision](db, { moderator, now: deps.clock.now() }, question);
  return question.id;
}

/** A moderator rejects a question, with a reason its author sees when one is given. */
export async function rejectMeetingQuestion(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  id: string | number,
  reason: string | null | undefined,
): Promise<string> {
  const question = await questionOf(db, id);
  await rejectQuestion(db, { moderator, now: deps.clock.now() }, question, reason);
  return question.id;
}

/**
 * Opens or closes a hearing's or webinar's Q&A, and a hearing's speaker list, with its entry in the
 * audit log. Returns the meeting's id.
 */
export async function setLiveState(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  input: {
    meetingId: string | number;
    questionsOpen?: boolean | null;
    speakerListOpen?: boolean | null;
  },
): Promise<string> {
  const meeting = await meetingWithQuestions(db, input.meetingId);
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
  await db.transaction(async (tx) => {
    const values = { ...after, updatedAt: deps.clock.now(), updatedById: moderator.personId };
    await tx
      .insert(schema.meetingLiveStates)
      .values({ meetingId: meeting.id, ...values })
      .onConflictDoUpdate({ target: schema.meetingLiveStates.meetingId, set: values });
    await recordAudit(tx, moderator, {
      action: "moderation.live.state",
      subjectType: "meeting",
      subjectId: meeting.id,
      before,
      after,
    });
  });
  return meeting.id;
}

/** Puts the person last in a hearing's speaker list, as themselves or for an organisation of theirs. */
export async function askToSpeak(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: { meetingId: string | number; organisationId?: string | number | null },
): Promise<string> {
  const meeting = await meetingWithSpeakerList(db, input.meetingId);
  checkNotCancelled(meeting);
  if (!liveStateOf(meeting).speakerListOpen) {
    throw new InputError(
      "SPEAKER_LIST_CLOSED",
      "The moderator has closed the speaker list.",
      "meetingId",
    );
  }
  const organisationId = organisationSpokenFor(viewer, input.organisationId);
  const entry = await addToSpeakerList(db, {
    meetingId: meeting.id,
    personId: viewer.personId,
    organisationId,
    now: deps.clock.now(),
  });
  return entry.id;
}

/** Takes the person off a hearing's speaker list; NOT_ON_LIST when they are not on it. */
export async function withdrawFromSpeakerList(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  meetingId: string | number,
): Promise<void> {
  const meeting = await meetingWithSpeakerList(db, meetingId);
  await takeOffSpeakerList(db, meeting.id, viewer.personId, deps.clock.now());
}

/** A moderator gives the floor to the first who waits; returns the entry that speaks now. */
export async function giveFloorToNextSpeaker(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  meetingId: string | number,
): Promise<string> {
  const meeting = await meetingWithSpeakerList(db, meetingId);
  const entry = await giveFloorToNext(db, { moderator, now: deps.clock.now() }, meeting.id);
  return entry.id;
}

/** A moderator moves someone who waits one place up or down the list; returns the entry's id. */
export async function moveSpeakerEntry(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  id: string | number,
  direction: "up" | "down",
): Promise<string> {
  const entry = await speakerEntryOf(db, id);
  await moveSpeaker(db, { moderator, now: deps.clock.now() }, entry, direction);
  return entry.id;
}

const speakerChanges = { finish: finishSpeaker, remove: removeSpeaker } satisfies Record<
  string,
  (db: Db, d: { moderator: Viewer; now: Date }, entry: SpeakerEntry) => unknown
>;

export type SpeakerChange = keyof typeof speakerChanges;

/** A moderator ends the speech of whoever has the floor, or takes someone off the list. */
export async function changeSpeakerEntry(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  id: string | number,
  change: SpeakerChange,
): Promise<string> {
  const entry = await speakerEntryOf(db, id);
  await speakerChanges[change](db, { moderator, now: deps.clock.now() }, entry);
  return entry.id;
}
