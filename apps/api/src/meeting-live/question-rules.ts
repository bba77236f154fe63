import type { Db, schema } from "@kraftsamling/db";
import { type Limit, takeOrTooFast } from "../accounts/rate-limits";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { checkCommentText } from "../dialogue/comment-rules";
import { InputError } from "../shared/errors";

type Question = typeof schema.meetingQuestions.$inferSelect;

/** A question is short: it is read out or shown on a screen during the meeting. */
export const maximumQuestionLength = 500;
/** At most one question per this many seconds per person. */
export const secondsBetweenQuestions = 10;

/**
 * Checks a question's text before anything of it is stored or logged: not too long, then the
 * comment rules (not empty, and no personal identity number).
 */
export function checkQuestionText(body: string): string {
  const text = body.trim();
  if (text.length > maximumQuestionLength) {
    throw new InputError(
      "BODY_TOO_LONG",
      `A question holds at most ${maximumQuestionLength} characters.`,
      "body",
    );
  }
  return checkCommentText(text);
}

/**
 * The rate limit on asking, one question per person per window, counted by rate-limiter-flexible in
 * the store every API instance shares (Redis, PostgreSQL, or memory on PGlite).
 */
export const questionLimit: Limit = {
  scope: "question",
  max: 1,
  windowMinutes: secondsBetweenQuestions / 60,
};

/**
 * Takes the person's question from the rate limit, or refuses with TOO_FAST and when to try again;
 * answers when the window taken from began.
 */
export async function checkQuestionLimits(db: Db, authorId: string): Promise<Date> {
  return takeOrTooFast(
    db,
    questionLimit,
    authorId,
    `Wait ${secondsBetweenQuestions} seconds between questions.`,
  );
}

/**
 * Whether the person decides on questions (approves, rejects, pins, marks answered): moderators
 * and the coordinator. They also see every question, a rejection's reason included.
 */
export function mayModerateQuestions(viewer: Viewer | null): boolean {
  return hasScope(viewer, "moderator");
}

const isAuthor = (viewer: Viewer | null, question: Pick<Question, "authorId">) =>
  question.authorId !== null && question.authorId === viewer?.personId;

/** Why the person may not vote for the question (or take their vote back), or null when they may. */
export function voteRefusal(
  viewer: Viewer | null,
  question: Pick<Question, "authorId" | "status">,
): InputError | null {
  if (!hasScope(viewer, "participant"))
    return new InputError("NOT_A_PARTICIPANT", "Only participants vote for questions.", "id");
  if (isAuthor(viewer, question))
    return new InputError("OWN_QUESTION", "You cannot vote for your own question.", "id");
  if (question.status !== "approved") {
    return new InputError(
      "NOT_APPROVED",
      "Only approved questions that are not answered yet take votes.",
      "id",
    );
  }
  return null;
}

/** A participant may withdraw their own question (while it awaits a moderator; the service says). */
export function mayWithdrawQuestion(
  viewer: Viewer | null,
  question: Pick<Question, "authorId">,
): boolean {
  return hasScope(viewer, "participant") && isAuthor(viewer, question);
}

/** A rejection's reason is for the question's author and moderators. */
export function seesRejectionReason(
  viewer: Viewer | null,
  question: Pick<Question, "authorId">,
): boolean {
  return isAuthor(viewer, question) || mayModerateQuestions(viewer);
}
