import { GraphQLError } from "graphql";
import { commentThreadsVisibleTo, postsVisibleTo } from "../blog/service";
import { builder } from "../builder";
import type { CommentEvent } from "../live/comment-events";
import { uuidOrNull } from "../shared/ids";
import { forSignedIn } from "./access";

const CommentChange = builder.enumType("CommentChange", {
  values: {
    CREATED: { value: "created", description: "A new comment or reply." },
    CHANGED: {
      value: "changed",
      description: "A comment was edited, deleted, hidden or shown again.",
    },
    AGREEMENT: {
      value: "agreement",
      description: "Someone agreed with a comment, or took it back.",
    },
    RESYNC: {
      value: "resync",
      description:
        "Changes may have been missed (the server lost its database connection for a while): fetch the thread again. No comment.",
    },
  } as const,
  description:
    "CREATED; CHANGED (edited, deleted, hidden or restored); AGREEMENT (someone agreed or took it back); RESYNC (fetch the thread again).",
});

const CommentActivity = builder.objectRef<CommentEvent>("CommentActivity").implement({
  description: "A change in a thread, as it happens.",
  fields: (t) => ({
    change: t.expose("change", {
      description: "What happened to the comment.",
      type: CommentChange,
    }),
    commentId: t.exposeID("commentId", { nullable: true, description: "Null for RESYNC." }),
    comment: t.drizzleField({
      description: "The comment as it is now; null when the viewer may not see it.",
      type: "comments",
      nullable: true,
      // A comment under a blog post only while the reader may read the post, as `node` finds it:
      // a post taken back after the subscription began hides its thread's comments too.
      resolve: (query, event, _args, ctx) =>
        event.commentId === null
          ? null
          : ctx.database.db.query.comments.findFirst(
              query({
                where: {
                  id: event.commentId,
                  ...commentThreadsVisibleTo(ctx.viewer, ctx.services),
                },
              }),
            ),
    }),
  }),
});

builder.subscriptionType({ authScopes: { coordinator: true } });

builder.subscriptionFields((t) => ({
  commentActivity: t.field({
    ...forSignedIn,
    type: CommentActivity,
    description:
      "New comments, edits, agreements and hides in one thread (a theme's, or a blog post's), from every API instance; RESYNC when some may have been missed.",
    args: {
      themeId: t.arg.id({
        description: "The theme whose thread to follow (or give postId).",
        required: false,
      }),
      postId: t.arg.id({
        required: false,
        description: "Instead of themeId: a blog post's comments.",
      }),
    },
    subscribe: async (_root, args, ctx) => {
      if ((args.themeId == null) === (args.postId == null))
        throw new GraphQLError("Give exactly one of themeId and postId.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      const threadId = uuidOrNull(args.themeId ?? args.postId ?? "");
      const events = ctx.services.events;
      if (!threadId)
        throw new GraphQLError("That is not the id of a theme or a blog post.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      // Only a thread the viewer may read: a theme, or a post published for them.
      const db = ctx.database.db;
      const thread = args.themeId
        ? await db.query.themes.findFirst({ columns: { id: true }, where: { id: threadId } })
        : await db.query.blogPosts.findFirst({
            columns: { id: true },
            where: { id: threadId, ...postsVisibleTo(ctx.viewer, ctx.services) },
          });
      if (!thread)
        throw new GraphQLError(
          args.themeId ? "There is no such theme." : "There is no such blog post.",
          { extensions: { code: "BAD_USER_INPUT", reason: "NOT_FOUND" } },
        );
      if (!events) throw new GraphQLError("Live updates are not running on this server.");
      return events.ofThread(threadId);
    },
    resolve: (event) => event,
  }),
}));
