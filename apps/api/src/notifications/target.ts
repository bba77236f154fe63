import type { Db } from "@kraftsamling/db";
import { type Thread, threadOfComment } from "../dialogue/thread";

/** What a notification points at: the thread, the comment's place in it, who wrote the comment. */
export interface NotificationTarget {
  thread: Thread;
  /** The portal path to the comment, from the site's root. */
  path: string;
  /** The comment's author: for a reply, who replied; null once their account is erased. */
  authorName: string | null;
}

/**
 * What a notification about `commentId` points at, for its reader. A blog post that is not
 * published by `now` (taken down, or moved to a later day) is the coordinator's to read: for anyone
 * else the notification points at nothing, so that neither the post's title and address, as they
 * are since, nor who wrote in its thread shows through it.
 */
export async function notificationTarget(
  db: Db,
  commentId: string | null,
  reader: { now: Date; coordinator: boolean },
): Promise<NotificationTarget | undefined> {
  if (!commentId) return undefined;
  const comment = await db.query.comments.findFirst({
    where: { id: commentId },
    with: { author: { columns: { name: true } } },
  });
  const thread = comment && (await threadOfComment(db, comment, reader.now));
  if (!comment || !thread) return undefined;
  if (thread.kind === "post" && !thread.open && !reader.coordinator) return undefined;
  return {
    thread,
    path: `${thread.path}#kommentar-${comment.id}`,
    authorName: comment.author?.name ?? null,
  };
}
