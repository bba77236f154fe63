import { type Database, schema } from "@kraftsamling/db";
import { and, desc, eq, gt } from "drizzle-orm";
import { InputError } from "../shared/errors";

export const maximumReplyDepth = 3;
export const maximumCommentLength = 10_000;
/** At most one comment per this many seconds per person; the same text not again within the window. */
export const limits = { secondsBetweenComments: 10, duplicateWindowMinutes: 5 };

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

/**
 * The rate limits, counted in the database so that every API instance sees the same comments:
 * TOO_FAST with when to try again, or DUPLICATE for the same text within the window.
 */
export async function checkCommentLimits(
  database: Database,
  authorId: string,
  text: string,
  now = new Date(),
): Promise<void> {
  const [latest] = await database.db
    .select({ createdAt: schema.comments.createdAt })
    .from(schema.comments)
    .where(eq(schema.comments.authorId, authorId))
    .orderBy(desc(schema.comments.createdAt))
    .limit(1);
  const nextAllowed = latest
    ? new Date(latest.createdAt.getTime() + limits.secondsBetweenComments * 1000)
    : null;
  if (nextAllowed && nextAllowed > now) {
    throw new InputError(
      "TOO_FAST",
      `Wait ${limits.secondsBetweenComments} seconds between comments.`,
      null,
      nextAllowed,
    );
  }
  const since = new Date(now.getTime() - limits.duplicateWindowMinutes * 60_000);
  const [same] = await database.db
    .select({ id: schema.comments.id })
    .from(schema.comments)
    .where(
      and(
        eq(schema.comments.authorId, authorId),
        eq(schema.comments.body, text),
        gt(schema.comments.createdAt, since),
      ),
    )
    .limit(1);
  if (same) throw new InputError("DUPLICATE", "You sent the same text a moment ago.", "body");
}
