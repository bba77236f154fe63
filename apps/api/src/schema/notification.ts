import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import type { Context } from "../context";
import { notificationCount, notificationsPageQuery } from "../notifications/list";
import {
  markNotificationsRead,
  setNotificationMail,
  unreadNotificationCount,
} from "../notifications/service";
import { type NotificationTarget, notificationTarget } from "../notifications/target";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { uuidOrNull } from "../shared/ids";
import { forSignedIn } from "./access";
import { checkedCursors, totalCountField } from "./connection";

const NotificationKind = builder.enumType("NotificationKind", {
  description:
    "REPLY: someone replied to your comment; COMMENT_HIDDEN / COMMENT_RESTORED: a moderator (or reports) hid it, or it is shown again; BLOCKED: a moderator blocked you from writing.",
  values: {
    REPLY: { value: "reply", description: "Someone replied to your comment." },
    COMMENT_HIDDEN: {
      value: "comment_hidden",
      description: "Your comment was hidden, by a moderator or by reports.",
    },
    COMMENT_RESTORED: { value: "comment_restored", description: "Your comment is shown again." },
    BLOCKED: { value: "blocked", description: "A moderator blocked you from writing for a while." },
  } as const,
});

export const NotificationMail = builder.enumType("NotificationMail", {
  description:
    "Whether notifications also come by e-mail: OFF, IMMEDIATE (at once) or DAILY (a digest at 07:00).",
  values: {
    OFF: { value: "off", description: "Only in the portal." },
    IMMEDIATE: { value: "immediate", description: "Also by e-mail, at once." },
    DAILY: {
      value: "daily",
      description: "Also by e-mail, in one digest a day at 07:00 Swedish time.",
    },
  } as const,
});

/** Each notification's target, looked up once per request however many of its fields are asked for. */
const targets = new WeakMap<Context, Map<string, Promise<NotificationTarget | undefined>>>();
function targetOf(ctx: Context, commentId: string | null) {
  if (!commentId) return Promise.resolve(undefined);
  let known = targets.get(ctx);
  if (!known) {
    known = new Map();
    targets.set(ctx, known);
  }
  let target = known.get(commentId);
  if (!target) {
    target = notificationTarget(ctx.database.db, commentId, {
      now: ctx.services.clock.now(),
      coordinator: hasScope(ctx.viewer, "coordinator"),
    });
    known.set(commentId, target);
  }
  return target;
}

export const Notification = builder.drizzleObject("notifications", {
  name: "Notification",
  description: "Something one should hear of: a reply to one's comment, or a moderator's decision.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The notification's id." }),
    kind: t.expose("kind", { description: "What it tells of.", type: NotificationKind }),
    createdAt: t.expose("createdAt", { description: "When it came.", type: "DateTime" }),
    read: t.boolean({
      description: "It has been read.",
      select: { columns: { readAt: true } },
      resolve: (n) => n.readAt !== null,
    }),
    reason: t.exposeString("reason", {
      nullable: true,
      description:
        "The moderator's reason for a hide or a block; null when reports hid the comment.",
    }),
    until: t.expose("until", {
      type: "DateTime",
      nullable: true,
      description: "Until when a block holds.",
    }),
    commentId: t.exposeID("commentId", {
      description: "The comment it is about; null when none.",
      nullable: true,
    }),
    path: t.string({
      nullable: true,
      description: "Where in the portal it leads: the comment in its thread.",
      select: { columns: { commentId: true } },
      resolve: async (n, _args, ctx) => (await targetOf(ctx, n.commentId))?.path ?? null,
    }),
    threadTitle: t.string({
      nullable: true,
      description: "The theme's or the blog post's title.",
      select: { columns: { commentId: true } },
      resolve: async (n, _args, ctx) => (await targetOf(ctx, n.commentId))?.thread.title ?? null,
    }),
    actorName: t.string({
      nullable: true,
      description: "For a reply, who replied (null when their account is erased).",
      select: { columns: { commentId: true, kind: true } },
      resolve: async (n, _args, ctx) =>
        n.kind === "reply" ? ((await targetOf(ctx, n.commentId))?.authorName ?? null) : null,
    }),
  }),
});

builder.drizzleObjectFields("people", (t) => ({
  notificationMail: t.expose("notificationMail", {
    type: NotificationMail,
    description:
      "How the person hears of notifications by e-mail (the person and the coordinator).",
    authScopes: (person, _args, ctx) =>
      ctx.viewer?.personId === person.id ? true : { coordinator: true },
  }),
}));

builder.queryFields((t) => ({
  myNotificationsConnection: t.drizzleConnection(
    {
      ...forSignedIn,
      type: "notifications",
      description: "My notifications, newest first, a page at a time.",
      ...pageSizes,
      totalCount: (_root, _args, ctx) =>
        notificationCount(ctx.database.db, ctx.viewer?.personId ?? ""),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.notifications.findMany(
          query(
            checkedCursors(
              "notifications",
              args,
              notificationsPageQuery(ctx.viewer?.personId ?? ""),
            ),
          ),
        ),
    },
    {
      name: "NotificationConnection",
      description: "A page of my notifications, newest first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("notifications I have")) }),
    },
    { name: "NotificationEdge", description: "A notification, and its cursor." },
  ),
  myNotifications: t.drizzleField({
    ...forSignedIn,
    type: ["notifications"],
    ...replacedBy("myNotifications"),
    description: "My notifications, newest first.",
    args: {
      first: t.arg.int({
        description: "How many, newest first.",
        required: false,
        defaultValue: 50,
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.notifications.findMany(
        query({
          where: { personId: ctx.viewer?.personId ?? "" },
          orderBy: { createdAt: "desc" },
          limit: Math.min(Math.max(args.first ?? 50, 1), replacedListLimit),
        }),
      ),
  }),
  unreadNotificationCount: t.int({
    ...forSignedIn,
    description: "How many of my notifications I have not read.",
    resolve: (_root, _args, ctx) =>
      unreadNotificationCount(ctx.database.db, ctx.viewer?.personId ?? ""),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    ...forSignedIn,
    description:
      "Marks my notifications read: these, or all when ids is left out. Returns how many.",
    args: {
      ids: t.arg.idList({
        description: "The notifications to mark read; left out, all of them.",
        required: false,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = args.ids?.map((id) => uuidOrNull(id)).filter((id): id is string => id !== null);
      return markNotificationsRead(ctx.database.db, ctx.viewer?.personId ?? "", ids);
    },
  }),
  setNotificationMail: t.field({
    ...forSignedIn,
    type: NotificationMail,
    description: "Chooses how I hear of notifications by e-mail: off, at once, or a daily digest.",
    args: {
      mail: t.arg({
        description: "How notifications also come by e-mail.",
        type: NotificationMail,
        required: true,
      }),
    },
    resolve: async (_root, args, ctx) => {
      await setNotificationMail(ctx.database.db, ctx.viewer?.personId ?? "", args.mail);
      return args.mail;
    },
  }),
}));
