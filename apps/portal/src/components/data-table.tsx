import { type ReactNode, useLayoutEffect, useRef } from "react";
import type { CombinedError } from "urql";
import { QueryStatus } from "./query-status";

interface DataTableProps<Row> {
  /** The caption's id, which also names the scrolling region around the table. */
  captionId: string;
  /** Caption, for screen readers and wide screens. */
  caption: ReactNode;
  /** The header row's cells. */
  columns: ReactNode;
  /** The rows, or undefined while the query has none to give. */
  rows: readonly Row[] | undefined;
  row: (row: Row, index: number) => ReactNode;
  /** Classes besides data-table. */
  className?: string;
  /** Marks the table busy while it is being fetched again. */
  busy?: boolean;
  /** The language of the table's body, when all of it is content. */
  bodyLang?: string;
  /** Shown instead of the table when there are no rows; without it, the table shows empty. */
  empty?: ReactNode;
  /** Shown above the table, but not in its place when there are no rows. */
  above?: ReactNode;
  /** The query the rows come from: while there are none, whether they are on the way or failed. */
  status?: { fetching: boolean; error: CombinedError | undefined; onRetry: () => void };
}

/**
 * Each body cell's column, as `data-label`, for a phone, where every row is a card of its cells,
 * each under its column's name; nothing for a column whose header is hidden (the actions). The
 * rows and cells get their table roles as attributes too, since some screen readers stop treating
 * a table as one when it is not laid out as one.
 */
function labelCells(table: HTMLTableElement) {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th")];
  const labels = headers.map((th) =>
    th.querySelector(".visually-hidden") ? "" : (th.textContent ?? "").trim(),
  );
  setAttribute(table, "role", "table");
  for (const row of table.rows) {
    setAttribute(row, "role", "row");
    let column = 0;
    for (const cell of row.cells) {
      const header = cell.tagName === "TH";
      const role =
        row.parentElement?.tagName === "THEAD"
          ? "columnheader"
          : header && cell.scope === "row"
            ? "rowheader"
            : "cell";
      setAttribute(cell, "role", role);
      if (row.parentElement?.tagName === "TBODY") {
        setAttribute(cell, "data-label", labels[column] ?? "");
      }
      column += cell.colSpan;
    }
  }
}

/** Changes the attribute only when it differs, so that watching the table for changes ends. */
function setAttribute(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * A table of rows, each row a card of labelled cells on a phone, with what is shown while the rows
 * are on the way and when there are none.
 */
export function DataTable<Row>({
  captionId,
  caption,
  columns,
  rows,
  row,
  className,
  busy,
  bodyLang,
  empty,
  above,
  status,
}: DataTableProps<Row>) {
  const tableRef = useRef<HTMLTableElement>(null);
  // The labels follow the headers and rows as they change: a language, a page, a row's own state.
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    labelCells(table);
    const watcher = new MutationObserver(() => labelCells(table));
    watcher.observe(table, { childList: true, subtree: true, characterData: true });
    return () => watcher.disconnect();
  });
  return (
    <>
      {status && (
        <QueryStatus
          fetching={status.fetching}
          error={status.error}
          hasData={rows !== undefined}
          onRetry={status.onRetry}
        />
      )}
      {rows &&
        (rows.length === 0 && empty !== undefined ? (
          <p>{empty}</p>
        ) : (
          <>
            {above}
            {/* Scrolls sideways when a card or the table is wider than the screen, so it is focusable. */}
            <section
              className="table-scroll"
              aria-labelledby={captionId}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
              tabIndex={0}
            >
              <table
                ref={tableRef}
                className={
                  className
                    ? `data-table data-table-cards ${className}`
                    : "data-table data-table-cards"
                }
                aria-busy={busy}
              >
                <caption id={captionId}>{caption}</caption>
                <thead>
                  <tr>{columns}</tr>
                </thead>
                <tbody lang={bodyLang}>{rows.map(row)}</tbody>
              </table>
            </section>
          </>
        ))}
    </>
  );
}
