import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import { checkPostBody, checkPostTitle, postSlug } from "../blog/post-rules";
import { builder } from "../builder";
import type { Context } from "../context";
import { renderMarkdown } from "../dialogue/markdown";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { readableByAnyone } from "./access";

const isCoordinator = (ctx: Context) => ctx.viewer?.role === "coordinator";

export const BlogPost = builder.drizzleObject("blogPosts", {
  name: "BlogPost",
  description: "A post on the coordinator's blog.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    body: t.exposeString("body", { description: "The text in the portal's Markdown subset." }),
    bodyHtml: t.string({
      description: "The text rendered as safe HTML (no raw HTML; links nofollow ugc noopener).",
      select: { columns: { body: true } },
      resolve: (post) => renderMarkdown(post.body),
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
    themes: t.relation("themes", { query: { orderBy: { title: "asc" } } }),
    comments: t.relation("comments", {
      description: "The comments under the post in the order written (signed-in people).",
      authScopes: { signedIn: true },
      query: { orderBy: { createdAt: "asc" } },
    }),
    commentCount: t.int({
      description: "Comments under the post that are neither deleted nor hidden.",
      select: {
        with: {
          comments: {
            columns: { id: true },
            where: { deletedAt: { isNull: true }, hiddenAt: { isNull: true } },
          },
        },
      },
      resolve: (post) => post.comments.length,
    }),
    locked: t.boolean({
      description: "A moderator locked the comments: no new comments or replies.",
      select: { columns: { lockedAt: true } },
      resolve: (post) => post.lockedAt !== null,
    }),
    slowModeSeconds: t.exposeInt("slowModeSeconds", {
      description: "Slow mode: seconds between one person's comments under this post; 0 is off.",
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** The first words of a Markdown text, without its markup. */
export function excerptOf(markdown: string, length = 240): string {
  const plain = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : length)} …`;
}

builder.queryFields((t) => ({
  blogPosts: t.drizzleField({
    ...readableByAnyone,
    type: ["blogPosts"],
    description:
      "The blog, newest first: published posts; the coordinator also sees drafts and scheduled posts.",
    args: {
      themeSlug: t.arg.string({ required: false, description: "Only posts about this theme." }),
    },
    resolve: async (query, _root, args, ctx) => {
      let ids: string[] | undefined;
      if (args.themeSlug) {
        const theme = await ctx.database.db.query.themes.findFirst({
          where: { slug: args.themeSlug },
          with: { blogPosts: { columns: { id: true } } },
        });
        ids = theme?.blogPosts.map((p) => p.id) ?? [];
      }
      return ctx.database.db.query.blogPosts.findMany(
        query({
          where: {
            ...(ids ? { id: { in: ids } } : {}),
            ...(isCoordinator(ctx) ? {} : { publishedAt: { lte: new Date() } }),
          },
          orderBy: { publishedAt: "desc", createdAt: "desc" },
        }),
      );
    },
  }),
  blogPost: t.drizzleField({
    ...readableByAnyone,
    type: "blogPosts",
    nullable: true,
    description: "One post by its address; null when there is none (or it is not published yet).",
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const post = await ctx.database.db.query.blogPosts.findFirst(
        query({
          where: {
            slug: args.slug,
            ...(isCoordinator(ctx) ? {} : { publishedAt: { lte: new Date() } }),
          },
        }),
      );
      return post ?? null;
    },
  }),
}));

const BlogPostInput = builder.inputType("BlogPostInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
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
    themeIds: t.idList({ required: false, description: "The themes it is about." }),
  }),
});

async function checkedInput(
  ctx: Context,
  input: typeof BlogPostInput.$inferInput,
  exceptPostId: string | null,
) {
  const title = checkPostTitle(input.title);
  const body = checkPostBody(input.body);
  const slug = postSlug(input.slug, title);
  const taken = await ctx.database.db.query.blogPosts.findFirst({
    where: { slug },
    columns: { id: true },
  });
  if (taken && taken.id !== exceptPostId) {
    throw new InputError("SLUG_TAKEN", `Another post already has the address ${slug}.`, "slug");
  }
  const themeIds = (input.themeIds ?? []).map((id) => uuidOrNull(id));
  const themes =
    themeIds.length > 0
      ? await ctx.database.db.query.themes.findMany({
          where: { id: { in: themeIds.filter((id): id is string => id !== null) } },
          columns: { id: true },
        })
      : [];
  if (themes.length !== new Set(themeIds).size || themeIds.includes(null)) {
    throw new InputError("NOT_FOUND", "One of the themes does not exist.", "themeIds");
  }
  return {
    values: { title, body, slug, publishedAt: input.publishedAt ?? null },
    themeIds: themes.map((theme) => theme.id),
  };
}

builder.mutationFields((t) => ({
  createBlogPost: t.drizzleField({
    type: "blogPosts",
    description: "Writes a post on the coordinator's blog: a draft, published now, or scheduled.",
    errors: {},
    args: { input: t.arg({ type: BlogPostInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { values, themeIds } = await checkedInput(ctx, args.input, null);
      const id = await ctx.database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.blogPosts)
          .values({ ...values, authorId: ctx.viewer?.personId ?? null })
          .returning({ id: schema.blogPosts.id });
        if (!row) throw new Error("the post was not stored");
        if (themeIds.length > 0) {
          await tx
            .insert(schema.blogPostThemes)
            .values(themeIds.map((themeId) => ({ postId: row.id, themeId })));
        }
        await recordAudit(
          ctx,
          {
            action: "blog.create",
            subjectType: "blog_post",
            subjectId: row.id,
            after: { ...values, themeIds },
          },
          tx,
        );
        return row.id;
      });
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
      id: t.arg.id({ required: true }),
      input: t.arg({ type: BlogPostInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const postId = uuidOrNull(args.id);
      const before = postId
        ? await ctx.database.db.query.blogPosts.findFirst({
            where: { id: postId },
            with: { themes: { columns: { id: true } } },
          })
        : undefined;
      if (!before) throw new InputError("NOT_FOUND", "There is no such blog post.", "id");
      const { values, themeIds } = await checkedInput(ctx, args.input, before.id);
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(schema.blogPosts)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(schema.blogPosts.id, before.id));
        await tx.delete(schema.blogPostThemes).where(eq(schema.blogPostThemes.postId, before.id));
        if (themeIds.length > 0) {
          await tx
            .insert(schema.blogPostThemes)
            .values(themeIds.map((themeId) => ({ postId: before.id, themeId })));
        }
        await recordAudit(
          ctx,
          {
            action: "blog.update",
            subjectType: "blog_post",
            subjectId: before.id,
            before: {
              title: before.title,
              slug: before.slug,
              body: before.body,
              publishedAt: before.publishedAt,
              themeIds: before.themes.map((theme) => theme.id),
            },
            after: { ...values, themeIds },
          },
          tx,
        );
      });
      const post = await ctx.database.db.query.blogPosts.findFirst(
        query({ where: { id: before.id } }),
      );
      if (!post) throw new Error("the post disappeared");
      return post;
    },
  }),
}));
