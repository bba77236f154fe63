import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";
import { Field, FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

export const ProfileOrganisations_Person = graphql(`
  fragment ProfileOrganisations_Person on Person {
    memberships {
      role
      since
      organisation {
        id
        slug
        name
      }
    }
  }
`);

const ProfileOrganisations_ActFor = graphql(
  `
    mutation ProfileOrganisations_ActFor($organisationId: ID) {
      actOnBehalfOf(organisationId: $organisationId) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const SELF = "";

/** The person's organisations, and whom they speak for in this browser: one of them, or themselves. */
export function ProfileOrganisations({
  person,
  actingOrganisationId,
  onChange,
}: {
  person: FragmentOf<typeof ProfileOrganisations_Person>;
  actingOrganisationId: string | null;
  onChange: () => void;
}) {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const { memberships } = readFragment(ProfileOrganisations_Person, person);
  const [choice, setChoice] = useState(actingOrganisationId ?? SELF);
  const [problem, setProblem] = useState<Problem | null>(null);
  // After saving: whom the person now acts for (null: themselves).
  const [saved, setSaved] = useState<{ name: string | null } | null>(null);
  const [result, actFor] = useMutation(ProfileOrganisations_ActFor);

  return (
    <section className="section" aria-labelledby="profile-organisations">
      <h2 id="profile-organisations">{t("profile.organisationsHeading")}</h2>
      {memberships.length === 0 ? (
        <p>{t("profile.noOrganisations")}</p>
      ) : (
        <>
          <ul className="plain-list">
            {memberships.map((m) => (
              <li key={m.organisation.id}>
                <Link to={`/organisationer/${m.organisation.slug}`} lang={CONTENT_LANG}>
                  {m.organisation.name}
                </Link>{" "}
                <span className={m.role === "ADMIN" ? "tag tag-success" : "tag"}>
                  {t(`membershipRole.${m.role}`)}
                </span>{" "}
                <span className="muted">
                  {t("profile.memberSince", { date: formatDate(m.since) })}
                </span>
              </li>
            ))}
          </ul>
          <form
            className="form-card"
            noValidate
            aria-labelledby="acting-heading"
            onSubmit={async (event) => {
              event.preventDefault();
              setSaved(null);
              const organisationId = choice === SELF ? null : choice;
              const answer = await actFor({ organisationId });
              const found = problemOf(answer.error, answer.data?.actOnBehalfOf);
              setProblem(found);
              if (found) return;
              const chosen = memberships.find((m) => m.organisation.id === organisationId);
              setSaved({ name: chosen?.organisation.name ?? null });
              viewer.refresh();
              onChange();
            }}
          >
            <h3 id="acting-heading" className="form-heading">
              {t("profile.actingHeading")}
            </h3>
            <p className="field-hint">{t("profile.actingIntro")}</p>
            <FormProblem
              problem={problem}
              fields={["organisationId"]}
              texts={{ NOT_A_MEMBER: "profile.actingNotMember" }}
            />
            <Field
              name="organisationId"
              label={t("profile.actingLabel")}
              problem={problem}
              texts={{ NOT_A_MEMBER: "profile.actingNotMember" }}
            >
              {(control) => (
                <select
                  {...control}
                  value={choice}
                  onChange={(e) => {
                    setChoice(e.target.value);
                    setSaved(null);
                  }}
                >
                  <option value={SELF}>{t("profile.actingSelf")}</option>
                  {memberships.map((m) => (
                    <option key={m.organisation.id} value={m.organisation.id} lang={CONTENT_LANG}>
                      {m.organisation.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="form-actions">
              <button type="submit" className="button-primary" disabled={result.fetching}>
                {t("common.save")}
              </button>
              <output className="saved">
                {saved &&
                  (saved.name
                    ? t("profile.actingSaved", { name: saved.name })
                    : t("profile.actingSavedSelf"))}
              </output>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
