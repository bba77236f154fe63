import { useI18n } from "../i18n";

export const findingStatuses = ["DRAFT", "IN_REVIEW", "PUBLISHED", "UNPUBLISHED"] as const;
export const findingKinds = ["CHALLENGE", "GOOD_EXAMPLE"] as const;
export const findingSources = [
  "VISIT",
  "DIALOGUE_MEETING",
  "HEARING",
  "ROUND_TABLE",
  "WEBINAR",
  "SURVEY",
  "RESEARCH",
] as const;

export type FindingStatus = (typeof findingStatuses)[number];
export type FindingKind = (typeof findingKinds)[number];
export type FindingSource = (typeof findingSources)[number];

const tagClass: Record<FindingStatus, string> = {
  DRAFT: "tag tag-warning",
  IN_REVIEW: "tag finding-admin-tag-review",
  PUBLISHED: "tag tag-success",
  UNPUBLISHED: "tag tag-error",
};

/** A finding's status as a tag, in words: utkast, granskas, publicerad or avpublicerad. */
export function FindingStatusTag({ status }: { status: FindingStatus }) {
  const { t } = useI18n();
  return <span className={tagClass[status]}>{t(`findingAdmin.status.${status}`)}</span>;
}
