import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { type MessageKey, useI18n } from "../i18n";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  type ProblemTexts,
  problemOf,
  TextField,
} from "./form";
import { type OrganisationChoice, OrganisationPicker } from "./organisation-picker";

const InviteForm_Invite = graphql(
  `
    mutation InviteForm_Invite($input: InviteInput!) {
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

const portalRoles = ["MEMBER", "OBSERVER", "MODERATOR", "COORDINATOR"] as const;
type PortalRole = (typeof portalRoles)[number];
export type MembershipRole = "MEMBER" | "ADMIN";

/**
 * Who invites, and so what the form asks: the coordinator chooses a role across the portal and,
 * if they like, an organisation and a role in it; an organisation's admin invites into theirs and
 * chooses only the role in it.
 */
export type InviteScope = { kind: "portal" } | { kind: "organisation"; organisationId: string };

interface ScopeTexts {
  heading: MessageKey;
  intro: MessageKey;
  submit: MessageKey;
  sent: MessageKey;
}

const scopeTexts: Record<InviteScope["kind"], ScopeTexts> = {
  portal: {
    heading: "invite.heading",
    intro: "invite.intro",
    submit: "invite.submit",
    sent: "invite.sent",
  },
  organisation: {
    heading: "organisation.inviteHeading",
    intro: "organisation.inviteIntro",
    submit: "organisation.invite",
    sent: "organisation.invited",
  },
};

/** An organisation's person already has an account: the organisation's page says to add them. */
const organisationProblemTexts: ProblemTexts = { PERSON_EXISTS: "organisation.personExists" };

/** The role in an organisation, as a select named `name` (the API's field for it). */
export function MembershipRoleField({
  name,
  label,
  value,
  onValue,
  problem,
}: {
  name: string;
  label: string;
  value: MembershipRole;
  onValue: (role: MembershipRole) => void;
  problem: Problem | null;
}) {
  const { t } = useI18n();
  return (
    <Field name={name} label={label} problem={problem}>
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

/**
 * The invitation by e-mail: an address, an optional name and the roles the scope allows. The
 * coordinator's form on the people page heads its section (h2); an organisation's sits under the
 * organisation's members (h3).
 */
export function InviteForm({ scope, onInvited }: { scope: InviteScope; onInvited: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<PortalRole>("MEMBER");
  /** The organisation the coordinator invites into, if any. */
  const [organisation, setOrganisation] = useState<OrganisationChoice | null>(null);
  const [membershipRole, setMembershipRole] = useState<MembershipRole>("MEMBER");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invited, setInvited] = useState("");
  const [result, invite] = useMutation(InviteForm_Invite);

  const texts = scopeTexts[scope.kind];
  const portal = scope.kind === "portal";
  const problemTexts = portal ? undefined : organisationProblemTexts;
  const headingId = portal ? "invite-person-heading" : "invite-heading";
  const Heading = portal ? "h2" : "h3";

  const fields = (
    <>
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
        texts={problemTexts}
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
      {scope.kind === "portal" ? (
        <>
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
          <OrganisationPicker
            name="organisationId"
            label={t("invite.organisation")}
            chosen={organisation ? [organisation] : []}
            onChange={(chosen) => setOrganisation(chosen[0] ?? null)}
            noneChosen={t("invite.noOrganisation")}
            problem={problem}
          />
          {organisation && (
            <MembershipRoleField
              name="membershipRole"
              label={t("invite.membershipRole")}
              value={membershipRole}
              onValue={setMembershipRole}
              problem={problem}
            />
          )}
        </>
      ) : (
        // The organisation's form calls its one role "role", as the add-member form beside it does.
        <MembershipRoleField
          name="role"
          label={t("organisation.role")}
          value={membershipRole}
          onValue={setMembershipRole}
          problem={problem}
        />
      )}
    </>
  );

  return (
    <form
      className="form-card"
      noValidate
      aria-labelledby={headingId}
      onSubmit={async (event) => {
        event.preventDefault();
        setInvited("");
        if (!email.trim()) return setProblem(localProblem("EMAIL_MISSING", "email"));
        const answer = await invite({
          input:
            scope.kind === "portal"
              ? {
                  email: email.trim(),
                  name: name.trim() || null,
                  role,
                  organisationId: organisation?.id ?? null,
                  membershipRole: organisation ? membershipRole : null,
                }
              : {
                  email: email.trim(),
                  name: name.trim() || null,
                  organisationId: scope.organisationId,
                  membershipRole,
                },
        });
        const found = problemOf(answer.error, answer.data?.invitePerson);
        setProblem(found);
        if (found) return;
        setInvited(t(texts.sent, { email: email.trim() }));
        setEmail("");
        setName("");
        if (!portal) setMembershipRole("MEMBER");
        onInvited();
      }}
    >
      <Heading id={headingId} className="form-heading">
        {t(texts.heading)}
      </Heading>
      <p className="field-hint">{t(texts.intro)}</p>
      <FormProblem
        problem={problem}
        fields={
          portal
            ? ["email", "name", "role", "organisationId", "membershipRole"]
            : ["email", "name", "role"]
        }
        texts={problemTexts}
      />
      {portal ? <div className="form-columns">{fields}</div> : fields}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={result.fetching}>
          {t(texts.submit)}
        </button>
        <output className="saved">{invited}</output>
      </div>
    </form>
  );
}
