import { type Db, schema } from "@kraftsamling/db";
import { and, eq, gte, like, lt, type SQL, sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { exactTime } from "../shared/connections";
import { uuidOrNull } from "../shared/ids";

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records what a coordinator, moderator or organisation admin did, through `db`: pass the action's
 * transaction where there is one. `actor` null records the portal itself ("System"), as when reports
 * hide a comment.
 */
export async function recordAudit(
  db: Db,
  actor: Pick<Viewer, "personId" | "name"> | null,
  entry: AuditEntry,
): Promise<void> {
  await db.insert(schema.auditLog).values({
    actorId: actor?.personId ?? null,
    actorName: actor?.name ?? "System",
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** What the audit log may be filtered by; an action filters by itself or as a prefix. */
export interface AuditLogFilter {
  actorId?: string | number | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

type AuditLogTable = typeof schema.auditLog;

/** An id that cannot be a person's matches no one. */
const nobody = "00000000-0000-0000-0000-000000000000";

/** The entries a filter chooses, as a condition on the table (or its alias in a query). */
function auditLogCondition(table: AuditLogTable, filter: AuditLogFilter): SQL {
  return (
    and(
      filter.actorId ? eq(table.actorId, uuidOrNull(filter.actorId) ?? nobody) : undefined,
      filter.action
        ? like(table.action, `${filter.action.replace(/[\\%_]/g, "\\$&")}%`)
        : undefined,
      filter.from ? gte(table.at, filter.from) : undefined,
      filter.to ? lt(table.at, filter.to) : undefined,
    ) ?? sql`true`
  );
}

/**
 * The audit log as a connection reads it: the filter's entries, newest first (to the microsecond,
 * then by id).
 */
export function auditLogPageQuery(filter: AuditLogFilter) {
  return {
    where: { RAW: (table: AuditLogTable) => auditLogCondition(table, filter) },
    extras: { atExact: exactTime((table: AuditLogTable) => table.at) },
    orderBy: { atExact: "desc" as const },
  };
}

/** How many entries the filter chooses. */
export async function auditLogCount(db: Db, filter: AuditLogFilter): Promise<number> {
  return db.$count(schema.auditLog, auditLogCondition(schema.auditLog, filter));
}
