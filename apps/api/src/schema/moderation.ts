import type { Viewer } from "../accounts/viewer";
import { builder } from "../builder";
import type { Context } from "../context";
import { setThreadLock, setThreadSlowMode } from "../dialogue/service";
import { postThreadOf, themeThreadOf } from "../dialogue/thread";
import {
  moderationLogCount,
  moderationLogPageQuery,
  moderationQueueCount,
  moderationQueuePageQuery,
} from "../moderation/lists";
import { maximumSlowModeSeconds, openReports, reportsToHide } from "../moderation/rules";
import {
  blockParticipant,
  dismissReports,
  hideComment,
  moderationLogCsv,
  moderationQueueQuery,
  reportComment,
  restoreComment,
  unblockParticipant,
} from "../moderation/service";
import { currentWritingBlock } from "../moderation/write-checks";
import { pageSizes, replacedBy } from "../shared/connections";
import { forModerators, forParticipants, forSignedIn } from "./access";
import { checkedCursors, totalCountField } from "./connection";

const CommentReportReason = builder.enumType("CommentReportReason", {
  description: "Why a participant reports a comment.",
  values: {
    SPAM: { value: "spam", description: "Advertising or other spam." },
    OFFENSIVE: { value: "offensive", description: "Offensive or abusive." },
    PERSONAL_DATA: { value: "personal_data", description: "Data about a child or a family." },
    OFF_TOPIC: { value: "off_topic", description: "Not about the theme." },
    OTHER: { value: "other", description: "Another reason, written in the note." },
  } as const,
});

export const CommentReport = builder.drizzleObject("commentReports", {
  name: "CommentReport",
  description: "A participant's open report of a comment (moderators).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The report's id." }),
    reason: t.expose("reason", { description: "Why it was reported.", type: CommentReportReason }),
    note: t.exposeString("note", {
      description: "What the reporter wrote; null when nothing.",
      nullable: true,
    }),
    createdAt: t.expose("createdAt", { description: "When it was reported.", type: "DateTime" }),
  }),
});

builder.drizzleObjectFields("comments", (t) => ({
  reportCount: t.int({
    description: "How many different people have open reports on it (moderators).",
    authScopes: { moderator: true },
    select: { with: { reports: { columns: { reporterId: true }, where: openReports } } },
    resolve: (comment) => new Set(comment.reports.map((r) => r.reporterId)).size,
  }),
  reports: t.relation("reports", {
    description: "The open reports, oldest first (moderators).",
    authScopes: { moderator: true },
    query: { where: openReports, orderBy: { createdAt: "asc" } },
  }),
  reportedByMe: t.boolean({
    description:
      "The signed-in person has an open report of it: reporting again counts for nothing.",
    // The same selection as reportCount's, so that the two share one join.
    select: { with: { reports: { columns: { reporterId: true }, where: openReports } } },
    resolve: (comment, _args, ctx) =>
      ctx.viewer !== null && comment.reports.some((r) => r.reporterId === ctx.viewer?.personId),
  }),
}));

builder.drizzleObjectFields("themes", (t) => ({
  locked: t.boolean({
    description: "A moderator locked the thread: no new comments or replies.",
    select: { columns: { lockedAt: true } },
    resolve: (theme) => theme.lockedAt !== null,
  }),
  slowModeSeconds: t.exposeInt("slowModeSeconds", {
    description: "Slow mode: seconds between one person's comments in this thread; 0 is off.",
  }),
}));

const WritingBlock = builder.objectRef<{ until: Date; reason: string }>("WritingBlock").implement({
  description: "A moderator's block on a person's writing: until when, and why.",
  fields: (t) => ({
    until: t.expose("until", { description: "When the block ends.", type: "DateTime" }),
    reason: t.exposeString("reason", { description: "Why the moderator blocked the person." }),
  }),
});

builder.drizzleObjectFields("comments", (t) => ({
  authorWritingBlock: t.field({
    type: WritingBlock,
    nullable: true,
    description:
      "The author's block from writing that holds now, the one that lasts longest (moderators): null when the author is not blocked, or for a former participant.",
    authScopes: { moderator: true },
    select: { columns: { authorId: true } },
    resolve: (comment, _args, ctx) =>
      comment.authorId === null
        ? null
        : currentWritingBlock(ctx.database.db, ctx.services, comment.authorId),
  }),
}));

