import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { commentProblemTexts } from "./comment-form";
import {
  FormProblem,
  FormProblem_InputError,
  type Problem,
  ProblemMessage,
  problem,
  problemOf,
} from "./form";
import { ReasonField } from "./reason-field";

const CommentReport_Report = graphql(
  `
    mutation CommentReport_Report($id: ID!, $reason: CommentReportReason!, $note: String) {
      reportComment(id: $id, reason: $reason, note: $note) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

export const reportReasons = ["SPAM", "OFFENSIVE", "PERSONAL_DATA", "OFF_TOPIC", "OTHER"] as const;
type ReportReason = (typeof reportReasons)[number];

/** Texts for a report: "own comment" means one cannot report it, not that one cannot agree. */
const reportProblemTexts = {
  ...commentProblemTexts,
  OWN_COMMENT: "report.OWN_COMMENT",
  REASON_MISSING: "report.REASON_MISSING",
} as const;

/**
 * The form behind "Rapportera" on someone else's comment: why (one of five reasons) and an optional
 * note for the moderators. It opens with the first reason in focus.
 */
export function CommentReportForm({
  commentId,
  onReported,
  onCancel,
}: {
  commentId: string;
  onReported: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState("");
  const [found, setFound] = useState<Problem | null>(null);
  const [reporting, report] = useMutation(CommentReport_Report);
  const firstReason = useRef<HTMLInputElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    firstReason.current?.focus();
  }, []);

  const reasonProblem = found?.field === "reason" ? found : null;
  return (
    <form
      className="form-card report-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!reason) {
          setFound(problem("REASON_MISSING", "reason"));
          firstReason.current?.focus();
          return;
        }
        const answer = await report({ id: commentId, reason, note: note.trim() || null });
        const refused = problemOf(answer.error, answer.data?.reportComment);
        setFound(refused);
        if (refused) {
          if (refused.field === "note") noteField.current?.focus();
          return;
        }
        onReported();
      }}
    >
      <FormProblem problem={found} fields={["reason", "note"]} texts={reportProblemTexts} />
      <fieldset
        className={reasonProblem ? "choice-group field-invalid" : "choice-group"}
        aria-describedby={reasonProblem ? `${id}-reason-problem` : undefined}
      >
        <legend>{t("report.legend")}</legend>
        {reasonProblem && (
          <ProblemMessage
            key={reasonProblem.key}
            problem={reasonProblem}
            id={`${id}-reason-problem`}
            texts={reportProblemTexts}
          />
        )}
        {reportReasons.map((value, index) => (
          <div className="choice" key={value}>
            <input
              ref={index === 0 ? firstReason : undefined}
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-reason`}
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(`report.reason.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <ReasonField
        name="note"
        label={t("report.note")}
        hint={t("report.noteHint")}
        problem={found}
        texts={reportProblemTexts}
        ref={noteField}
        rows={2}
        value={note}
        onValue={setNote}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={reporting.fetching}>
          {t("report.submit")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
