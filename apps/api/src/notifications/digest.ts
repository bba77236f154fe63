import { type Database, schema } from "@kraftsamling/db";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Services } from "../context";
import type { Log } from "../shared/log";
import { fromStockholm, stockholmParts } from "../shared/stockholm-time";
import { describeNotification, type NotificationText } from "./describe";
import { digestMail } from "./mails";

/** The daily digest goes out at this hour, Swedish time. */
export const digestHour = 7;

/**
 * Mails each person who chose "daily" one digest of their notifications written before `cutoff`.
 * Each notification is claimed (marked mailed) in the statement that selects it, so several API
 * instances running this at once send every notification once. Returns how many mails went out.
 */
export async function sendDailyDigests(
  database: Database,
  services: Pick<Services, "mailer" | "config">,
  cutoff: Date,
): Promise<number> {
  const waiting = await database.db
    .selectDistinct({ personId: schema.notifications.personId, email: schema.people.email })
    .from(schema.notifications)
    .innerJoin(schema.people, eq(schema.people.id, schema.notifications.personId))
    .where(
      and(
        eq(schema.people.notificationMail, "daily"),
        isNull(schema.notifications.mailedAt),
        lt(schema.notifications.createdAt, cutoff),
      ),
    );
  let sent = 0;
  for (const person of waiting) {
    const claimed = await database.db
      .update(schema.notifications)
      .set({ mailedAt: new Date() })
      .where(
        and(
          eq(schema.notifications.personId, person.personId),
          isNull(schema.notifications.mailedAt),
          lt(schema.notifications.createdAt, cutoff),
        ),
      )
      .returning();
    if (claimed.length === 0) continue;
    const rows = claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const texts: NotificationText[] = [];
    for (const row of rows) {
      const text = await describeNotification(database, row);
      if (text) texts.push(text);
    }
    if (texts.length === 0) continue;
    await services.mailer.send(digestMail(person.email, texts, services.config));
    sent += 1;
  }
  return sent;
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
  database: Database,
  services: Pick<Services, "mailer" | "config">,
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
