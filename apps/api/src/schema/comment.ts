import { schema } from "@kraftsamling/db";
import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import type { Context } from "../context";
import { checkCommentLimits, checkCommentText, maximumReplyDepth } from "../dialogue/comment-rules";
import { renderMarkdown } from "../dialogue/markdown";
import { checkMayWriteInThread } from "../moderation/write-checks";
import { postThreadOf, type Thread, themeThreadOf, threadIdOf } from "../dialogue/thread";
import { notify } from "../notifications/notify";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forParticipants } from "./access";
import { CommentHiddenBy } from "./enums";

export const CommentRevision = builder.drizzleObject("commentRevisions", {
  name: "CommentRevision",
  description: "An earlier wording of an edited comment.",
  fields: (t) => ({
    body: t.exposeString("body"),
    replacedAt: t.expose("replacedAt", { type: "DateTime" }),
  }),
});

export const Comment = builder.drizzleObject("comments", {
  name: "Comment",
  description:
    "A comment in a thread (a theme's, or under a blog post), or a reply to one (at most three levels deep).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    theme: t.relation("theme", {
      nullable: true,
      description: "The theme whose thread it is in; null for a comment under a blog post.",
    }),
    post: t.relation("post", {
      nullable: true,
      description: "The blog post it is under; null for a comment in a theme's thread.",
    }),
    parentId: t.exposeID("parentId", { nullable: true }),
    depth: t.exposeInt("depth"),
    body: t.string({
      nullable: true,
      description:
        "Null once the comment is deleted; the thread keeps its place. Null while hidden, except to its author and moderators.",
      select: { columns: { body: true, deletedAt: true, hiddenAt: true, authorId: true } },
      resolve: (comment, _args, ctx) =>
        comment.deletedAt || (comment.hiddenAt && !seesHidden(ctx, comment)) ? null : comment.body,
    }),
    bodyHtml: t.string({
      nullable: true,
      description:
        'The body rendered from the portal\'s Markdown subset: no raw HTML, links with rel="nofollow ugc noopener".',
      select: { columns: { body: true, deletedAt: true, hiddenAt: true, authorId: true } },
      resolve: (comment, _args, ctx) =>
        comment.deletedAt || (comment.hiddenAt && !seesHidden(ctx, comment))
          ? null
          : renderMarkdown(comment.body),
    }),
    deleted: t.boolean({
      select: { columns: { deletedAt: true } },
      resolve: (comment) => comment.deletedAt !== null,
    }),
    author: t.relation("author", {
      nullable: true,
      description: "Null for a former participant, whose account is erased.",
    }),
    formerParticipant: t.boolean({
      description:
        "The author's account is erased: show 'Tidigare deltagare' / 'Former participant'.",
      select: { columns: { authorId: true } },
      resolve: (comment) => comment.authorId === null,
    }),
    organisation: t.relation("organisation", {
      nullable: true,
      description: "The organisation the author spoke for.",
    }),
    isOrganisationPosition: t.boolean({
      description: "The organisation's position, approved by one of its admins.",
      select: { columns: { positionApprovedAt: true } },
      resolve: (comment) => comment.positionApprovedAt !== null,
    }),
    positionAwaitingApproval: t.boolean({
      select: { columns: { positionProposed: true, positionApprovedAt: true } },
      resolve: (comment) => comment.positionProposed && comment.positionApprovedAt === null,
    }),
    agreeCount: t.int({
      description: "How many agree ('Håller med').",
      select: { with: { agreements: { columns: { personId: true } } } },
      resolve: (comment) => comment.agreements.length,
    }),
    agreedByMe: t.boolean({
      select: { with: { agreements: { columns: { personId: true } } } },
      resolve: (comment, _args, ctx) =>
        comment.agreements.some((a) => a.personId === ctx.viewer?.personId),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    editedAt: t.expose("editedAt", { type: "DateTime", nullable: true }),
    revisions: t.relation("revisions", { query: { orderBy: { replacedAt: "asc" } } }),
    hidden: t.boolean({
      description: "Hidden by a moderator, or by reports until a moderator decides.",
      select: { columns: { hiddenAt: true } },
      resolve: (comment) => comment.hiddenAt !== null,
    }),
    hiddenBy: t.field({
      type: CommentHiddenBy,
      nullable: true,
      description:
        "Who hid it, for its author and moderators; null when it is not hidden, and for others.",
      select: { columns: { hiddenAt: true, hiddenBy: true, authorId: true } },
      resolve: (comment, _args, ctx) =>
        comment.hiddenAt && seesHidden(ctx, comment) ? comment.hiddenBy : null,
    }),
    hiddenReason: t.string({
      nullable: true,
      description:
        "The moderator's reason for hiding it, for its author and moderators; null when reports hid it, and for others.",
      select: { columns: { hiddenAt: true, hiddenReason: true, authorId: true } },
      resolve: (comment, _args, ctx) =>
        comment.hiddenAt && seesHidden(ctx, comment) ? comment.hiddenReason : null,
    }),
  }),
});

