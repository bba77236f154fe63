/**
 * Where a page of a list lies, for every list that pages through one of the API's connections: the
 * page's number, from 1, and the cursor it starts after or ends before. In the address it is
 * ?sida=3&efter=… (the page after a cursor) or ?sida=2&fore=… (the page before one); the first page
 * has no cursor and is the list's plain address.
 */
export interface ListPage {
  /** The page's number, from 1, for "Visar 51–100 av 240". */
  number: number;
  after: string | null;
  before: string | null;
}

/** Where the API says a page lies among its neighbours. */
export interface ListPageInfo {
  hasNextPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** How many items a page of a list shows, unless the list says otherwise. */
export const listPageSize = 50;

export const firstListPage: ListPage = { number: 1, after: null, before: null };

/** The address's parameters for the page, beside the list's filters. */
export const LIST_PAGE_PARAMS = { number: "sida", after: "efter", before: "fore" } as const;

/** The page the address asks for; a page number without a cursor is the first page. */
export function readListPage(params: URLSearchParams): ListPage {
  const after = params.get(LIST_PAGE_PARAMS.after) || null;
  const before = after ? null : params.get(LIST_PAGE_PARAMS.before) || null;
  if (!after && !before) return firstListPage;
  const number = Number.parseInt(params.get(LIST_PAGE_PARAMS.number) ?? "", 10);
  return { number: Number.isFinite(number) ? Math.max(2, number) : 2, after, before };
}

/** The address's parameters without a page: where a list starts over when its filter changes. */
export function withoutListPage(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(LIST_PAGE_PARAMS)) next.delete(name);
  return next;
}

/** The address's query for a page, keeping its other parameters (the filters); "" for none. */
export function listPageSearch(params: URLSearchParams, page: ListPage): string {
  const next = withoutListPage(params);
  if (page.number > 1 && (page.after || page.before)) {
    next.set(LIST_PAGE_PARAMS.number, String(page.number));
    if (page.after) next.set(LIST_PAGE_PARAMS.after, page.after);
    else if (page.before) next.set(LIST_PAGE_PARAMS.before, page.before);
  }
  const query = next.toString();
  return query ? `?${query}` : "";
}

/** The connection's arguments for the page: `first`/`after` forwards, `last`/`before` back. */
export function listPageVariables(page: ListPage, size: number) {
  return page.before
    ? { first: undefined, after: undefined, last: size, before: page.before }
    : { first: size, after: page.after ?? undefined, last: undefined, before: undefined };
}

/**
 * The numbers of the page's first and last items in the whole list, from 1 ("Visar 51–100 av 240");
 * 0–0 for an empty page. A list that shrank below the page's start counts from its end instead.
 */
export function listPageRange(page: ListPage, size: number, shown: number, total: number) {
  if (shown === 0) return { from: 0, to: 0, total };
  const start = (page.number - 1) * size + 1;
  const from = Math.min(start, Math.max(1, total - shown + 1));
  return { from, to: from + shown - 1, total };
}

/** The page before the one shown, or none on the first; page 2 goes back to the plain first page. */
export function previousListPage(page: ListPage, pageInfo: ListPageInfo): ListPage | null {
  if (page.number <= 1) return null;
  if (page.number === 2 || !pageInfo.startCursor) return firstListPage;
  return { number: page.number - 1, after: null, before: pageInfo.startCursor };
}

/**
 * The page after the one shown, or none on the last. Paged back to, a page knows what follows it
 * from the numbers: the page the reader came from.
 */
export function nextListPage(
  page: ListPage,
  size: number,
  shown: number,
  total: number,
  pageInfo: ListPageInfo,
): ListPage | null {
  const { to } = listPageRange(page, size, shown, total);
  const hasNext = pageInfo.hasNextPage || (page.before !== null && shown > 0 && to < total);
  if (!hasNext || !pageInfo.endCursor) return null;
  return { number: page.number + 1, after: pageInfo.endCursor, before: null };
}
