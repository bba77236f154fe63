import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { ConfirmButton } from "./confirm-button";
import { DataTable } from "./data-table";
import { type Problem, ProblemMessage, problemOf } from "./form";

export const InvitationTable_Invitation = graphql(`
  fragment InvitationTable_Invitation on Invitation {
    id
    email
    name
    role
    membershipRole
    createdAt
    expiresAt
    organisation {
      id
      name
    }
    invitedBy {
      id
      name
    }
  }
`);

const InvitationTable_Revoke = graphql(`
  mutation InvitationTable_Revoke($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

interface InvitationTableProps {
  invitations: readonly FragmentOf<typeof InvitationTable_Invitation>[];
  /** Caption, for screen readers and wide screens. */
  caption: string;
  /** Off on an organisation's own page, where every row is that organisation. */
  showOrganisation?: boolean;
  /**
   * Whether the person may withdraw this one: an organisation admin withdraws only what they could
   * have sent (a member's invitation), the coordinator any.
   */
  canRevoke?: (invitation: { role: string }) => boolean;
  onChange: () => void;
}

/** Invitations not yet accepted, each with when it runs out and a way to withdraw it. */
export function InvitationTable({
  invitations,
  caption,
  showOrganisation = true,
  canRevoke = () => true,
  onChange,
}: InvitationTableProps) {
  const { t, formatDateTimeShort } = useI18n();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [revoking, revoke] = useMutation(InvitationTable_Revoke);
  const rows = invitations.map((i) => readFragment(InvitationTable_Invitation, i));
  const captionId = `invitations-caption-${showOrganisation ? "all" : "organisation"}`;

  return (
    <DataTable
      captionId={captionId}
      caption={caption}
      empty={t("invitations.empty")}
      above={problem && <ProblemMessage key={problem.key} problem={problem} />}
      columns={
        <>
          <th scope="col">{t("account.email")}</th>
          {showOrganisation && <th scope="col">{t("invitations.organisation")}</th>}
          <th scope="col">{t("invitations.role")}</th>
          <th scope="col">{t("invitations.invitedBy")}</th>
          <th scope="col">{t("invitations.sent")}</th>
          <th scope="col">{t("invitations.expires")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("common.actions")}</span>
          </th>
        </>
      }
      rows={rows}
      row={(invitation) => (
        <tr key={invitation.id}>
          <th scope="row">
            {invitation.email}
            {invitation.name && (
              <span className="cell-note" lang={CONTENT_LANG}>
                {invitation.name}
              </span>
            )}
          </th>
          {showOrganisation && (
            <td lang={invitation.organisation ? CONTENT_LANG : undefined}>
              {invitation.organisation?.name ?? "–"}
            </td>
          )}
          <td>
            {showOrganisation ? (
              <>
                {t(`portalRole.${invitation.role}`)}
                {invitation.organisation && (
                  <span className="cell-note">
                    {t(`membershipRole.${invitation.membershipRole}`)}
                  </span>
                )}
              </>
            ) : (
              t(`membershipRole.${invitation.membershipRole}`)
            )}
          </td>
          <td lang={CONTENT_LANG}>{invitation.invitedBy?.name ?? "–"}</td>
          <td className="nowrap">
            <time dateTime={invitation.createdAt}>{formatDateTimeShort(invitation.createdAt)}</time>
          </td>
          <td className="nowrap">
            <time dateTime={invitation.expiresAt}>{formatDateTimeShort(invitation.expiresAt)}</time>
            {new Date(invitation.expiresAt).getTime() < Date.now() && (
              <span className="cell-note">
                <span className="tag tag-warning">{t("invitations.expired")}</span>
              </span>
            )}
          </td>
          <td>
            {canRevoke(invitation) && (
              <ConfirmButton
                label={t("invitations.revoke")}
                labelFor={t("invitations.revokeLabel", { email: invitation.email })}
                question={t("invitations.revokeQuestion", { email: invitation.email })}
                confirmLabel={t("invitations.revokeConfirm")}
                busy={revoking.fetching}
                onConfirm={async () => {
                  const answer = await revoke({ id: invitation.id });
                  const found = problemOf(answer.error, answer.data?.revokeInvitation);
                  setProblem(found);
                  onChange();
                }}
              />
            )}
          </td>
        </tr>
      )}
    />
  );
}