builder.drizzleObjectFields("themes", (t) => ({
  comments: t.relation("comments", {
    description:
      "The theme's thread in the order written; replies carry their parent's id (signed-in people).",
    authScopes: { signedIn: true },
    query: { orderBy: { createdAt: "asc" } },
  }),
}));

const WriteCommentInput = builder.inputType("WriteCommentInput", {
  fields: (t) => ({
    themeId: t.id({ required: false, description: "The theme whose thread it goes in." }),
    postId: t.id({
      required: false,
      description: "Or the blog post it goes under: name exactly one of themeId and postId.",
    }),
    body: t.string({ required: true }),
    parentId: t.id({ required: false, description: "The comment this replies to." }),
    asOrganisationPosition: t.boolean({
      required: false,
      description:
        "Mark it as the position of the organisation the author acts for; an admin of it approves.",
    }),
  }),
});

/**
 * Who reads a hidden comment's body and reason: its author and the moderators. Not a scope: others
 * may read the field too, and get null, as for a deleted comment.
 */
function seesHidden(ctx: Context, comment: { authorId: string | null }): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  return (
    comment.authorId === viewer.personId ||
    viewer.role === "moderator" ||
    viewer.role === "coordinator"
  );
}

/** The thread named by exactly one of themeId and postId. */
async function threadOfInput(
  ctx: Context,
  input: { themeId?: string | number | null; postId?: string | number | null },
): Promise<Thread> {
  if ((input.themeId == null) === (input.postId == null)) {
    throw new InputError(
      "THREAD_REQUIRED",
      "Name either the theme or the blog post the comment belongs to.",
      "themeId",
    );
  }
  if (input.themeId != null) return themeThreadOf(ctx.database, input.themeId);
  const post = await postThreadOf(ctx.database, input.postId ?? "");
  // A post not yet published is known to the coordinator alone.
  if (!post.open && ctx.viewer?.role !== "coordinator")
    throw new InputError("NOT_FOUND", "There is no such blog post.", "postId");
  return post;
}

export async function commentOf(ctx: Context, id: string | number) {
  const commentId = uuidOrNull(id);
  return commentId
    ? ctx.database.db.query.comments.findFirst({ where: { id: commentId } })
    : undefined;
}

