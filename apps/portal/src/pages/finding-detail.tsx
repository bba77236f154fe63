import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { NotFoundPage } from "./error-not-found";

const FindingPage_Finding = graphql(`
  query FindingPage_Finding($id: ID!) {
    finding(id: $id) {
      id
      title
      body
      kind
      source
      status
      invented
      round
      observedOn
      publishedAt
      revisedAt
      version
      themes {
        id
        slug
        title
      }
      phase {
        number
        name
      }
      municipality {
        code
        name
        county {
          code
          name
        }
        group {
          code
          name
        }
      }
      meeting {
        id
        slug
        title
      }
    }
  }
`);

/** /iakttagelser/:id: one published finding, with where it comes from; never who wrote it. */
export function FindingPage() {
  const { t, formatDate } = useI18n();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FindingPage_Finding,
    variables: { id },
  });
  const f = data?.finding?.status === "PUBLISHED" ? data.finding : null;
  useDocumentTitle(f ? f.title : t(data ? "notFound.documentTitle" : "findings.documentTitle"));
  // The API answers an id that is no finding with an error (it is no id at all) or with null.
  const unknownId = error?.graphQLErrors.some((e) => e.extensions?.code === "BAD_USER_INPUT");
  if ((data && !f) || unknownId) return <NotFoundPage />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/iakttagelser">{t("findings.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {f && (
        <article className="finding-page">
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>{f.title}</h1>
            <p className="tags">
              <span className={`tag finding-kind finding-kind-${f.kind.toLowerCase()}`}>
                {t(`findingKind.${f.kind}`)}
              </span>
              {f.invented && <span className="tag tag-warning">{t("findings.demoTag")}</span>}
            </p>
          </div>
          {f.invented && (
            <p className="notice notice-demo" role="note">
              {t("findings.demoNotice")}
            </p>
          )}
          <div className="finding-body" lang={CONTENT_LANG}>
            {f.body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          <section aria-labelledby="finding-facts">
            <h2 id="finding-facts">{t("findings.detail.factsLabel")}</h2>
            <dl className="facts finding-facts">
              <div>
                <dt>{t("findings.detail.kind")}</dt>
                <dd>{t(`findingKind.${f.kind}`)}</dd>
              </div>
              <div>
                <dt>{t("findings.detail.source")}</dt>
                <dd>{t(`findingSource.${f.source}`)}</dd>
              </div>
              <div>
                <dt>{t("findings.detail.themes")}</dt>
                <dd>
                  <ul className="finding-theme-links">
                    {f.themes.map((th) => (
                      <li key={th.id}>
                        <Link to={`/teman/${th.slug}`} lang={CONTENT_LANG}>
                          {th.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt>{t("findings.detail.phase")}</dt>
                <dd lang={CONTENT_LANG}>
                  {t("findings.filter.phaseOption", { number: f.phase.number, name: f.phase.name })}
                </dd>
              </div>
              {f.municipality && (
                <>
                  <div>
                    <dt>{t("findings.detail.municipality")}</dt>
                    <dd lang={CONTENT_LANG}>
                      {t("findings.detail.municipalityValue", {
                        municipality: f.municipality.name,
                        county: f.municipality.county.name,
                      })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("findings.detail.group")}</dt>
                    <dd lang={CONTENT_LANG}>
                      {t("findings.filter.groupOption", {
                        code: f.municipality.group.code,
                        name: f.municipality.group.name,
                      })}
                    </dd>
                  </div>
                </>
              )}
              {f.round !== null && (
                <div>
                  <dt>{t("findings.detail.round")}</dt>
                  <dd>{t("findings.filter.roundOption", { round: f.round })}</dd>
                </div>
              )}
              {f.meeting && (
                <div>
                  <dt>{t("findings.detail.meeting")}</dt>
                  <dd>
                    <Link to={`/moten/${f.meeting.slug}`} lang={CONTENT_LANG}>
                      {f.meeting.title}
                    </Link>
                  </dd>
                </div>
              )}
              {f.observedOn && (
                <div>
                  <dt>{t("findings.detail.observed")}</dt>
                  <dd>
                    <time dateTime={f.observedOn}>{formatDate(f.observedOn)}</time>
                  </dd>
                </div>
              )}
              {f.publishedAt && (
                <div>
                  <dt>{t("findings.detail.published")}</dt>
                  <dd>
                    <time dateTime={f.publishedAt}>{formatDate(f.publishedAt)}</time>
                  </dd>
                </div>
              )}
              {f.revisedAt && (
                <div>
                  <dt>{t("findings.detail.updated")}</dt>
                  <dd>
                    <time dateTime={f.revisedAt}>{formatDate(f.revisedAt)}</time>
                    {" · "}
                    {t("findings.detail.version", { version: f.version })}
                  </dd>
                </div>
              )}
            </dl>
          </section>
        </article>
      )}
    </>
  );
}
