import type { Database } from "@kraftsamling/db";
import type { Log } from "../log";

/** What the database announced: which comment of which thread (a theme's or a post's) changed, and how. */
export interface CommentEvent {
  threadId: string;
  commentId: string;
  change: "created" | "changed" | "agreement";
}

export const commentEventsChannel = "comment_events";

/**
 * One LISTEN per API instance, fanned out to the subscriptions open on it. The database's trigger
 * announces every change, whichever instance made it, so every instance tells its own subscribers.
 */
export class CommentEvents {
  private readonly subscribers = new Set<(event: CommentEvent) => void>();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly database: Database,
    private readonly log: Log,
  ) {}

  async start(): Promise<void> {
    this.stopListening = await this.database.listen(commentEventsChannel, (payload) => {
      let event: CommentEvent;
      try {
        event = JSON.parse(payload) as CommentEvent;
      } catch {
        this.log.warn(`ignored a malformed ${commentEventsChannel} payload`);
        return;
      }
      for (const deliver of this.subscribers) deliver(event);
    });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  /** The events of one thread, as an async iterator that ends when the subscription ends. */
  subscribe(threadId: string): AsyncIterableIterator<CommentEvent> {
    const queue: CommentEvent[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const deliver = (event: CommentEvent) => {
      if (event.threadId !== threadId) return;
      queue.push(event);
      wake?.();
    };
    this.subscribers.add(deliver);
    const finish = () => {
      done = true;
      this.subscribers.delete(deliver);
      wake?.();
    };
    const iterator: AsyncIterableIterator<CommentEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (queue.length === 0 && !done) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
        wake = null;
        const event = queue.shift();
        return event ? { value: event, done: false } : { value: undefined, done: true };
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }
}
