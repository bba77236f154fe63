import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "./form";

const OrganisationInvite_Invite = graphql(
  `
    mutation OrganisationInvite_Invite($input: InviteInput!) {
      invitePerson(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationInvitePersonSuccess {
          data {
            id
            email
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

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

type MembershipRole = "MEMBER" | "ADMIN";

function RoleSelect({
  value,
  onValue,
  problem,
}: {
  value: MembershipRole;
  onValue: (role: MembershipRole) => void;
  problem: Problem | null;
}) {
  const { t } = useI18n();
  return (
    <Field name="role" label={t("organisation.role")} problem={problem}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onValue(e.target.value === "ADMIN" ? "ADMIN" : "MEMBER")}
        >
          <option value="MEMBER">{t("membershipRole.MEMBER")}</option>
          <option value="ADMIN">{t("membershipRole.ADMIN")}</option>
        </select>
      )}
    </Field>
  );
}

/** Brings people into the organisation: an invitation by e-mail, or a person who has an account. */
export function OrganisationInvite({
  organisationId,
  onChange,
}: {
  organisationId: string;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<MembershipRole>("MEMBER");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invited, setInvited] = useState("");
  const [inviting, invite] = useMutation(OrganisationInvite_Invite);

  const [addEmail, setAddEmail] = useState("");
  const [addRole, setAddRole] = useState<MembershipRole>("MEMBER");
  const [addProblem, setAddProblem] = useState<Problem | null>(null);
  const [added, setAdded] = useState("");
  const [adding, add] = useMutation(OrganisationInvite_Add);

  return (
    <div className="form-grid">
      <form
        className="form-card"
        noValidate
        aria-labelledby="invite-heading"
        onSubmit={async (event) => {
          event.preventDefault();
          setInvited("");
          if (!email.trim()) return setProblem(localProblem("EMAIL_MISSING", "email"));
          const answer = await invite({
            input: {
              email: email.trim(),
              name: name.trim() || null,
              organisationId,
              membershipRole: role,
            },
          });
          const found = problemOf(answer.error, answer.data?.invitePerson);
          setProblem(found);
          if (found) return;
          setInvited(t("organisation.invited", { email: email.trim() }));
          setEmail("");
          setName("");
          setRole("MEMBER");
          onChange();
        }}
      >
        <h3 id="invite-heading" className="form-heading">
          {t("organisation.inviteHeading")}
        </h3>
        <p className="field-hint">{t("organisation.inviteIntro")}</p>
        <FormProblem
          problem={problem}
          fields={["email", "name", "role"]}
          texts={{ PERSON_EXISTS: "organisation.personExists" }}
        />
        <TextField
          name="email"
          type="email"
          label={t("account.email")}
          autoComplete="off"
          spellCheck={false}
          required
          value={email}
          onValue={setEmail}
          problem={problem}
          texts={{ PERSON_EXISTS: "organisation.personExists" }}
        />
        <TextField
          name="name"
          label={t("organisation.inviteName")}
          hint={t("organisation.inviteNameHint")}
          autoComplete="off"
          value={name}
          onValue={setName}
          problem={problem}
        />
        <RoleSelect value={role} onValue={setRole} problem={problem} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={inviting.fetching}>
            {t("organisation.invite")}
          </button>
          <output className="saved">{invited}</output>
        </div>
      </form>

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
        <RoleSelect value={addRole} onValue={setAddRole} problem={addProblem} />
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
