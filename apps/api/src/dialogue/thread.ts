import { type Db, schema } from "@kraftsamling/db";
import { eq, type SQL } from "drizzle-orm";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

type Comment = typeof schema.comments.$inferSelect;

/**
 * Where comments are written: a theme's thread or the comments under a blog post. Both take the same
 * rules and the same moderation (lock, slow mode).
 */
export interface Thread {
  kind: "theme" | "post";
  id: string;
  title: string;
  /** The thread's page in the portal, from the site's root. */
  path: string;
  /** Takes new comments: an open theme, a published post. */
  open: boolean;
  lockedAt: Date | null;
  slowModeSeconds: number;
}

/** A theme's thread takes comments while the theme is open. */
export function themeIsOpen(theme: { status: string }): boolean {
  return theme.status === "open";
}

/** A post's thread takes comments once the post is published: by the clock the blog goes by. */
export function postIsOpen(post: { publishedAt: Date | null }, now = new Date()): boolean {
  return post.publishedAt !== null && post.publishedAt <= now;
}

export async function themeThread(db: Db, themeId: string): Promise<Thread | undefined> {
  const theme = await db.query.themes.findFirst({ where: { id: themeId } });
  return (
    theme && {
      kind: "theme",
      id: theme.id,
      title: theme.title,
      path: `/teman/${theme.slug}`,
      open: themeIsOpen(theme),
      lockedAt: theme.lockedAt,
      slowModeSeconds: theme.slowModeSeconds,
    }
  );
}

export async function postThread(
  db: Db,
  postId: string,
  now = new Date(),
): Promise<Thread | undefined> {
  const post = await db.query.blogPosts.findFirst({ where: { id: postId } });
  return (
    post && {
      kind: "post",
      id: post.id,
      title: post.title,
      path: `/blogg/${post.slug}`,
      open: postIsOpen(post, now),
      lockedAt: post.lockedAt,
      slowModeSeconds: post.slowModeSeconds,
    }
  );
}

/** The thread a comment belongs to; a post's is open when published by `now`. */
export function threadOfComment(
  db: Db,
  comment: Pick<Comment, "themeId" | "postId">,
  now = new Date(),
): Promise<Thread | undefined> {
  if (comment.themeId) return themeThread(db, comment.themeId);
  if (comment.postId) return postThread(db, comment.postId, now);
  return Promise.resolve(undefined);
}

/** The id of a comment's thread, whichever kind it is. */
export function threadIdOf(comment: Pick<Comment, "themeId" | "postId">): string | null {
  return comment.themeId ?? comment.postId;
}

/** The comments of a thread, as a condition. */
export function inThread(thread: Pick<Thread, "kind" | "id">): SQL {
  return thread.kind === "theme"
    ? eq(schema.comments.themeId, thread.id)
    : eq(schema.comments.postId, thread.id);
}

/** The input field that names the thread, for errors. */
export function threadField(thread: Pick<Thread, "kind">): "themeId" | "postId" {
  return thread.kind === "theme" ? "themeId" : "postId";
}

/** The theme's thread an input names, or NOT_FOUND on `themeId`. */
export async function themeThreadOf(db: Db, id: string | number): Promise<Thread> {
  const themeId = uuidOrNull(id);
  const theme = themeId ? await themeThread(db, themeId) : undefined;
  if (!theme) throw new InputError("NOT_FOUND", "There is no such theme.", "themeId");
  return theme;
}

/** The blog post's thread an input names, or NOT_FOUND on `postId`. */
export async function postThreadOf(db: Db, id: string | number, now = new Date()): Promise<Thread> {
  const postId = uuidOrNull(id);
  const post = postId ? await postThread(db, postId, now) : undefined;
  if (!post) throw new InputError("NOT_FOUND", "There is no such blog post.", "postId");
  return post;
}
