import { type Database, schema } from "@kraftsamling/db";
import { and, countDistinct, desc, eq, gt, isNull } from "drizzle-orm";
import type { Context } from "../context";
import { notify } from "../notifications/notify";
import { InputError } from "../shared/errors";
import { inThread, type Thread, threadField } from "./thread";

/** Open reports from this many different people hide a comment until a moderator decides. */
export const reportsToHide = 3;
export const maximumSlowModeSeconds = 24 * 3600;
export const maximumReasonLength = 1_000;

type Comment = typeof schema.comments.$inferSelect;

/** Refuses a person a moderator has blocked from writing (BLOCKED, with when the block ends). */
export async function checkNotBlocked(
  database: Database,
  personId: string,
  now = new Date(),
): Promise<void> {
  const [block] = await database.db
    .select({ until: schema.participantBlocks.until })
    .from(schema.participantBlocks)
    .where(
      and(eq(schema.participantBlocks.personId, personId), gt(schema.participantBlocks.until, now)),
    )
    .orderBy(desc(schema.participantBlocks.until))
    .limit(1);
  if (block) {
    throw new InputError(
      "BLOCKED",
      "A moderator has blocked you from writing for a while.",
      null,
      block.until,
    );
  }
}

/**
 * Whether this person may write in this thread now: not blocked (BLOCKED until the block ends), the
 * thread not locked (THREAD_LOCKED), and slow mode's interval passed (SLOW_MODE with when to try again).
 */
export async function checkMayWriteInThread(
  database: Database,
  personId: string,
  thread: Pick<Thread, "kind" | "id" | "lockedAt" | "slowModeSeconds">,
  now = new Date(),
): Promise<void> {
  await checkNotBlocked(database, personId, now);
  if (thread.lockedAt) {
    throw new InputError(
      "THREAD_LOCKED",
      "A moderator has locked this thread.",
      threadField(thread),
    );
  }
  if (thread.slowModeSeconds > 0) {
    const [latest] = await database.db
      .select({ createdAt: schema.comments.createdAt })
      .from(schema.comments)
      .where(and(eq(schema.comments.authorId, personId), inThread(thread)))
      .orderBy(desc(schema.comments.createdAt))
      .limit(1);
    const retryAt = latest
      ? new Date(latest.createdAt.getTime() + thread.slowModeSeconds * 1000)
      : null;
    if (retryAt && retryAt > now) {
      throw new InputError(
        "SLOW_MODE",
        `This thread is in slow mode: one comment per ${thread.slowModeSeconds} seconds.`,
        null,
        retryAt,
      );
    }
  }
}

/** A moderator's reason: trimmed, not empty, not too long. */
export function checkReason(reason: string, field = "reason"): string {
  const text = reason.trim();
  if (text === "") throw new InputError("REASON_REQUIRED", "Give a reason.", field);
  if (text.length > maximumReasonLength) {
    throw new InputError(
      "REASON_TOO_LONG",
      `A reason holds at most ${maximumReasonLength} characters.`,
      field,
    );
  }
  return text;
}

/** How many different people have open reports on the comment. */
export async function openReporterCount(database: Database, commentId: string): Promise<number> {
  const [row] = await database.db
    .select({ count: countDistinct(schema.commentReports.reporterId) })
    .from(schema.commentReports)
    .where(
      and(eq(schema.commentReports.commentId, commentId), isNull(schema.commentReports.resolvedAt)),
    );
  return row?.count ?? 0;
}

/**
 * Tells the author (if the account still exists) that their comment was hidden, with the
 * moderator's reason (none when reports hid it), or is shown again.
 */
export async function notifyAuthor(
  ctx: Context,
  comment: Pick<Comment, "id" | "authorId">,
  what: { hiddenBy: "reports" } | { hiddenBy: "moderator"; reason: string } | "restored",
): Promise<void> {
  if (!comment.authorId) return;
  await notify(ctx.database, ctx.services, {
    personId: comment.authorId,
    kind: what === "restored" ? "comment_restored" : "comment_hidden",
    commentId: comment.id,
    reason: what !== "restored" && what.hiddenBy === "moderator" ? what.reason : null,
  });
}

/** Rows as RFC 4180 CSV, for the moderation log. */
export { toCsv } from "../shared/csv";
