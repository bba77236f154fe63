import { type Db, schema } from "@kraftsamling/db";
import { and, desc, eq, gt, isNull, type SQL } from "drizzle-orm";
import { spendOrGiveBack, takeOrTooFast } from "../accounts/rate-limits";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { maximumSlowModeSeconds } from "../moderation/rules";
import { currentWritingBlock } from "../moderation/write-checks";
import { sendNotification } from "../notifications/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { checkCommentText, commentLimit, limits, maximumReplyDepth } from "./comment-rules";
import { renderMarkdown } from "./markdown";
import {
  agreeRefusal,
  approvePositionRefusal,
  deleteRefusal,
  editRefusal,
  type Refusal,
  writeRefusal,
} from "./permissions";
import {
  inThread,
  postIsOpen,
  postThreadOf,
  type Thread,
  themeIsOpen,
  themeThreadOf,
  threadField,
  threadIdOf,
} from "./thread";

type Comment = typeof schema.comments.$inferSelect;
type Deps = Pick<Dependencies, "clock" | "mailer" | "config">;

/**
 * The refusal of a rule as the mutation's answer. FORBIDDEN is the authScopes' to give; a service
 * reached without them refuses as well, with the same code.
 */
function refuse(refusal: Refusal, field: string | null = "id"): never {
  switch (refusal) {
    case "NOT_FOUND":
      throw new InputError("NOT_FOUND", "There is no such comment.", field);
    case "OWN_COMMENT":
      throw new InputError("OWN_COMMENT", "You cannot agree with your own comment.", field);
    case "COMMENT_HIDDEN":
      throw new InputError("COMMENT_HIDDEN", "This comment is hidden by moderation.", field);
    case "THREAD_CLOSED":
      throw new InputError("THREAD_CLOSED", "This thread is closed.", field);
    case "NOT_PROPOSED":
      throw new InputError(
        "NOT_PROPOSED",
        "The author has not marked this comment as the organisation's position.",
        field,
      );
    case "THEME_CLOSED":
      throw new InputError("THEME_CLOSED", "This theme takes no more comments.", "themeId");
    case "POST_NOT_PUBLISHED":
      throw new InputError(
        "POST_NOT_PUBLISHED",
        "This post is not published and takes no comments.",
        "postId",
      );
    case "THREAD_LOCKED":
      throw new InputError("THREAD_LOCKED", "A moderator has locked this thread.", field);
    default:
      throw new InputError(refusal, "You may not do this.", field);
  }
}

/** BLOCKED, with when the block ends. */
function refuseBlocked(blockedUntil: Date | null): never {
  throw new InputError(
    "BLOCKED",
    "A moderator has blocked you from writing for a while.",
    null,
    blockedUntil,
  );
}

/** A comment by its id as an argument gives it; undefined for no such comment or a malformed id. */
export async function readComment(db: Db, id: string | number): Promise<Comment | undefined> {
  const commentId = uuidOrNull(id);
  return commentId ? db.query.comments.findFirst({ where: { id: commentId } }) : undefined;
}

/**
 * The thread a comment or its parent lives in, with what the rules read of it: open (a theme open,
 * a post published).
 */
async function threadStateOf(db: Db, comment: Pick<Comment, "themeId" | "postId">, now: Date) {
  if (comment.themeId) {
    const theme = await db.query.themes.findFirst({
      where: { id: comment.themeId },
      columns: { status: true },
    });
    return { open: theme ? themeIsOpen(theme) : false };
  }
  const post = comment.postId
    ? await db.query.blogPosts.findFirst({
        where: { id: comment.postId },
        columns: { publishedAt: true },
      })
    : undefined;
  return { open: post ? postIsOpen(post, now) : false };
}

