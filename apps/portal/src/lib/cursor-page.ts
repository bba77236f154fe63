/**
 * A page of a list that pages by cursors, as it lives in the portal's address: ?sida=3&efter=…
 * (the page after a cursor) or ?sida=2&fore=… (the page before one). The first page has none.
 */

export const PAGE_PARAM = { page: "sida", after: "efter", before: "fore" } as const;

export interface CursorPage {
  /** The page's number, from 1, for "Visar 51–100 av N". */
  page: number;
  after: string | null;
  before: string | null;
}

export function readCursorPage(params: URLSearchParams): CursorPage {
  const after = params.get(PAGE_PARAM.after) || null;
  const before = after ? null : params.get(PAGE_PARAM.before) || null;
  const number = Number.parseInt(params.get(PAGE_PARAM.page) ?? "1", 10);
  // A page number without a cursor is the first page: the cursor says where a page starts.
  const page = after || before ? Math.max(2, Number.isFinite(number) ? number : 2) : 1;
  return { page, after, before };
}

/** The connection's arguments for the page: `first`/`after` forwards, `last`/`before` back. */
export function pageVariables(position: CursorPage, size: number) {
  return position.before
    ? { first: null, after: null, last: size, before: position.before }
    : { first: size, after: position.after, last: null, before: null };
}

/** The address's parameters without a page: where a list starts over when its filter changes. */
export function withoutPage(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(PAGE_PARAM)) next.delete(name);
  return next;
}

/** The address's query for another page, keeping the other parameters (the filters). */
export function pageSearch(
  params: URLSearchParams,
  page: number,
  cursor: { after: string } | { before: string } | null,
): string {
  const next = withoutPage(params);
  if (page > 1 && cursor) {
    next.set(PAGE_PARAM.page, String(page));
    if ("after" in cursor) next.set(PAGE_PARAM.after, cursor.after);
    else next.set(PAGE_PARAM.before, cursor.before);
  }
  const query = next.toString();
  return query ? `?${query}` : "";
}
