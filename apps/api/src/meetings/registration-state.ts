import type { schema } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

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

/** The coded error that tells why registration is not open now; null while it is. */
function registrationClosedError(meeting: Meeting, now: Date, field: string): InputError | null {
  const state = registrationState(meeting, now);
  switch (state) {
    case "open":
      return null;
    case "in_programme":
      return new InputError(
        "SEMINAR_IN_PROGRAMME",
        "A seminar is not registered for on its own: register for the conference, then pick the seminar in its programme.",
        field,
      );
    case "draft":
      return new InputError("NOT_FOUND", "There is no such meeting.", field);
    case "cancelled":
      return new InputError("MEETING_CANCELLED", "The meeting is cancelled.", field);
    case "not_open_yet":
      return new InputError(
        "REGISTRATION_NOT_OPEN",
        "Registration for this meeting has not opened yet.",
        field,
        meeting.registrationOpensAt,
      );
    case "closed":
      return new InputError(
        "REGISTRATION_CLOSED",
        "Registration for this meeting is closed.",
        field,
      );
  }
}

/** Throws the coded error that tells why registration is not open now. */
export function assertRegistrationOpen(meeting: Meeting, now: Date, field = "meetingId"): void {
  const error = registrationClosedError(meeting, now, field);
  if (error) throw error;
}

/** What decides a registration besides the meeting and the time: what the database holds. */
export interface RegistrationFacts {
  /** The person holds a place or a place on the waiting list already. */
  registered: boolean;
  /** For a meeting whose audience is the invited organisations: those invited. */
  invitedOrganisationIds: readonly string[];
}

export type RegistrationDecision =
  | { allowed: true; organisationId: string | null }
  | { allowed: false; refusal: InputError };

const refuse = (refusal: InputError): RegistrationDecision => ({ allowed: false, refusal });

/**
 * The organisation a registration is made on behalf of: the one asked for (which must be one of the
 * person's), else the one they act for, else their only one. For a meeting open to invited
 * organisations, that organisation must be invited; without a choice, an invited one of theirs.
 */
function organisationFor(
  viewer: Viewer,
  meeting: Pick<typeof schema.meetings.$inferSelect, "audience">,
  invitedOrganisationIds: readonly string[],
  asked: string | number | null | undefined,
): string | null | InputError {
  const mine = viewer.memberships.map((m) => m.organisationId);
  let chosen: string | null = null;
  if (asked !== null && asked !== undefined) {
    const id = uuidOrNull(asked);
    if (!id || !mine.includes(id)) {
      return new InputError(
        "NOT_A_MEMBER",
        "You can register on behalf of your own organisations only.",
        "organisationId",
      );
    }
    chosen = id;
  } else if (viewer.actingOrganisationId && mine.includes(viewer.actingOrganisationId)) {
    chosen = viewer.actingOrganisationId;
  } else if (mine.length === 1) {
    chosen = mine[0] ?? null;
  }
  if (meeting.audience !== "invited") return chosen;
  const invited = new Set(invitedOrganisationIds);
  if (chosen && invited.has(chosen)) return chosen;
  const anyInvited = asked == null ? mine.find((id) => invited.has(id)) : undefined;
  if (anyInvited) return anyInvited;
  return new InputError(
    "NOT_INVITED",
    "This meeting is for invited organisations only, and yours is not among them.",
    asked == null ? "meetingId" : "organisationId",
  );
}

/**
 * Whether the person may register for the meeting now, and on behalf of which organisation: a
 * participant, registration open (see `registrationState`), on behalf of an organisation the
 * meeting allows (the one asked for, or by default as `organisationFor` picks), and not registered
 * already. The `registerForMeeting` mutation refuses with the refusal; `Meeting.viewerCanRegister`
 * answers whether there is none.
 */
export function registrationDecision(
  viewer: Viewer | null,
  meeting: Meeting & Pick<typeof schema.meetings.$inferSelect, "audience">,
  now: Date,
  facts: RegistrationFacts,
  asked?: string | number | null,
): RegistrationDecision {
  if (!viewer || !hasScope(viewer, "participant")) {
    return refuse(
      new InputError("NOT_A_PARTICIPANT", "Only participants register for meetings.", "meetingId"),
    );
  }
  const closed = registrationClosedError(meeting, now, "meetingId");
  if (closed) return refuse(closed);
  const organisation = organisationFor(viewer, meeting, facts.invitedOrganisationIds, asked);
  if (organisation instanceof InputError) return refuse(organisation);
  if (facts.registered) {
    return refuse(
      new InputError(
        "ALREADY_REGISTERED",
        "You are already registered for this meeting.",
        "meetingId",
      ),
    );
  }
  return { allowed: true, organisationId: organisation };
}
