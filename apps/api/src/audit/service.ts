import { type Db, schema } from "@kraftsamling/db";
import type { Viewer } from "../accounts/viewer";

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
