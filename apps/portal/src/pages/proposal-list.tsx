import { useQuery } from "urql";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const ProposalListPage_Proposals = graphql(`
  query ProposalListPage_Proposals {
    proposals {
      number
      title
      summary
      status
      responsibleBody
      reportDue
    }
  }
`);

/** The proposals to the government, each with its status and who carries it out. */
export function ProposalListPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t("proposals.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProposalListPage_Proposals });
  const proposals = data?.proposals ?? [];
  const decided = proposals.filter((p) => p.status === "DECIDED").length;

  return (
    <>
      <div className="page-intro">
        <h1>{t("proposals.heading")}</h1>
        <p className="lead">{t("proposals.intro")}</p>
      </div>

      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />

      {data &&
        (proposals.length === 0 ? (
          <p>{t("proposals.empty")}</p>
        ) : (
          <>
            <p className="summary">
              {t("proposals.tally", { decided, inPreparation: proposals.length - decided })}
            </p>
            <ol className="proposal-list">
              {proposals.map((proposal) => (
                <li key={proposal.number}>
                  <article className="card proposal">
                    <p className="proposal-meta">
                      <span className="proposal-number">
                        {t("proposals.number", { number: proposal.number })}
                      </span>
                      <span
                        className={`tag ${proposal.status === "DECIDED" ? "tag-success" : "tag-warning"}`}
                      >
                        <span className="visually-hidden">{t("proposals.status")}: </span>
                        {t(`proposalStatus.${proposal.status}`)}
                      </span>
                    </p>
                    <h2 className="card-title" lang={CONTENT_LANG}>
                      {proposal.title}
                    </h2>
                    <dl className="facts">
                      <div>
                        <dt>{t("proposals.responsibleBody")}</dt>
                        <dd lang={CONTENT_LANG}>{proposal.responsibleBody}</dd>
                      </div>
                      {proposal.reportDue && (
                        <div>
                          <dt>{t("proposals.reportDue")}</dt>
                          <dd>
                            <time dateTime={proposal.reportDue}>
                              {formatDate(proposal.reportDue)}
                            </time>
                          </dd>
                        </div>
                      )}
                    </dl>
                    <p lang={CONTENT_LANG}>{proposal.summary}</p>
                  </article>
                </li>
              ))}
            </ol>
          </>
        ))}
    </>
  );
}
