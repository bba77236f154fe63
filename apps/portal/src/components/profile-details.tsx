import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";
import { FormProblem, FormProblem_InputError, type Problem, problemOf, TextField } from "./form";

export const ProfileDetails_Person = graphql(`
  fragment ProfileDetails_Person on Person {
    id
    name
    title
    email
    role
    createdAt
  }
`);

const ProfileDetails_Update = graphql(
  `
    mutation ProfileDetails_Update($input: ProfileInput!) {
      updateProfile(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationUpdateProfileSuccess {
          data {
            id
            name
            title
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** Name and title, which others see beside what the person writes; e-mail and role are shown only. */
export function ProfileDetails({ person }: { person: FragmentOf<typeof ProfileDetails_Person> }) {
  const { t, formatDate } = useI18n();
  const p = readFragment(ProfileDetails_Person, person);
  const [name, setName] = useState(p.name);
  const [title, setTitle] = useState(p.title ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(ProfileDetails_Update);

  return (
    <section className="section" aria-labelledby="profile-details">
      <h2 id="profile-details">{t("profile.detailsHeading")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("account.email")}</dt>
          <dd>{p.email}</dd>
        </div>
        <div>
          <dt>{t("profile.role")}</dt>
          <dd>{t(`portalRole.${p.role}`)}</dd>
        </div>
        <div>
          <dt>{t("profile.since")}</dt>
          <dd>
            <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <form
        className="form-card"
        noValidate
        aria-labelledby="profile-details"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const answer = await update({
            input: { name: name.trim(), title: title.trim() || null },
          });
          const found = problemOf(answer.error, answer.data?.updateProfile);
          setProblem(found);
          setSaved(!found);
        }}
      >
        <FormProblem problem={problem} fields={["name", "title"]} />
        <TextField
          name="name"
          label={t("account.name")}
          autoComplete="name"
          required
          value={name}
          onValue={(v) => {
            setName(v);
            setSaved(false);
          }}
          problem={problem}
        />
        <TextField
          name="title"
          label={t("profile.title")}
          hint={t("profile.titleHint")}
          autoComplete="organization-title"
          value={title}
          onValue={(v) => {
            setTitle(v);
            setSaved(false);
          }}
          problem={problem}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={result.fetching}>
            {t("common.save")}
          </button>
          <output className="saved">{saved && t("common.saved")}</output>
        </div>
      </form>
    </section>
  );
}
