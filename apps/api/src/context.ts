import type { Config } from "@kraftsamling/config";
import type { Database } from "@kraftsamling/db";
import type { Clock } from "./clock";
import type { CommentEvents } from "./live/comment-events";
import type { MeetingLiveEvents } from "./live/meeting-live-events";
import type { Log } from "./log";
import type { Mailer } from "./mail/mailer";

export type PortalRole = "coordinator" | "moderator" | "member" | "observer";

/** The signed-in person behind a request. */
export interface Viewer {
  personId: string;
  name: string;
  email: string;
  role: PortalRole;
  sessionId: string;
  /** The organisation the person acts for in this session; null: as themselves. */
  actingOrganisationId: string | null;
  memberships: { organisationId: string; role: "member" | "admin" }[];
}

/** What a request needs besides the database: mail, logging and the public address. */
export interface Services {
  mailer: Mailer;
  log: Log;
  /** Without `trustProxy`, no proxy is trusted: the socket's address is the client's. */
  config: Pick<Config, "publicUrl" | "nodeEnv"> & Partial<Pick<Config, "trustProxy">>;
  /** The time the meetings' rules go by (DEMO_DATE moves it); sessions and limits use real time. */
  clock: Clock;
  /** Live comment events; absent where nothing subscribes (in-process tests). */
  events?: CommentEvents;
  /** Live Q&A and speaker-list events of hearings and webinars; absent as `events` is. */
  meetingLiveEvents?: MeetingLiveEvents;
}

export interface Context {
  database: Database;
  /** Changes within a request when the person signs in. */
  viewer: Viewer | null;
  services: Services;
  request: { ip: string; userAgent: string | null };
  /** Sets (a token) or clears (null) the session cookie; on a WebSocket, does nothing. */
  setSessionCookie(token: string | null): void;
}
