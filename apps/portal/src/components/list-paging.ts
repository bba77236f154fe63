import { useMemo, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import {
  firstListPage,
  type ListPage,
  listPageSearch,
  listPageSize,
  listPageVariables,
  readListPage,
} from "../lib/list-page";

/**
 * The page a list shows and the way to another: a list whose page lives in the address has an
 * address for each page (its pager shows links); a list inside a page changes its page in place
 * (its pager shows buttons).
 */
export interface ListPaging {
  page: ListPage;
  /** How many items a page shows. */
  size: number;
  /** The variables of the page's query: `first`/`after` forwards, `last`/`before` backwards. */
  variables: ReturnType<typeof listPageVariables>;
  /** The address of another page, for a list whose page lives in the address. */
  href?: (page: ListPage) => string;
  /** Shows another page. */
  go: (page: ListPage) => void;
  /** Back to the first page, in place of the page shown. */
  first: () => void;
}

/**
 * The page a list shows, kept in the address beside the list's filters (`sida`, `efter`, `fore`),
 * so that a link, a new tab or the browser's back button shows the same page.
 */
export function useUrlListPage(size: number = listPageSize): ListPaging {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const query = params.toString();
  return useMemo(() => {
    const current = new URLSearchParams(query);
    const href = (page: ListPage) => `${pathname}${listPageSearch(current, page)}`;
    const page = readListPage(current);
    return {
      page,
      size,
      variables: listPageVariables(page, size),
      href,
      go: (next) => navigate(href(next)),
      first: () => navigate(href(firstListPage), { replace: true }),
    };
  }, [query, pathname, navigate, size]);
}

/** The page a list inside a page shows, kept while that page is open. */
export function useLocalListPage(size: number = listPageSize): ListPaging {
  const [page, setPage] = useState<ListPage>(firstListPage);
  return useMemo(
    () => ({
      page,
      size,
      variables: listPageVariables(page, size),
      go: setPage,
      first: () => setPage(firstListPage),
    }),
    [page, size],
  );
}