/** The thread named by exactly one of themeId and postId; a post not yet published is the coordinator's alone. */
export async function threadOfInput(
  db: Db,
  viewer: Viewer | null,
  input: { themeId?: string | number | null; postId?: string | number | null },
  now: Date,
): Promise<Thread> {
  if ((input.themeId == null) === (input.postId == null)) {
    throw new InputError(
      "THREAD_REQUIRED",
      "Name either the theme or the blog post the comment belongs to.",
      "themeId",
    );
  }
  if (input.themeId != null) return themeThreadOf(db, input.themeId);
  const post = await postThreadOf(db, input.postId ?? "", now);
  if (!post.open && !hasScope(viewer, "coordinator"))
    throw new InputError("NOT_FOUND", "There is no such blog post.", "postId");
  return post;
}

/** Until when a moderator has blocked the person from writing; null when no block holds now. */
export async function writingBlockUntil(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  personId: string,
): Promise<Date | null> {
  return (await currentWritingBlock(db, deps, personId))?.until ?? null;
}

/** The time of the person's latest comment (in the thread, when a condition names it). */
async function latestCommentAt(db: Db, authorId: string, where?: SQL): Promise<Date | null> {
  const [latest] = await db
    .select({ createdAt: schema.comments.createdAt })
    .from(schema.comments)
    .where(and(eq(schema.comments.authorId, authorId), where))
    .orderBy(desc(schema.comments.createdAt))
    .limit(1);
  return latest?.createdAt ?? null;
}

/**
 * Slow mode: one comment per the thread's interval from each person (SLOW_MODE with when to try
 * again). Counted by the clock the comments' times are written by.
 */
async function checkSlowMode(db: Db, personId: string, thread: Thread, now: Date): Promise<void> {
  if (thread.slowModeSeconds <= 0) return;
  const latest = await latestCommentAt(db, personId, inThread(thread));
  const retryAt = latest ? new Date(latest.getTime() + thread.slowModeSeconds * 1000) : null;
  if (retryAt && retryAt > now) {
    throw new InputError(
      "SLOW_MODE",
      `This thread is in slow mode: one comment per ${thread.slowModeSeconds} seconds.`,
      null,
      retryAt,
    );
  }
}

/**
 * The rate limits: the same text not twice within the window (the stored comments that are still
 * there say so), then
 * one comment per person per window, taken from the shared limit only by a comment that passed every
 * other rule. TOO_FAST says when to try again.
 */
export async function checkCommentLimits(
  db: Db,
  authorId: string,
  text: string,
  now: Date,
): Promise<Date> {
  const since = new Date(now.getTime() - limits.duplicateWindowMinutes * 60_000);
  const [same] = await db
    .select({ id: schema.comments.id })
    .from(schema.comments)
    .where(
      and(
        eq(schema.comments.authorId, authorId),
        eq(schema.comments.body, text),
        gt(schema.comments.createdAt, since),
        // A comment its author deleted is no longer there to repeat.
        isNull(schema.comments.deletedAt),
      ),
    )
    .limit(1);
  if (same) throw new InputError("DUPLICATE", "You sent the same text a moment ago.", "body");
  return takeOrTooFast(
    db,
    commentLimit,
    authorId,
    `Wait ${limits.secondsBetweenComments} seconds between comments.`,
  );
}

export interface WriteCommentInput {
  themeId?: string | number | null;
  postId?: string | number | null;
  body: string;
  parentId?: string | number | null;
  asOrganisationPosition?: boolean | null;
}

/**
 * Writes a comment or reply as the person and the organisation they act for, at the clock's time.
 * The text is checked first, so that a refused text is neither stored nor logged; then the thread
 * (open, the writer not blocked, not locked), slow mode, the parent, the organisation and the rate
 * limits. The author of the comment replied to is told. Answers the new comment's id.
 */
