import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { CommitmentLinksForm } from "../components/commitment-links-form";
import { CommitmentStatusForm } from "../components/commitment-status-form";
import { CommitmentStatusTag } from "../components/commitment-status-tag";
import { CommitmentPage_Commitment, CommitmentTimeline } from "../components/commitment-timeline";
import { QueryStatus } from "../components/query-status";
import { graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { NotFoundPage } from "./error-not-found";

const CommitmentPage_Query = graphql(
  `
    query CommitmentPage_Query($slug: String!) {
      commitment(slug: $slug) {
        id
        ...CommitmentPage_Commitment
      }
    }
  `,
  [CommitmentPage_Commitment],
);

/**
 * /atagande/:slug: one commitment with who carries it out, its timeline, its area or items, and the
 * findings and meetings behind it; the coordinator records a change of status and links the
 * findings and meetings here.
 */
export function CommitmentPage() {
  const { t } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CommitmentPage_Query,
    variables: { slug },
  });
  const c = data?.commitment ? readFragment(CommitmentPage_Commitment, data.commitment) : null;
  useDocumentTitle(c ? c.title : t(data ? "notFound.documentTitle" : "commitments.documentTitle"));
  if (data && !c) return <NotFoundPage />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/atagande">{t("commitments.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {c && data?.commitment && (
        <article className="commitment-page">
          <div className="page-intro">
            <p className="commitment-meta">
              <span className="commitment-number">
                {t(`commitments.number.${c.kind}`, { number: c.number })}
              </span>
              <CommitmentStatusTag status={c.status} />
            </p>
            <h1 lang={CONTENT_LANG}>{c.title}</h1>
          </div>
          <dl className="facts">
            <div>
              <dt>{t("commitments.actor")}</dt>
              <dd lang={CONTENT_LANG}>{c.actor}</dd>
            </div>
            {c.parent && (
              <div>
                <dt>{t("commitments.area")}</dt>
                <dd lang={CONTENT_LANG}>
                  <Link to={`/atagande/${c.parent.slug}`}>{c.parent.title}</Link>
                </dd>
              </div>
            )}
          </dl>
          {c.summary && (
            <p className="commitment-summary" lang={CONTENT_LANG}>
              {c.summary}
            </p>
          )}

          <CommitmentTimeline commitment={data.commitment} />
          {c.viewerCanRecordStatus && (
            <CommitmentStatusForm key={c.id} commitmentId={c.id} status={c.status} />
          )}

          {c.children.length > 0 && (
            <section aria-labelledby="commitment-items">
              <h2 id="commitment-items">{t("commitments.itemsHeading")}</h2>
              <ol className="commitment-items">
                {c.children.map((item) => (
                  <li key={item.id}>
                    <Link to={`/atagande/${item.slug}`} lang={CONTENT_LANG}>
                      {item.title}
                    </Link>{" "}
                    <CommitmentStatusTag status={item.status} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {c.findings.length > 0 && (
            <section aria-labelledby="commitment-findings">
              <h2 id="commitment-findings">{t("commitments.findingsHeading")}</h2>
              <ul>
                {c.findings.map((f) => (
                  <li key={f.id}>
                    <Link to={`/iakttagelser/${f.id}`} lang={CONTENT_LANG}>
                      {f.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {c.meetings.length > 0 && (
            <section aria-labelledby="commitment-meetings">
              <h2 id="commitment-meetings">{t("commitments.meetingsHeading")}</h2>
              <ul>
                {c.meetings.map((m) => (
                  <li key={m.id}>
                    <Link to={`/moten/${m.slug}`} lang={CONTENT_LANG}>
                      {m.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {c.viewerCanRecordStatus && (
            <CommitmentLinksForm
              key={c.id}
              commitmentId={c.id}
              findings={c.findings.map((f) => ({
                id: f.id,
                title: f.title,
                kind: f.kind,
                day: f.observedOn ?? f.publishedAt,
              }))}
              meetings={c.meetings}
            />
          )}
        </article>
      )}
    </>
  );
}
