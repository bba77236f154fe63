import { useId, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

const MeetingAdminFindings_Save = graphql(
  `
    mutation MeetingAdminFindings_Save($meetingId: ID!, $findingIds: [ID!]!) {
      setMeetingFindings(meetingId: $meetingId, findingIds: $findingIds) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetMeetingFindingsSuccess {
          data {
            id
            findings {
              id
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

export interface FindingChoice {
  id: string;
  title: string;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "UNPUBLISHED";
}

/** The findings a meeting produced, chosen among those the API lists. */
export function MeetingAdminFindings({
  meetingId,
  chosen,
  findings,
}: {
  meetingId: string;
  chosen: readonly string[];
  findings: readonly FindingChoice[];
}) {
  const { t } = useI18n();
  const id = useId();
  const [ids, setIds] = useState<string[]>([...chosen]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [saving, save] = useMutation(MeetingAdminFindings_Save);

  if (findings.length === 0) return <p>{t("meetingAdmin.findingsEmpty")}</p>;
  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const answer = await save({ meetingId, findingIds: ids });
        const found = problemOf(answer.error, answer.data?.setMeetingFindings);
        setProblem(found);
        if (!found) setSaved(t("meetingAdmin.findingsSaved"));
      }}
    >
      <fieldset className="meeting-admin-checklist">
        <legend>{t("meetingAdmin.findingsIntro")}</legend>
        {findings.map((finding) => (
          <div key={finding.id} className="check-field">
            <input
              id={`${id}-${finding.id}`}
              type="checkbox"
              checked={ids.includes(finding.id)}
              onChange={(e) =>
                setIds((all) =>
                  e.target.checked ? [...all, finding.id] : all.filter((x) => x !== finding.id),
                )
              }
            />
            <label htmlFor={`${id}-${finding.id}`}>
              <span lang={CONTENT_LANG}>{finding.title}</span>
              {finding.status !== "PUBLISHED" && ` ${t("meetingAdmin.findingDraft")}`}
            </label>
          </div>
        ))}
      </fieldset>
      <FormProblem problem={problem} texts={texts} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving.fetching}>
          {t("meetingAdmin.findingsSave")}
        </button>
        <output className="saved">{saved}</output>
      </div>
    </form>
  );
}
