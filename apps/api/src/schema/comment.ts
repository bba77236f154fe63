import { drizzleConnectionHelpers } from "@pothos/plugin-drizzle";
import type { GraphQLResolveInfo } from "graphql";
import { postsVisibleTo } from "../blog/service";
import { builder } from "../builder";
import type { Context } from "../context";
import { agreeCount, agreedBy } from "../dialogue/agreements";
import { commentHtml } from "../dialogue/comment-html";
import {
  agreeRefusal,
  approvePositionRefusal,
  deleteRefusal,
  editRefusal,
  moderateCommentRefusal,
  moderateThreadRefusal,
  readsCommentText,
  reportRefusal,
  seesHiddenComment,
  writeRefusal,
} from "../dialogue/permissions";
import {
  agreeWithComment,
  approveOrganisationPosition,
  deleteComment,
  editComment,
  readComment,
  writeComment,
  writingBlockUntil,
} from "../dialogue/service";
import { postIsOpen, type Thread, themeIsOpen } from "../dialogue/thread";
import { pageBounds, threadCommentCount, threadFilter } from "../dialogue/thread-pages";
import { openReports } from "../moderation/rules";
import { connectionPage } from "../shared/query-cost";
import { forParticipants } from "./access";
import { checkedCursors } from "./connection";
import { CommentHiddenBy } from "./enums";

export const CommentRevision = builder.drizzleObject("commentRevisions", {
  name: "CommentRevision",
  description: "An earlier wording of an edited comment.",
  fields: (t) => ({
    body: t.exposeString("body", { description: "The earlier wording." }),
    replacedAt: t.expose("replacedAt", { description: "When it was replaced.", type: "DateTime" }),
  }),
});

export const Comment = builder.drizzleObject("comments", {
  name: "Comment",
  // Only the columns the asked-for fields read: a thread's page carries no search words, and no
  // moderation or position columns that no field of the request reads.
  select: { columns: { id: true } },
  description:
    "A comment in a thread (a theme's, or under a blog post), or a reply to one (at most three levels deep).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The comment's id (its global id)." }),
    theme: t.relation("theme", {
      nullable: true,
      description: "The theme whose thread it is in; null for a comment under a blog post.",
    }),
    post: t.relation("post", {
      nullable: true,
      description:
        "The blog post it is under; null for a comment in a theme's thread, and while the post is not published (but to the coordinator).",
      query: (_args, ctx) => ({ where: postsVisibleTo(ctx.viewer, ctx.services) }),
    }),
    parentId: t.exposeID("parentId", {
      description: "The comment it replies to; null for a comment on the theme.",
      nullable: true,
    }),
    depth: t.exposeInt("depth", { description: "0 for a comment on the theme, 1–3 for replies." }),
    body: t.string({
      nullable: true,
      description:
        "Null once the comment is deleted; the thread keeps its place. Null while hidden, except to its author and moderators.",
      select: { columns: { body: true, deletedAt: true, hiddenAt: true, authorId: true } },
      resolve: (comment, _args, ctx) =>
        comment.deletedAt || (comment.hiddenAt && !seesHiddenComment(ctx.viewer, comment))
          ? null
          : comment.body,
    }),
    bodyHtml: t.string({
      nullable: true,
      description:
        'The body rendered from the portal\'s Markdown subset: no raw HTML, links with rel="nofollow ugc noopener".',
      select: {
        columns: { body: true, bodyHtml: true, deletedAt: true, hiddenAt: true, authorId: true },
      },
      resolve: (comment, _args, ctx) =>
        comment.deletedAt || (comment.hiddenAt && !seesHiddenComment(ctx.viewer, comment))
          ? null
          : commentHtml(comment),
    }),
    deleted: t.boolean({
      description: "Its author or a moderator deleted it; it keeps its place in the thread.",
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
      description: "Proposed as its organisation's position, not yet approved by an admin.",
      select: { columns: { positionProposed: true, positionApprovedAt: true } },
      resolve: (comment) => comment.positionProposed && comment.positionApprovedAt === null,
    }),
    agreeCount: t.int({
      description:
        "How many agree ('Håller med'): counted in the statement that loads the comments.",
      select: { extras: { agreeCount } },
      resolve: (comment) => comment.agreeCount,
    }),
    agreedByMe: t.boolean({
      description: "The viewer agrees with it: asked in the statement that loads the comments.",
      select: (_args, ctx) => ({ extras: { agreedByMe: agreedBy(ctx.viewer?.personId ?? null) } }),
      // Read from the row when it carries it (loaded-columns.ts): the selection is the viewer's.
      extensions: { rowKeys: ["agreedByMe"] },
      resolve: (comment) => comment.agreedByMe,
    }),
    createdAt: t.expose("createdAt", { description: "When it was written.", type: "DateTime" }),
    editedAt: t.expose("editedAt", {
      description: "When it was last edited; null when never.",
      type: "DateTime",
      nullable: true,
    }),
    revisions: t.field({
      type: [CommentRevision],
      description:
        "The earlier wordings, oldest first: none once the comment is deleted, nor while it is hidden, except to its author and moderators.",
      select: {
        columns: { deletedAt: true, hiddenAt: true, authorId: true },
        with: { revisions: { orderBy: { replacedAt: "asc" } } },
      },
      resolve: (comment, _args, ctx) =>
        readsCommentText(ctx.viewer, comment) ? comment.revisions : [],
    }),
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
        comment.hiddenAt && seesHiddenComment(ctx.viewer, comment) ? comment.hiddenBy : null,
    }),
    hiddenReason: t.string({
      nullable: true,
      description:
        "The moderator's reason for hiding it, for its author and moderators; null when reports hid it, and for others.",
      select: { columns: { hiddenAt: true, hiddenReason: true, authorId: true } },
      resolve: (comment, _args, ctx) =>
        comment.hiddenAt && seesHiddenComment(ctx.viewer, comment) ? comment.hiddenReason : null,
    }),
  }),
});

