import { useI18n } from "../i18n";

export const meetingStatuses = ["DRAFT", "PUBLISHED", "CANCELLED", "HELD"] as const;
export const meetingKinds = [
  "NATIONAL_DIALOGUE",
  "DIALOGUE_MEETING",
  "HEARING",
  "ROUND_TABLE",
  "WEBINAR",
  "REGIONAL_CONFERENCE",
  "SEMINAR",
] as const;

const tagClass: Record<(typeof meetingStatuses)[number], string> = {
  DRAFT: "tag tag-warning",
  PUBLISHED: "tag tag-success",
  CANCELLED: "tag tag-error",
  HELD: "tag",
};

/** A meeting's status as a tag: draft, published, cancelled or held. */
export function MeetingStatusTag({ status }: { status: (typeof meetingStatuses)[number] }) {
  const { t } = useI18n();
  return <span className={tagClass[status]}>{t(`meetingAdmin.status.${status}`)}</span>;
}
