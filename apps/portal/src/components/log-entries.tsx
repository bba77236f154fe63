import type { CombinedError } from "urql";
import { useI18n } from "../i18n";
import { LogEntry, type LogEntryData } from "./log-entry";
import { QueryStatus } from "./query-status";

interface LogEntriesProps {
  /** The entries, newest first, or undefined while the query has none to give. */
  entries: readonly LogEntryData[] | undefined;
  /** Shown instead of the list when there are no entries. */
  empty: string;
  status: { fetching: boolean; error: CombinedError | undefined; onRetry: () => void };
}

/**
 * A log as a list of sentences, newest first: it reads the same on a phone as on a wide screen,
 * with no table to scroll sideways.
 */
export function LogEntries({ entries, empty, status }: LogEntriesProps) {
  const { t } = useI18n();
  return (
    <>
      <QueryStatus
        fetching={status.fetching}
        error={status.error}
        hasData={entries !== undefined}
        onRetry={status.onRetry}
        belowPageHeading
      />
      {entries &&
        (entries.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <ol
            className="plain-list log-entries"
            aria-label={t("logPage.entries")}
            aria-busy={status.fetching}
          >
            {entries.map((entry) => (
              <LogEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        ))}
    </>
  );
}
