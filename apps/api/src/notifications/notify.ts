import type { Database } from "@kraftsamling/db";
import type { Dependencies } from "../shared/dependencies";
import { type NotificationInput, sendNotification } from "./service";

export type { NotificationKind } from "./service";

/**
 * Tells a person something in the portal and, if they chose "at once", by e-mail now; "daily" leaves
 * it for the morning digest, "off" for the portal alone. A person erased in the meantime is skipped.
 * `database` may be `{ db: transaction }`: everything goes through its `db`.
 */
export async function notify(
  database: Pick<Database, "db">,
  services: Pick<Dependencies, "mailer" | "config">,
  what: NotificationInput,
): Promise<void> {
  await sendNotification(database.db, services, what);
}