/** The most comments the plain (deprecated) lists return; the connections page instead. */
const plainListLimit = 100;
const replacedByConnection = {
  deprecationReason: `Use commentsConnection, which pages. This list returns at most ${plainListLimit} items.`,
};

/** The order of a thread's pages: the comments in the order written, the id breaking ties. */
const threadOrder = { orderBy: { createdAt: "asc" as const } };

/** A thread's pages. */
const threadPages = drizzleConnectionHelpers(builder, "comments", {
  query: threadOrder,
  defaultSize: connectionPage.defaultSize,
  maxSize: connectionPage.maxSize,
});

interface ThreadPageShape {
  /** The comments in the thread, read only when asked for. */
  totalCount: () => Promise<number>;
}

const CommentConnection = builder.connectionObject(
  {
    type: Comment,
    name: "CommentConnection",
    description:
      "One page of a thread's comments in the order written, and where it lies in the whole thread.",
    fields: (t) => ({
      totalCount: t.int({
        description:
          "How many comments the thread holds, deleted and hidden ones included (they keep their place).",
        resolve: (connection) => (connection as unknown as ThreadPageShape).totalCount(),
      }),
    }),
  },
  { name: "CommentEdge", description: "A comment of a thread's page, and its cursor." },
);

/**
 * One page of a thread, as the connection's arguments choose it. `keptCount` is the thread's kept
 * count when it came with the thread's own row; otherwise `totalCount` reads it when asked.
 */
async function threadPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: Parameters<typeof threadPages.getQuery>[0],
  thread: Pick<Thread, "kind" | "id">,
  keptCount?: number,
) {
  // Before the page's bounds read the cursors (pageBounds): one no page of a thread gives is refused.
  checkedCursors("comments", args, threadOrder);
  const query = threadPages.getQuery(args, ctx, info);
  const rows = await ctx.database.db.query.comments.findMany({
    ...query,
    where: { AND: [query.where ?? {}, threadFilter(thread), ...pageBounds(args)] },
  });
  const page = await threadPages.resolve(rows, args, ctx);
  const totalCount = () =>
    keptCount === undefined
      ? threadCommentCount(ctx.database.db, thread)
      : Promise.resolve(keptCount);
  return Object.assign(page, { totalCount });
}

builder.drizzleObjectFields("themes", (t) => ({
  comments: t.relation("comments", {
    description:
      "The theme's thread in the order written, at most its first 100 comments; replies carry their parent's id (signed-in people).",
    authScopes: { signedIn: true },
    ...replacedByConnection,
    query: { orderBy: { createdAt: "asc", id: "asc" }, limit: plainListLimit },
  }),
  commentsConnection: t.connection(
    {
      type: Comment,
      description:
        "The theme's thread in the order written, a page at a time; replies carry their parent's id, and a reply always comes after it (signed-in people).",
      authScopes: { signedIn: true },
      // The theme's row carries its thread's kept count: the total needs no statement of its own.
      select: { columns: { id: true, commentCount: true } },
      resolve: (theme, args, ctx, info) =>
        threadPage(ctx, info, args, { kind: "theme", id: theme.id }, theme.commentCount),
    },
    CommentConnection,
  ),
}));

builder.drizzleObjectFields("blogPosts", (t) => ({
  commentsConnection: t.connection(
    {
      type: Comment,
      description:
        "The comments under the post in the order written, a page at a time; replies carry their parent's id (signed-in people).",
      authScopes: { signedIn: true },
      select: { columns: { id: true } },
      resolve: (post, args, ctx, info) =>
        threadPage(ctx, info, args, { kind: "post", id: post.id }),
    },
    CommentConnection,
  ),
}));

