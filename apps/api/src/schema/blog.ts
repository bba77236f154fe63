import { hasScope } from "../accounts/scopes";
import { excerptOf } from "../blog/excerpt";
import { blogPageQuery, countBlogPosts } from "../blog/list";
import { storedPostHtml } from "../blog/post-html";
import { createBlogPost, postIdsAboutTheme, postsVisibleTo, updateBlogPost } from "../blog/service";
import { visibleComments } from "../blog/visible-comments";
import { builder } from "../builder";
import { renderMarkdown } from "../dialogue/markdown";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { connectionPage } from "../shared/query-cost";
import { requestBatches } from "../shared/request-batch";
import { readableByAnyone } from "./access";
import { checkedCursors } from "./connection";

/**
 * The HTML of the posts a request shows that have none stored yet: rendered and stored on their
 * first read, all of one request's at once.
 */
const missingPostHtml = requestBatches<string | null>(null);

export const BlogPost = builder.drizzleObject("blogPosts", {
  name: "BlogPost",
  description: "A post on the coordinator's blog.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The post's id (its global id)." }),
    slug: t.exposeString("slug", { description: "The post's address: /blogg/<slug>." }),
    title: t.exposeString("title", { description: "The post's title." }),
    body: t.exposeString("body", { description: "The text in the portal's Markdown subset." }),
    bodyHtml: t.string({
      description: "The text rendered as safe HTML (no raw HTML; links nofollow ugc noopener).",
      select: { columns: { id: true, body: true, bodyHtml: true } },
      resolve: async (post, _args, ctx, info) =>
        post.bodyHtml ??
        (await missingPostHtml(ctx, [info.rootValue], post.id, (ids) =>
          storedPostHtml(ctx.database.db, ids),
        )) ??
        // Only a post removed while the request ran.
        renderMarkdown(post.body),
    }),
    excerpt: t.string({
      description: "The opening of the text as plain words, for lists and feeds.",
      select: { columns: { body: true } },
      resolve: (post) => excerptOf(post.body),
    }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description:
        "Null for a draft; a future moment schedules the post (the coordinator sees it).",
    }),
    authorName: t.string({
      description: "Who wrote it, as the byline shows it.",
      select: { with: { author: { columns: { name: true } } } },
      resolve: (post) => post.author?.name ?? "Nationella samordnaren",
    }),
    themes: t.relation("themes", {
      description: "The themes the post is about, by title.",
      query: { orderBy: { title: "asc" } },
    }),
    comments: t.relation("comments", {
      description:
        "The comments under the post in the order written, at most the first 100 (signed-in people).",
      authScopes: { signedIn: true },
      deprecationReason:
        "Use commentsConnection, which pages. This list returns at most 100 items.",
      query: { orderBy: { createdAt: "asc", id: "asc" }, limit: 100 },
    }),
    commentCount: t.int({
      description: "Comments under the post that are neither deleted nor hidden.",
      select: { extras: { visibleComments } },
      resolve: (post) => Number(post.visibleComments),
    }),
    locked: t.boolean({
      description: "A moderator locked the comments: no new comments or replies.",
      select: { columns: { lockedAt: true } },
      resolve: (post) => post.lockedAt !== null,
    }),
    slowModeSeconds: t.exposeInt("slowModeSeconds", {
      description: "Slow mode: seconds between one person's comments under this post; 0 is off.",
    }),
    updatedAt: t.expose("updatedAt", {
      description: "When the post last changed.",
      type: "DateTime",
    }),
    viewerCanEdit: t.boolean({
      description: "Whether the viewer may change the post: the coordinator, who writes the blog.",
      resolve: (_post, _args, ctx) => hasScope(ctx.viewer, "coordinator"),
    }),
  }),
});

