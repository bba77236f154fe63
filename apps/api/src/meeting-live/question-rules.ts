import { type Database, schema } from "@kraftsamling/db";
import { desc, eq } from "drizzle-orm";
import { checkCommentText } from "../dialogue/comment-rules";
import { InputError } from "../shared/errors";

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
 * The rate limit, counted in the database so that every API instance sees the same questions:
 * TOO_FAST with when to try again.
 */
export async function checkQuestionLimits(
  database: Database,
  authorId: string,
  now = new Date(),
): Promise<void> {
  const [latest] = await database.db
    .select({ createdAt: schema.meetingQuestions.createdAt })
    .from(schema.meetingQuestions)
    .where(eq(schema.meetingQuestions.authorId, authorId))
    .orderBy(desc(schema.meetingQuestions.createdAt))
    .limit(1);
  const nextAllowed = latest
    ? new Date(latest.createdAt.getTime() + secondsBetweenQuestions * 1000)
    : null;
  if (nextAllowed && nextAllowed > now) {
    throw new InputError(
      "TOO_FAST",
      `Wait ${secondsBetweenQuestions} seconds between questions.`,
      null,
      nextAllowed,
    );
  }
}
