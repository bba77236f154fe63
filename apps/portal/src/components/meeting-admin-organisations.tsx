import { useId, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

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
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The organisations invited to a meeting, chosen from a list that narrows as one types. */
export function MeetingAdminOrganisations({
  meetingId,
  chosen,
  organisations,
}: {
  meetingId: string;
  chosen: readonly string[];
  organisations: readonly { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const id = useId();
  const [ids, setIds] = useState<string[]>([...chosen]);
  const [search, setSearch] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [saving, save] = useMutation(MeetingAdminOrganisations_Save);
  const wanted = search.trim().toLocaleLowerCase("sv");
  const shown = organisations.filter(
    (o) => wanted === "" || o.name.toLocaleLowerCase("sv").includes(wanted),
  );

  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const answer = await save({ meetingId, organisationIds: ids });
        const found = problemOf(answer.error, answer.data?.setInvitedOrganisations);
        setProblem(found);
        if (!found) setSaved(t("meetingAdmin.organisationsSaved"));
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-search`}>{t("meetingAdmin.organisationsSearch")}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          aria-controls={`${id}-list`}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <fieldset id={`${id}-list`} className="meeting-admin-checklist">
        <legend>
          {t("meetingAdmin.organisations")}{" "}
          <span className="muted">
            ({t("meetingAdmin.organisationsChosen", { count: ids.length })})
          </span>
        </legend>
        {shown.length === 0 && <p>{t("meetingAdmin.organisationsNoMatch")}</p>}
        {shown.map((organisation) => (
          <div key={organisation.id} className="check-field">
            <input
              id={`${id}-${organisation.id}`}
              type="checkbox"
              checked={ids.includes(organisation.id)}
              onChange={(e) =>
                setIds((all) =>
                  e.target.checked
                    ? [...all, organisation.id]
                    : all.filter((x) => x !== organisation.id),
                )
              }
            />
            <label htmlFor={`${id}-${organisation.id}`} lang={CONTENT_LANG}>
              {organisation.name}
            </label>
          </div>
        ))}
      </fieldset>
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
