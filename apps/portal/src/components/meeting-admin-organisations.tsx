import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { type OrganisationChoice, OrganisationPicker } from "./organisation-picker";

const MeetingAdminOrganisations_Save = graphql(
  `
    mutation MeetingAdminOrganisations_Save($meetingId: ID!, $organisationIds: [ID!]!) {
      setInvitedOrganisations(meetingId: $meetingId, organisationIds: $organisationIds) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetInvitedOrganisationsSuccess {
          data {
            id
            organisations {
              id
              name
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The organisations invited to a meeting, chosen by searching among all of them. */
export function MeetingAdminOrganisations({
  meetingId,
  chosen,
}: {
  meetingId: string;
  /** The organisations invited when the page loaded. */
  chosen: readonly OrganisationChoice[];
}) {
  const { t } = useI18n();
  const [invited, setInvited] = useState<OrganisationChoice[]>([...chosen]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [saving, save] = useMutation(MeetingAdminOrganisations_Save);

  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const answer = await save({ meetingId, organisationIds: invited.map((o) => o.id) });
        const found = problemOf(answer.error, answer.data?.setInvitedOrganisations);
        setProblem(found);
        if (!found) setSaved(t("meetingAdmin.organisationsSaved"));
      }}
    >
      <OrganisationPicker
        name="organisationIds"
        label={t("meetingAdmin.organisationsSearch")}
        multiple
        chosen={invited}
        onChange={setInvited}
      />
      <FormProblem problem={problem} texts={texts} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving.fetching}>
          {t("meetingAdmin.organisationsSave")}
        </button>
        <output className="saved">{saved}</output>
      </div>
    </form>
  );
}
