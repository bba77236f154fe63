import type { Limit } from "../accounts/rate-limits";
import { InputError } from "../shared/errors";

export const maximumReplyDepth = 3;
export const maximumCommentLength = 10_000;
/** At most one comment per this many seconds per person; the same text not again within the window. */
export const limits = { secondsBetweenComments: 10, duplicateWindowMinutes: 5 };

/**
 * The rate limit on writing comments, one per person per window, counted by rate-limiter-flexible in
 * the store every API instance shares (Redis, PostgreSQL, or memory on PGlite).
 */
export const commentLimit: Limit = {
  scope: "comment",
  max: 1,
  windowMinutes: limits.secondsBetweenComments / 60,
};

/**
 * Checks a comment's text before anything of it is stored or logged: not empty, not too long. That it
 * holds no personal identity number the schema's input guard has checked (see input-guard.ts).
 */
export function checkCommentText(body: string): string {
  const text = body.trim();
  if (text === "") throw new InputError("BODY_EMPTY", "Write something before you send.", "body");
  if (text.length > maximumCommentLength) {
    throw new InputError(
      "BODY_TOO_LONG",
      `A comment holds at most ${maximumCommentLength} characters.`,
      "body",
    );
  }
  return text;
}
