import { useQuery } from "urql";
import { InvitationTable, InvitationTable_Invitation } from "../components/invitation-table";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const AdminInvitationsPage_Invitations = graphql(
  `
    query AdminInvitationsPage_Invitations {
      invitations {
        id
        ...InvitationTable_Invitation
      }
    }
  `,
  [InvitationTable_Invitation],
);

/** Every invitation not yet accepted or withdrawn, newest first. */
export function AdminInvitationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminInvitations.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminInvitationsPage_Invitations,
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminInvitations.heading")}</h1>
        <p className="lead">{t("adminInvitations.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {data && (
        <>
          <p className="summary">
            {t("adminInvitations.count", { count: data.invitations.length })}
          </p>
          <InvitationTable
            invitations={data.invitations}
            caption={t("adminInvitations.caption")}
            onChange={refresh}
          />
        </>
      )}
    </>
  );
}