export async function writeComment(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: WriteCommentInput,
): Promise<string> {
  const body = checkCommentText(input.body);
  const now = deps.clock.now();
  const thread = await threadOfInput(db, viewer, input, now);
  const blockedUntil = await writingBlockUntil(db, deps, viewer.personId);
  const refusal = writeRefusal(viewer, thread, blockedUntil);
  if (refusal === "BLOCKED") refuseBlocked(blockedUntil);
  if (refusal) refuse(refusal, threadField(thread));
  await checkSlowMode(db, viewer.personId, thread, now);
  let depth = 0;
  let parent: Comment | undefined;
  if (input.parentId) {
    parent = await readComment(db, input.parentId);
    if (!parent || threadIdOf(parent) !== thread.id)
      throw new InputError("NOT_FOUND", "There is no such comment to reply to.", "parentId");
    if (parent.depth >= maximumReplyDepth) {
      throw new InputError(
        "TOO_DEEP",
        `Replies go at most ${maximumReplyDepth} levels deep: reply further up.`,
        "parentId",
      );
    }
    depth = parent.depth + 1;
  }
  if (input.asOrganisationPosition && !viewer.actingOrganisationId) {
    throw new InputError(
      "NO_ORGANISATION",
      "Choose the organisation you act for before you state its position.",
      "asOrganisationPosition",
    );
  }
  const window = await checkCommentLimits(db, viewer.personId, body, now);
  const [row] = await spendOrGiveBack(db, commentLimit, viewer.personId, window, () =>
    db
      .insert(schema.comments)
      .values({
        themeId: thread.kind === "theme" ? thread.id : null,
        postId: thread.kind === "post" ? thread.id : null,
        authorId: viewer.personId,
        organisationId: viewer.actingOrganisationId,
        parentId: parent?.id ?? null,
        depth,
        body,
        bodyHtml: renderMarkdown(body),
        positionProposed: input.asOrganisationPosition ?? false,
        createdAt: now,
      })
      .returning({ id: schema.comments.id }),
  );
  if (!row) throw new Error("the comment was not stored");
  if (parent?.authorId && parent.authorId !== viewer.personId) {
    await sendNotification(db, deps, {
      personId: parent.authorId,
      kind: "reply",
      commentId: row.id,
    });
  }
  return row.id;
}

/** A comment the rules are asked about, or NOT_FOUND. */
async function existingComment(db: Db, id: string | number): Promise<Comment> {
  const comment = await readComment(db, id);
  if (!comment) refuse("NOT_FOUND");
  return comment;
}

/**
 * Changes the wording of one's own comment, unless a moderator has blocked the author from writing;
 * the earlier wording is kept as a revision.
 */
export async function editComment(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  input: { id: string | number; body: string },
): Promise<string> {
  const body = checkCommentText(input.body);
  const comment = await existingComment(db, input.id);
  const blockedUntil = await writingBlockUntil(db, deps, viewer.personId);
  const refusal = editRefusal(viewer, comment, blockedUntil);
  if (refusal === "BLOCKED") refuseBlocked(blockedUntil);
  if (refusal) refuse(refusal);
  // Under a post taken back to a draft or not yet out, the comment waits as the post does.
  if (comment.postId) {
    const post = await db.query.blogPosts.findFirst({
      columns: { publishedAt: true },
      where: { id: comment.postId },
    });
    if (!post || !postIsOpen(post, deps.clock.now())) refuse("POST_NOT_PUBLISHED", "id");
  }
  if (comment.body !== body) {
    const now = deps.clock.now();
    await db.transaction(async (tx) => {
      await tx
        .insert(schema.commentRevisions)
        .values({ commentId: comment.id, body: comment.body });
      await tx
        .update(schema.comments)
        .set({ body, bodyHtml: renderMarkdown(body), editedAt: now, updatedAt: now })
        .where(eq(schema.comments.id, comment.id));
    });
  }
  return comment.id;
}

/**
 * Deletes a comment, one's own or any as a moderator; its place in the thread stays. Another's
 * comment deleted is audited with its text. False when there was nothing to delete.
 */
export async function deleteComment(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  id: string | number,
): Promise<boolean> {
  const comment = await readComment(db, id);
  if (!comment) return false;
  const refusal = deleteRefusal(viewer, comment);
  if (refusal === "NOT_FOUND") return false;
  if (refusal) refuse(refusal);
  await db.transaction(async (tx) => {
    await tx
      .update(schema.comments)
      .set({ deletedAt: deps.clock.now() })
      .where(eq(schema.comments.id, comment.id));
    if (comment.authorId !== viewer.personId) {
      await recordAudit(tx, viewer, {
        action: "comment.delete",
        subjectType: "comment",
        subjectId: comment.id,
        before: { body: comment.body },
      });
    }
  });
  return true;
}