builder.mutationFields((t) => ({
  writeComment: t.drizzleField({
    ...forParticipants,
    type: "comments",
    description:
      "Writes a comment in a theme's thread or under a blog post, or a reply, as the signed-in person and the organisation they act for.",
    errors: {},
    args: { input: t.arg({ type: WriteCommentInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("participants are signed in");
      // The text is checked first: a refused text is neither stored nor logged.
      const body = checkCommentText(input.body);
      const thread = await threadOfInput(ctx, input);
      if (!thread.open) {
        throw thread.kind === "theme"
          ? new InputError("THEME_CLOSED", "This theme takes no more comments.", "themeId")
          : new InputError(
              "POST_NOT_PUBLISHED",
              "This post is not published and takes no comments.",
              "postId",
            );
      }
      await checkMayWriteInThread(ctx.database.db, ctx.services, viewer.personId, thread);
      let depth = 0;
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = await commentOf(ctx, input.parentId);
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
        parentId = parent.id;
      }
      if (input.asOrganisationPosition && !viewer.actingOrganisationId) {
        throw new InputError(
          "NO_ORGANISATION",
          "Choose the organisation you act for before you state its position.",
          "asOrganisationPosition",
        );
      }
      await checkCommentLimits(ctx.database, viewer.personId, body);
      const [row] = await ctx.database.db
        .insert(schema.comments)
        .values({
          themeId: thread.kind === "theme" ? thread.id : null,
          postId: thread.kind === "post" ? thread.id : null,
          authorId: viewer.personId,
          organisationId: viewer.actingOrganisationId,
          parentId,
          depth,
          body,
          positionProposed: input.asOrganisationPosition ?? false,
        })
        .returning({ id: schema.comments.id });
      const created =
        row && (await ctx.database.db.query.comments.findFirst(query({ where: { id: row.id } })));
      if (!created) throw new Error("the comment was not stored");
      const repliedTo = parentId ? await commentOf(ctx, parentId) : undefined;
      if (row && repliedTo?.authorId && repliedTo.authorId !== viewer.personId) {
        await notify(ctx.database, ctx.services, {
          personId: repliedTo.authorId,
          kind: "reply",
          commentId: row.id,
        });
      }
      return created;
    },
  }),
  editComment: t.drizzleField({
    type: "comments",
    description: "Changes the wording of one's own comment; the earlier wording is kept.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      return comment?.authorId != null && comment.authorId === ctx.viewer?.personId
        ? { participant: true }
        : false;
    },
    errors: {},
    args: { id: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const body = checkCommentText(args.body);
      const comment = await commentOf(ctx, args.id);
      if (!comment || comment.deletedAt)
        throw new InputError("NOT_FOUND", "There is no such comment.", "id");
      if (comment.body !== body) {
        await ctx.database.db.transaction(async (tx) => {
          await tx
            .insert(schema.commentRevisions)
            .values({ commentId: comment.id, body: comment.body });
          await tx
            .update(schema.comments)
            .set({ body, editedAt: new Date(), updatedAt: new Date() })
            .where(eq(schema.comments.id, comment.id));
        });
      }
      const edited = await ctx.database.db.query.comments.findFirst(
        query({ where: { id: comment.id } }),
      );
      if (!edited) throw new Error("the comment disappeared");
      return edited;
    },
  }),
  deleteComment: t.boolean({
    description:
      "Deletes a comment: one's own, or any as a moderator. Its place in the thread stays.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      return comment?.authorId != null && comment.authorId === ctx.viewer?.personId
        ? { participant: true }
        : { moderator: true };
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      if (!comment || comment.deletedAt) return false;
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(schema.comments)
          .set({ deletedAt: new Date() })
          .where(eq(schema.comments.id, comment.id));
        if (comment.authorId !== ctx.viewer?.personId) {
          await recordAudit(
            ctx,
            {
              action: "comment.delete",
              subjectType: "comment",
              subjectId: comment.id,
              before: { body: comment.body },
            },
            tx,
          );
        }
      });
      return true;
    },
  }),
  agreeWithComment: t.boolean({
    ...forParticipants,
    description: "'Håller med': agree (true) or take it back (false).",
    errors: {},
    args: { id: t.arg.id({ required: true }), agree: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      if (!comment || comment.deletedAt)
        throw new InputError("NOT_FOUND", "There is no such comment.", "id");
      const personId = ctx.viewer?.personId ?? "";
      if (comment.authorId === personId)
        throw new InputError("OWN_COMMENT", "You cannot agree with your own comment.", "id");
      if (args.agree) {
        await ctx.database.db
          .insert(schema.commentAgreements)
          .values({ commentId: comment.id, personId })
          .onConflictDoNothing();
      } else {
        await ctx.database.db
          .delete(schema.commentAgreements)
          .where(
            and(
              eq(schema.commentAgreements.commentId, comment.id),
              eq(schema.commentAgreements.personId, personId),
            ),
          );
      }
      return args.agree;
    },
  }),
  approveOrganisationPosition: t.boolean({
    description: "An organisation admin approves a comment as the organisation's position.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      return comment?.organisationId ? { organisationAdmin: comment.organisationId } : false;
    },
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      if (!comment || !comment.positionProposed || comment.deletedAt) {
        throw new InputError(
          "NOT_PROPOSED",
          "The author has not marked this comment as the organisation's position.",
          "id",
        );
      }
      const approved = await ctx.database.db
        .update(schema.comments)
        .set({ positionApprovedAt: new Date(), positionApprovedById: ctx.viewer?.personId ?? null })
        .where(and(eq(schema.comments.id, comment.id), isNull(schema.comments.positionApprovedAt)))
        .returning({ id: schema.comments.id });
      if (approved.length > 0) {
        await recordAudit(ctx, {
          action: "comment.position.approve",
          subjectType: "comment",
          subjectId: comment.id,
          after: { organisationId: comment.organisationId },
        });
      }
      return true;
    },
  }),
}));
