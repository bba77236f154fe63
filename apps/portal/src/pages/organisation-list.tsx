import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../components/query-status";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { siteName } from "../lib/site-name";

const OrganisationListPage_Organisations = graphql(`
  query OrganisationListPage_Organisations {
    organisations {
      id
      slug
      name
      shortName
      kind
      circle
      description
      website
    }
  }
`);

type Organisation = ResultOf<typeof OrganisationListPage_Organisations>["organisations"][number];
type Circle = Organisation["circle"];

/** The circles from the closest to the broadest, as the mission describes them. */
const circles: Circle[] = ["SAMARBETE", "SAMRAD", "BRED_DELAKTIGHET"];

/** The partner organisations of the dialogue, grouped by circle. */
export function OrganisationListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("organisations.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganisationListPage_Organisations,
  });

  return (
    <>
      <div className="page-intro">
        <h1>{t("organisations.heading")}</h1>
        <p className="lead">{t("organisations.intro")}</p>
      </div>

      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />

      {data &&
        circles.map((circle) => {
          const members = data.organisations.filter((o) => o.circle === circle);
          const headingId = `circle-${circle.toLowerCase()}`;
          return (
            <section key={circle} className="section" aria-labelledby={headingId}>
              <h2 id={headingId}>{t(`circle.${circle}`)}</h2>
              <p>{t(`circleDescription.${circle}`)}</p>
              <p className="summary">{t("organisations.count", { count: members.length })}</p>
              {members.length === 0 ? (
                <p>{t("organisations.empty")}</p>
              ) : (
                <ul className="card-grid">
                  {members.map((organisation) => (
                    <li key={organisation.id}>
                      <article className="card organisation">
                        <h3 className="card-title" lang={CONTENT_LANG}>
                          <Link to={`/organisationer/${organisation.slug}`}>
                            {organisation.name}
                            {organisation.shortName && <> ({organisation.shortName})</>}
                          </Link>
                        </h3>
                        <p className="tags">
                          <span className="tag">
                            <span className="visually-hidden">{t("organisations.kind")}: </span>
                            {t(`organisationKind.${organisation.kind}`)}
                          </span>
                        </p>
                        <p lang={CONTENT_LANG}>{organisation.description}</p>
                        {organisation.website && (
                          <p className="website">
                            {t("organisations.website")}:{" "}
                            <a href={organisation.website}>{siteName(organisation.website)}</a>
                          </p>
                        )}
                      </article>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </>
  );
}