builder.queryFields((t) => ({
  myWritingBlock: t.field({
    ...forSignedIn,
    type: WritingBlock,
    nullable: true,
    description:
      "The signed-in person's block from writing comments, the one that lasts longest; null when none.",
    resolve: (_root, _args, ctx) =>
      currentWritingBlock(ctx.database.db, ctx.services, viewerOf(ctx).personId),
  }),
  moderationQueueConnection: t.drizzleConnection(
    {
      ...forModerators,
      type: "comments",
      description:
        "Comments that await a moderator, with open reports or hidden, most recently written first, a page at a time.",
      ...pageSizes,
      totalCount: (_root, _args, ctx) => moderationQueueCount(ctx.database.db),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.comments.findMany(
          query(checkedCursors("comments", args, moderationQueuePageQuery)),
        ),
    },
    {
      name: "ModerationQueueConnection",
      description: "A page of the moderation queue, most recently written first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("comments that await a moderator")) }),
    },
    {
      name: "ModerationQueueEdge",
      description: "A comment that awaits a moderator, and its cursor.",
    },
  ),
  moderationLogConnection: t.drizzleConnection(
    {
      ...forModerators,
      type: "auditLog",
      description:
        "What the moderators (and reports) did, newest first, a page at a time: hides, restores, dismissed reports, locks, slow mode, blocks.",
      ...pageSizes,
      totalCount: (_root, _args, ctx) => moderationLogCount(ctx.database.db),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.auditLog.findMany(
          query(checkedCursors("auditLog", args, moderationLogPageQuery)),
        ),
    },
    {
      name: "ModerationLogConnection",
      description: "A page of the moderation log, newest first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("entries the moderation log holds")) }),
    },
    { name: "ModerationLogEdge", description: "An entry of the moderation log, and its cursor." },
  ),
  moderationQueue: t.drizzleField({
    ...forModerators,
    type: ["comments"],
    ...replacedBy("moderationQueue"),
    description:
      "Comments that await a moderator: with open reports, or hidden. Most recently written first.",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.comments.findMany(query(moderationQueueQuery())),
  }),
  moderationLogCsv: t.string({
    ...forModerators,
    description:
      "The moderation log as RFC 4180 CSV, oldest first: time,moderator,action,comment,reason.",
    resolve: (_root, _args, ctx) => moderationLogCsv(ctx.database.db),
  }),
}));

