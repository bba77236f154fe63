import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { FindingStatusTag } from "./finding-admin-status-tag";
import { QueryStatus } from "./query-status";

const VisitFindings_Findings = graphql(`
  query VisitFindings_Findings($visitId: ID!) {
    visit(id: $visitId) {
      id
      findings {
        id
        title
        kind
        status
      }
    }
  }
`);

/**
 * The findings recorded from one visit, each with its status and a link to its page, and a link to
 * record a new one from the visit.
 */
export function VisitFindings({ visitId }: { visitId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VisitFindings_Findings,
    variables: { visitId },
    requestPolicy: "cache-and-network",
  });
  const findings = data?.visit?.findings;
  return (
    <div className="finding-visit-list">
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {findings &&
        (findings.length === 0 ? (
          <p>{t("findingAdmin.visitFindingsEmpty")}</p>
        ) : (
          <ul className="finding-visit-items">
            {findings.map((finding) => (
              <li key={finding.id}>
                <Link to={`/admin/iakttagelser/${finding.id}`} lang={CONTENT_LANG}>
                  {finding.title}
                </Link>{" "}
                <span className="finding-visit-kind">
                  – {t(`findingAdmin.kind.${finding.kind}`)}
                </span>{" "}
                <FindingStatusTag status={finding.status} />
              </li>
            ))}
          </ul>
        ))}
      <p>
        <Link
          className="button-secondary"
          to={`/admin/iakttagelser/ny?besok=${encodeURIComponent(visitId)}`}
        >
          {t("findingAdmin.visitFindingsNew")}
        </Link>
      </p>
    </div>
  );
}