builder.queryFields((t) => ({
  blogPostsConnection: t.drizzleConnection(
    {
      ...readableByAnyone,
      type: "blogPosts",
      description:
        "The blog, newest first, a page at a time: published posts; the coordinator also sees drafts and scheduled posts.",
      args: {
        themeSlug: t.arg.string({ required: false, description: "Only posts about this theme." }),
      },
      maxSize: connectionPage.maxSize,
      defaultSize: connectionPage.defaultSize,
      totalCount: (_root, args, ctx) =>
        countBlogPosts(ctx.database.db, ctx.viewer, ctx.services.clock.now(), args),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.blogPosts.findMany(
          query(
            checkedCursors(
              "blogPosts",
              args,
              blogPageQuery(ctx.viewer, ctx.services.clock.now(), args),
            ),
          ),
        ),
    },
    { name: "BlogPostConnection", description: "One page of the blog, and how many posts in all." },
    { name: "BlogPostEdge", description: "A post of the page, and its cursor." },
  ),
  blogPosts: t.drizzleField({
    ...readableByAnyone,
    type: ["blogPosts"],
    deprecationReason: "Use blogPostsConnection, which pages. This list returns at most 100 items.",
    description:
      "The blog, newest first, at most 100 posts: published posts; the coordinator also sees drafts and scheduled posts.",
    args: {
      themeSlug: t.arg.string({ required: false, description: "Only posts about this theme." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = args.themeSlug
        ? await postIdsAboutTheme(ctx.database.db, args.themeSlug)
        : undefined;
      return ctx.database.db.query.blogPosts.findMany(
        query({
          where: {
            ...(ids ? { id: { in: ids } } : {}),
            ...postsVisibleTo(ctx.viewer, ctx.services),
          },
          orderBy: { publishedAt: "desc", createdAt: "desc", id: "desc" },
          limit: connectionPage.maxSize,
        }),
      );
    },
  }),
  blogPost: t.drizzleField({
    ...readableByAnyone,
    type: "blogPosts",
    nullable: true,
    description: "One post by its address; null when there is none (or it is not published yet).",
    args: {
      slug: t.arg.string({ description: "The post's address: /blogg/<slug>.", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const post = await ctx.database.db.query.blogPosts.findFirst(
        query({ where: { slug: args.slug, ...postsVisibleTo(ctx.viewer, ctx.services) } }),
      );
      return post ?? null;
    },
  }),
}));

const BlogPostInput = builder.inputType("BlogPostInput", {
  description: "A blog post as the coordinator writes it.",
  fields: (t) => ({
    title: t.string({ description: "The post's title.", required: true }),
    slug: t.string({
      required: false,
      description: "The address (a–z, 0–9, hyphens); made from the title when left out.",
    }),
    body: t.string({ required: true, description: "The text in the portal's Markdown subset." }),
    publishedAt: t.field({
      type: "DateTime",
      required: false,
      description: "When it is published: now, later (scheduled), or null for a draft.",
    }),
    publishNow: t.boolean({
      required: false,
      description:
        "Publish at once, by the portal's clock (which DEMO_DATE moves); publishedAt is then not read.",
    }),
    themeIds: t.idList({ required: false, description: "The themes it is about." }),
  }),
});

builder.mutationFields((t) => ({
  createBlogPost: t.drizzleField({
    type: "blogPosts",
    description: "Writes a post on the coordinator's blog: a draft, published now, or scheduled.",
    errors: {},
    args: {
      input: t.arg({ description: "The post to write.", type: BlogPostInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await createBlogPost(ctx.database.db, ctx.services, ctx.viewer, args.input);
      const post = await ctx.database.db.query.blogPosts.findFirst(query({ where: { id } }));
      if (!post) throw new Error("the post disappeared");
      return post;
    },
  }),
  updateBlogPost: t.drizzleField({
    type: "blogPosts",
    description:
      "Changes a post: its text, address, themes or publication (null makes it a draft).",
    errors: {},
    args: {
      id: t.arg.id({ description: "The post's id.", required: true }),
      input: t.arg({
        description: "The post as it is to be.",
        type: BlogPostInput,
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) throw new InputError("NOT_FOUND", "There is no such blog post.", "id");
      await updateBlogPost(ctx.database.db, ctx.services, ctx.viewer, id, args.input);
      const post = await ctx.database.db.query.blogPosts.findFirst(query({ where: { id } }));
      if (!post) throw new Error("the post disappeared");
      return post;
    },
  }),
}));
