import { useId } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import {
  CommitmentDay,
  type CommitmentStatus,
  CommitmentStatusTag,
  commitmentStatuses,
} from "../components/commitment-status-tag";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { QueryStatus } from "../components/query-status";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const CommitmentListPage_Commitments = graphql(`
  query CommitmentListPage_Commitments(
    $filter: CommitmentFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    commitmentsConnection(
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        startCursor
        endCursor
      }
      nodes {
      id
      slug
      kind
      number
      title
      actor
      status
      parent {
        id
        slug
        number
        title
      }
      timeline {
        status
        changedOn
        dateAssumed
      }
      }
    }
    commitmentActors
  }
`);

type Commitment = ResultOf<
  typeof CommitmentListPage_Commitments
>["commitmentsConnection"]["nodes"][number];

/** Commitments on one page: all of them, as the sources hold fewer. */
const PAGE_SIZE = 100;

/** The choices in the address: ?aktor=Socialstyrelsen&status=decided. */
interface Filters {
  actor: string | null;
  status: CommitmentStatus | null;
}

function readFilters(params: URLSearchParams): Filters {
  const status = params.get("status")?.toUpperCase();
  return {
    actor: params.get("aktor") || null,
    status: commitmentStatuses.find((s) => s === status) ?? null,
  };
}

function filtersSearch(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.actor) params.set("aktor", filters.actor);
  if (filters.status) params.set("status", filters.status.toLowerCase());
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** One commitment in a list: its number, title, who carries it out, status and latest change. */
function CommitmentItem({ commitment: c, level }: { commitment: Commitment; level: 3 | 4 }) {
  const { t } = useI18n();
  const latest = c.timeline.at(-1);
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <li>
      <article className="card commitment-card">
        <p className="commitment-meta">
          <span className="commitment-number">
            {t(`commitments.number.${c.kind}`, { number: c.number })}
          </span>
          <CommitmentStatusTag status={c.status} />
        </p>
        <Heading className="card-title" lang={CONTENT_LANG}>
          <Link to={`/atagande/${c.slug}`}>{c.title}</Link>
        </Heading>
        <dl className="facts">
          <div>
            <dt>{t("commitments.actor")}</dt>
            <dd lang={CONTENT_LANG}>{c.actor}</dd>
          </div>
          {latest && (
            <div>
              <dt>{t("commitments.latest")}</dt>
              <dd>
                <CommitmentDay day={latest.changedOn} assumed={latest.dateAssumed} />:{" "}
                {t(`commitmentStatus.${latest.status}`)}
              </dd>
            </div>
          )}
        </dl>
      </article>
    </li>
  );
}

function CommitmentList({ list, level = 3 }: { list: Commitment[]; level?: 3 | 4 }) {
  return (
    <ol className="commitment-list">
      {list.map((c) => (
        <CommitmentItem key={c.id} commitment={c} level={level} />
      ))}
    </ol>
  );
}

/**
 * /atagande: the proposals, SKL's action plan by area and its stability factors, each with its
 * status and latest change, filtered by who carries them out and by status.
 */
