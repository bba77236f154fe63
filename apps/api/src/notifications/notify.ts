import { type Database, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import type { Services } from "../context";
import { describeNotification } from "./describe";
import { notificationMail } from "./mails";

export type NotificationKind = (typeof schema.notificationKind.enumValues)[number];

/**
 * Tells a person something in the portal and, if they chose "at once", by e-mail now; "daily" leaves
 * it for the morning digest, "off" for the portal alone. A person erased in the meantime is skipped.
 */
export async function notify(
  database: Database,
  services: Pick<Services, "mailer" | "config">,
  what: {
    personId: string;
    kind: NotificationKind;
    commentId?: string | null;
    reason?: string | null;
    until?: Date | null;
  },
): Promise<void> {
  const person = await database.db.query.people.findFirst({
    where: { id: what.personId },
    columns: { email: true, notificationMail: true },
  });
  if (!person) return;
  const [row] = await database.db
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
  const text = await describeNotification(database, row);
  if (!text) return;
  await services.mailer.send(notificationMail(person.email, what.kind, text, services.config));
  await database.db
    .update(schema.notifications)
    .set({ mailedAt: new Date() })
    .where(eq(schema.notifications.id, row.id));
}
