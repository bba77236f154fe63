import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";
import { InvitationTable, InvitationTable_Invitation } from "./invitation-table";
import { useFirstPageWhenEmptied } from "./list-page-emptied";
import { ListPager } from "./list-pager";
import type { ListPaging } from "./list-paging";

/** A page of the open invitations into an organisation, with where it lies in the whole list. */
export const OrganisationInvitations_Page = graphql(
  `
    fragment OrganisationInvitations_Page on OrganisationInvitationConnection {
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
  `,
  [InvitationTable_Invitation],
);

interface OrganisationInvitationsProps {
  /** The page of invitations shown, 50 at a time, the newest first. */
  page: FragmentOf<typeof OrganisationInvitations_Page>;
  /** Which page is shown, and the way to the others. */
  paging: ListPaging;
  /** Whether the person may withdraw this one (see InvitationTable). */
  canRevoke: (invitation: { role: string }) => boolean;
  onChange: () => void;
}

/** The invitations into the organisation that wait to be used, a page at a time. */
export function OrganisationInvitations({
  page: masked,
  paging,
  canRevoke,
  onChange,
}: OrganisationInvitationsProps) {
  const { t } = useI18n();
  const page = readFragment(OrganisationInvitations_Page, masked);
  useFirstPageWhenEmptied(paging, page.nodes.length);
  return (
    <>
      <InvitationTable
        invitations={page.nodes}
        caption={t("organisation.pendingCaption")}
        showOrganisation={false}
        canRevoke={canRevoke}
        onChange={onChange}
      />
      <ListPager
        paging={paging}
        pageInfo={page.pageInfo}
        shown={page.nodes.length}
        total={page.totalCount}
        label={t("organisation.pendingPages")}
      />
    </>
  );
}