export function CommitmentListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("commitments.documentTitle"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = readFilters(params);
  const paging = useUrlListPage(PAGE_SIZE);
  const filter = {
    actors: filters.actor ? [filters.actor] : null,
    statuses: filters.status ? [filters.status] : null,
  };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CommitmentListPage_Commitments,
    variables: { filter, ...paging.variables },
  });
  const actorId = useId();
  const statusId = useId();
  const connection = data?.commitmentsConnection;
  const commitments = connection?.nodes ?? [];
  const ofKind = (kind: Commitment["kind"]) => commitments.filter((c) => c.kind === kind);
  const proposals = ofKind("PROPOSAL");
  const stability = ofKind("STABILITY_FACTOR");
  // The areas with what the filter chose of them: the area itself, its items, or both.
  const areas = new Map<
    string,
    { slug: string; number: number; title: string; own?: Commitment; items: Commitment[] }
  >();
  for (const c of commitments) {
    if (c.kind === "ACTION_AREA") {
      const area = areas.get(c.id) ?? { ...c, items: [] };
      areas.set(c.id, { ...area, own: c });
    } else if (c.kind === "ACTION_ITEM" && c.parent) {
      const area = areas.get(c.parent.id) ?? { ...c.parent, items: [] };
      area.items.push(c);
      areas.set(c.parent.id, area);
    }
  }
  const areaList = [...areas.values()].sort((a, b) => a.number - b.number);
  const filtered = filters.actor !== null || filters.status !== null;

  return (
    <>
      <div className="page-intro">
        <h1>{t("commitments.heading")}</h1>
        <p className="lead">{t("commitments.intro")}</p>
      </div>
      <form
        className="commitment-filters"
        aria-label={t("commitments.filterLabel")}
        key={params.toString()}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const status = commitmentStatuses.find((s) => s === form.get("status")) ?? null;
          navigate({
            search: filtersSearch({ actor: String(form.get("aktor") ?? "") || null, status }),
          });
        }}
      >
        <div className="field">
          <label htmlFor={actorId}>{t("commitments.filterActor")}</label>
          <select id={actorId} name="aktor" defaultValue={filters.actor ?? ""}>
            <option value="">{t("commitments.filterAllActors")}</option>
            {(data?.commitmentActors ?? (filters.actor ? [filters.actor] : [])).map((actor) => (
              <option key={actor} value={actor} lang={CONTENT_LANG}>
                {actor}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId}>{t("commitments.filterStatus")}</label>
          <select id={statusId} name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("commitments.filterAllStatuses")}</option>
            {commitmentStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`commitmentStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          {t("commitments.filterSubmit")}
        </button>
      </form>

      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />

      {data && (
        <>
          <p className="summary">
            <output aria-live="polite">
              {t("commitments.resultCount", { count: connection?.totalCount ?? 0 })}
            </output>
            {filtered && (
              <>
                {" "}
                <Link to="/atagande">{t("commitments.filterClear")}</Link>
              </>
            )}
          </p>
          {commitments.length === 0 && <p>{t("commitments.empty")}</p>}
          {proposals.length > 0 && (
            <section aria-labelledby="commitments-proposals" className="commitment-group">
              <h2 id="commitments-proposals">{t("commitments.proposalsHeading")}</h2>
              <CommitmentList list={proposals} />
            </section>
          )}
          {areaList.length > 0 && (
            <section aria-labelledby="commitments-action-plan" className="commitment-group">
              <h2 id="commitments-action-plan">{t("commitments.actionPlanHeading")}</h2>
              <p>{t("commitments.actionPlanIntro")}</p>
              {areaList.map((area) => (
                <section
                  key={area.slug}
                  aria-labelledby={`area-${area.slug}`}
                  className="commitment-area"
                >
                  <h3 id={`area-${area.slug}`} lang={CONTENT_LANG}>
                    <Link to={`/atagande/${area.slug}`}>{area.title}</Link>
                  </h3>
                  {area.own && (
                    <p className="commitment-meta">
                      <span className="commitment-number">
                        {t("commitments.number.ACTION_AREA", { number: area.number })}
                      </span>
                      <CommitmentStatusTag status={area.own.status} />
                    </p>
                  )}
                  <CommitmentList list={area.items} level={4} />
                </section>
              ))}
            </section>
          )}
          {stability.length > 0 && (
            <section aria-labelledby="commitments-stability" className="commitment-group">
              <h2 id="commitments-stability">{t("commitments.stabilityHeading")}</h2>
              <p>{t("commitments.stabilityIntro")}</p>
              <CommitmentList list={stability} />
            </section>
          )}
          {connection && connection.totalCount > PAGE_SIZE && (
            <ListPager
              paging={paging}
              pageInfo={connection.pageInfo}
              shown={commitments.length}
              total={connection.totalCount}
              label={t("commitments.pager")}
            />
          )}
        </>
      )}
    </>
  );
}
