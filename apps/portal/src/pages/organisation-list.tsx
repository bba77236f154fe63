import { Link } from "react-router";
import { useQuery } from "urql";
import { ListPager } from "../components/list-pager";
import { useLocalListPage } from "../components/list-paging";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { siteName } from "../lib/site-name";

const OrganisationListPage_Organisations = graphql(`
  query OrganisationListPage_Organisations(
    $circle: Circle!
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    organisationsConnection(
      circle: $circle
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
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
  }
`);

type Circle = "SAMARBETE" | "SAMRAD" | "BRED_DELAKTIGHET";

/** The circles from the closest to the broadest, as the mission describes them. */
const circles: Circle[] = ["SAMARBETE", "SAMRAD", "BRED_DELAKTIGHET"];

/** The partner organisations of the dialogue, grouped by circle, each circle 50 at a time. */
export function OrganisationListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("organisations.documentTitle"));

  return (
    <>
      <div className="page-intro">
        <h1>{t("organisations.heading")}</h1>
        <p className="lead">{t("organisations.intro")}</p>
      </div>
      {circles.map((circle) => (
        <CircleSection key={circle} circle={circle} />
      ))}
    </>
  );
}

/** One circle's organisations, in Swedish alphabetical order. */
function CircleSection({ circle }: { circle: Circle }) {
  const { t } = useI18n();
  const paging = useLocalListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganisationListPage_Organisations,
    variables: { circle, ...paging.variables },
  });
  const organisations = data?.organisationsConnection;
  const headingId = `circle-${circle.toLowerCase()}`;
  return (
    <section className="section" aria-labelledby={organisations ? headingId : undefined}>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {/* The circle shows once its organisations are there, as it shows for good. */}
      {organisations && (
        <>
          <h2 id={headingId}>{t(`circle.${circle}`)}</h2>
          <p>{t(`circleDescription.${circle}`)}</p>
          <p className="summary">{t("organisations.count", { count: organisations.totalCount })}</p>
          {organisations.totalCount === 0 ? (
            <p>{t("organisations.empty")}</p>
          ) : (
            <ul className="card-grid">
              {organisations.nodes.map((organisation) => (
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
          <ListPager
            paging={paging}
            pageInfo={organisations.pageInfo}
            shown={organisations.nodes.length}
            total={organisations.totalCount}
            label={t("organisations.pages", { circle: t(`circle.${circle}`) })}
          />
        </>
      )}
    </section>
  );
}
