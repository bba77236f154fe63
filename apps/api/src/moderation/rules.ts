import { InputError } from "../shared/errors";

/** Open reports from this many different people hide a comment until a moderator decides. */
export const reportsToHide = 3;
export const maximumSlowModeSeconds = 24 * 3600;
export const maximumReasonLength = 1_000;
export const maximumReportNoteLength = 1_000;

/** The reason the moderation log gives for a hide by reports. */
export const logReasonForReports = "reported";

/** A comment's reports that no moderator has decided on yet, as a relational filter. */
export const openReports = { resolvedAt: { isNull: true } } as const;

/** A moderator's reason: trimmed, not empty, not too long. */
export function checkReason(reason: string, field = "reason"): string {
  const text = reason.trim();
  if (text === "") throw new InputError("REASON_REQUIRED", "Give a reason.", field);
  if (text.length > maximumReasonLength) {
    throw new InputError(
      "REASON_TOO_LONG",
      `A reason holds at most ${maximumReasonLength} characters.`,
      field,
    );
  }
  return text;
}

/** The note with a report: trimmed, null when empty, not too long. */
export function checkReportNote(note: string | null | undefined): string | null {
  const text = note?.trim() || null;
  if (text && text.length > maximumReportNoteLength) {
    throw new InputError(
      "NOTE_TOO_LONG",
      `A note holds at most ${maximumReportNoteLength} characters.`,
      "note",
    );
  }
  return text;
}
