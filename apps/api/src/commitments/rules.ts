/**
 * The rules of commitments without the database: what a status change may say and on which day,
 * and how many links and changes one commitment holds.
 */
import type { schema } from "@kraftsamling/db";

export type CommitmentKind = (typeof schema.commitmentKind.enumValues)[number];
export type CommitmentStatus = (typeof schema.commitmentStatus.enumValues)[number];

export const commitmentLimits = {
  /** Characters of the note that goes with a status change. */
  note: 1000,
  /** The first day a change may be dated: the mission began in 2015. */
  earliestDay: "2015-01-01",
  /** Status changes in one commitment's timeline. */
  changes: 100,
  /** Findings and meetings linked to one commitment. */
  findings: 200,
  meetings: 50,
} as const;

/** A refusal of an input, with the code, the sentence and the field it concerns. */
export interface Refusal {
  code: string;
  message: string;
  field: string;
}

export interface StatusChangeShape {
  /** YYYY-MM-DD. */
  changedOn: string;
  /** Trimmed. */
  note: string;
  /** Today in Stockholm, YYYY-MM-DD. */
  today: string;
}

/**
 * What is wrong with a status change before the database is asked, or null: a note of 1–1000
 * characters, and a day from 2015 up to today.
 */
export function statusChangeRefusal(change: StatusChangeShape): Refusal | null {
  if (change.changedOn < commitmentLimits.earliestDay) {
    return {
      code: "DATE_TOO_EARLY",
      message: `A change is dated from ${commitmentLimits.earliestDay}, when the mission began, got ${change.changedOn}.`,
      field: "changedOn",
    };
  }
  if (change.changedOn > change.today) {
    return {
      code: "DATE_IN_FUTURE",
      message: `A change is recorded once it has happened: ${change.changedOn} is after today (${change.today}).`,
      field: "changedOn",
    };
  }
  if (change.note === "") {
    return { code: "NOTE_EMPTY", message: "Write a note on what changed.", field: "note" };
  }
  if (change.note.length > commitmentLimits.note) {
    return {
      code: "TOO_LONG",
      message: `The note may be at most ${commitmentLimits.note} characters, got ${change.note.length}.`,
      field: "note",
    };
  }
  return null;
}

export interface DatedStatus {
  status: CommitmentStatus;
  changedOn: string;
  recordedAt: Date;
}

/** The status a timeline ends at: its latest day, and of one day the change recorded last. */
export function latestStatus(timeline: readonly DatedStatus[]): CommitmentStatus | null {
  let latest: DatedStatus | null = null;
  for (const step of timeline) {
    if (
      !latest ||
      step.changedOn > latest.changedOn ||
      (step.changedOn === latest.changedOn && step.recordedAt >= latest.recordedAt)
    ) {
      latest = step;
    }
  }
  return latest?.status ?? null;
}
