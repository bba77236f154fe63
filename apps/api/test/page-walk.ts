/** A connection's `pageInfo`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page of a connection, as far as walking through it needs. */
export interface WalkedPage {
  nodes: { id: string }[];
  pageInfo: PageInfo;
}

/** The paging arguments of one step: `first`/`after` forwards, `last`/`before` backwards. */
export type Paging =
  | { first: number; after: string | null }
  | { last: number; before: string | null };

/**
 * Every id of a list, page by page of `size`, forwards (first/after) and backwards (last/before),
 * each in the list's order. `onPage` sees each page with the paging that fetched it.
 */
export async function walkPages<P extends WalkedPage>(
  size: number,
  fetch: (paging: Paging) => Promise<P>,
  onPage: (page: P, paging: Paging) => void = () => {},
): Promise<{ forwards: string[]; backwards: string[] }> {
  const forwards: string[] = [];
  for (let after: string | null = null; ; ) {
    const paging = { first: size, after };
    const page = await fetch(paging);
    onPage(page, paging);
    forwards.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backwards: string[] = [];
  for (let before: string | null = null; ; ) {
    const paging = { last: size, before };
    const page = await fetch(paging);
    onPage(page, paging);
    backwards.unshift(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { forwards, backwards };
}

/** The paging arguments as GraphQL text: `first: 5, after: "…"`, without a null cursor. */
export const pagingText = (paging: Paging): string =>
  Object.entries(paging)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join(", ");
