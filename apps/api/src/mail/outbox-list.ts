import { type Db, schema } from "@kraftsamling/db";
import { exactTime } from "../shared/connections";

type OutboxTable = typeof schema.outbox;

/** The outbox as a connection reads it: newest first. */
export const outboxPageQuery = {
  extras: { createdExact: exactTime((table: OutboxTable) => table.createdAt) },
  orderBy: { createdExact: "desc" as const },
};

/** How many mails the outbox holds. */
export async function outboxCount(db: Db): Promise<number> {
  return db.$count(schema.outbox);
}
