import { type Db, schema } from "@kraftsamling/db";
import { and, exists, isNotNull, isNull, like, or, type SQL, sql } from "drizzle-orm";
import { exactTime } from "../shared/connections";

type CommentsTable = typeof schema.comments;
type AuditLogTable = typeof schema.auditLog;

/** A comment awaits a moderator: not deleted, and hidden or with an open report. */
function awaitsModerator(table: CommentsTable): SQL {
  const reports = schema.commentReports;
  return (
    and(
      isNull(table.deletedAt),
      or(
        isNotNull(table.hiddenAt),
        exists(
          sql`(select 1 from ${reports} where ${reports.commentId} = ${table.id} and ${reports.resolvedAt} is null)`,
        ),
      ),
    ) ?? sql`false`
  );
}

/** The moderation queue as a connection reads it: most recently written first. */
export const moderationQueuePageQuery = {
  where: { RAW: (table: CommentsTable) => awaitsModerator(table) },
  extras: { createdExact: exactTime((table: CommentsTable) => table.createdAt) },
  orderBy: { createdExact: "desc" as const },
};

/** How many comments await a moderator. */
export async function moderationQueueCount(db: Db): Promise<number> {
  return db.$count(schema.comments, awaitsModerator(schema.comments));
}

const moderationActions = (table: AuditLogTable) => like(table.action, "moderation.%");

/** The moderation log as a connection reads it: newest first. */
export const moderationLogPageQuery = {
  where: { RAW: moderationActions },
  extras: { atExact: exactTime((table: AuditLogTable) => table.at) },
  orderBy: { atExact: "desc" as const },
};

/** How many entries the moderation log holds. */
export async function moderationLogCount(db: Db): Promise<number> {
  return db.$count(schema.auditLog, moderationActions(schema.auditLog));
}
