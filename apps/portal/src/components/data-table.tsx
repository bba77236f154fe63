import type { ReactNode } from "react";
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
 * A table of rows in a region that scrolls sideways on a narrow screen, with what is shown while
 * the rows are on the way and when there are none.
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
            {/* Scrolls sideways on a narrow screen, so it is focusable: keyboard users can scroll it too. */}
            <section
              className="table-scroll"
              aria-labelledby={captionId}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
              tabIndex={0}
            >
              <table
                className={className ? `data-table ${className}` : "data-table"}
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
