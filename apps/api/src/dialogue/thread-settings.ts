import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Context } from "../context";
import { InputError } from "../shared/errors";
import { maximumSlowModeSeconds } from "../moderation/rules";
import type { Thread } from "./thread";

/** The table that holds a thread's lock and slow mode. */
const tableOf = (thread: Pick<Thread, "kind">) =>
  thread.kind === "theme" ? schema.themes : schema.blogPosts;

/** Locks a thread (no new comments or replies) or unlocks it; audited as the moderator's action. */
export async function setThreadLock(ctx: Context, thread: Thread, locked: boolean): Promise<void> {
  const table = tableOf(thread);
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .update(table)
      .set({ lockedAt: locked ? (thread.lockedAt ?? new Date()) : null })
      .where(eq(table.id, thread.id));
    await recordAudit(
      ctx,
      {
        action: locked ? "moderation.lock" : "moderation.unlock",
        subjectType: thread.kind,
        subjectId: thread.id,
      },
      tx,
    );
  });
}

/** Slow mode: seconds between one person's comments in the thread, 0 to switch it off. */
export async function setThreadSlowMode(
  ctx: Context,
  thread: Thread,
  seconds: number,
): Promise<void> {
  if (seconds < 0 || seconds > maximumSlowModeSeconds) {
    throw new InputError(
      "INVALID_SECONDS",
      `Slow mode takes 0 to ${maximumSlowModeSeconds} seconds.`,
      "seconds",
    );
  }
  const table = tableOf(thread);
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(table).set({ slowModeSeconds: seconds }).where(eq(table.id, thread.id));
    await recordAudit(
      ctx,
      {
        action: "moderation.slow_mode",
        subjectType: thread.kind,
        subjectId: thread.id,
        before: { seconds: thread.slowModeSeconds },
        after: { seconds },
      },
      tx,
    );
  });
}
