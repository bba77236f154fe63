import { Link } from "react-router";
import { useQuery } from "urql";
import { SignedInOnly } from "../components/access-notice";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const MyOrganisationsPage_Memberships = graphql(`
  query MyOrganisationsPage_Memberships {
    me {
      id
      memberships {
        role
        since
        organisation {
          id
          slug
          name
          kind
        }
      }
    }
  }
`);

/** The organisations the person belongs to; their admins manage members from each one's page. */
export function MyOrganisationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("myOrganisations.documentTitle"));
  return (
    <SignedInOnly heading={t("myOrganisations.heading")}>
      <MyOrganisations />
    </SignedInOnly>
  );
}

function MyOrganisations() {
  const { t, formatDate } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyOrganisationsPage_Memberships,
  });
  const me = data?.me;

  return (
    <>
      <div className="page-intro">
        <h1>{t("myOrganisations.heading")}</h1>
        <p className="lead">{t("myOrganisations.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data != null}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        belowPageHeading
      />
      {me &&
        (me.memberships.length === 0 ? (
          <p>{t("profile.noOrganisations")}</p>
        ) : (
          <ul className="card-grid">
            {me.memberships.map((m) => (
              <li key={m.organisation.id}>
                <article className="card">
                  <h2 className="card-title" lang={CONTENT_LANG}>
                    <Link to={`/organisationer/${m.organisation.slug}`}>{m.organisation.name}</Link>
                  </h2>
                  <p className="tags">
                    <span className="tag">{t(`organisationKind.${m.organisation.kind}`)}</span>
                    <span className={m.role === "ADMIN" ? "tag tag-success" : "tag"}>
                      {t(`membershipRole.${m.role}`)}
                    </span>
                  </p>
                  <p>{t("profile.memberSince", { date: formatDate(m.since) })}</p>
                  {m.role === "ADMIN" && <p>{t("myOrganisations.adminHint")}</p>}
                </article>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