/** 'Håller med': agrees (true), once per person, or takes the agreement back (false). */
export async function agreeWithComment(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  input: { id: string | number; agree: boolean },
): Promise<boolean> {
  const comment = await existingComment(db, input.id);
  if (input.agree) {
    const refusal = agreeRefusal(
      viewer,
      comment,
      await threadStateOf(db, comment, deps.clock.now()),
    );
    if (refusal) refuse(refusal);
    await db
      .insert(schema.commentAgreements)
      .values({ commentId: comment.id, personId: viewer.personId })
      .onConflictDoNothing();
  } else {
    if (comment.deletedAt) refuse("NOT_FOUND");
    if (comment.authorId === viewer.personId) refuse("OWN_COMMENT");
    await db
      .delete(schema.commentAgreements)
      .where(
        and(
          eq(schema.commentAgreements.commentId, comment.id),
          eq(schema.commentAgreements.personId, viewer.personId),
        ),
      );
  }
  return input.agree;
}

/** An admin of the organisation approves the comment as its position; audited once. */
export async function approveOrganisationPosition(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  id: string | number,
): Promise<void> {
  const comment = await readComment(db, id);
  if (!comment) refuse("NOT_PROPOSED");
  const refusal = approvePositionRefusal(viewer, comment);
  if (refusal === "ALREADY_APPROVED") return;
  if (refusal) refuse(refusal);
  await db.transaction(async (tx) => {
    const approved = await tx
      .update(schema.comments)
      .set({ positionApprovedAt: deps.clock.now(), positionApprovedById: viewer.personId })
      .where(and(eq(schema.comments.id, comment.id), isNull(schema.comments.positionApprovedAt)))
      .returning({ id: schema.comments.id });
    if (approved.length > 0) {
      await recordAudit(tx, viewer, {
        action: "comment.position.approve",
        subjectType: "comment",
        subjectId: comment.id,
        after: { organisationId: comment.organisationId },
      });
    }
  });
}

/** The table that holds a thread's lock and slow mode. */
const settingsTableOf = (thread: Pick<Thread, "kind">) =>
  thread.kind === "theme" ? schema.themes : schema.blogPosts;

/** Locks a thread (no new comments or replies) or unlocks it; audited as the moderator's action. */
export async function setThreadLock(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  moderator: Viewer,
  thread: Thread,
  locked: boolean,
): Promise<void> {
  const table = settingsTableOf(thread);
  await db.transaction(async (tx) => {
    await tx
      .update(table)
      .set({ lockedAt: locked ? (thread.lockedAt ?? deps.clock.now()) : null })
      .where(eq(table.id, thread.id));
    await recordAudit(tx, moderator, {
      action: locked ? "moderation.lock" : "moderation.unlock",
      subjectType: thread.kind,
      subjectId: thread.id,
    });
  });
}

/** Slow mode: seconds between one person's comments in the thread, 0 to switch it off. */
export async function setThreadSlowMode(
  db: Db,
  moderator: Viewer,
  thread: Thread,
  seconds: number,
): Promise<void> {
  if (seconds < 0 || seconds > maximumSlowModeSeconds) {
    throw new InputError(
      "INVALID_SECONDS",
      `Slow mode takes 0 to ${maximumSlowModeSeconds} seconds.`,
      "seconds",
    );
  }
  const table = settingsTableOf(thread);
  await db.transaction(async (tx) => {
    await tx.update(table).set({ slowModeSeconds: seconds }).where(eq(table.id, thread.id));
    await recordAudit(tx, moderator, {
      action: "moderation.slow_mode",
      subjectType: thread.kind,
      subjectId: thread.id,
      before: { seconds: thread.slowModeSeconds },
      after: { seconds },
    });
  });
}
