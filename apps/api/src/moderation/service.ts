import { type Db, schema } from "@kraftsamling/db";
import { and, asc, countDistinct, eq, gt, isNull, like } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { PortalRole, Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { moderateCommentRefusal, type Refusal, reportRefusal } from "../dialogue/permissions";
import { sendNotification } from "../notifications/service";
import { replacedListLimit } from "../shared/connections";
import { toCsv } from "../shared/csv";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import {
  checkReason,
  checkReportNote,
  logReasonForReports,
  openReports,
  reportsToHide,
} from "./rules";

type Comment = typeof schema.comments.$inferSelect;
export type ReportReason = (typeof schema.commentReports.$inferInsert)["reason"];
/** What a moderation that tells someone needs: the clock, and the mailer with the portal's address. */
type Deps = Pick<Dependencies, "clock" | "mailer" | "config">;

/**
 * The comment an input names, if the rule lets the person act on it: NOT_FOUND for no such comment
 * or a deleted one, the rule's code (OWN_COMMENT, or FORBIDDEN where the field's scopes did not
 * already refuse) otherwise.
 */
async function commentToActOn(
  db: Db,
  id: string | number,
  refusalOf: (comment: Comment) => Refusal | null,
): Promise<Comment> {
  const commentId = uuidOrNull(id);
  const comment = commentId
    ? await db.query.comments.findFirst({ where: { id: commentId } })
    : undefined;
  const refusal = comment ? refusalOf(comment) : "NOT_FOUND";
  if (!comment || refusal === "NOT_FOUND")
    throw new InputError("NOT_FOUND", "There is no such comment.", "id");
  if (refusal === "OWN_COMMENT")
    throw new InputError("OWN_COMMENT", "You cannot report your own comment.", "id");
  if (refusal) throw new InputError(refusal, "You may not do this.", "id");
  return comment;
}

async function existingPerson(db: Db, id: string | number) {
  const personId = uuidOrNull(id);
  const person = personId
    ? await db.query.people.findFirst({ where: { id: personId } })
    : undefined;
  if (!person) throw new InputError("NOT_FOUND", "There is no such person.", "personId");
  return person;
}

/** How many different people have open reports on the comment. */
export async function openReporterCount(db: Db, commentId: string): Promise<number> {
  const [row] = await db
    .select({ count: countDistinct(schema.commentReports.reporterId) })
    .from(schema.commentReports)
    .where(
      and(eq(schema.commentReports.commentId, commentId), isNull(schema.commentReports.resolvedAt)),
    );
  return row?.count ?? 0;
}

/** Closes the comment's open reports: a moderator has decided. Returns the reports closed. */
async function closeOpenReports(db: Db, commentId: string, now: Date) {
  return db
    .update(schema.commentReports)
    .set({ resolvedAt: now })
    .where(
      and(eq(schema.commentReports.commentId, commentId), isNull(schema.commentReports.resolvedAt)),
    )
    .returning({ id: schema.commentReports.id });
}

/**
 * Tells the author (if the account still exists) that their comment was hidden, with the
 * moderator's reason (none when reports hid it), or is shown again. Called once the decision's
 * transaction has committed, so that no mail tells of a decision that was rolled back.
 */
async function notifyAuthor(
  db: Db,
  deps: Deps,
  comment: Pick<Comment, "id" | "authorId">,
  what: { hiddenBy: "reports" } | { hiddenBy: "moderator"; reason: string } | "restored",
): Promise<void> {
  if (!comment.authorId) return;
  await sendNotification(db, deps, {
    personId: comment.authorId,
    kind: what === "restored" ? "comment_restored" : "comment_hidden",
    commentId: comment.id,
    reason: what !== "restored" && what.hiddenBy === "moderator" ? what.reason : null,
  });
}

/**
 * A participant reports a comment; reporting again counts once. Open reports from `reportsToHide`
 * different people hide it until a moderator decides: the portal itself hides it, audited as the
 * system, and tells the author.
 */
export async function reportComment(
  db: Db,
  deps: Deps,
  reporter: Viewer,
  input: { commentId: string | number; reason: ReportReason; note?: string | null },
): Promise<void> {
  // An open report of the reporter's own is no refusal here: the insert below counts it once.
  const comment = await commentToActOn(db, input.commentId, (c) =>
    reportRefusal(reporter, c, false),
  );
  const note = checkReportNote(input.note);
  await db
    .insert(schema.commentReports)
    .values({
      commentId: comment.id,
      reporterId: reporter.personId,
      reason: input.reason,
      note,
    })
    .onConflictDoNothing();
  if (comment.hiddenAt || (await openReporterCount(db, comment.id)) < reportsToHide) return;
  const hidden = await db.transaction(async (tx) => {
    const rows = await tx
      .update(schema.comments)
      .set({
        hiddenAt: deps.clock.now(),
        hiddenBy: "reports",
        hiddenReason: null,
        hiddenById: null,
      })
      .where(and(eq(schema.comments.id, comment.id), isNull(schema.comments.hiddenAt)))
      .returning({ id: schema.comments.id });
    if (rows.length === 0) return false;
    await recordAudit(tx, null, {
      action: "moderation.hide",
      subjectType: "comment",
      subjectId: comment.id,
      after: { reason: logReasonForReports },
    });
    return true;
  });
  if (hidden) await notifyAuthor(db, deps, comment, { hiddenBy: "reports" });
}

/** Hides a comment with a reason its author sees and closes its open reports; the author is told. */
export async function hideComment(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  input: { commentId: string | number; reason: string },
): Promise<string> {
  const reason = checkReason(input.reason);
  const comment = await commentToActOn(db, input.commentId, (c) =>
    moderateCommentRefusal(moderator, c),
  );
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await tx
      .update(schema.comments)
      .set({
        hiddenAt: now,
        hiddenBy: "moderator",
        hiddenReason: reason,
        hiddenById: moderator.personId,
      })
      .where(eq(schema.comments.id, comment.id));
    await closeOpenReports(tx, comment.id, now);
    await recordAudit(tx, moderator, {
      action: "moderation.hide",
      subjectType: "comment",
      subjectId: comment.id,
      before: { hiddenBy: comment.hiddenBy, hiddenReason: comment.hiddenReason },
      after: { reason },
    });
  });
  await notifyAuthor(db, deps, comment, { hiddenBy: "moderator", reason });
  return comment.id;
}

