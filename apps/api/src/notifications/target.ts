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

export async function notificationTarget(
  db: Db,
  commentId: string | null,
): Promise<NotificationTarget | undefined> {
  if (!commentId) return undefined;
  const comment = await db.query.comments.findFirst({
    where: { id: commentId },
    with: { author: { columns: { name: true } } },
  });
  const thread = comment && (await threadOfComment(db, comment));
  if (!comment || !thread) return undefined;
  return {
    thread,
    path: `${thread.path}#kommentar-${comment.id}`,
    authorName: comment.author?.name ?? null,
  };
}
