import type { Listener } from "@kraftsamling/db";
import { ChannelEvents } from "../shared/channel-events";
import type { Log } from "../shared/log";

/**
 * What the database announced about a meeting's Q&A, speaker list or live state (ids only); or
 * `resync`, without ids, when announcements may have been lost, so everything must be read again.
 */
export interface MeetingLiveEvent {
  meetingId: string;
  change:
    | "question_asked"
    | "question_changed"
    | "question_withdrawn"
    | "votes"
    | "speakers"
    | "state"
    | "resync";
  questionId: string | null;
  speakerId: string | null;
}

export const meetingLiveEventsChannel = "meeting_live_events";

/** The live events of hearings and webinars, from every API instance on the database. */
export class MeetingLiveEvents extends ChannelEvents<MeetingLiveEvent> {
  constructor(listener: Listener, log: Log) {
    super(listener, log, meetingLiveEventsChannel);
  }

  /** The events of one meeting. */
  ofMeeting(meetingId: string): AsyncIterableIterator<MeetingLiveEvent> {
    return this.subscribe((event) => event.meetingId === meetingId, {
      meetingId,
      change: "resync",
      questionId: null,
      speakerId: null,
    });
  }
}
