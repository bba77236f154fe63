import type { Database } from "@kraftsamling/db";
import type { Log } from "../log";

/**
 * One LISTEN per API instance on a channel that a database trigger notifies with JSON, fanned out
 * to the subscriptions open on this instance, each taking the events that concern it.
 */
export class ChannelEvents<Event> {
  private readonly subscribers = new Set<(event: Event) => void>();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly database: Database,
    private readonly log: Log,
    readonly channel: string,
  ) {}

  async start(): Promise<void> {
    this.stopListening = await this.database.listen(this.channel, (payload) => {
      let event: Event;
      try {
        event = JSON.parse(payload) as Event;
      } catch {
        this.log.warn(`ignored a malformed ${this.channel} payload`);
        return;
      }
      for (const deliver of this.subscribers) deliver(event);
    });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  /** The events that `concerns` accepts, as an async iterator that ends when the subscription ends. */
  subscribe(concerns: (event: Event) => boolean): AsyncIterableIterator<Event> {
    const queue: Event[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const deliver = (event: Event) => {
      if (!concerns(event)) return;
      queue.push(event);
      wake?.();
    };
    this.subscribers.add(deliver);
    const finish = () => {
      done = true;
      this.subscribers.delete(deliver);
      wake?.();
    };
    const iterator: AsyncIterableIterator<Event> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (queue.length === 0 && !done) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
        wake = null;
        const event = queue.shift();
        return event !== undefined
          ? { value: event, done: false }
          : { value: undefined, done: true };
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }
}
