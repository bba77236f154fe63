import { useState } from "react";
import { useSearchParams } from "react-router";
import { useI18n } from "../i18n";

/** How many items a page of a list shows. */
export const listPageSize = 50;

/** Where a page lies in its list, as the API tells it. */
export interface ListPageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Which page to show: after a cursor, before one, or the first; and the number of its first item. */
export interface ListPosition {
  after?: string;
  before?: string;
  /** The number of the page's first item, from 1. */
  start: number;
}

/** The variables of a page's query: `first`/`after` forwards, `last`/`before` backwards. */
export function listPageVariables(position: ListPosition) {
  return position.before
    ? { last: listPageSize, before: position.before, first: undefined, after: undefined }
    : { first: listPageSize, after: position.after, last: undefined, before: undefined };
}

/** The page one step on or back from the page shown. */
function step(
  position: ListPosition,
  pageInfo: ListPageInfo,
  shown: number,
  forwards: boolean,
): ListPosition {
  if (forwards) return { after: pageInfo.endCursor ?? undefined, start: position.start + shown };
  const start = position.start - listPageSize;
  // Back at the start of the list: its first page, as a link to the list shows it.
  return start <= 1 ? { start: 1 } : { before: pageInfo.startCursor ?? undefined, start };
}

const PARAM = { after: "efter", before: "fore", start: "nr" } as const;

/**
 * The page a list shows, kept in the address beside the list's filters (`efter`, `fore`, `nr`), so
 * that a link or the browser's back button shows the same page; a new filter starts at page one.
 */
export function useUrlListPage() {
  const [params, setParams] = useSearchParams();
  const position: ListPosition = {
    after: params.get(PARAM.after) ?? undefined,
    before: params.get(PARAM.before) ?? undefined,
    start: Math.max(1, Number(params.get(PARAM.start)) || 1),
  };
  const go = (next: ListPosition) => {
    const changed = new URLSearchParams(params);
    for (const name of Object.values(PARAM)) changed.delete(name);
    if (next.after) changed.set(PARAM.after, next.after);
    if (next.before) changed.set(PARAM.before, next.before);
    if (next.start > 1) changed.set(PARAM.start, String(next.start));
    setParams(changed);
  };
  return listPagingOf(position, go);
}

/** The page a list shows inside a page of its own, kept while that page is open. */
export function useLocalListPage() {
  const [position, setPosition] = useState<ListPosition>({ start: 1 });
  return listPagingOf(position, setPosition);
}

function listPagingOf(position: ListPosition, go: (next: ListPosition) => void) {
  return {
    position,
    variables: listPageVariables(position),
    next: (pageInfo: ListPageInfo, shown: number) => go(step(position, pageInfo, shown, true)),
    previous: (pageInfo: ListPageInfo, shown: number) => go(step(position, pageInfo, shown, false)),
    first: () => go({ start: 1 }),
  };
}

export type ListPaging = ReturnType<typeof listPagingOf>;

interface ListPagerProps {
  paging: ListPaging;
  pageInfo: ListPageInfo | undefined;
  /** How many items the page shows. */
  shown: number;
  /** How many items the whole list holds. */
  total: number | undefined;
  /** Names the navigation, such as "Sidor i loggen". */
  label: string;
}

/**
 * "Visar 51–100 av 312" and the buttons to the page before and after: the numbers say where the
 * page lies in the whole list, the buttons move one page.
 */
export function ListPager({ paging, pageInfo, shown, total, label }: ListPagerProps) {
  const { t } = useI18n();
  if (!pageInfo || total === undefined || total === 0) return null;
  const from = shown === 0 ? 0 : Math.min(paging.position.start, Math.max(1, total - shown + 1));
  const hasPrevious = pageInfo.hasPreviousPage || paging.position.start > 1;
  const hasNext =
    pageInfo.hasNextPage || (paging.position.before !== undefined && from + shown - 1 < total);
  return (
    <nav className="result-bar list-pager" aria-label={label}>
      <output className="summary">
        {t("pager.showing", { from, to: shown === 0 ? 0 : from + shown - 1, total })}
      </output>
      {(hasPrevious || hasNext) && (
        <div className="filter-actions">
          <button
            type="button"
            className="button-secondary button-small"
            disabled={!hasPrevious}
            onClick={() => paging.previous(pageInfo, shown)}
          >
            {t("pager.previous")}
          </button>
          <button
            type="button"
            className="button-secondary button-small"
            disabled={!hasNext}
            onClick={() => paging.next(pageInfo, shown)}
          >
            {t("pager.next")}
          </button>
        </div>
      )}
    </nav>
  );
}
