import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "./form";

const InviteForm_Invite = graphql(
  `
    mutation InviteForm_Invite($input: InviteInput!) {
      invitePerson(input: $input) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const portalRoles = ["MEMBER", "OBSERVER", "MODERATOR", "COORDINATOR"] as const;
type PortalRole = (typeof portalRoles)[number];
const NO_ORGANISATION = "";

/** The coordinator's invitation: any role across the portal, into an organisation or none. */
export function InviteForm({
  organisations,
  onInvited,
}: {
  organisations: readonly { id: string; name: string }[];
  onInvited: () => void;
}) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<PortalRole>("MEMBER");
  const [organisationId, setOrganisationId] = useState(NO_ORGANISATION);
  const [membershipRole, setMembershipRole] = useState<"MEMBER" | "ADMIN">("MEMBER");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invited, setInvited] = useState("");
  const [result, invite] = useMutation(InviteForm_Invite);

  return (
    <form
      className="form-card"
      noValidate
      aria-labelledby="invite-person-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        setInvited("");
        if (!email.trim()) return setProblem(localProblem("EMAIL_MISSING", "email"));
        const answer = await invite({
          input: {
            email: email.trim(),
            name: name.trim() || null,
            role,
            organisationId: organisationId || null,
            membershipRole: organisationId ? membershipRole : null,
          },
        });
        const found = problemOf(answer.error, answer.data?.invitePerson);
        setProblem(found);
        if (found) return;
        setInvited(t("invite.sent", { email: email.trim() }));
        setEmail("");
        setName("");
        onInvited();
      }}
    >
      <h2 id="invite-person-heading" className="form-heading">
        {t("invite.heading")}
      </h2>
      <p className="field-hint">{t("invite.intro")}</p>
      <FormProblem
        problem={problem}
        fields={["email", "name", "role", "organisationId", "membershipRole"]}
      />
      <div className="form-columns">
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
        <Field name="role" label={t("invite.portalRole")} problem={problem}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(e) => setRole(portalRoles.find((r) => r === e.target.value) ?? "MEMBER")}
            >
              {portalRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`portalRole.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="organisationId" label={t("invite.organisation")} problem={problem}>
          {(control) => (
            <select
              {...control}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              <option value={NO_ORGANISATION}>{t("invite.noOrganisation")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id} lang={CONTENT_LANG}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {organisationId !== NO_ORGANISATION && (
          <Field name="membershipRole" label={t("invite.membershipRole")} problem={problem}>
            {(control) => (
              <select
                {...control}
                value={membershipRole}
                onChange={(e) => setMembershipRole(e.target.value === "ADMIN" ? "ADMIN" : "MEMBER")}
              >
                <option value="MEMBER">{t("membershipRole.MEMBER")}</option>
                <option value="ADMIN">{t("membershipRole.ADMIN")}</option>
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={result.fetching}>
          {t("invite.submit")}
        </button>
        <output className="saved">{invited}</output>
      </div>
    </form>
  );
}
