import { type Db, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { exactTime } from "../shared/connections";

type NotificationsTable = typeof schema.notifications;

/** A person's notifications as a connection reads them: newest first. */
export function notificationsPageQuery(personId: string) {
  return {
    where: { personId },
    extras: { createdExact: exactTime((table: NotificationsTable) => table.createdAt) },
    orderBy: { createdExact: "desc" as const },
  };
}

/** How many notifications the person has. */
export async function notificationCount(db: Db, personId: string): Promise<number> {
  return db.$count(schema.notifications, eq(schema.notifications.personId, personId));
}