/** Shows a comment again and closes its open reports; the author of a hidden comment is told. */
export async function restoreComment(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  commentId: string | number,
): Promise<string> {
  const comment = await commentToActOn(db, commentId, (c) => moderateCommentRefusal(moderator, c));
  await db.transaction(async (tx) => {
    await tx
      .update(schema.comments)
      .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null, hiddenById: null })
      .where(eq(schema.comments.id, comment.id));
    await closeOpenReports(tx, comment.id, deps.clock.now());
    await recordAudit(tx, moderator, {
      action: "moderation.restore",
      subjectType: "comment",
      subjectId: comment.id,
      before: { hiddenBy: comment.hiddenBy, hiddenReason: comment.hiddenReason },
    });
  });
  if (comment.hiddenAt) await notifyAuthor(db, deps, comment, "restored");
  return comment.id;
}

/**
 * Closes a comment's open reports as unfounded; a comment that reports hid is shown again and its
 * author told.
 */
export async function dismissReports(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  commentId: string | number,
): Promise<string> {
  const comment = await commentToActOn(db, commentId, (c) => moderateCommentRefusal(moderator, c));
  const hiddenByReportsOnly = comment.hiddenAt !== null && comment.hiddenBy === "reports";
  await db.transaction(async (tx) => {
    const closed = await closeOpenReports(tx, comment.id, deps.clock.now());
    if (hiddenByReportsOnly) {
      await tx
        .update(schema.comments)
        .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
        .where(eq(schema.comments.id, comment.id));
    }
    await recordAudit(tx, moderator, {
      action: "moderation.dismiss_reports",
      subjectType: "comment",
      subjectId: comment.id,
      after: { reports: closed.length, shownAgain: hiddenByReportsOnly },
    });
  });
  if (hiddenByReportsOnly) await notifyAuthor(db, deps, comment, "restored");
  return comment.id;
}

