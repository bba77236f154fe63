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
  if (!pageInfo || total === undefined || total === 0) return null;
  const { page, size } = paging;
  const previous = previousListPage(page, pageInfo);
  const next = nextListPage(page, size, shown, total, pageInfo);
  return (
    <nav className="pager" aria-label={label}>
      <output className="pager-range">
        {t("pager.showing", listPageRange(page, size, shown, total))}
      </output>
      {(previous || next) && (
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
 * leads nowhere (the first page's "Föregående", the last's "Nästa") stays in its place as a button
 * that says it is not available, so that the focus of whoever just used it stays there.
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
  if (!to) {
    return (
      <button type="button" className={className} aria-disabled="true">
        {text}
      </button>
    );
  }
  if (paging.href) {
    return (
      <Link className={className} to={paging.href(to)} rel={rel}>
        {text}
      </Link>
    );
  }
  return (
    <button type="button" className={className} onClick={() => paging.go(to)}>
      {text}
    </button>
  );
}
