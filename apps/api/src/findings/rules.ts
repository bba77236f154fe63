/**
 * The rules of findings without the database: how long their texts may be, which source takes a
 * visit or a meeting, and which status a finding may move to from which.
 */
import type { FindingSource, FindingStatus } from "./filter";

export const findingLimits = {
  title: 200,
  body: 5000,
  themes: 10,
  /** Characters of the reason a finding is taken back from the public, or returned to draft. */
  reason: 500,
} as const;

/** The sources that are a kind of meeting: the finding may name the meeting it was heard at. */
export const meetingSources: readonly FindingSource[] = [
  "dialogue_meeting",
  "hearing",
  "round_table",
  "webinar",
];

/** A refusal of an input, with the code, the sentence and the field it concerns. */
export interface Refusal {
  code: string;
  message: string;
  field: string;
}

export interface FindingShape {
  title: string;
  body: string;
  source: FindingSource;
  themeIds: readonly string[];
  visitId: string | null;
  meetingId: string | null;
}

/**
 * What is wrong with a finding's content before the database is asked, or null: the texts' lengths,
 * the number of themes, and the visit or meeting its source allows.
 */
export function findingShapeRefusal(input: FindingShape): Refusal | null {
  if (input.title === "") {
    return { code: "TITLE_EMPTY", message: "A finding has a title.", field: "title" };
  }
  if (input.title.length > findingLimits.title) {
    return {
      code: "TOO_LONG",
      message: `The title may be at most ${findingLimits.title} characters, got ${input.title.length}.`,
      field: "title",
    };
  }
  if (input.body === "") {
    return { code: "BODY_EMPTY", message: "Write what was found in the text.", field: "body" };
  }
  if (input.body.length > findingLimits.body) {
    return {
      code: "TOO_LONG",
      message: `The text may be at most ${findingLimits.body} characters, got ${input.body.length}.`,
      field: "body",
    };
  }
  if (input.themeIds.length === 0) {
    return {
      code: "THEME_REQUIRED",
      message: "Choose at least one theme the finding is about.",
      field: "themeIds",
    };
  }
  if (input.themeIds.length > findingLimits.themes) {
    return {
      code: "TOO_MANY_THEMES",
      message: `A finding is about at most ${findingLimits.themes} themes, got ${input.themeIds.length}.`,
      field: "themeIds",
    };
  }
  if (input.source === "visit" && !input.visitId) {
    return {
      code: "VISIT_REQUIRED",
      message: "A finding from a visit names the visit it was heard at.",
      field: "visitId",
    };
  }
  if (input.source !== "visit" && input.visitId) {
    return {
      code: "VISIT_NOT_ALLOWED",
      message: "Only a finding whose source is VISIT names a visit.",
      field: "visitId",
    };
  }
  if (!meetingSources.includes(input.source) && input.meetingId) {
    return {
      code: "MEETING_NOT_ALLOWED",
      message:
        "Only a finding from a dialogue meeting, hearing, round table or webinar names a meeting.",
      field: "meetingId",
    };
  }
  return null;
}

export type FindingAction = "submit" | "return" | "publish" | "unpublish";

/** Which statuses each action starts from, and where it leads. */
export const findingTransitions: Record<
  FindingAction,
  { from: readonly FindingStatus[]; to: FindingStatus }
> = {
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review"], to: "draft" },
  publish: { from: ["in_review", "unpublished"], to: "published" },
  unpublish: { from: ["published"], to: "unpublished" },
};

const statusNames: Record<FindingStatus, string> = {
  draft: "DRAFT",
  in_review: "IN_REVIEW",
  published: "PUBLISHED",
  unpublished: "UNPUBLISHED",
};

/**
 * The status an action leads to from the current one, or a FINDING_STATUS refusal naming both the
 * current status and the one asked for.
 */
export function findingTransition(
  action: FindingAction,
  current: FindingStatus,
): { ok: true; to: FindingStatus } | { ok: false; refusal: Refusal } {
  const rule = findingTransitions[action];
  if (rule.from.includes(current)) return { ok: true, to: rule.to };
  const from = rule.from.map((s) => statusNames[s]).join(" or ");
  return {
    ok: false,
    refusal: {
      code: "FINDING_STATUS",
      message: `A finding that is ${statusNames[current]} cannot become ${statusNames[rule.to]}: only one that is ${from} can.`,
      field: "id",
    },
  };
}

/** The reason given, trimmed, or a refusal: required to unpublish, and at most the limit. */
export function reasonRefusal(reason: string, required: boolean): Refusal | null {
  if (required && reason === "") {
    return {
      code: "REASON_REQUIRED",
      message: "Say why the finding is taken back from the public.",
      field: "reason",
    };
  }
  if (reason.length > findingLimits.reason) {
    return {
      code: "TOO_LONG",
      message: `The reason may be at most ${findingLimits.reason} characters, got ${reason.length}.`,
      field: "reason",
    };
  }
  return null;
}
