import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { portalNow } from "../lib/portal-clock";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { ReasonField } from "./reason-field";

const ModerationBlockForm_Block = graphql(
  `
    mutation ModerationBlockForm_Block($personId: ID!, $until: DateTime!, $reason: String!) {
      blockParticipant(personId: $personId, until: $until, reason: $reason) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

/** How many days a moderator blocks someone for. */
const blockDays = [1, 3, 7, 30];
const dayMs = 24 * 3600_000;

/** Blocks the author of a comment from writing for a number of days, with a reason they will see. */
export function ModerationBlockForm({
  person,
  onBlocked,
  onCancel,
}: {
  person: { id: string; name: string };
  /** Called with when the block ends. */
  onBlocked: (until: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [days, setDays] = useState(blockDays[0] ?? 1);
  const [reason, setReason] = useState("");
  const [found, setFound] = useState<Problem | null>(null);
  const [blocking, block] = useMutation(ModerationBlockForm_Block);
  const period = useRef<HTMLSelectElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    period.current?.focus();
  }, []);

  return (
    <form
      className="form-card moderation-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const until = new Date(portalNow().getTime() + days * dayMs).toISOString();
        const answer = await block({ personId: person.id, until, reason });
        const refused = problemOf(answer.error, answer.data?.blockParticipant);
        setFound(refused);
        if (!refused) onBlocked(until);
        else if (refused.field === "reason") reasonField.current?.focus();
      }}
    >
      <h3 id={`${id}-heading`} className="form-heading">
        {t("moderationQueue.blockLegend", { name: person.name })}
      </h3>
      <FormProblem problem={found} fields={["reason"]} />
      <div className="field">
        <label htmlFor={`${id}-days`}>{t("moderationQueue.blockPeriod")}</label>
        <select
          ref={period}
          id={`${id}-days`}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {blockDays.map((value) => (
            <option key={value} value={value}>
              {t("moderationQueue.blockDays", { count: value })}
            </option>
          ))}
        </select>
      </div>
      <ReasonField
        label={t("moderationQueue.blockReason")}
        hint={t("moderationQueue.blockReasonHint", { name: person.name })}
        problem={found}
        ref={reasonField}
        rows={2}
        value={reason}
        onValue={setReason}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={blocking.fetching}>
          {t("moderationQueue.blockSubmit")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
