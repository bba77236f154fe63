import { type Db, schema } from "@kraftsamling/db";
import { and, count, eq, inArray, isNull, lt } from "drizzle-orm";
import type { Dependencies } from "../shared/dependencies";
import { describeNotification, type NotificationText } from "./describe";
import { digestMail, notificationMail } from "./mails";

export type NotificationKind = (typeof schema.notificationKind.enumValues)[number];
/** How a person hears of notifications by e-mail: off, at once, or a daily digest. */
export type NotificationMailChoice = (typeof schema.people.$inferSelect)["notificationMail"];

/** What a person is told: a reply to their comment, or a moderator's decision. */
export interface NotificationInput {
  personId: string;
  kind: NotificationKind;
  commentId?: string | null;
  reason?: string | null;
  until?: Date | null;
}

/**
 * Tells a person something in the portal and, if they chose "at once", by e-mail now; "daily" leaves
 * it for the morning digest, "off" for the portal alone. A person erased in the meantime is skipped.
 * Everything goes through `db`, the caller's transaction where there is one.
 */
export async function sendNotification(
  db: Db,
  deps: Pick<Dependencies, "mailer" | "config">,
  what: NotificationInput,
): Promise<void> {
  const person = await db.query.people.findFirst({
    where: { id: what.personId },
    columns: { email: true, notificationMail: true },
  });
  if (!person) return;
  const [row] = await db
    .insert(schema.notifications)
    .values({
      personId: what.personId,
      kind: what.kind,
      commentId: what.commentId ?? null,
      reason: what.reason ?? null,
      until: what.until ?? null,
    })
    .returning();
  if (!row || person.notificationMail !== "immediate") return;
  // A mail leaves the portal: it tells of a post only while anyone may read it.
  const text = await describeNotification(db, row, { now: new Date(), coordinator: false });
  if (!text) return;
  await deps.mailer.send(notificationMail(person.email, what.kind, text, deps.config));
  await db
    .update(schema.notifications)
    .set({ mailedAt: new Date() })
    .where(eq(schema.notifications.id, row.id));
}

/** How many of the person's notifications they have not read. */
export async function unreadNotificationCount(db: Db, personId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.personId, personId), isNull(schema.notifications.readAt)));
  return row?.unread ?? 0;
}

/**
 * Marks the person's unread notifications read: those with these ids (only the person's own), or all
 * when `ids` is left out. Returns how many it marked.
 */
export async function markNotificationsRead(
  db: Db,
  personId: string,
  ids?: readonly string[],
): Promise<number> {
  if (ids?.length === 0) return 0;
  const marked = await db
    .update(schema.notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(schema.notifications.personId, personId),
        isNull(schema.notifications.readAt),
        ids ? inArray(schema.notifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: schema.notifications.id });
  return marked.length;
}

/** Chooses how the person hears of notifications by e-mail. */
export async function setNotificationMail(
  db: Db,
  personId: string,
  mail: NotificationMailChoice,
): Promise<void> {
  await db
    .update(schema.people)
    .set({ notificationMail: mail, updatedAt: new Date() })
    .where(eq(schema.people.id, personId));
}

/**
 * Mails each person who chose "daily" one digest of their notifications written before `cutoff`.
 * Each notification is claimed (marked mailed) in the statement that selects it, so several API
 * instances running this at once send every notification once. Returns how many mails went out.
 */
export async function mailDailyDigests(
  db: Db,
  deps: Pick<Dependencies, "mailer" | "config">,
  cutoff: Date,
): Promise<number> {
  const waiting = await db
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
    const claimed = await db
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
      const text = await describeNotification(db, row, { now: cutoff, coordinator: false });
      if (text) texts.push(text);
    }
    if (texts.length === 0) continue;
    await deps.mailer.send(digestMail(person.email, texts, deps.config));
    sent += 1;
  }
  return sent;
}
