import { useI18n } from "../i18n";

export const commitmentStatuses = [
  "PROPOSED",
  "DECIDED",
  "BEING_PREPARED",
  "UNDER_WAY",
  "REPORTED",
  "DONE",
] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

const tagClass: Record<CommitmentStatus, string> = {
  PROPOSED: "tag",
  DECIDED: "tag tag-success",
  BEING_PREPARED: "tag tag-warning",
  UNDER_WAY: "tag tag-success",
  REPORTED: "tag",
  DONE: "tag tag-success",
};

/** A commitment's status in words, as a tag; its colour only repeats what the words say. */
export function CommitmentStatusTag({ status }: { status: CommitmentStatus }) {
  const { t } = useI18n();
  return (
    <span className={`${tagClass[status]} commitment-status`}>
      <span className="visually-hidden">{t("commitments.status")}: </span>
      {t(`commitmentStatus.${status}`)}
    </span>
  );
}

/** A step's day, with "antaget datum" when the sources do not give it. */
export function CommitmentDay({ day, assumed }: { day: string; assumed: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <time dateTime={day}>{formatDate(day)}</time>
      {assumed && <span className="commitment-assumed"> ({t("commitments.assumedDate")})</span>}
    </>
  );
}
