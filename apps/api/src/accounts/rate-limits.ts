import { schema } from "@kraftsamling/db";
import { lt } from "drizzle-orm";
import { RateLimiterRes } from "rate-limiter-flexible";
import { type LimitRule, rateLimitStoreFor } from "../rate-limits/store";
import { InputError } from "../shared/errors";
import { asDb, type DbOrDatabase } from "./database";

/**
 * At most `max` times per `windowMinutes` (a fraction for a window of seconds), counted from the
 * first time in the window.
 */
export interface Limit {
  scope: string;
  max: number;
  windowMinutes: number;
}

export type Taken = { allowed: true; windowStartedAt: Date } | { allowed: false; retryAt: Date };

function ruleOf(limit: Limit): LimitRule {
  return {
    name: limit.scope,
    points: limit.max,
    durationSeconds: Math.round(limit.windowMinutes * 60),
  };
}

function limiterOf(database: DbOrDatabase, limit: Limit) {
  return rateLimitStoreFor(database).limiter(ruleOf(limit));
}

/**
 * Takes one from a limit for one subject, or answers when it may be tried again. Counted by
 * rate-limiter-flexible in the store the database's limits share (Redis, PostgreSQL, or memory on
 * PGlite), one atomic step per call: of any number of simultaneous callers on any number of API
 * instances, exactly `max` are allowed in a window. A refusal is given back, so it does not count.
 */
export async function take(database: DbOrDatabase, limit: Limit, subject: string): Promise<Taken> {
  const limiter = limiterOf(database, limit);
  try {
    const taken = await limiter.consume(subject, 1);
    const windowMs = limit.windowMinutes * 60_000;
    return { allowed: true, windowStartedAt: new Date(Date.now() + taken.msBeforeNext - windowMs) };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    await limiter.reward(subject, 1);
    return { allowed: false, retryAt: new Date(Date.now() + refusal.msBeforeNext) };
  }
}

/**
 * Gives back one taken in the window that began at `windowStartedAt` (an attempt that did not
 * count); nothing when that window has ended meanwhile.
 */
export async function giveBack(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
  windowStartedAt: Date,
): Promise<void> {
  const limiter = limiterOf(database, limit);
  const current = await limiter.get(subject);
  if (!current || current.consumedPoints <= 0) return;
  const startedAt = Date.now() + current.msBeforeNext - limit.windowMinutes * 60_000;
  // The same window, give or take the time the two answers took.
  if (Math.abs(startedAt - windowStartedAt.getTime()) > 2000) return;
  await limiter.reward(subject, 1);
}

/**
 * Takes one for a person's write (a comment, a question), or refuses with TOO_FAST, the sentence
 * given and when to try again; answers when the window taken from began, for `spendOrGiveBack`.
 */
export async function takeOrTooFast(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
  sentence: string,
): Promise<Date> {
  const taken = await take(database, limit, subject);
  if (!taken.allowed) throw new InputError("TOO_FAST", sentence, null, taken.retryAt);
  return taken.windowStartedAt;
}

/**
 * Does what one taken in the window that began at `windowStartedAt` was for; when that fails, gives
 * the one back (a write that did not happen does not count) and fails the same.
 */
export async function spendOrGiveBack<T>(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
  windowStartedAt: Date,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await giveBack(database, limit, subject, windowStartedAt).catch(() => {});
    throw error;
  }
}

/** Starts a subject's count afresh. */
export async function reset(database: DbOrDatabase, limit: Limit, subject: string): Promise<void> {
  await limiterOf(database, limit).delete(subject);
}

/** How many a subject has taken in the current window (0 when none is open). */
export async function taken(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
): Promise<number> {
  const current = await limiterOf(database, limit).get(subject);
  return Math.max(0, current?.consumedPoints ?? 0);
}

/** Sets how many a subject has taken, in a window that starts now. */
export async function setTaken(
  database: DbOrDatabase,
  limit: Limit,
  subject: string,
  count: number,
): Promise<void> {
  await limiterOf(database, limit).set(subject, count, limit.windowMinutes * 60);
}

/**
 * Forgets counts whose window has ended. In PostgreSQL the store deletes them every few minutes
 * too; Redis and memory let them expire by themselves.
 */
export async function removeExpiredLimits(database: DbOrDatabase, now = new Date()): Promise<void> {
  if (rateLimitStoreFor(database).kind !== "postgres") return;
  await asDb(database)
    .delete(schema.rateLimitPoints)
    .where(lt(schema.rateLimitPoints.expire, now.getTime()));
}
