import { type Db, schema } from "@kraftsamling/db";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";

/**
 * What the checks need of the thread a comment goes to: its kind and id, its lock and slow mode.
 * The dialogue's `Thread` fits; nothing here imports the dialogue, so the dialogue may import this.
 */
export interface ThreadToWriteIn {
  kind: "theme" | "post";
  id: string;
  lockedAt: Date | null;
  slowModeSeconds: number;
}

/** The person's block from writing that lasts longest, or null when none holds now. */
export async function currentWritingBlock(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  personId: string,
): Promise<{ until: Date; reason: string } | null> {
  const [block] = await db
    .select({ until: schema.participantBlocks.until, reason: schema.participantBlocks.reason })
    .from(schema.participantBlocks)
    .where(
      and(
        eq(schema.participantBlocks.personId, personId),
        gt(schema.participantBlocks.until, deps.clock.now()),
      ),
    )
    .orderBy(desc(schema.participantBlocks.until))
    .limit(1);
  return block ?? null;
}

/** Refuses a person a moderator has blocked from writing (BLOCKED, with when the block ends). */
export async function checkNotBlocked(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  personId: string,
): Promise<void> {
  const block = await currentWritingBlock(db, deps, personId);
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
 * thread not locked (THREAD_LOCKED), and slow mode's interval passed (SLOW_MODE with when to try
 * again). Slow mode counts in real time, as the comments' own times do.
 */
export async function checkMayWriteInThread(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  personId: string,
  thread: ThreadToWriteIn,
): Promise<void> {
  await checkNotBlocked(db, deps, personId);
  if (thread.lockedAt) {
    throw new InputError(
      "THREAD_LOCKED",
      "A moderator has locked this thread.",
      thread.kind === "theme" ? "themeId" : "postId",
    );
  }
  if (thread.slowModeSeconds > 0) {
    const inThread =
      thread.kind === "theme"
        ? eq(schema.comments.themeId, thread.id)
        : eq(schema.comments.postId, thread.id);
    const [latest] = await db
      .select({ createdAt: schema.comments.createdAt })
      .from(schema.comments)
      .where(and(eq(schema.comments.authorId, personId), inThread))
      .orderBy(desc(schema.comments.createdAt))
      .limit(1);
    const retryAt = latest
      ? new Date(latest.createdAt.getTime() + thread.slowModeSeconds * 1000)
      : null;
    if (retryAt && retryAt > new Date()) {
      throw new InputError(
        "SLOW_MODE",
        `This thread is in slow mode: one comment per ${thread.slowModeSeconds} seconds.`,
        null,
        retryAt,
      );
    }
  }
}
