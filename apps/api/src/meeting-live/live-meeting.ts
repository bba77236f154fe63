import type { Db, schema } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

type Meeting = typeof schema.meetings.$inferSelect;
type LiveState = typeof schema.meetingLiveStates.$inferSelect;
export type LiveMeeting = Meeting & { liveState: LiveState | null };

/** The kinds of meeting that have a live Q&A, and the one that has a speaker list. */
export const kindsWithQuestions: readonly Meeting["kind"][] = ["hearing", "webinar"];
export const kindsWithSpeakerList: readonly Meeting["kind"][] = ["hearing"];

export const hasQuestions = (meeting: Pick<Meeting, "kind">) =>
  kindsWithQuestions.includes(meeting.kind);
export const hasSpeakerList = (meeting: Pick<Meeting, "kind">) =>
  kindsWithSpeakerList.includes(meeting.kind);

/** Whether the Q&A and the speaker list take new entries: open until a moderator closes them. */
export function liveStateOf(meeting: Pick<LiveMeeting, "kind" | "liveState">) {
  return {
    questionsOpen: hasQuestions(meeting) && (meeting.liveState?.questionsOpen ?? true),
    speakerListOpen: hasSpeakerList(meeting) && (meeting.liveState?.speakerListOpen ?? true),
  };
}

/**
 * Whether the person may run the meeting's Q&A and speaker list (open and close them, decide on
 * questions, give the floor): moderators and the coordinator, for a hearing or a webinar that is
 * not a draft. The live mutations find no draft, and only these kinds have live tools.
 */
export function mayModerateLive(
  viewer: Viewer | null,
  meeting: Pick<Meeting, "kind" | "status">,
): boolean {
  return (
    hasScope(viewer, "moderator") &&
    meeting.status !== "draft" &&
    (hasQuestions(meeting) || hasSpeakerList(meeting))
  );
}

/** A published (not draft) meeting by id, with its live state; NOT_FOUND otherwise. */
export async function liveMeetingOf(
  db: Db,
  id: string | number,
  field = "meetingId",
): Promise<LiveMeeting> {
  const meetingId = uuidOrNull(id);
  const meeting = meetingId
    ? await db.query.meetings.findFirst({
        where: { id: meetingId, status: { ne: "draft" } },
        with: { liveState: true },
      })
    : undefined;
  if (!meeting) throw new InputError("NOT_FOUND", "There is no such meeting.", field);
  return meeting;
}

/** The meeting, when it is a hearing or a webinar; NO_LIVE_QUESTIONS for other kinds. */
export async function meetingWithQuestions(
  db: Db,
  id: string | number,
  field = "meetingId",
): Promise<LiveMeeting> {
  const meeting = await liveMeetingOf(db, id, field);
  if (!hasQuestions(meeting)) {
    throw new InputError("NO_LIVE_QUESTIONS", "Only hearings and webinars have a live Q&A.", field);
  }
  return meeting;
}

/** The meeting, when it is a hearing; NO_SPEAKER_LIST for other kinds. */
export async function meetingWithSpeakerList(
  db: Db,
  id: string | number,
  field = "meetingId",
): Promise<LiveMeeting> {
  const meeting = await liveMeetingOf(db, id, field);
  if (!hasSpeakerList(meeting)) {
    throw new InputError("NO_SPEAKER_LIST", "Only hearings have a speaker list.", field);
  }
  return meeting;
}

/** Participants take part in a meeting that is not cancelled. */
export function checkNotCancelled(meeting: Pick<Meeting, "status">): void {
  if (meeting.status === "cancelled")
    throw new InputError("MEETING_CANCELLED", "The meeting is cancelled.", "meetingId");
}

/**
 * The organisation a person speaks for: one of their memberships, or none (as themselves).
 * NOT_A_MEMBER when they are not a member of it.
 */
export function organisationSpokenFor(
  viewer: Viewer,
  organisationId: string | number | null | undefined,
): string | null {
  if (organisationId === null || organisationId === undefined || organisationId === "") return null;
  const id = uuidOrNull(organisationId);
  if (!id || !viewer.memberships.some((m) => m.organisationId === id)) {
    throw new InputError(
      "NOT_A_MEMBER",
      "You can speak only for an organisation you are a member of.",
      "organisationId",
    );
  }
  return id;
}
