import { useI18n } from "../i18n";
import type { ProblemTexts } from "./form";

export const visitStatuses = ["PLANNED", "HELD", "WRITTEN_UP"] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** The statuses in the address, in short Swedish: ?status=planerat. */
export const visitStatusParam: Record<VisitStatus, string> = {
  PLANNED: "planerat",
  HELD: "genomfort",
  WRITTEN_UP: "dokumenterat",
};

const tagClass: Record<VisitStatus, string> = {
  PLANNED: "tag tag-warning",
  HELD: "tag",
  WRITTEN_UP: "tag tag-success",
};

/** A visit's status as a tag: planned, held or written up. */
export function VisitStatusTag({ status }: { status: VisitStatus }) {
  const { t } = useI18n();
  return <span className={tagClass[status]}>{t(`visitStatus.${status}`)}</span>;
}

/** The visits API's codes in words of the portal's own. */
export const visitTexts: ProblemTexts = {
  NOT_IN_SELECTION: "visitProblem.NOT_IN_SELECTION",
  VISIT_EXISTS: "visitProblem.VISIT_EXISTS",
  ROUND_ORDER: "visitProblem.ROUND_ORDER",
  NO_SUCH_ROUND: "visitProblem.NO_SUCH_ROUND",
  TOO_LONG: "visitProblem.TOO_LONG",
  NOT_FOUND: "visitProblem.NOT_FOUND",
  SAME_STATUS: "visitProblem.SAME_STATUS",
  SKIPS_STATUS: "visitProblem.SKIPS_STATUS",
  REASON_REQUIRED: "visitProblem.REASON_REQUIRED",
  TOO_MANY: "visitProblem.TOO_MANY",
  PARTICIPANT_EMPTY: "visitProblem.PARTICIPANT_EMPTY",
  PARTICIPANT_MIXED: "visitProblem.PARTICIPANT_MIXED",
  ROLE_TOO_LONG: "visitProblem.ROLE_TOO_LONG",
  DUPLICATE_PARTICIPANT: "visitProblem.DUPLICATE_PARTICIPANT",
  DUPLICATE_QUESTION: "visitProblem.DUPLICATE_QUESTION",
  NO_SUCH_QUESTION: "visitProblem.NO_SUCH_QUESTION",
  DATE_MISSING: "visitProblem.DATE_MISSING",
  MUNICIPALITY_MISSING: "visitProblem.MUNICIPALITY_MISSING",
  PERSONAL_DATA: "problem.PERSONAL_DATA",
};

/** Says plainly that a visit or a selection is made up for the demonstration. */
export function VisitInventedNote({ kind }: { kind: "visit" | "selection" | "list" }) {
  const { t } = useI18n();
  return (
    <p className="notice visit-invented">
      <strong>{t("visitAdmin.invented")}</strong> {t(`visitAdmin.invented.${kind}`)}
    </p>
  );
}
