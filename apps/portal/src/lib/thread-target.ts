/** Where comments go: a theme's thread, or the comments under a blog post. */
export type ThreadTarget = { themeId: string } | { postId: string };

export const isPostThread = (target: ThreadTarget): target is { postId: string } =>
  "postId" in target;