const WriteCommentInput = builder.inputType("WriteCommentInput", {
  description: "A comment or a reply to write.",
  fields: (t) => ({
    themeId: t.id({ required: false, description: "The theme whose thread it goes in." }),
    postId: t.id({
      required: false,
      description: "Or the blog post it goes under: name exactly one of themeId and postId.",
    }),
    body: t.string({ description: "The text, in the portal's Markdown subset.", required: true }),
    parentId: t.id({ required: false, description: "The comment this replies to." }),
    asOrganisationPosition: t.boolean({
      required: false,
      description:
        "Mark it as the position of the organisation the author acts for; an admin of it approves.",
    }),
  }),
});

/** The comment an argument names, for a mutation's authScopes. */
function commentOf(ctx: Context, id: string | number) {
  return readComment(ctx.database.db, id);
}

/**
 * The viewer's block from writing, read once per request however many threads ask (a sign-in
 * within the request asks again, for the new person). A subscription's context lasts for all its
 * events, each executed with the event as its root value: each event reads the block afresh.
 */
const blocksOfRequest = new WeakMap<
  Context,
  { root: unknown; byPerson: Map<string, Promise<Date | null>> }
>();
function viewerBlockedUntil(ctx: Context, root: unknown): Promise<Date | null> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(null);
  let blocks = blocksOfRequest.get(ctx);
  if (!blocks || blocks.root !== root) {
    blocks = { root, byPerson: new Map() };
    blocksOfRequest.set(ctx, blocks);
  }
  let block = blocks.byPerson.get(viewer.personId);
  if (!block) {
    block = writingBlockUntil(ctx.database.db, ctx.services, viewer.personId);
    blocks.byPerson.set(viewer.personId, block);
  }
  return block;
}

/** Whether the viewer may write in a thread now, as `writeComment` decides it (slow mode aside). */
async function viewerCanComment(
  ctx: Context,
  info: GraphQLResolveInfo,
  thread: { kind: "theme" | "post"; open: boolean; lockedAt: Date | null },
): Promise<boolean> {
  // Those the rule refuses whatever their block are answered without reading it.
  if (writeRefusal(ctx.viewer, thread, null) !== null) return false;
  return writeRefusal(ctx.viewer, thread, await viewerBlockedUntil(ctx, info.rootValue)) === null;
}

builder.drizzleObjectFields("themes", (t) => ({
  viewerCanComment: t.boolean({
    description:
      "The viewer may write in the theme's thread: a participant, the theme open, the thread not locked, the viewer not blocked from writing. False for anonymous readers.",
    select: { columns: { status: true, lockedAt: true } },
    resolve: (theme, _args, ctx, info) =>
      viewerCanComment(ctx, info, {
        kind: "theme",
        open: themeIsOpen(theme),
        lockedAt: theme.lockedAt,
      }),
  }),
  viewerCanModerate: t.boolean({
    description: "The viewer may lock the thread and set its slow mode (moderators).",
    resolve: (_theme, _args, ctx) => moderateThreadRefusal(ctx.viewer) === null,
  }),
}));

builder.drizzleObjectFields("blogPosts", (t) => ({
  viewerCanComment: t.boolean({
    description:
      "The viewer may write under the post: a participant, the post published, the comments not locked, the viewer not blocked from writing. False for anonymous readers.",
    select: { columns: { publishedAt: true, lockedAt: true } },
    resolve: (post, _args, ctx, info) =>
      viewerCanComment(ctx, info, {
        kind: "post",
        open: postIsOpen(post, ctx.services.clock.now()),
        lockedAt: post.lockedAt,
      }),
  }),
  viewerCanModerate: t.boolean({
    description: "The viewer may lock the comments and set their slow mode (moderators).",
    resolve: (_post, _args, ctx) => moderateThreadRefusal(ctx.viewer) === null,
  }),
}));

