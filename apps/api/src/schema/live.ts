import { GraphQLError } from "graphql";
import { builder } from "../builder";
import { uuidOrNull } from "../ids";
import type { CommentEvent } from "../live/comment-events";
import { forSignedIn } from "./access";

const CommentChange = builder.enumType("CommentChange", {
  values: {
    CREATED: { value: "created" },
    CHANGED: { value: "changed" },
    AGREEMENT: { value: "agreement" },
  } as const,
  description:
    "CREATED; CHANGED (edited, deleted, hidden or restored); AGREEMENT (someone agreed or took it back).",
});

const CommentActivity = builder.objectRef<CommentEvent>("CommentActivity").implement({
  description: "A change in a theme's thread, as it happens.",
  fields: (t) => ({
    change: t.expose("change", { type: CommentChange }),
    commentId: t.exposeID("commentId"),
    comment: t.drizzleField({
      type: "comments",
      nullable: true,
      resolve: (query, event, _args, ctx) =>
        ctx.database.db.query.comments.findFirst(query({ where: { id: event.commentId } })),
    }),
  }),
});

builder.subscriptionType({ authScopes: { coordinator: true } });

builder.subscriptionFields((t) => ({
  commentActivity: t.field({
    ...forSignedIn,
    type: CommentActivity,
    description:
      "New comments, edits, agreements and hides in one theme's thread, from every API instance.",
    args: { themeId: t.arg.id({ required: true }) },
    subscribe: (_root, args, ctx) => {
      const themeId = uuidOrNull(args.themeId);
      const events = ctx.services.events;
      if (!themeId)
        throw new GraphQLError("themeId is not a theme's id.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      if (!events) throw new GraphQLError("Live updates are not running on this server.");
      return events.subscribe(themeId);
    },
    resolve: (event) => event,
  }),
}));
