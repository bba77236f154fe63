import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { ConfirmButton } from "./confirm-button";
import { findingAdminTexts as texts } from "./finding-admin-form";
import { FindingStatusTag } from "./finding-admin-status-tag";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { ReasonField } from "./reason-field";

export const FindingAdminWorkflow_Finding = graphql(`
  fragment FindingAdminWorkflow_Finding on Finding {
    id
    status
    version
    publishedAt
    revisedAt
    unpublishedReason
    viewerCanEdit
    recordedBy {
      id
      name
    }
  }
`);

const FindingAdminWorkflow_Submit = graphql(
  `
    mutation FindingAdminWorkflow_Submit($id: ID!) {
      submitFindingForReview(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationSubmitFindingForReviewSuccess {
          data {
            id
            ...FindingAdminWorkflow_Finding
          }
        }
      }
    }
  `,
  [FormProblem_InputError, FindingAdminWorkflow_Finding],
);

const FindingAdminWorkflow_Return = graphql(
  `
    mutation FindingAdminWorkflow_Return($id: ID!, $reason: String) {
      returnFindingToDraft(id: $id, reason: $reason) {
        __typename
        ...FormProblem_InputError
        ... on MutationReturnFindingToDraftSuccess {
          data {
            id
            ...FindingAdminWorkflow_Finding
          }
        }
      }
    }
  `,
  [FormProblem_InputError, FindingAdminWorkflow_Finding],
);

const FindingAdminWorkflow_Publish = graphql(
  `
    mutation FindingAdminWorkflow_Publish($id: ID!) {
      publishFinding(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationPublishFindingSuccess {
          data {
            id
            ...FindingAdminWorkflow_Finding
          }
        }
      }
    }
  `,
  [FormProblem_InputError, FindingAdminWorkflow_Finding],
);

const FindingAdminWorkflow_Unpublish = graphql(
  `
    mutation FindingAdminWorkflow_Unpublish($id: ID!, $reason: String!) {
      unpublishFinding(id: $id, reason: $reason) {
        __typename
        ...FormProblem_InputError
        ... on MutationUnpublishFindingSuccess {
          data {
            id
            ...FindingAdminWorkflow_Finding
          }
        }
      }
    }
  `,
  [FormProblem_InputError, FindingAdminWorkflow_Finding],
);

/** The step whose reason is being written: back to draft (optional) or unpublishing (required). */
type Asking = "return" | "unpublish" | null;

/**
 * Where a finding stands (status, version, when published and updated, why taken back) and only
 * the steps it may take next: to review, back to draft, publish, unpublish.
 */
