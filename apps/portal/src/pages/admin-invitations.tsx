import { useQuery } from "urql";
import { InvitationTable, InvitationTable_Invitation } from "../components/invitation-table";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const AdminInvitationsPage_Invitations = graphql(
  `
    query AdminInvitationsPage_Invitations(
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      invitationsConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          id
          ...InvitationTable_Invitation
        }
      }
    }
  `,
  [InvitationTable_Invitation],
);

/** Every invitation not yet accepted or withdrawn, newest first. */
export function AdminInvitationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminInvitations.documentTitle"));
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminInvitationsPage_Invitations,
    variables: paging.variables,
  });
  const invitations = data?.invitationsConnection;
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
      {invitations && (
        <>
          <p className="summary">
            {t("adminInvitations.count", { count: invitations.totalCount })}
          </p>
          <InvitationTable
            invitations={invitations.nodes}
            caption={t("adminInvitations.caption")}
            onChange={refresh}
          />
          <ListPager
            paging={paging}
            pageInfo={invitations.pageInfo}
            shown={invitations.nodes.length}
            total={invitations.totalCount}
            label={t("adminInvitations.pages")}
          />
        </>
      )}
    </>
  );
}
