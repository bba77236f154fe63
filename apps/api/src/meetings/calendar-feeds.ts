import { type Db, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { newToken } from "../accounts/tokens";

type Feed = typeof schema.calendarFeeds.$inferSelect;

/** The person's feed, made on first asking. */
export async function feedSecret(db: Db, personId: string): Promise<Feed> {
  await db
    .insert(schema.calendarFeeds)
    .values({ personId, secret: newToken() })
    .onConflictDoNothing();
  const [feed] = await db
    .select()
    .from(schema.calendarFeeds)
    .where(eq(schema.calendarFeeds.personId, personId));
  if (!feed) throw new Error("the calendar feed was not stored");
  return feed;
}

export async function renewFeedSecret(db: Db, personId: string): Promise<Feed> {
  const [feed] = await db
    .insert(schema.calendarFeeds)
    .values({ personId, secret: newToken() })
    .onConflictDoUpdate({
      target: schema.calendarFeeds.personId,
      set: { secret: newToken(), createdAt: new Date() },
    })
    .returning();
  if (!feed) throw new Error("the calendar feed was not stored");
  return feed;
}

/** The person a feed's secret belongs to, or null. */
export async function feedOwner(db: Db, secret: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
  const [feed] = await db
    .select({ personId: schema.calendarFeeds.personId })
    .from(schema.calendarFeeds)
    .where(eq(schema.calendarFeeds.secret, secret));
  return feed?.personId ?? null;
}