builder.drizzleObjectFields("comments", (t) => ({
  viewerCanEdit: t.boolean({
    description:
      "The viewer may edit it: its author, a participant not blocked from writing, while it is not deleted.",
    select: { columns: { authorId: true, deletedAt: true } },
    resolve: async (comment, _args, ctx, info) => {
      // Those the rule refuses whatever their block are answered without reading it.
      if (editRefusal(ctx.viewer, comment) !== null) return false;
      return (
        editRefusal(ctx.viewer, comment, await viewerBlockedUntil(ctx, info.rootValue)) === null
      );
    },
  }),
  viewerCanDelete: t.boolean({
    description: "The viewer may delete it: its author or a moderator, while it is not deleted.",
    select: { columns: { authorId: true, deletedAt: true } },
    resolve: (comment, _args, ctx) => deleteRefusal(ctx.viewer, comment) === null,
  }),
  viewerCanReport: t.boolean({
    description:
      "The viewer may report it: a participant who is not its author and has no open report of it, while it is not deleted.",
    // The same selection as reportedByMe's and reportCount's, so that they share one join.
    select: {
      columns: { authorId: true, deletedAt: true },
      with: { reports: { columns: { reporterId: true }, where: openReports } },
    },
    resolve: (comment, _args, ctx) =>
      reportRefusal(
        ctx.viewer,
        comment,
        comment.reports.some((r) => r.reporterId === ctx.viewer?.personId),
      ) === null,
  }),
  viewerCanAgree: t.boolean({
    description:
      "The viewer may agree with it: a participant who is not its author, the comment neither deleted nor hidden, its thread open.",
    select: {
      columns: { authorId: true, deletedAt: true, hiddenAt: true },
      with: {
        theme: { columns: { status: true } },
        post: { columns: { publishedAt: true } },
      },
    },
    resolve: (comment, _args, ctx) =>
      agreeRefusal(ctx.viewer, comment, {
        open: comment.theme
          ? themeIsOpen(comment.theme)
          : comment.post
            ? postIsOpen(comment.post, ctx.services.clock.now())
            : false,
      }) === null,
  }),
  viewerCanApprovePosition: t.boolean({
    description:
      "The viewer may approve it as the organisation's position: an admin of the organisation it awaits approval from.",
    select: {
      columns: {
        authorId: true,
        deletedAt: true,
        organisationId: true,
        positionProposed: true,
        positionApprovedAt: true,
      },
    },
    resolve: (comment, _args, ctx) => approvePositionRefusal(ctx.viewer, comment) === null,
  }),
  viewerCanModerate: t.boolean({
    description:
      "The viewer may hide it, show it again and dismiss its reports (moderators), while it is not deleted.",
    select: { columns: { authorId: true, deletedAt: true } },
    resolve: (comment, _args, ctx) => moderateCommentRefusal(ctx.viewer, comment) === null,
  }),
}));

builder.mutationFields((t) => ({
  writeComment: t.drizzleField({
    ...forParticipants,
    type: "comments",
    description:
      "Writes a comment in a theme's thread or under a blog post, or a reply, as the signed-in person and the organisation they act for.",
    errors: {},
    args: {
      input: t.arg({
        description: "The comment to write.",
        type: WriteCommentInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("participants are signed in");
      const id = await writeComment(ctx.database.db, ctx.services, viewer, input);
      const created = await ctx.database.db.query.comments.findFirst(query({ where: { id } }));
      if (!created) throw new Error("the comment was not stored");
      return created;
    },
  }),
  editComment: t.drizzleField({
    type: "comments",
    description: "Changes the wording of one's own comment; the earlier wording is kept.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      return comment !== undefined && editRefusal(ctx.viewer, comment) !== "FORBIDDEN";
    },
    errors: {},
    args: {
      id: t.arg.id({ description: "The comment's id.", required: true }),
      body: t.arg.string({
        description: "The new text, in the portal's Markdown subset.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("authors are signed in");
      const id = await editComment(ctx.database.db, ctx.services, viewer, args);
      const edited = await ctx.database.db.query.comments.findFirst(query({ where: { id } }));
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
      return comment ? deleteRefusal(ctx.viewer, comment) !== "FORBIDDEN" : { moderator: true };
    },
    args: { id: t.arg.id({ description: "The comment's id.", required: true }) },
    resolve: (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("authors and moderators are signed in");
      return deleteComment(ctx.database.db, ctx.services, viewer, args.id);
    },
  }),
  agreeWithComment: t.boolean({
    ...forParticipants,
    description:
      "'Håller med': agree (true) or take it back (false). Agreeing asks what viewerCanAgree tells.",
    errors: {},
    args: {
      id: t.arg.id({ description: "The comment's id.", required: true }),
      agree: t.arg.boolean({
        description: "True to agree, false to take it back.",
        required: true,
      }),
    },
    resolve: (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("participants are signed in");
      return agreeWithComment(ctx.database.db, ctx.services, viewer, args);
    },
  }),
  approveOrganisationPosition: t.boolean({
    description: "An organisation admin approves a comment as the organisation's position.",
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const comment = await commentOf(ctx, args.id);
      return comment !== undefined && approvePositionRefusal(ctx.viewer, comment) !== "FORBIDDEN";
    },
    errors: {},
    args: { id: t.arg.id({ description: "The comment's id.", required: true }) },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("organisation admins are signed in");
      await approveOrganisationPosition(ctx.database.db, ctx.services, viewer, args.id);
      return true;
    },
  }),
}));
