import { Link, useLocation, useSearchParams } from "react-router";
import { type CursorPage, pageSearch } from "../lib/cursor-page";

export interface PagerLabels {
  /** The name of the navigation, for screen readers. */
  nav: string;
  previous: string;
  next: string;
  /** "Visar 51–100 av 240." */
  range: (values: { from: number; to: number; total: number }) => string;
}

/**
 * Where a page of a list lies ("Visar 51–100 av 240.") and links to the pages before and after it,
 * which keep the other parameters of the address (the filters).
 */
export function Pager({
  position,
  size,
  shown,
  total,
  pageInfo,
  labels,
  className,
}: {
  position: CursorPage;
  size: number;
  /** How many items this page shows. */
  shown: number;
  total: number;
  pageInfo: { hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null };
  labels: PagerLabels;
  className?: string;
}) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  if (total === 0) return null;
  const from = (position.page - 1) * size + 1;
  const to = Math.min(total, from + shown - 1);
  // Paging back, the page knows what follows it: the page the reader came from.
  const hasNext = position.before ? to < total : pageInfo.hasNextPage;
  const previous =
    position.page > 1 && pageInfo.startCursor
      ? pageSearch(
          params,
          position.page - 1,
          position.page - 1 > 1 ? { before: pageInfo.startCursor } : null,
        )
      : null;
  const next =
    hasNext && pageInfo.endCursor
      ? pageSearch(params, position.page + 1, { after: pageInfo.endCursor })
      : null;
  return (
    <div className={className ? `pager ${className}` : "pager"}>
      <p className="muted">{labels.range({ from, to, total })}</p>
      {(previous !== null || next !== null) && (
        <nav aria-label={labels.nav} style={{ display: "flex", flexWrap: "wrap", gap: "1rem" }}>
          {previous !== null && (
            <Link to={`${pathname}${previous}`} rel="prev">
              {labels.previous}
            </Link>
          )}
          {next !== null && (
            <Link to={`${pathname}${next}`} rel="next">
              {labels.next}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
