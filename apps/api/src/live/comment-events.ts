import type { Listener } from "@kraftsamling/db";
import { ChannelEvents } from "../shared/channel-events";
import type { Log } from "../shared/log";

/**
 * What the database announced: which comment of which thread (a theme's or a post's) changed, and
 * how; or `resync`, without a comment, when announcements may have been lost (the database
 * connection that listens was lost and is back), so the thread must be read again.
 */
export type CommentEvent =
  | { threadId: string; commentId: string; change: "created" | "changed" | "agreement" }
  | { threadId: string; commentId: null; change: "resync" };

export const commentEventsChannel = "comment_events";

/**
 * Comment changes, from every API instance on the database: the trigger announces every change,
 * whichever instance made it, so every instance tells its own subscribers.
 */
export class CommentEvents extends ChannelEvents<CommentEvent> {
  constructor(listener: Listener, log: Log) {
    super(listener, log, commentEventsChannel);
  }

  /** The events of one thread (a theme's or a blog post's). */
  ofThread(threadId: string): AsyncIterableIterator<CommentEvent> {
    return this.subscribe((event) => event.threadId === threadId, {
      threadId,
      commentId: null,
      change: "resync",
    });
  }
}
