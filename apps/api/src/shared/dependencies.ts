import type { Config } from "@kraftsamling/config";
import type { CommentEvents } from "../live/comment-events";
import type { MeetingLiveEvents } from "../live/meeting-live-events";
import type { Mailer } from "../mail/mailer";
import type { Clock } from "./clock";
import type { Log } from "./log";

/** What a request needs besides the database: mail, logging and the public address. */
export interface Dependencies {
  mailer: Mailer;
  log: Log;
  /** Without `trustProxy`, no proxy is trusted: the socket's address is the client's. */
  config: Pick<Config, "publicUrl" | "nodeEnv"> &
    Partial<Pick<Config, "trustProxy" | "contactEmail" | "contactPostalAddress">>;
  /** The time the meetings', the blog's and the comments' rules go by (DEMO_DATE moves it); sessions use real time. */
  clock: Clock;
  /** Live comment events; absent where nothing subscribes (in-process tests). */
  events?: CommentEvents;
  /** Live Q&A and speaker-list events of hearings and webinars; absent as `events` is. */
  meetingLiveEvents?: MeetingLiveEvents;
}
