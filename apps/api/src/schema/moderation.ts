import { schema } from "@kraftsamling/db";
import { and, asc, desc, eq, gt, isNull, like } from "drizzle-orm";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import type { Context } from "../context";
import {
  checkReason,
  maximumSlowModeSeconds,
  notifyAuthor,
  openReporterCount,
  reportsToHide,
  toCsv,
} from "../dialogue/moderation";
import { postThreadOf, themeThreadOf } from "../dialogue/thread";
import { setThreadLock, setThreadSlowMode } from "../dialogue/thread-settings";
import { notify } from "../notifications/notify";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forModerators, forParticipants, forSignedIn } from "./access";
import { commentOf } from "./comment";

const CommentReportReason = builder.enumType("CommentReportReason", {
  description: "Why a participant reports a comment.",
  values: {
    SPAM: { value: "spam" },
    OFFENSIVE: { value: "offensive" },
    PERSONAL_DATA: { value: "personal_data", description: "Data about a child or a family." },
    OFF_TOPIC: { value: "off_topic" },
    OTHER: { value: "other" },
  } as const,
});

export const CommentReport = builder.drizzleObject("commentReports", {
  name: "CommentReport",
  description: "A participant's open report of a comment (moderators).",
  fields: (t) => ({
    id: t.exposeID("id"),
    reason: t.expose("reason", { type: CommentReportReason }),
    note: t.exposeString("note", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const openReports = { resolvedAt: { isNull: true } } as const;

/** The reason the moderation log gives for a hide by reports. */
const logReasonForReports = "reported";

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

async function existingComment(ctx: Context, id: string | number) {
  const comment = await commentOf(ctx, id);
  if (!comment || comment.deletedAt)
    throw new InputError("NOT_FOUND", "There is no such comment.", "id");
  return comment;
}

/** Closes the comment's open reports: a moderator has decided. */
async function resolveReports(ctx: Context, commentId: string, db = ctx.database.db) {
  return db
    .update(schema.commentReports)
    .set({ resolvedAt: new Date() })
    .where(
      and(eq(schema.commentReports.commentId, commentId), isNull(schema.commentReports.resolvedAt)),
    )
    .returning({ id: schema.commentReports.id });
}

const WritingBlock = builder.objectRef<{ until: Date; reason: string }>("WritingBlock").implement({
  description: "A moderator's block on a person's writing: until when, and why.",
  fields: (t) => ({
    until: t.expose("until", { type: "DateTime" }),
    reason: t.exposeString("reason"),
  }),
});

builder.queryFields((t) => ({
  myWritingBlock: t.field({
    ...forSignedIn,
    type: WritingBlock,
    nullable: true,
    description:
      "The signed-in person's block from writing comments, the one that lasts longest; null when none.",
    resolve: async (_root, _args, ctx) => {
      if (!ctx.viewer) return null;
      const [block] = await ctx.database.db
        .select({ until: schema.participantBlocks.until, reason: schema.participantBlocks.reason })
        .from(schema.participantBlocks)
        .where(
          and(
            eq(schema.participantBlocks.personId, ctx.viewer.personId),
            gt(schema.participantBlocks.until, new Date()),
          ),
        )
        .orderBy(desc(schema.participantBlocks.until))
        .limit(1);
      return block ?? null;
    },
  }),
  moderationQueue: t.drizzleField({
    ...forModerators,
    type: ["comments"],
    description:
      "Comments that await a moderator: with open reports, or hidden. Most recently written first.",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.comments.findMany(
        query({
          where: {
            deletedAt: { isNull: true },
            OR: [{ hiddenAt: { isNotNull: true } }, { reports: openReports }],
          },
          orderBy: { createdAt: "desc" },
          limit: 500,
        }),
      ),
  }),
  moderationLogCsv: t.string({
    ...forModerators,
    description:
      "The moderation log as RFC 4180 CSV, oldest first: time,moderator,action,comment,reason.",
    resolve: async (_root, _args, ctx) => {
      const entries = await ctx.database.db
        .select()
        .from(schema.auditLog)
        .where(like(schema.auditLog.action, "moderation.%"))
        .orderBy(asc(schema.auditLog.at));
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
    },
  }),
}));

builder.mutationFields((t) => ({
  reportComment: t.boolean({
    ...forParticipants,
    description: `Reports a comment to the moderators; open reports from ${reportsToHide} different people hide it until a moderator decides. Reporting again counts once.`,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg({ type: CommentReportReason, required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const comment = await existingComment(ctx, args.id);
      const personId = ctx.viewer?.personId ?? "";
      if (comment.authorId === personId)
        throw new InputError("OWN_COMMENT", "You cannot report your own comment.", "id");
      const note = args.note?.trim() || null;
      if (note && note.length > 1_000)
        throw new InputError("NOTE_TOO_LONG", "A note holds at most 1000 characters.", "note");
      await ctx.database.db
        .insert(schema.commentReports)
        .values({ commentId: comment.id, reporterId: personId, reason: args.reason, note })
        .onConflictDoNothing();
      if (comment.hiddenAt || (await openReporterCount(ctx.database, comment.id)) < reportsToHide)
        return true;
      const hidden = await ctx.database.db
        .update(schema.comments)
        .set({ hiddenAt: new Date(), hiddenBy: "reports", hiddenReason: null, hiddenById: null })
        .where(and(eq(schema.comments.id, comment.id), isNull(schema.comments.hiddenAt)))
        .returning({ id: schema.comments.id });
      if (hidden.length > 0) {
        await recordAudit(ctx, {
          action: "moderation.hide",
          subjectType: "comment",
          subjectId: comment.id,
          after: { reason: logReasonForReports },
          bySystem: true,
        });
        await notifyAuthor(ctx, comment, { hiddenBy: "reports" });
      }
      return true;
    },
  }),

  hideComment: t.drizzleField({
    ...forModerators,
    type: "comments",
    description:
      "Hides a comment with a reason its author sees; closes its open reports. The author is told by e-mail.",
    errors: {},
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const reason = checkReason(args.reason);
      const comment = await existingComment(ctx, args.id);
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(schema.comments)
          .set({
            hiddenAt: new Date(),
            hiddenBy: "moderator",
            hiddenReason: reason,
            hiddenById: ctx.viewer?.personId,
          })
          .where(eq(schema.comments.id, comment.id));
        await resolveReports(ctx, comment.id, tx);
        await recordAudit(
          ctx,
          {
            action: "moderation.hide",
            subjectType: "comment",
            subjectId: comment.id,
            before: { hiddenBy: comment.hiddenBy, hiddenReason: comment.hiddenReason },
            after: { reason },
          },
          tx,
        );
      });
      await notifyAuthor(ctx, comment, { hiddenBy: "moderator", reason });
      const row = await ctx.database.db.query.comments.findFirst(
        query({ where: { id: comment.id } }),
      );
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
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const comment = await existingComment(ctx, args.id);
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(schema.comments)
          .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null, hiddenById: null })
          .where(eq(schema.comments.id, comment.id));
        await resolveReports(ctx, comment.id, tx);
        await recordAudit(
          ctx,
          {
            action: "moderation.restore",
            subjectType: "comment",
            subjectId: comment.id,
            before: { hiddenBy: comment.hiddenBy, hiddenReason: comment.hiddenReason },
          },
          tx,
        );
      });
      if (comment.hiddenAt) await notifyAuthor(ctx, comment, "restored");
      const row = await ctx.database.db.query.comments.findFirst(
        query({ where: { id: comment.id } }),
      );
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
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const comment = await existingComment(ctx, args.id);
      const hiddenByReportsOnly = comment.hiddenAt !== null && comment.hiddenBy === "reports";
      await ctx.database.db.transaction(async (tx) => {
        const closed = await resolveReports(ctx, comment.id, tx);
        if (hiddenByReportsOnly) {
          await tx
            .update(schema.comments)
            .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
            .where(eq(schema.comments.id, comment.id));
        }
        await recordAudit(
          ctx,
          {
            action: "moderation.dismiss_reports",
            subjectType: "comment",
            subjectId: comment.id,
            after: { reports: closed.length, shownAgain: hiddenByReportsOnly },
          },
          tx,
        );
      });
      if (hiddenByReportsOnly) await notifyAuthor(ctx, comment, "restored");
      const row = await ctx.database.db.query.comments.findFirst(
        query({ where: { id: comment.id } }),
      );
      if (!row) throw new Error("the comment disappeared");
      return row;
    },
  }),

  lockTheme: t.drizzleField({
    ...forModerators,
    type: "themes",
    description: "Locks a theme's thread (no new comments or replies), or unlocks it.",
    errors: {},
    args: { themeId: t.arg.id({ required: true }), locked: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const theme = await themeThreadOf(ctx.database, args.themeId);
      await setThreadLock(ctx, theme, args.locked);
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
    args: { themeId: t.arg.id({ required: true }), seconds: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const theme = await themeThreadOf(ctx.database, args.themeId);
      await setThreadSlowMode(ctx, theme, args.seconds);
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
    args: { postId: t.arg.id({ required: true }), locked: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const post = await postThreadOf(ctx.database, args.postId);
      await setThreadLock(ctx, post, args.locked);
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
    args: { postId: t.arg.id({ required: true }), seconds: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const post = await postThreadOf(ctx.database, args.postId);
      await setThreadSlowMode(ctx, post, args.seconds);
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
      personId: t.arg.id({ required: true }),
      until: t.arg({ type: "DateTime", required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = checkReason(args.reason);
      if (args.until <= new Date())
        throw new InputError("INVALID_UNTIL", "A block ends in the future.", "until");
      const person = await personOf(ctx, args.personId);
      if (person.id === ctx.viewer?.personId)
        throw new InputError("SELF", "You cannot block yourself.", "personId");
      await ctx.database.db.transaction(async (tx) => {
        await tx.insert(schema.participantBlocks).values({
          personId: person.id,
          until: args.until,
          reason,
          blockedById: ctx.viewer?.personId,
        });
        await recordAudit(
          ctx,
          {
            action: "moderation.block",
            subjectType: "person",
            subjectId: person.id,
            after: { until: args.until.toISOString(), reason },
          },
          tx,
        );
      });
      await notify(ctx.database, ctx.services, {
        personId: person.id,
        kind: "blocked",
        reason,
        until: args.until,
      });
      return true;
    },
  }),

  unblockParticipant: t.boolean({
    ...forModerators,
    description: "Ends a person's blocks now. False when they were not blocked.",
    errors: {},
    args: { personId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const person = await personOf(ctx, args.personId);
      const now = new Date();
      return ctx.database.db.transaction(async (tx) => {
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
        await recordAudit(
          ctx,
          { action: "moderation.unblock", subjectType: "person", subjectId: person.id },
          tx,
        );
        return true;
      });
    },
  }),
}));

async function personOf(ctx: Context, id: string | number) {
  const personId = uuidOrNull(id);
  const person = personId
    ? await ctx.database.db.query.people.findFirst({ where: { id: personId } })
    : undefined;
  if (!person) throw new InputError("NOT_FOUND", "There is no such person.", "personId");
  return person;
}
