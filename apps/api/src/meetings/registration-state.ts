import type { schema } from "@kraftsamling/db";
import { InputError } from "../shared/errors";

type Meeting = Pick<
  typeof schema.meetings.$inferSelect,
  "kind" | "status" | "startsAt" | "registrationOpensAt" | "registrationClosesAt"
>;

export type RegistrationState =
  | "open"
  | "not_open_yet"
  | "closed"
  | "cancelled"
  | "in_programme"
  | "draft";

/**
 * Whether a person may register now: only for a published meeting, inside its registration window
 * (when it has one) and before it starts. A seminar is picked in its conference's programme instead.
 */
export function registrationState(meeting: Meeting, now: Date): RegistrationState {
  if (meeting.kind === "seminar") return "in_programme";
  if (meeting.status === "draft") return "draft";
  if (meeting.status === "cancelled") return "cancelled";
  if (meeting.status === "held" || now >= meeting.startsAt) return "closed";
  if (meeting.registrationOpensAt && now < meeting.registrationOpensAt) return "not_open_yet";
  if (meeting.registrationClosesAt && now >= meeting.registrationClosesAt) return "closed";
  return "open";
}

/** Throws the coded error that tells why registration is not open now. */
export function assertRegistrationOpen(meeting: Meeting, now: Date, field = "meetingId"): void {
  const state = registrationState(meeting, now);
  switch (state) {
    case "open":
      return;
    case "in_programme":
      throw new InputError(
        "SEMINAR_IN_PROGRAMME",
        "A seminar is not registered for on its own: register for the conference, then pick the seminar in its programme.",
        field,
      );
    case "draft":
      throw new InputError("NOT_FOUND", "There is no such meeting.", field);
    case "cancelled":
      throw new InputError("MEETING_CANCELLED", "The meeting is cancelled.", field);
    case "not_open_yet":
      throw new InputError(
        "REGISTRATION_NOT_OPEN",
        "Registration for this meeting has not opened yet.",
        field,
        meeting.registrationOpensAt,
      );
    case "closed":
      throw new InputError(
        "REGISTRATION_CLOSED",
        "Registration for this meeting is closed.",
        field,
      );
  }
}
