import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "./form";
import { InviteForm, type MembershipRole, MembershipRoleField } from "./invite-form";

const OrganisationInvite_Add = graphql(
  `
    mutation OrganisationInvite_Add($organisationId: ID!, $email: String!, $role: MembershipRole) {
      addMember(organisationId: $organisationId, email: $email, role: $role) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

/** Brings people into the organisation: an invitation by e-mail, or a person who has an account. */
export function OrganisationInvite({
  organisationId,
  onChange,
}: {
  organisationId: string;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [addEmail, setAddEmail] = useState("");
  const [addRole, setAddRole] = useState<MembershipRole>("MEMBER");
  const [addProblem, setAddProblem] = useState<Problem | null>(null);
  const [added, setAdded] = useState("");
  const [adding, add] = useMutation(OrganisationInvite_Add);

  return (
    <div className="form-grid">
      <InviteForm scope={{ kind: "organisation", organisationId }} onInvited={onChange} />

      <form
        className="form-card"
        noValidate
        aria-labelledby="add-heading"
        onSubmit={async (event) => {
          event.preventDefault();
          setAdded("");
          if (!addEmail.trim()) return setAddProblem(localProblem("EMAIL_MISSING", "email"));
          const answer = await add({ organisationId, email: addEmail.trim(), role: addRole });
          const found = problemOf(answer.error, answer.data?.addMember);
          setAddProblem(found);
          if (found) return;
          setAdded(t("organisation.added", { email: addEmail.trim() }));
          setAddEmail("");
          setAddRole("MEMBER");
          onChange();
        }}
      >
        <h3 id="add-heading" className="form-heading">
          {t("organisation.addHeading")}
        </h3>
        <p className="field-hint">{t("organisation.addIntro")}</p>
        <FormProblem problem={addProblem} fields={["email", "role"]} />
        <TextField
          name="email"
          type="email"
          label={t("account.email")}
          autoComplete="off"
          spellCheck={false}
          required
          value={addEmail}
          onValue={setAddEmail}
          problem={addProblem}
        />
        <MembershipRoleField
          name="role"
          label={t("organisation.role")}
          value={addRole}
          onValue={setAddRole}
          problem={addProblem}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={adding.fetching}>
            {t("organisation.add")}
          </button>
          <output className="saved">{added}</output>
        </div>
      </form>
    </div>
  );
}