/** Blocks a person from writing until a moment in the future, with a reason they are told. */
export async function blockParticipant(
  db: Db,
  deps: Deps,
  moderator: Viewer,
  input: { personId: string | number; until: Date; reason: string },
): Promise<void> {
  const reason = checkReason(input.reason);
  if (input.until <= deps.clock.now())
    throw new InputError("INVALID_UNTIL", "A block ends in the future.", "until");
  const person = await existingPerson(db, input.personId);
  if (person.id === moderator.personId)
    throw new InputError("SELF", "You cannot block yourself.", "personId");
  // Those who moderate answer to the coordinator: a moderator blocks neither the coordinator nor
  // another moderator, and the coordinator no other coordinator.
  const unblockable: readonly PortalRole[] = hasScope(moderator, "coordinator")
    ? ["coordinator"]
    : ["coordinator", "moderator"];
  if (unblockable.includes(person.role))
    throw new InputError(
      "NOT_BLOCKABLE",
      "A moderator or the coordinator is not blocked by a moderator: ask the coordinator to take away the role first.",
      "personId",
    );
  await db.transaction(async (tx) => {
    await tx.insert(schema.participantBlocks).values({
      personId: person.id,
      until: input.until,
      reason,
      blockedById: moderator.personId,
    });
    await recordAudit(tx, moderator, {
      action: "moderation.block",
      subjectType: "person",
      subjectId: person.id,
      after: { until: input.until.toISOString(), reason },
    });
  });
  await sendNotification(db, deps, {
    personId: person.id,
    kind: "blocked",
    reason,
    until: input.until,
  });
}

/** Ends a person's blocks now. False when they were not blocked. */
export async function unblockParticipant(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  moderator: Viewer,
  personId: string | number,
): Promise<boolean> {
  const person = await existingPerson(db, personId);
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(schema.participantBlocks)
      .set({ until: now })
      .where(
        and(
          eq(schema.participantBlocks.personId, person.id),
          gt(schema.participantBlocks.until, now),
        ),
      )
      .returning({ id: schema.participantBlocks.id });
    if (ended.length === 0) return false;
    await recordAudit(tx, moderator, {
      action: "moderation.unblock",
      subjectType: "person",
      subjectId: person.id,
    });
    return true;
  });
}

/**
 * The moderation queue as a relational query: comments with open reports, or hidden, most recently
 * written first; at most 100 (the connection pages through all of it).
 */
export function moderationQueueQuery() {
  return {
    where: {
      deletedAt: { isNull: true as const },
      OR: [{ hiddenAt: { isNotNull: true as const } }, { reports: openReports }],
    },
    orderBy: { createdAt: "desc" as const },
    limit: replacedListLimit,
  };
}

/** The moderation log's entries, oldest first. */
export function moderationLog(db: Db) {
  return db
    .select()
    .from(schema.auditLog)
    .where(like(schema.auditLog.action, "moderation.%"))
    .orderBy(asc(schema.auditLog.at));
}

/** The moderation log as RFC 4180 CSV, oldest first: time,moderator,action,comment,reason. */
export async function moderationLogCsv(db: Db): Promise<string> {
  const entries = await moderationLog(db);
  return toCsv(
    ["time", "moderator", "action", "comment", "reason"],
    entries.map((e) => [
      e.at.toISOString(),
      e.actorName,
      e.action.slice("moderation.".length),
      e.subjectType === "comment" ? (e.subjectId ?? "") : `${e.subjectType} ${e.subjectId}`,
      String((e.after as { reason?: unknown } | null)?.reason ?? ""),
    ]),
  );
}
