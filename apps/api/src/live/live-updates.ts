import {
  type Database,
  type Listener,
  type ListenerEvent,
  type ListenerOptions,
  type ListenerState,
  schema,
} from "@kraftsamling/db";
import { and, inArray, isNull } from "drizzle-orm";
import { ApiKeyRevocations } from "../api-keys/revocations";
import type { Log } from "../shared/log";
import { CommentEvents } from "./comment-events";
import { MeetingLiveEvents } from "./meeting-live-events";
import { accessOf, OpenSockets, type ViewerChange, viewerChangesChannel } from "./open-sockets";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The live updates of one API instance, and the API keys revoked on any instance: one database
 * connection listens on every channel. When it is lost, it is made again (with growing pauses, for
 * as long as it takes), the outage and the recovery are logged, every open subscription is told to
 * read again what it may have missed, the keys looked up are forgotten, and the sockets with a
 * session or a key are asked to connect again (a sign-out or a revocation may have been missed).
 */
export class LiveUpdates {
  readonly comments: CommentEvents;
  readonly meetings: MeetingLiveEvents;
  /** The WebSockets open on this instance, closed when the viewer they read as changes. */
  readonly sockets = new OpenSockets();
  private readonly apiKeyRevocations: ApiKeyRevocations;
  private stopViewerChanges: (() => Promise<void>) | null = null;
  private readonly listener: Listener;

  constructor(
    private readonly database: Database,
    private readonly log: Log,
    options: Pick<ListenerOptions, "initialRetryMs" | "maxRetryMs"> = {},
  ) {
    this.listener = database.listener({ ...options, onEvent: (event) => this.report(event) });
    this.comments = new CommentEvents(this.listener, log);
    this.meetings = new MeetingLiveEvents(this.listener, log);
    this.apiKeyRevocations = new ApiKeyRevocations(this.listener, (id) =>
      this.sockets.apiKeyRevoked(id),
    );
  }

  /** `listening`, or `reconnecting` while live updates are not coming in. */
  get state(): ListenerState {
    return this.listener.state;
  }

  async start(): Promise<void> {
    await this.comments.start();
    await this.meetings.start();
    await this.apiKeyRevocations.start();
    this.stopViewerChanges = await this.listener.listen(viewerChangesChannel, (payload) => {
      try {
        this.sockets.viewerChanged(JSON.parse(payload) as ViewerChange);
      } catch {
        this.log.warn(`ignored a malformed ${viewerChangesChannel} payload`);
      }
    });
  }

  async stop(): Promise<void> {
    await this.comments.stop();
    await this.meetings.stop();
    await this.apiKeyRevocations.stop();
    await this.stopViewerChanges?.();
    this.stopViewerChanges = null;
    await this.listener.close();
  }

  /**
   * After an outage: the sockets whose session ended, whose person's access changed (role,
   * memberships, the organisation the session acts for) or whose key was revoked meanwhile are
   * closed, to connect again as whoever each now is.
   */
  private async closeSocketsOfWhatEnded(): Promise<void> {
    const { sessionIds, apiKeyIds } = this.sockets.held();
    if (sessionIds.length === 0 && apiKeyIds.length === 0) return;
    const sessions =
      sessionIds.length === 0
        ? []
        : await this.database.db.query.sessions.findMany({
            where: { id: { in: sessionIds }, expiresAt: { gt: new Date() } },
            columns: { id: true, actingOrganisationId: true },
            with: {
              person: { columns: { role: true }, with: { memberships: true } },
            },
          });
    const keys =
      apiKeyIds.length === 0
        ? []
        : await this.database.db
            .select({ id: schema.apiKeys.id })
            .from(schema.apiKeys)
            .where(and(inArray(schema.apiKeys.id, apiKeyIds), isNull(schema.apiKeys.revokedAt)));
    const closed = this.sockets.keepOnly({
      sessions: new Map(
        sessions.map((s) => [
          s.id,
          accessOf({
            role: s.person.role,
            actingOrganisationId: s.actingOrganisationId,
            memberships: s.person.memberships,
          }),
        ]),
      ),
      apiKeyIds: new Set(keys.map((k) => k.id)),
    });
    if (closed > 0)
      this.log.info(
        `closed ${closed} ${closed === 1 ? "socket" : "sockets"} whose session ended or changed, or whose key was revoked, while live updates were down`,
      );
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
        this.closeSocketsOfWhatEnded().catch((error: Error) =>
          this.log.warn(`could not check the open sockets' sessions and keys: ${error.message}`),
        );
        break;
      }
    }
  }
}
