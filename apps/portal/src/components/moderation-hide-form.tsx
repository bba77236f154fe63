import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { ReasonField } from "./reason-field";

const ModerationHideForm_Hide = graphql(
  `
    mutation ModerationHideForm_Hide($id: ID!, $reason: String!) {
      hideComment(id: $id, reason: $reason) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

/** Hides a comment with the reason its author will see; the reason field has focus from the start. */
export function ModerationHideForm({
  commentId,
  onHidden,
  onCancel,
}: {
  commentId: string;
  onHidden: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState("");
  const [found, setFound] = useState<Problem | null>(null);
  const [hiding, hide] = useMutation(ModerationHideForm_Hide);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  return (
    <form
      className="form-card moderation-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const answer = await hide({ id: commentId, reason });
        const refused = problemOf(answer.error, answer.data?.hideComment);
        setFound(refused);
        if (refused) field.current?.focus();
        else onHidden();
      }}
    >
      <h3 id={`${id}-heading`} className="form-heading">
        {t("moderationQueue.hideLegend")}
      </h3>
      <FormProblem problem={found} fields={["reason"]} />
      <ReasonField
        label={t("moderationQueue.hideReason")}
        hint={t("moderationQueue.hideReasonHint")}
        problem={found}
        ref={field}
        rows={3}
        value={reason}
        onValue={setReason}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={hiding.fetching}>
          {t("moderationQueue.hideSubmit")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
