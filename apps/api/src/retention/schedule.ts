import type { Database } from "@kraftsamling/db";
import type { Log } from "../shared/log";
import type { RetentionPeriods } from "./periods";
import { type SweepCounts, sweepExpiredData } from "./sweep";

/** The sweep runs at start and then once a day. */
export const sweepEveryMs = 24 * 3600_000;

/** "3 sessions, 12 outboxMail": the kinds of which something went. */
function removedText(counts: SweepCounts): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
}

/**
 * Deletes personal data past its retention period at once and then every day (real time: rows are
 * dated by the database's clock), logging one line when something went. Returns a function that
 * stops it and settles when a sweep under way has stopped after its current batch, so that the
 * database can be closed after it.
 */
export function scheduleRetentionSweeps(
  database: Pick<Database, "db">,
  periods: RetentionPeriods,
  log: Log,
  everyMs = sweepEveryMs,
): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | null = null;
  const sweep = () => {
    if (running || stopped) return;
    running = sweepOnce().finally(() => {
      running = null;
    });
  };
  const sweepOnce = async () => {
    try {
      const counts = await sweepExpiredData(database.db, periods, new Date(), {
        stopped: () => stopped,
      });
      const removed = removedText(counts);
      if (removed !== "") log.info(`retention: removed ${removed}`);
    } catch (error) {
      if (!stopped) log.error("the retention sweep failed; it runs again tomorrow", error);
    }
  };
  sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
