import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { signInHref } from "../components/access-notice";
import { useLocalListPage } from "../components/list-paging";
import {
  OrganisationInvitations,
  OrganisationInvitations_Page,
} from "../components/organisation-invitations";
import { OrganisationInvite } from "../components/organisation-invite";
import { OrganisationMembers, OrganisationMembers_Page } from "../components/organisation-members";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { siteName } from "../lib/site-name";
import { managesOrganisation, useViewer } from "../lib/viewer";
import { NotFoundPage } from "./error-not-found";

const OrganisationPage_Organisation = graphql(`
  query OrganisationPage_Organisation($slug: String!) {
    organisation(slug: $slug) {
      id
      name
      shortName
      kind
      circle
      description
      website
      municipality {
        code
        name
      }
    }
  }
`);

// Members are for the signed-in, invitations for those who manage the organisation: each its own
// query, so that what a person may not see never takes the rest of the page with it. Each pages
// on its own, 50 at a time.
const OrganisationPage_Members = graphql(
  `
    query OrganisationPage_Members(
      $slug: String!
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      organisation(slug: $slug) {
        id
        membersConnection(first: $first, after: $after, last: $last, before: $before) {
          ...OrganisationMembers_Page
        }
      }
    }
  `,
  [OrganisationMembers_Page],
);

const OrganisationPage_Invitations = graphql(
  `
    query OrganisationPage_Invitations(
      $slug: String!
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      organisation(slug: $slug) {
        id
        invitationsConnection(first: $first, after: $after, last: $last, before: $before) {
          ...OrganisationInvitations_Page
        }
      }
    }
  `,
  [OrganisationInvitations_Page],
);

/** One organisation: what it is, its members, and for its admins and the coordinator, its invitations. */
export function OrganisationPage() {
  const { slug = "" } = useParams();
  // Another organisation's page starts its lists at their first pages.
  return <OrganisationPageOf key={slug} slug={slug} />;
}

function OrganisationPageOf({ slug }: { slug: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const { state: viewer } = useViewer();
  const person = viewer.status === "signedIn" ? viewer.person : null;

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganisationPage_Organisation,
    variables: { slug },
  });
  const organisation = data?.organisation;
  useDocumentTitle(
    organisation?.name ?? t(data ? "notFound.documentTitle" : "organisations.documentTitle"),
  );
  const manage = organisation ? managesOrganisation(person, organisation.id) : false;

  const membersPaging = useLocalListPage();
  const invitationsPaging = useLocalListPage();
  const [members, reexecuteMembers] = useQuery({
    query: OrganisationPage_Members,
    variables: { slug, ...membersPaging.variables },
    pause: !person || !organisation,
  });
  const [invitations, reexecuteInvitations] = useQuery({
    query: OrganisationPage_Invitations,
    variables: { slug, ...invitationsPaging.variables },
    pause: !manage,
  });
  const refresh = () => {
    reexecuteMembers({ requestPolicy: "network-only" });
    if (manage) reexecuteInvitations({ requestPolicy: "network-only" });
  };

  if (data && !organisation) return <NotFoundPage />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/organisationer">{t("organisation.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {organisation && (
        <>
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>
              {organisation.name}
              {organisation.shortName && <> ({organisation.shortName})</>}
            </h1>
            <p className="tags">
              <span className="tag">
                <span className="visually-hidden">{t("organisations.kind")}: </span>
                {t(`organisationKind.${organisation.kind}`)}
              </span>
              <span className="tag">
                <span className="visually-hidden">{t("organisation.circle")}: </span>
                {t(`circle.${organisation.circle}`)}
              </span>
            </p>
            {organisation.description && (
              <p className="lead" lang={CONTENT_LANG}>
                {organisation.description}
              </p>
            )}
            <dl className="facts">
              {organisation.municipality && (
                <div>
                  <dt>{t("organisation.municipality")}</dt>
                  <dd lang={CONTENT_LANG}>{organisation.municipality.name}</dd>
                </div>
              )}
              {organisation.website && (
                <div>
                  <dt>{t("organisations.website")}</dt>
                  <dd className="website">
                    <a href={organisation.website}>{siteName(organisation.website)}</a>
                  </dd>
                </div>
              )}
            </dl>
          </div>

          <section className="section" aria-labelledby="members-heading">
            <h2 id="members-heading">{t("organisation.membersHeading")}</h2>
            {viewer.status === "signedOut" && (
              <p>
                {t("organisation.membersSignIn")}{" "}
                <Link to={signInHref(location)}>{t("account.signIn")}</Link>
              </p>
            )}
            {person && (
              <>
                <QueryStatus
                  fetching={members.fetching}
                  error={members.error}
                  hasData={members.data !== undefined}
                  onRetry={() => reexecuteMembers({ requestPolicy: "network-only" })}
                />
                {members.data?.organisation && (
                  <OrganisationMembers
                    organisationId={organisation.id}
                    page={members.data.organisation.membersConnection}
                    paging={membersPaging}
                    manage={manage}
                    onChange={refresh}
                  />
                )}
              </>
            )}
          </section>

          {manage && (
            <>
              <section className="section" aria-labelledby="invite-section">
                <h2 id="invite-section">{t("organisation.newMembersHeading")}</h2>
                <OrganisationInvite organisationId={organisation.id} onChange={refresh} />
              </section>
              <section className="section" aria-labelledby="pending-heading">
                <h2 id="pending-heading">{t("organisation.pendingHeading")}</h2>
                <QueryStatus
                  fetching={invitations.fetching}
                  error={invitations.error}
                  hasData={invitations.data !== undefined}
                  onRetry={() => reexecuteInvitations({ requestPolicy: "network-only" })}
                />
                {invitations.data?.organisation && (
                  <OrganisationInvitations
                    page={invitations.data.organisation.invitationsConnection}
                    paging={invitationsPaging}
                    canRevoke={(invitation) =>
                      person?.role === "COORDINATOR" || invitation.role === "MEMBER"
                    }
                    onChange={refresh}
                  />
                )}
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
