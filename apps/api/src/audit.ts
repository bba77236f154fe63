import { schema } from "@kraftsamling/db";
import type { Context } from "./context";

/** Records what a coordinator, moderator or organisation admin did; inside the action's transaction where there is one. */
export async function recordAudit(
  ctx: Context,
  entry: {
    action: string;
    subjectType: string;
    subjectId: string | null;
    before?: unknown;
    after?: unknown;
    /** Done by the portal itself (reports hid a comment), not by the person of the request. */
    bySystem?: boolean;
  },
  db = ctx.database.db,
): Promise<void> {
  await db.insert(schema.auditLog).values({
    actorId: entry.bySystem ? null : (ctx.viewer?.personId ?? null),
    actorName: entry.bySystem ? "System" : (ctx.viewer?.name ?? "System"),
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
