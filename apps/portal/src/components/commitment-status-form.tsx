import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { portalNow } from "../lib/portal-clock";
import { stockholmDay } from "../lib/stockholm";
import { type CommitmentStatus, commitmentStatuses } from "./commitment-status-tag";
import { CommitmentPage_Commitment } from "./commitment-timeline";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  type Problem,
  type ProblemTexts,
  problemOf,
} from "./form";

const CommitmentStatusForm_Record = graphql(
  `
    mutation CommitmentStatusForm_Record(
      $commitmentId: ID!
      $status: CommitmentStatus!
      $changedOn: Date!
      $note: String!
    ) {
      recordCommitmentStatus(
        commitmentId: $commitmentId
        status: $status
        changedOn: $changedOn
        note: $note
      ) {
        __typename
        ...FormProblem_InputError
        ... on MutationRecordCommitmentStatusSuccess {
          data {
            id
            ...CommitmentPage_Commitment
          }
        }
      }
    }
  `,
  [FormProblem_InputError, CommitmentPage_Commitment],
);

const texts: ProblemTexts = {
  DATE_IN_FUTURE: "commitments.problem.DATE_IN_FUTURE",
  DATE_TOO_EARLY: "commitments.problem.DATE_TOO_EARLY",
  NOTE_EMPTY: "commitments.problem.NOTE_EMPTY",
  TOO_LONG: "commitments.problem.TOO_LONG",
};
const fields = ["status", "changedOn", "note"];

/** The coordinator's form under a commitment's timeline: a new status from a day, with a note. */
export function CommitmentStatusForm({
  commitmentId,
  status: current,
}: {
  commitmentId: string;
  status: CommitmentStatus;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<CommitmentStatus>(current);
  const [changedOn, setChangedOn] = useState(() => stockholmDay(portalNow()));
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, record] = useMutation(CommitmentStatusForm_Record);
  const result = useRef<HTMLOutputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);
  useEffect(() => {
    if (problem?.field && fields.includes(problem.field))
      form.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
  }, [problem]);

  return (
    <section aria-labelledby="commitment-record" className="commitment-record">
      <h2 id="commitment-record">{t("commitments.record.heading")}</h2>
      <form
        ref={form}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setDone(false);
          const answer = await record({ commitmentId, status, changedOn, note });
          const found = problemOf(answer.error, answer.data?.recordCommitmentStatus);
          setProblem(found);
          if (!found) {
            setNote("");
            setDone(true);
          }
        }}
      >
        <Field name="status" label={t("commitments.record.status")} problem={problem} texts={texts}>
          {(control) => (
            <select
              {...control}
              value={status}
              onChange={(e) => setStatus(e.target.value as CommitmentStatus)}
            >
              {commitmentStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`commitmentStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="changedOn"
          label={t("commitments.record.date")}
          hint={t("commitments.record.dateHint")}
          problem={problem}
          texts={texts}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={changedOn}
              onChange={(e) => setChangedOn(e.target.value)}
            />
          )}
        </Field>
        <Field
          name="note"
          label={t("commitments.record.note")}
          hint={t("commitments.record.noteHint")}
          problem={problem}
          texts={texts}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              required
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <FormProblem problem={problem} fields={fields} texts={texts} />
        <button type="submit" className="button-primary" disabled={fetching}>
          {t("commitments.record.submit")}
        </button>
        <output ref={result} tabIndex={-1} className="commitment-record-done">
          {done ? t("commitments.record.done") : ""}
        </output>
      </form>
    </section>
  );
}
