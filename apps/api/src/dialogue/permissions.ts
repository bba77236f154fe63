import type { schema } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import type { Thread } from "./thread";

/**
 * Who may do what in the dialogue. Each rule answers null (allowed) or why not: `FORBIDDEN` when
 * the person may never do it to this object (the mutation's authScopes refuse), any other code when
 * the object's state refuses it (the mutation answers that InputError). The mutations refuse with
 * these rules and the `viewerCan…` fields answer `rule(...) === null`, so the two never disagree.
 */
export type Refusal =
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "OWN_COMMENT"
  | "COMMENT_HIDDEN"
  | "THREAD_CLOSED"
  | "NOT_PROPOSED"
  | "ALREADY_APPROVED"
  | "ALREADY_REPORTED"
  | "THEME_CLOSED"
  | "POST_NOT_PUBLISHED"
  | "BLOCKED"
  | "THREAD_LOCKED";

type CommentRow = typeof schema.comments.$inferSelect;

/** What the comment rules read of a comment. */
export type CommentState = Pick<CommentRow, "authorId" | "deletedAt">;

/** The comment's author, signed in; never anyone for a former participant's comment. */
export function isAuthor(viewer: Viewer | null, comment: Pick<CommentRow, "authorId">): boolean {
  return viewer !== null && comment.authorId !== null && comment.authorId === viewer.personId;
}

/**
 * Editing: its author, while a participant, until it is deleted, and not while a moderator has
 * blocked them from writing (BLOCKED).
 */
export function editRefusal(
  viewer: Viewer | null,
  comment: CommentState,
  blockedUntil: Date | null = null,
): Refusal | null {
  if (!isAuthor(viewer, comment) || !hasScope(viewer, "participant")) return "FORBIDDEN";
  if (comment.deletedAt) return "NOT_FOUND";
  if (blockedUntil) return "BLOCKED";
  return null;
}

/** Deleting: its author while a participant, or a moderator; not once deleted. */
export function deleteRefusal(viewer: Viewer | null, comment: CommentState): Refusal | null {
  const allowed = isAuthor(viewer, comment)
    ? hasScope(viewer, "participant")
    : hasScope(viewer, "moderator");
  if (!allowed) return "FORBIDDEN";
  if (comment.deletedAt) return "NOT_FOUND";
  return null;
}

/**
 * Agreeing ('Håller med'): a participant who is not its author, with a comment neither deleted nor
 * hidden, in a thread that is open (an open theme, a published post). Taking an agreement back
 * asks only that the comment is there.
 */
export function agreeRefusal(
  viewer: Viewer | null,
  comment: CommentState & Pick<CommentRow, "hiddenAt">,
  thread: Pick<Thread, "open">,
): Refusal | null {
  if (!hasScope(viewer, "participant")) return "FORBIDDEN";
  if (comment.deletedAt) return "NOT_FOUND";
  if (isAuthor(viewer, comment)) return "OWN_COMMENT";
  if (comment.hiddenAt) return "COMMENT_HIDDEN";
  if (!thread.open) return "THREAD_CLOSED";
  return null;
}

/**
 * Reporting: a participant who is not its author, with a comment not deleted. A person with an open
 * report of it is refused ALREADY_REPORTED, which the mutation answers as a success that counts once.
 */
export function reportRefusal(
  viewer: Viewer | null,
  comment: CommentState,
  reportedByViewer: boolean,
): Refusal | null {
  if (!hasScope(viewer, "participant")) return "FORBIDDEN";
  if (comment.deletedAt) return "NOT_FOUND";
  if (isAuthor(viewer, comment)) return "OWN_COMMENT";
  if (reportedByViewer) return "ALREADY_REPORTED";
  return null;
}

/**
 * Approving as the organisation's position: an admin of the organisation the author spoke for (or
 * the coordinator), of a comment its author marked as the position and that is not deleted.
 * ALREADY_APPROVED: the mutation answers it as done.
 */
export function approvePositionRefusal(
  viewer: Viewer | null,
  comment: CommentState &
    Pick<CommentRow, "organisationId" | "positionProposed" | "positionApprovedAt">,
): Refusal | null {
  if (!comment.organisationId || !hasScope(viewer, "organisationAdmin", comment.organisationId))
    return "FORBIDDEN";
  if (!comment.positionProposed || comment.deletedAt) return "NOT_PROPOSED";
  if (comment.positionApprovedAt) return "ALREADY_APPROVED";
  return null;
}

/** Moderating a comment (hiding, showing again, dismissing reports): moderators, while it is there. */
export function moderateCommentRefusal(
  viewer: Viewer | null,
  comment: CommentState,
): Refusal | null {
  if (!hasScope(viewer, "moderator")) return "FORBIDDEN";
  if (comment.deletedAt) return "NOT_FOUND";
  return null;
}

/**
 * Writing a comment or reply in a thread: a participant, in an open thread (THEME_CLOSED,
 * POST_NOT_PUBLISHED), not blocked by a moderator (BLOCKED), the thread not locked (THREAD_LOCKED).
 * Slow mode and the rate limits come on top when a comment is sent.
 */
export function writeRefusal(
  viewer: Viewer | null,
  thread: Pick<Thread, "kind" | "open" | "lockedAt">,
  blockedUntil: Date | null,
): Refusal | null {
  if (!hasScope(viewer, "participant")) return "FORBIDDEN";
  if (!thread.open) return thread.kind === "theme" ? "THEME_CLOSED" : "POST_NOT_PUBLISHED";
  if (blockedUntil) return "BLOCKED";
  if (thread.lockedAt) return "THREAD_LOCKED";
  return null;
}

/** Locking a thread and setting its slow mode: moderators. */
export function moderateThreadRefusal(viewer: Viewer | null): Refusal | null {
  return hasScope(viewer, "moderator") ? null : "FORBIDDEN";
}

/**
 * Who reads a hidden comment's body, and who hid it and why: its author and the moderators. Not a
 * scope: others may read those fields too, and get null, as for a deleted comment.
 */
export function seesHiddenComment(
  viewer: Viewer | null,
  comment: Pick<CommentRow, "authorId">,
): boolean {
  return isAuthor(viewer, comment) || hasScope(viewer, "moderator");
}

/**
 * Who reads a comment's text and its earlier wordings: no one once it is deleted; while it is
 * hidden, its author and the moderators.
 */
export function readsCommentText(
  viewer: Viewer | null,
  comment: Pick<CommentRow, "authorId" | "deletedAt" | "hiddenAt">,
): boolean {
  return !comment.deletedAt && (!comment.hiddenAt || seesHiddenComment(viewer, comment));
}
