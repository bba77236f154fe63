import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql, type VariablesOf } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { QueryStatus } from "./query-status";

const FindingList_Page = graphql(`
  query FindingList_Page($filter: FindingFilter, $order: FindingOrder, $limit: Int, $offset: Int) {
    findings(filter: $filter, order: $order, limit: $limit, offset: $offset) {
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
`);

type Filter = VariablesOf<typeof FindingList_Page>["filter"];

export const PAGE_SIZE = 20;
const EXCERPT = 220;

/** The start of a text, cut at a word, with an ellipsis when cut. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The findings the filter chooses, a page at a time: "Visa fler" adds the next page below and moves
 * the focus to its first finding. Give it a new key when the filter changes, to start over.
 */
export function FindingList({
  filter,
  order,
  total,
}: {
  filter: Filter;
  order: "NEWEST" | "RELEVANCE";
  total: number | undefined;
}) {
  const { t } = useI18n();
  const [pages, setPages] = useState(1);
  const shown = total === undefined ? 0 : Math.min(total, pages * PAGE_SIZE);

  return (
    <>
      <ol className="finding-list">
        {Array.from({ length: pages }, (_, page) => (
          <FindingListPage
            key={page}
            filter={filter}
            order={order}
            offset={page * PAGE_SIZE}
            focusFirst={page > 0}
          />
        ))}
      </ol>
      {total !== undefined && total > 0 && (
        <div className="finding-more">
          <p className="muted">{t("findings.shownOf", { shown, total })}</p>
          {shown < total && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setPages((n) => n + 1)}
            >
              {t("findings.showMore")}
            </button>
          )}
        </div>
      )}
      {total === 0 && <p>{t("findings.listEmpty")}</p>}
    </>
  );
}

function FindingListPage({
  filter,
  order,
  offset,
  focusFirst,
}: {
  filter: Filter;
  order: "NEWEST" | "RELEVANCE";
  offset: number;
  focusFirst: boolean;
}) {
  const { t, formatDate } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FindingList_Page,
    variables: { filter, order, limit: PAGE_SIZE, offset },
  });
  const first = useRef<HTMLAnchorElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (focusFirst && data && !focused.current) {
      focused.current = true;
      first.current?.focus();
    }
  }, [focusFirst, data]);

  if (!data) {
    return (
      <li className="finding-list-status">
        <QueryStatus
          fetching={fetching}
          error={error}
          hasData={false}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </li>
    );
  }
  return (
    <>
      {data.findings.map((f, index) => (
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
    </>
  );
}
