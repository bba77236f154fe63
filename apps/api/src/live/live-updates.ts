import type {
  Database,
  Listener,
  ListenerEvent,
  ListenerOptions,
  ListenerState,
} from "@kraftsamling/db";
import { ApiKeyRevocations } from "../api-keys/revocations";
import type { Log } from "../shared/log";
import { CommentEvents } from "./comment-events";
import { MeetingLiveEvents } from "./meeting-live-events";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The live updates of one API instance, and the API keys revoked on any instance: one database
 * connection listens on every channel. When it is lost, it is made again (with growing pauses, for
 * as long as it takes), the outage and the recovery are logged, every open subscription is told to
 * read again what it may have missed, and the keys looked up are forgotten.
 */
export class LiveUpdates {
  readonly comments: CommentEvents;
  readonly meetings: MeetingLiveEvents;
  private readonly apiKeyRevocations: ApiKeyRevocations;
  private readonly listener: Listener;

  constructor(
    database: Database,
    private readonly log: Log,
    options: Pick<ListenerOptions, "initialRetryMs" | "maxRetryMs"> = {},
  ) {
    this.listener = database.listener({ ...options, onEvent: (event) => this.report(event) });
    this.comments = new CommentEvents(this.listener, log);
    this.meetings = new MeetingLiveEvents(this.listener, log);
    this.apiKeyRevocations = new ApiKeyRevocations(this.listener);
  }

  /** `listening`, or `reconnecting` while live updates are not coming in. */
  get state(): ListenerState {
    return this.listener.state;
  }

  async start(): Promise<void> {
    await this.comments.start();
    await this.meetings.start();
    await this.apiKeyRevocations.start();
  }

  async stop(): Promise<void> {
    await this.comments.stop();
    await this.meetings.stop();
    await this.apiKeyRevocations.stop();
    await this.listener.close();
  }

  private report(event: ListenerEvent): void {
    switch (event.type) {
      case "lost":
        this.apiKeyRevocations.lost();
        this.log.warn(
          `live updates stopped: the database connection that listens was lost (${event.error.message}); connecting again in ${seconds(event.retryInMs)}`,
        );
        break;
      case "retryFailed":
        this.log.debug(
          `live updates: attempt ${event.attempt} to connect again failed (${event.error.message}); next in ${seconds(event.retryInMs)}`,
        );
        break;
      case "restored": {
        this.apiKeyRevocations.restored();
        const told = this.comments.resync() + this.meetings.resync();
        this.log.info(
          `live updates running again after ${seconds(event.downMs)} (${event.attempts} ${event.attempts === 1 ? "attempt" : "attempts"}); ${told} open ${told === 1 ? "subscription" : "subscriptions"} told to read again`,
        );
        break;
      }
    }
  }
}