builder.mutationFields((t) => ({
  reportComment: t.boolean({
    ...forParticipants,
    description: `Reports a comment to the moderators; open reports from ${reportsToHide} different people hide it until a moderator decides. Reporting again counts once.`,
    errors: {},
    args: {
      id: t.arg.id({ description: "The comment's id.", required: true }),
      reason: t.arg({
        description: "Why it is reported.",
        type: CommentReportReason,
        required: true,
      }),
      note: t.arg.string({ description: "What else the moderators should know.", required: false }),
    },
    resolve: async (_root, args, ctx) => {
      await reportComment(ctx.database.db, ctx.services, viewerOf(ctx), {
        commentId: args.id,
        reason: args.reason,
        note: args.note,
      });
      return true;
    },
  }),

  hideComment: t.drizzleField({
    ...forModerators,
    type: "comments",
    description:
      "Hides a comment with a reason its author sees; closes its open reports. The author is told by e-mail.",
    errors: {},
    args: {
      id: t.arg.id({ description: "The comment's id.", required: true }),
      reason: t.arg.string({ description: "Why, shown to its author.", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await hideComment(ctx.database.db, ctx.services, viewerOf(ctx), {
        commentId: args.id,
        reason: args.reason,
      });
      const row = await ctx.database.db.query.comments.findFirst(query({ where: { id } }));
      if (!row) throw new Error("the comment disappeared");
      return row;
    },
  }),

  restoreComment: t.drizzleField({
    ...forModerators,
    type: "comments",
    description:
      "Shows a hidden comment again and closes its open reports; the author is told by e-mail.",
    errors: {},
    args: { id: t.arg.id({ description: "The comment's id.", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await restoreComment(ctx.database.db, ctx.services, viewerOf(ctx), args.id);
      const row = await ctx.database.db.query.comments.findFirst(query({ where: { id } }));
      if (!row) throw new Error("the comment disappeared");
      return row;
    },
  }),

  dismissReports: t.drizzleField({
    ...forModerators,
    type: "comments",
    description:
      "Closes a comment's open reports as unfounded; a comment that reports hid is shown again (and its author told).",
    errors: {},
    args: { id: t.arg.id({ description: "The comment's id.", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await dismissReports(ctx.database.db, ctx.services, viewerOf(ctx), args.id);
      const row = await ctx.database.db.query.comments.findFirst(query({ where: { id } }));
      if (!row) throw new Error("the comment disappeared");
      return row;
    },
  }),

  lockTheme: t.drizzleField({
    ...forModerators,
    type: "themes",
    description: "Locks a theme's thread (no new comments or replies), or unlocks it.",
    errors: {},
    args: {
      themeId: t.arg.id({ description: "The theme's id.", required: true }),
      locked: t.arg.boolean({ description: "True to lock, false to open again.", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const theme = await themeThreadOf(ctx.database.db, args.themeId);
      await setThreadLock(ctx.database.db, ctx.services, viewerOf(ctx), theme, args.locked);
      const row = await ctx.database.db.query.themes.findFirst(query({ where: { id: theme.id } }));
      if (!row) throw new Error("the theme disappeared");
      return row;
    },
  }),

  setSlowMode: t.drizzleField({
    ...forModerators,
    type: "themes",
    description: `Slow mode on a theme's thread: seconds between one person's comments (0 is off, at most ${maximumSlowModeSeconds}).`,
    errors: {},
    args: {
      themeId: t.arg.id({ description: "The theme's id.", required: true }),
      seconds: t.arg.int({
        description: "Seconds between one person's comments; 0 turns slow mode off.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const theme = await themeThreadOf(ctx.database.db, args.themeId);
      await setThreadSlowMode(ctx.database.db, viewerOf(ctx), theme, args.seconds);
      const row = await ctx.database.db.query.themes.findFirst(query({ where: { id: theme.id } }));
      if (!row) throw new Error("the theme disappeared");
      return row;
    },
  }),

  lockBlogPost: t.drizzleField({
    ...forModerators,
    type: "blogPosts",
    description:
      "Locks the comments under a blog post (no new comments or replies), or unlocks them.",
    errors: {},
    args: {
      postId: t.arg.id({ description: "The post's id.", required: true }),
      locked: t.arg.boolean({ description: "True to lock, false to open again.", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const post = await postThreadOf(ctx.database.db, args.postId);
      await setThreadLock(ctx.database.db, ctx.services, viewerOf(ctx), post, args.locked);
      const row = await ctx.database.db.query.blogPosts.findFirst(
        query({ where: { id: post.id } }),
      );
      if (!row) throw new Error("the post disappeared");
      return row;
    },
  }),

  setBlogPostSlowMode: t.drizzleField({
    ...forModerators,
    type: "blogPosts",
    description: `Slow mode under a blog post: seconds between one person's comments (0 is off, at most ${maximumSlowModeSeconds}).`,
    errors: {},
    args: {
      postId: t.arg.id({ description: "The post's id.", required: true }),
      seconds: t.arg.int({
        description: "Seconds between one person's comments; 0 turns slow mode off.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const post = await postThreadOf(ctx.database.db, args.postId);
      await setThreadSlowMode(ctx.database.db, viewerOf(ctx), post, args.seconds);
      const row = await ctx.database.db.query.blogPosts.findFirst(
        query({ where: { id: post.id } }),
      );
      if (!row) throw new Error("the post disappeared");
      return row;
    },
  }),

  blockParticipant: t.boolean({
    ...forModerators,
    description: "Blocks a person from writing comments until the given moment.",
    errors: {},
    args: {
      personId: t.arg.id({ description: "The person's id.", required: true }),
      until: t.arg({ description: "When the block ends.", type: "DateTime", required: true }),
      reason: t.arg.string({ description: "Why, shown to the person.", required: true }),
    },
    resolve: async (_root, args, ctx) => {
      await blockParticipant(ctx.database.db, ctx.services, viewerOf(ctx), {
        personId: args.personId,
        until: args.until,
        reason: args.reason,
      });
      return true;
    },
  }),

  unblockParticipant: t.boolean({
    ...forModerators,
    description: "Ends a person's blocks now. False when they were not blocked.",
    errors: {},
    args: { personId: t.arg.id({ description: "The person's id.", required: true }) },
    resolve: (_root, args, ctx) =>
      unblockParticipant(ctx.database.db, ctx.services, viewerOf(ctx), args.personId),
  }),
}));

/** The viewer of a field whose authScopes admit only the signed-in. */
function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("a field for the signed-in was reached without a viewer");
  return ctx.viewer;
}
