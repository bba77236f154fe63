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
 * stops it; a sweep under way stops after its current batch.
 */
export function scheduleRetentionSweeps(
  database: Pick<Database, "db">,
  periods: RetentionPeriods,
  log: Log,
  everyMs = sweepEveryMs,
): () => void {
  let stopped = false;
  let running = false;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const counts = await sweepExpiredData(database.db, periods, new Date(), {
        stopped: () => stopped,
      });
      const removed = removedText(counts);
      if (removed !== "") log.info(`retention: removed ${removed}`);
    } catch (error) {
      if (!stopped) log.error("the retention sweep failed; it runs again tomorrow", error);
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
