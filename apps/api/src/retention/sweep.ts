import { type Db, schema } from "@kraftsamling/db";
import {
  and,
  asc,
  inArray,
  isNotNull,
  isNull,
  lt,
  notExists,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { forgetLimitsOfAddress } from "../accounts/forget-limits";
import { erasePerson } from "../accounts/personal-data";
import { recordAudit } from "../audit/service";
import { deleteExpiredRespondents } from "../measurement/service";
import type { RetentionPeriods } from "./periods";

/** How many rows one statement deletes at most: a large table is worked through a batch at a time. */
export const sweepBatchSize = 1000;

/** How many of each kind one sweep removed. */
export interface SweepCounts {
  /** Sessions that had expired or had not been used within the period. */
  sessions: number;
  /** Password-reset links whose hour ran out longer than the sessions' period ago. */
  passwordResets: number;
  outboxMail: number;
  readNotifications: number;
  unreadNotifications: number;
  auditLog: number;
  /** Surveys whose respondents' rows went (by the coordinator's retention). */
  surveyRespondents: number;
  /** Accounts erased as unused. */
  unusedAccounts: number;
  invitations: number;
  apiKeyRequests: number;
  /** Counts of sign-ins, mails and requests whose window had ended. */
  rateLimitCounts: number;
}

export interface SweepOptions {
  /** Rows per statement; `sweepBatchSize` unless given. */
  batchSize?: number;
  /** Asked between batches: true stops the sweep where it is (the server is stopping). */
  stopped?: () => boolean;
}

/** The roles an account is never removed automatically with: the office's own people. */
const keptRoles = ["coordinator", "moderator"] as const;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Deletes the rows of `table` that `where` chooses, at most `batchSize` per statement, until none
 * is left or the sweep is stopped; answers how many went.
 */
async function deleteInBatches(
  db: Db,
  table: PgTable,
  key: PgColumn,
  where: SQL | undefined,
  options: Required<SweepOptions>,
): Promise<number> {
  let removed = 0;
  for (;;) {
    const batch = db.select({ key }).from(table).where(where).limit(options.batchSize);
    const gone = await db.delete(table).where(inArray(key, batch)).returning({ key });
    removed += gone.length;
    if (gone.length < options.batchSize || options.stopped()) return removed;
  }
}

/**
 * An unused account: no one has signed in to it for the period (never, or last longer ago), it was
 * made longer than the period ago, it has no session, and it holds neither the coordinator's nor a
 * moderator's role. Each is erased as an erasure on request is: its comments stay as a former
 * participant's, the audit log keeps the actions without the name.
 */
async function eraseUnusedAccounts(
  db: Db,
  cutoff: Date,
  options: Required<SweepOptions>,
): Promise<number> {
  const p = schema.people;
  let erased = 0;
  for (;;) {
    const batch = await db
      .select({ id: p.id, email: p.email })
      .from(p)
      .where(
        and(
          or(isNull(p.lastSignedInAt), lt(p.lastSignedInAt, cutoff)),
          lt(p.createdAt, cutoff),
          sql`${p.role} not in (${sql.join(
            keptRoles.map((role) => sql`${role}`),
            sql`, `,
          )})`,
          notExists(
            db
              .select({ one: sql`1` })
              .from(schema.sessions)
              .where(sql`${schema.sessions.personId} = ${p.id}`),
          ),
        ),
      )
      .orderBy(asc(p.createdAt))
      .limit(options.batchSize);
    for (const person of batch) {
      await erasePerson(db, person.id);
      await forgetLimitsOfAddress(db, person.email);
    }
    erased += batch.length;
    if (batch.length < options.batchSize || options.stopped()) return erased;
  }
}

/** Whether a sweep removed anything that is a person's data (the counts of limits come and go by themselves). */
function removedPersonalData(counts: SweepCounts): boolean {
  return Object.entries(counts).some(([kind, n]) => kind !== "rateLimitCounts" && n > 0);
}

/**
 * Deletes every row older than its period, in bounded batches, and answers how many of each kind
 * went. When something of a person's data went, one audit entry `retention.sweep` (by the portal
 * itself) holds the counts and the periods, and no one's data.
 */
export async function sweepExpiredData(
  db: Db,
  periods: RetentionPeriods,
  now: Date,
  options: SweepOptions = {},
): Promise<SweepCounts> {
  const o: Required<SweepOptions> = {
    batchSize: options.batchSize ?? sweepBatchSize,
    stopped: options.stopped ?? (() => false),
  };
  const sessionCutoff = daysBefore(now, periods.sessionDays);
  const outboxCutoff = daysBefore(now, periods.outboxDays);
  const invitationCutoff = daysBefore(now, periods.invitationDays);
  const s = schema.sessions;
  const r = schema.passwordResets;
  const m = schema.outbox;
  const n = schema.notifications;
  const a = schema.auditLog;
  const i = schema.invitations;
  const k = schema.apiKeyRequests;
  const l = schema.rateLimitPoints;

  const counts: SweepCounts = {
    sessions: await deleteInBatches(
      db,
      s,
      s.id,
      or(lt(s.expiresAt, now), lt(s.lastSeenAt, sessionCutoff)),
      o,
    ),
    passwordResets: await deleteInBatches(db, r, r.id, lt(r.expiresAt, sessionCutoff), o),
    outboxMail: await deleteInBatches(
      db,
      m,
      m.id,
      or(lt(m.sentAt, outboxCutoff), and(isNull(m.sentAt), lt(m.createdAt, outboxCutoff))),
      o,
    ),
    readNotifications: await deleteInBatches(
      db,
      n,
      n.id,
      lt(n.readAt, daysBefore(now, periods.readNotificationDays)),
      o,
    ),
    unreadNotifications: await deleteInBatches(
      db,
      n,
      n.id,
      and(isNull(n.readAt), lt(n.createdAt, daysBefore(now, periods.unreadNotificationDays))),
      o,
    ),
    auditLog: await deleteInBatches(
      db,
      a,
      a.id,
      lt(a.at, daysBefore(now, periods.auditLogDays)),
      o,
    ),
    // The coordinator's retention, by the measurement's own deletion (which notes it in the log).
    surveyRespondents: (await deleteExpiredRespondents(db, { clock: { now: () => now } })).length,
    unusedAccounts: await eraseUnusedAccounts(db, daysBefore(now, periods.unusedAccountDays), o),
    invitations: await deleteInBatches(
      db,
      i,
      i.id,
      and(
        isNull(i.acceptedAt),
        or(
          lt(i.expiresAt, invitationCutoff),
          and(isNotNull(i.revokedAt), lt(i.revokedAt, invitationCutoff)),
        ),
      ),
      o,
    ),
    apiKeyRequests: await deleteInBatches(
      db,
      k,
      k.id,
      lt(k.expiresAt, daysBefore(now, periods.apiKeyRequestDays)),
      o,
    ),
    rateLimitCounts: await deleteInBatches(db, l, l.key, lt(l.expire, now.getTime()), o),
  };
  if (removedPersonalData(counts)) {
    await recordAudit(db, null, {
      action: "retention.sweep",
      subjectType: "retention",
      subjectId: null,
      after: { removed: counts, periodsInDays: periods },
    });
  }
  return counts;
}