export function FindingAdminWorkflow({
  finding: masked,
  onChanged,
}: {
  finding: FragmentOf<typeof FindingAdminWorkflow_Finding>;
  onChanged: () => void;
}) {
  const { t, formatDate } = useI18n();
  const finding = readFragment(FindingAdminWorkflow_Finding, masked);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState("");
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState("");
  const [submitted, submit] = useMutation(FindingAdminWorkflow_Submit);
  const [returned, returnToDraft] = useMutation(FindingAdminWorkflow_Return);
  const [published, publish] = useMutation(FindingAdminWorkflow_Publish);
  const [unpublished, unpublish] = useMutation(FindingAdminWorkflow_Unpublish);
  const result = useRef<HTMLOutputElement>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);

  // After a step the buttons that were pressed are gone: focus goes to what happened.
  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);
  useEffect(() => {
    if (asking) reasonBox.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (problem?.field === "reason") reasonBox.current?.focus();
  }, [problem]);

  const after = (found: Problem | null, text: string) => {
    setProblem(found);
    if (!found) {
      setDone(text);
      setAsking(null);
      setReason("");
      onChanged();
    }
  };

  const ask = (step: Asking) => {
    setDone("");
    setProblem(null);
    setReason("");
    setAsking(step);
  };

  const status = finding.status;
  const canAct = finding.viewerCanEdit;

  return (
    <div className="finding-admin-workflow">
      <ul className="finding-admin-facts">
        <li>
          {t("findingAdmin.currentStatus")} <FindingStatusTag status={status} />
        </li>
        <li>{t("findingAdmin.version", { version: finding.version })}</li>
        {finding.publishedAt && (
          <li>
            <time dateTime={finding.publishedAt}>
              {t("findingAdmin.publishedOn", { date: formatDate(finding.publishedAt) })}
            </time>
            {finding.revisedAt && (
              <>
                {", "}
                <time dateTime={finding.revisedAt} className="finding-admin-revised">
                  {t("findingAdmin.revisedOn", { date: formatDate(finding.revisedAt) })}
                </time>
              </>
            )}
          </li>
        )}
        {finding.recordedBy && (
          <li>
            {t("findingAdmin.recordedBy")}{" "}
            <span lang={CONTENT_LANG}>{finding.recordedBy.name}</span>
          </li>
        )}
      </ul>
      {status === "UNPUBLISHED" && finding.unpublishedReason && (
        <p className="finding-admin-reason">
          {t("findingAdmin.unpublishedReason")}{" "}
          <span lang={CONTENT_LANG}>{finding.unpublishedReason}</span>
        </p>
      )}
      <output ref={result} tabIndex={-1} className="saved">
        {done}
      </output>
      <FormProblem problem={problem} fields={asking ? ["reason"] : []} texts={texts} />
      {canAct && asking === null && (
        <div className="button-row">
          {status === "DRAFT" && (
            <button
              type="button"
              className="button-primary"
              disabled={submitted.fetching}
              onClick={async () => {
                setDone("");
                const answer = await submit({ id: finding.id });
                after(
                  problemOf(answer.error, answer.data?.submitFindingForReview),
                  t("findingAdmin.submitted"),
                );
              }}
            >
              {t("findingAdmin.submit")}
            </button>
          )}
          {(status === "IN_REVIEW" || status === "UNPUBLISHED") && (
            <ConfirmButton
              label={t("findingAdmin.publish")}
              question={t("findingAdmin.publishQuestion")}
              confirmLabel={t("findingAdmin.publish")}
              busy={published.fetching}
              onConfirm={async () => {
                setDone("");
                const answer = await publish({ id: finding.id });
                after(
                  problemOf(answer.error, answer.data?.publishFinding),
                  t("findingAdmin.published"),
                );
              }}
            />
          )}
          {status === "IN_REVIEW" && (
            <button type="button" className="button-secondary" onClick={() => ask("return")}>
              {t("findingAdmin.returnToDraft")}
            </button>
          )}
          {status === "PUBLISHED" && (
            <button type="button" className="button-secondary" onClick={() => ask("unpublish")}>
              {t("findingAdmin.unpublish")}
            </button>
          )}
        </div>
      )}
      {asking !== null && (
        <form
          className="form-card finding-admin-reason-form"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (asking === "return") {
              const answer = await returnToDraft({
                id: finding.id,
                reason: reason.trim() === "" ? null : reason.trim(),
              });
              after(
                problemOf(answer.error, answer.data?.returnFindingToDraft),
                t("findingAdmin.returned"),
              );
            } else {
              const answer = await unpublish({ id: finding.id, reason: reason.trim() });
              after(
                problemOf(answer.error, answer.data?.unpublishFinding),
                t("findingAdmin.unpublished"),
              );
            }
          }}
        >
          <ReasonField
            ref={reasonBox}
            label={
              asking === "return"
                ? t("findingAdmin.returnReason")
                : t("findingAdmin.unpublishReason")
            }
            hint={
              asking === "return" ? t("findingAdmin.returnHint") : t("findingAdmin.unpublishHint")
            }
            problem={problem}
            texts={texts}
            rows={3}
            value={reason}
            onValue={setReason}
          />
          <div className="button-row">
            <button
              type="submit"
              className={asking === "return" ? "button-primary" : "button-danger"}
              disabled={returned.fetching || unpublished.fetching}
            >
              {asking === "return"
                ? t("findingAdmin.returnConfirm")
                : t("findingAdmin.unpublishConfirm")}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setAsking(null);
                setProblem(null);
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
