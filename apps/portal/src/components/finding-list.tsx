import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql, type VariablesOf } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { listPageRange } from "../lib/list-page";
import { ListPager } from "./list-pager";
import { type ListPaging, useUrlListPage } from "./list-paging";
import { QueryStatus } from "./query-status";

const FindingList_Page = graphql(`
  query FindingList_Page(
    $filter: FindingFilter
    $orderBy: FindingOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    findingsConnection(
      filter: $filter
      orderBy: $orderBy
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
        title
        body
        kind
        source
        invented
        observedOn
        publishedAt
        revisedAt
        round
        themes {
          id
          title
        }
        municipality {
          code
          name
          county {
            code
            name
          }
        }
      }
    }
  }
`);

type Filter = VariablesOf<typeof FindingList_Page>["filter"];
export type FindingOrder = "NEWEST" | "OLDEST" | "RELEVANCE";

export const PAGE_SIZE = 50;
const EXCERPT = 220;

/** The start of a text, cut at a word, with an ellipsis when cut. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * One page of the findings the filter chooses, with where it lies in the whole ("Visar 1–50 av
 * 240") and links to the pages before and after it; the page lives in the address, beside the
 * filters.
 */
export function FindingList({ filter, order }: { filter: Filter; order: FindingOrder }) {
  const paging = useUrlListPage(PAGE_SIZE);
  const { page } = paging;
  // Each page its own query, so that a page never shows the findings of the one before it.
  return (
    <FindingListPage
      key={`${page.number}:${page.after ?? page.before ?? ""}`}
      filter={filter}
      order={order}
      paging={paging}
    />
  );
}

function FindingListPage({
  filter,
  order,
  paging,
}: {
  filter: Filter;
  order: FindingOrder;
  paging: ListPaging;
}) {
  const { t, formatDate } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FindingList_Page,
    variables: { filter, orderBy: order, ...paging.variables },
  });
  const first = useRef<HTMLAnchorElement>(null);
  const focused = useRef(false);
  const connection = data?.findingsConnection;
  // A page after the first, once shown, puts the focus on its first finding.
  useEffect(() => {
    if (connection && paging.page.number > 1 && !focused.current) {
      focused.current = true;
      first.current?.focus();
    }
  }, [connection, paging.page.number]);

  if (!connection) {
    return (
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={false}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  const shown = connection.nodes.length;
  const { from } = listPageRange(paging.page, PAGE_SIZE, shown, connection.totalCount);
  return (
    <>
      <ol className="finding-list" start={from}>
        {connection.nodes.map((f, index) => (
          <li key={f.id} className="finding-item">
            <h3 className="finding-item-title" lang={CONTENT_LANG}>
              <Link to={`/iakttagelser/${f.id}`} ref={index === 0 ? first : undefined}>
                {f.title}
              </Link>
            </h3>
            <p className="tags">
              <span className={`tag finding-kind finding-kind-${f.kind.toLowerCase()}`}>
                {t(`findingKind.${f.kind}`)}
              </span>
              {f.invented && <span className="tag tag-warning">{t("findings.demoTag")}</span>}
              {f.themes.map((th) => (
                <span key={th.id} className="tag" lang={CONTENT_LANG}>
                  {th.title}
                </span>
              ))}
            </p>
            <p className="finding-item-body" lang={CONTENT_LANG}>
              {excerpt(f.body)}
            </p>
            <p className="finding-item-meta">
              {f.municipality ? (
                <span lang={CONTENT_LANG}>
                  {t("findings.detail.municipalityValue", {
                    municipality: f.municipality.name,
                    county: f.municipality.county.name,
                  })}
                </span>
              ) : null}
              <span>
                {t(`findingSource.${f.source}`)}
                {f.round !== null && `, ${t("findings.round", { round: f.round }).toLowerCase()}`}
              </span>
              {f.observedOn ? (
                <span>{t("findings.observed", { date: formatDate(f.observedOn) })}</span>
              ) : (
                f.publishedAt && (
                  <span>{t("findings.published", { date: formatDate(f.publishedAt) })}</span>
                )
              )}
              {f.revisedAt && (
                <span className="finding-updated">
                  {t("findings.updated", { date: formatDate(f.revisedAt) })}
                </span>
              )}
            </p>
          </li>
        ))}
      </ol>
      {connection.totalCount === 0 ? (
        <p>{t("findings.listEmpty")}</p>
      ) : (
        <ListPager
          paging={paging}
          pageInfo={connection.pageInfo}
          shown={shown}
          total={connection.totalCount}
          label={t("findings.pager")}
        />
      )}
    </>
  );
}
