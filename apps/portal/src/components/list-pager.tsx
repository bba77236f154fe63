import { useRef } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n";
import {
  type ListPage,
  type ListPageInfo,
  listPageRange,
  nextListPage,
  previousListPage,
} from "../lib/list-page";
import type { ListPaging } from "./list-paging";

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
 * "Visar 51–100 av 240" and the way to the pages before and after it: links where the page lives in
 * the address (they open in a new tab and go back with the browser), buttons for a list inside a
 * page; both look and read the same.
 */
export function ListPager({ paging, pageInfo, shown, total, label }: ListPagerProps) {
  const { t } = useI18n();
  // While another page loads, the pager stays where it was, its steps unavailable: the step just
  // used keeps the keyboard's focus when the page arrives.
  const lastShown = useRef<{ range: string; total: number } | null>(null);
  const loading = !pageInfo || total === undefined;
  if (loading && !lastShown.current) return null;
  const { page, size } = paging;
  const range = loading
    ? (lastShown.current?.range ?? "")
    : t("pager.showing", listPageRange(page, size, shown, total));
  if (!loading) lastShown.current = { range, total };
  if ((lastShown.current?.total ?? 0) === 0) return null;
  const previous = loading ? null : previousListPage(page, pageInfo);
  const next = loading ? null : nextListPage(page, size, shown, total, pageInfo);
  return (
    <nav className="pager" aria-label={label} aria-busy={loading || undefined}>
      <output className="pager-range">{range}</output>
      {(loading || previous || next) && (
        <div className="pager-steps">
          <PagerStep paging={paging} to={previous} rel="prev" text={t("pager.previous")} />
          <PagerStep paging={paging} to={next} rel="next" text={t("pager.next")} />
        </div>
      )}
    </nav>
  );
}

/**
 * One step to another page: a link to its address, or a button where it has none. A step that
 * leads nowhere (the first page's "Föregående", the last's "Nästa") stays in its place, the same
 * link or button, saying it is not available, so that the focus of whoever just used it stays there.
 */
function PagerStep({
  paging,
  to,
  rel,
  text,
}: {
  paging: ListPaging;
  to: ListPage | null;
  rel: "prev" | "next";
  text: string;
}) {
  const className = "button-secondary button-small pager-step";
  if (paging.href) {
    // The same element whether it leads anywhere or not: the focus stays on it as the page changes.
    if (!to) {
      return (
        <Link
          className={className}
          to={paging.href(paging.page)}
          aria-disabled="true"
          onClick={(event) => event.preventDefault()}
        >
          {text}
        </Link>
      );
    }
    return (
      <Link className={className} to={paging.href(to)} rel={rel}>
        {text}
      </Link>
    );
  }
  return to ? (
    <button type="button" className={className} onClick={() => paging.go(to)}>
      {text}
    </button>
  ) : (
    <button type="button" className={className} aria-disabled="true">
      {text}
    </button>
  );
}
