import { type Db, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { renderMarkdown } from "../dialogue/markdown";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { checkPostBody, checkPostTitle, postSlug } from "./post-rules";

/** A post as the coordinator writes it. */
export interface BlogPostInput {
  title: string;
  /** The address; made from the title when left out. */
  slug?: string | null;
  body: string;
  /** Now, later (scheduled), or null for a draft. */
  publishedAt?: Date | null;
  /** Published at once, by the blog's clock: `publishedAt` is then not read. */
  publishNow?: boolean | null;
  themeIds?: readonly (string | number)[] | null;
}

/** The condition of a post published by `now`: not a draft, not scheduled later. */
export function publishedBy(now: Date) {
  return { publishedAt: { lte: now } };
}

/**
 * Which posts the viewer may read, as a condition on blog posts: the coordinator, who writes the
 * blog, sees drafts and scheduled posts too; anyone else what is published by the clock's now.
 */
export function postsVisibleTo(viewer: Viewer | null, deps: Pick<Dependencies, "clock">) {
  return hasScope(viewer, "coordinator") ? {} : publishedBy(deps.clock.now());
}

/**
 * Which comments' threads the viewer may read, as a condition on comments: a theme's, and a blog
 * post's while the viewer may read the post (`postsVisibleTo`).
 */
export function commentThreadsVisibleTo(viewer: Viewer | null, deps: Pick<Dependencies, "clock">) {
  return hasScope(viewer, "coordinator")
    ? {}
    : { OR: [{ postId: { isNull: true as const } }, { post: postsVisibleTo(viewer, deps) }] };
}

/** The ids of the posts about the theme with this address; none when there is no such theme. */
export async function postIdsAboutTheme(db: Db, themeSlug: string): Promise<string[]> {
  const theme = await db.query.themes.findFirst({
    where: { slug: themeSlug },
    with: { blogPosts: { columns: { id: true } } },
  });
  return theme?.blogPosts.map((p) => p.id) ?? [];
}

/**
 * A post's input checked: its title and text, an address no other post has (SLUG_TAKEN), and themes
 * that exist (NOT_FOUND).
 */
async function checkedInput(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  input: BlogPostInput,
  exceptPostId: string | null,
) {
  const title = checkPostTitle(input.title);
  const body = checkPostBody(input.body);
  const slug = postSlug(input.slug, title);
  const taken = await db.query.blogPosts.findFirst({
    where: { slug },
    columns: { id: true },
  });
  if (taken && taken.id !== exceptPostId) {
    throw new InputError("SLUG_TAKEN", `Another post already has the address ${slug}.`, "slug");
  }
  const themeIds = (input.themeIds ?? []).map((id) => uuidOrNull(id));
  const themes =
    themeIds.length > 0
      ? await db.query.themes.findMany({
          where: { id: { in: themeIds.filter((id): id is string => id !== null) } },
          columns: { id: true },
        })
      : [];
  if (themes.length !== new Set(themeIds).size || themeIds.includes(null)) {
    throw new InputError("NOT_FOUND", "One of the themes does not exist.", "themeIds");
  }
  return {
    values: {
      title,
      body,
      slug,
      publishedAt: input.publishNow ? deps.clock.now() : (input.publishedAt ?? null),
    },
    themeIds: themes.map((theme) => theme.id),
  };
}

/** Writes a post by `author`: a draft, published now, or scheduled. Returns its id. */
export async function createBlogPost(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  author: Pick<Viewer, "personId" | "name"> | null,
  input: BlogPostInput,
): Promise<string> {
  const { values, themeIds } = await checkedInput(db, deps, input, null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.blogPosts)
      .values({
        ...values,
        bodyHtml: renderMarkdown(values.body),
        authorId: author?.personId ?? null,
      })
      .returning({ id: schema.blogPosts.id });
    if (!row) throw new Error("the post was not stored");
    if (themeIds.length > 0) {
      await tx
        .insert(schema.blogPostThemes)
        .values(themeIds.map((themeId) => ({ postId: row.id, themeId })));
    }
    await recordAudit(tx, author, {
      action: "blog.create",
      subjectType: "blog_post",
      subjectId: row.id,
      after: { ...values, themeIds },
    });
    return row.id;
  });
}

/**
 * Changes a post: its text, address, themes or publication (null makes it a draft). NOT_FOUND when
 * there is no such post.
 */
export async function updateBlogPost(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  actor: Pick<Viewer, "personId" | "name"> | null,
  postId: string,
  input: BlogPostInput,
): Promise<void> {
  const before = await db.query.blogPosts.findFirst({
    where: { id: postId },
    with: { themes: { columns: { id: true } } },
  });
  if (!before) throw new InputError("NOT_FOUND", "There is no such blog post.", "id");
  const { values, themeIds } = await checkedInput(db, deps, input, before.id);
  await db.transaction(async (tx) => {
    await tx
      .update(schema.blogPosts)
      .set({ ...values, bodyHtml: renderMarkdown(values.body), updatedAt: new Date() })
      .where(eq(schema.blogPosts.id, before.id));
    await tx.delete(schema.blogPostThemes).where(eq(schema.blogPostThemes.postId, before.id));
    if (themeIds.length > 0) {
      await tx
        .insert(schema.blogPostThemes)
        .values(themeIds.map((themeId) => ({ postId: before.id, themeId })));
    }
    await recordAudit(tx, actor, {
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
    });
  });
}
