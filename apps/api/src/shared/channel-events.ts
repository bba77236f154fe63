import type { Listener } from "@kraftsamling/db";
import type { Log } from "./log";

/**
 * How many subscriptions have been opened on each channel in this process, ever: a test that opens
 * one waits for this to grow instead of pausing, and then knows that events reach it.
 */
const opened = new Map<string, number>();

export function subscriptionsOpened(channel: string): number {
  return opened.get(channel) ?? 0;
}

interface Subscriber<Event> {
  concerns(event: Event): boolean;
  /** What this subscriber is told when events may have been lost. */
  resync: Event;
  deliver(event: Event): void;
}

/**
 * One LISTEN per API instance on a channel that a database trigger notifies with JSON, fanned out
 * to the subscriptions open on this instance, each taking the events that concern it.
 */
export class ChannelEvents<Event> {
  private readonly subscribers = new Set<Subscriber<Event>>();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly listener: Listener,
    private readonly log: Log,
    readonly channel: string,
  ) {}

  async start(): Promise<void> {
    this.stopListening = await this.listener.listen(this.channel, (payload) => {
      let event: Event;
      try {
        event = JSON.parse(payload) as Event;
      } catch {
        this.log.warn(`ignored a malformed ${this.channel} payload`);
        return;
      }
      for (const subscriber of this.subscribers)
        if (subscriber.concerns(event)) subscriber.deliver(event);
    });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  /** Tells every open subscription that events may have been lost, so that it reads again. */
  resync(): number {
    for (const subscriber of this.subscribers) subscriber.deliver(subscriber.resync);
    return this.subscribers.size;
  }

  /**
   * The events that `concerns` accepts, and `resync` whenever events may have been lost, as an
   * async iterator that ends when the subscription ends.
   */
  subscribe(concerns: (event: Event) => boolean, resync: Event): AsyncIterableIterator<Event> {
    const queue: Event[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const subscriber: Subscriber<Event> = {
      concerns,
      resync,
      deliver: (event) => {
        // One resync waiting to be read says all that another would.
        if (event === resync && queue.includes(resync)) return;
        queue.push(event);
        wake?.();
      },
    };
    this.subscribers.add(subscriber);
    opened.set(this.channel, subscriptionsOpened(this.channel) + 1);
    const finish = () => {
      done = true;
      this.subscribers.delete(subscriber);
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
