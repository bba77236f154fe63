import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { type CommitmentStatus, commitmentStatuses } from "./commitment-status-tag";
import { SkeletonLines } from "./skeleton-lines";

const CommitmentStatusSummary_Counts = graphql(`
  query CommitmentStatusSummary_Counts {
    all: commitmentsConnection(first: 1) {
      totalCount
    }
    PROPOSED: commitmentsConnection(filter: { statuses: [PROPOSED] }, first: 1) {
      totalCount
    }
    DECIDED: commitmentsConnection(filter: { statuses: [DECIDED] }, first: 1) {
      totalCount
    }
    BEING_PREPARED: commitmentsConnection(filter: { statuses: [BEING_PREPARED] }, first: 1) {
      totalCount
    }
    UNDER_WAY: commitmentsConnection(filter: { statuses: [UNDER_WAY] }, first: 1) {
      totalCount
    }
    REPORTED: commitmentsConnection(filter: { statuses: [REPORTED] }, first: 1) {
      totalCount
    }
    DONE: commitmentsConnection(filter: { statuses: [DONE] }, first: 1) {
      totalCount
    }
  }
`);

/**
 * Where the commitments stand: how many have each status, each a link to the commitments with
 * that status, and a link to all. The list keeps its place while it comes.
 */
export function CommitmentStatusSummary({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, error }, reexecute] = useQuery({ query: CommitmentStatusSummary_Counts });
  const counts = data
    ? commitmentStatuses
        .map((status: CommitmentStatus) => ({ status, count: data[status].totalCount }))
        .filter(({ count }) => count > 0)
    : [];

  return (
    <section className="section commitment-status-summary" aria-labelledby={id}>
      <h2 id={id}>{t("start.commitmentsHeading")}</h2>
      {!data ? (
        error ? (
          <div className="notice notice-error" role="alert">
            <p>{t("common.error")}</p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => reexecute({ requestPolicy: "network-only" })}
            >
              {t("common.retry")}
            </button>
          </div>
        ) : (
          <SkeletonLines lines={3} label={t("common.loading")} className="status-count-skeleton" />
        )
      ) : data.all.totalCount === 0 ? (
        <p>{t("start.commitmentsEmpty")}</p>
      ) : (
        <>
          <ul className="status-counts">
            {counts.map(({ status, count }) => (
              <li key={status}>
                <Link to={`/atagande?status=${status.toLowerCase()}`}>
                  <span className="status-count">{count}</span>{" "}
                  <span className="status-count-label">{t(`commitmentStatus.${status}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/atagande">{t("start.commitmentsAll", { count: data.all.totalCount })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
