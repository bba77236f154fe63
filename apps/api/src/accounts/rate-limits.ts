import { schema } from "@kraftsamling/db";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { asDb, type DbOrDatabase } from "./database";

/** At most `max` times per `windowMinutes`, counted from the first time in the window. */
export interface Limit {
  scope: string;
  max: number;
  windowMinutes: number;
}

export type Taken = { allowed: true; windowStartedAt: Date } | { allowed: false; retryAt: Date };

const { rateLimits } = schema;

/**
 * Takes one from a limit for one subject, or answers when it may be tried again. One statement,
 * atomic in the database: of any number of simultaneous callers on any number of API instances,
 * exactly `max` are allowed in a window. A refusal is not counted.
 */
export async function take(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
  now = new Date(),
): Promise<Taken> {
  const windowStart = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz`;
  const [row] = await asDb(database)
    .insert(rateLimits)
    .values({ scope: limit.scope, subject, windowStartedAt: now, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.scope, rateLimits.subject],
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
      setWhere: sql`${expired} or ${rateLimits.count} < ${limit.max}`,
    })
    .returning({ windowStartedAt: rateLimits.windowStartedAt });
  if (row) return { allowed: true, windowStartedAt: row.windowStartedAt };
  const [current] = await asDb(database)
    .select({ windowStartedAt: rateLimits.windowStartedAt })
    .from(rateLimits)
    .where(and(eq(rateLimits.scope, limit.scope), eq(rateLimits.subject, subject)));
  const retryAt = new Date(
    (current?.windowStartedAt ?? now).getTime() + limit.windowMinutes * 60_000,
  );
  return { allowed: false, retryAt: retryAt > now ? retryAt : now };
}

/** Gives back one taken in the window that began at `windowStartedAt` (an attempt that did not count). */
export async function giveBack(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
  windowStartedAt: Date,
): Promise<void> {
  await asDb(database)
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(
      and(
        eq(rateLimits.scope, limit.scope),
        eq(rateLimits.subject, subject),
        eq(rateLimits.windowStartedAt, windowStartedAt),
        gt(rateLimits.count, 0),
      ),
    );
}

/** Starts a subject's count afresh. */
export async function reset(database: DbOrDatabase, limit: Limit, subject: string): Promise<void> {
  await asDb(database)
    .delete(rateLimits)
    .where(and(eq(rateLimits.scope, limit.scope), eq(rateLimits.subject, subject)));
}

/** Forgets counts whose window ended long ago (every limit's window is a day or shorter). */
export async function removeExpiredLimits(database: DbOrDatabase, now = new Date()): Promise<void> {
  await asDb(database)
    .delete(rateLimits)
    .where(lt(rateLimits.windowStartedAt, new Date(now.getTime() - 24 * 3600_000)));
}
