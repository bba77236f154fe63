/**
 * The rules of the municipality visits, without the database: the rounds, the status's path and
 * what a participant row may hold.
 */

export type VisitStatus = "planned" | "held" | "written_up";

/** The order a visit goes through: planned, then held, then written up. */
export const visitStatusOrder: readonly VisitStatus[] = ["planned", "held", "written_up"];

export const visitRounds = [1, 2] as const;

export const visitLimits = {
  /** Participants recorded for one visit. */
  participants: 40,
  /** Characters of a free-text role such as "socialchef". */
  role: 120,
  /** Characters of a visit's notes. */
  notes: 20_000,
  /** Characters of one answer to a visit question. */
  answer: 20_000,
  /** Characters of the reason for moving a visit's status back. */
  reason: 1_000,
} as const;

export type StatusRefusal = "SAME_STATUS" | "SKIPS_STATUS" | "REASON_REQUIRED";

/**
 * Whether a visit may move from one status to another: one step forward at a time, or one step
 * back with a reason (a visit marked held by mistake goes back to planned, a write-up reopened goes
 * back to held). Null when it may.
 */
export function statusChangeRefusal(
  from: VisitStatus,
  to: VisitStatus,
  reason: string | null | undefined,
): StatusRefusal | null {
  const step = visitStatusOrder.indexOf(to) - visitStatusOrder.indexOf(from);
  if (step === 0) return "SAME_STATUS";
  if (step === 1) return null;
  if (step === -1) return reason?.trim() ? null : "REASON_REQUIRED";
  return "SKIPS_STATUS";
}

export interface ParticipantInput {
  personId?: string | number | null;
  organisationId?: string | number | null;
  role?: string | null;
}

export type ParticipantShape =
  | { kind: "person"; personId: string }
  | { kind: "organisation"; organisationId: string; role: string | null }
  | { kind: "role"; role: string };

export type ParticipantRefusal = "PARTICIPANT_EMPTY" | "PARTICIPANT_MIXED" | "ROLE_TOO_LONG";

/**
 * What one participant row is: a person alone, an organisation with an optional role, or a role
 * alone. The ids are checked against the database by the service.
 */
export function participantShape(
  input: ParticipantInput,
): { ok: true; shape: ParticipantShape } | { ok: false; refusal: ParticipantRefusal } {
  const personId = input.personId == null ? "" : String(input.personId).trim();
  const organisationId = input.organisationId == null ? "" : String(input.organisationId).trim();
  const role = input.role?.replace(/\s+/g, " ").trim() ?? "";
  if (role.length > visitLimits.role) return { ok: false, refusal: "ROLE_TOO_LONG" };
  if (personId) {
    if (organisationId || role) return { ok: false, refusal: "PARTICIPANT_MIXED" };
    return { ok: true, shape: { kind: "person", personId } };
  }
  if (organisationId) {
    return { ok: true, shape: { kind: "organisation", organisationId, role: role || null } };
  }
  if (role) return { ok: true, shape: { kind: "role", role } };
  return { ok: false, refusal: "PARTICIPANT_EMPTY" };
}
