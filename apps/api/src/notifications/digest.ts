import type { Database } from "@kraftsamling/db";
import type { Dependencies } from "../shared/dependencies";
import type { Log } from "../shared/log";
import { fromStockholm, stockholmParts } from "../shared/stockholm-time";
import { mailDailyDigests } from "./service";

/** The daily digest goes out at this hour, Swedish time. */
export const digestHour = 7;

/**
 * Mails each person who chose "daily" one digest of their notifications written before `cutoff`,
 * each notification once however many instances run this at once. Returns how many mails went out.
 */
export function sendDailyDigests(
  database: Pick<Database, "db">,
  services: Pick<Dependencies, "mailer" | "config">,
  cutoff: Date,
): Promise<number> {
  return mailDailyDigests(database.db, services, cutoff);
}

/** 07:00 in Stockholm on the Swedish calendar day of `moment`. */
function digestMomentOf(moment: Date): Date {
  return fromStockholm({ ...stockholmParts(moment), hour: digestHour, minute: 0, second: 0 });
}

/**
 * Runs the digest every morning at 07:00 Swedish time: checks every few minutes whether that moment
 * has passed since the last run. Returns a function that stops it.
 */
export function scheduleDailyDigests(
  database: Pick<Database, "db">,
  services: Pick<Dependencies, "mailer" | "config">,
  log: Log,
  everyMs = 5 * 60_000,
): () => void {
  let lastCutoff = digestMomentOf(new Date());
  if (lastCutoff > new Date()) lastCutoff = new Date(lastCutoff.getTime() - 24 * 3600_000);
  let running = false;
  const timer = setInterval(async () => {
    const cutoff = digestMomentOf(new Date());
    if (running || cutoff > new Date() || cutoff.getTime() === lastCutoff.getTime()) return;
    running = true;
    try {
      const sent = await sendDailyDigests(database, services, cutoff);
      lastCutoff = cutoff;
      if (sent > 0) log.info(`sent ${sent} daily notification digests`);
    } catch (error) {
      log.error("the daily notification digest failed; it is tried again shortly", error);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
