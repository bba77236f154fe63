import type { sv } from "./blog";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "blog.documentTitle": "The coordinator's blog",
  "blog.heading": "The coordinator's blog",
  "blog.intro":
    "The national coordinator writes about the work, the government's assignments and what comes next. Comments are welcome.",
  "blog.empty": "There are no posts yet.",
  "blog.pager": "Pages of the blog",
  "blog.feed": "Subscribe to the blog (Atom)",
  "blog.readMore": "Read the whole post",
  "blog.readMoreAbout": "Read the whole post: {title}",
  "blog.themes": "Themes",
  "blog.commentCount": { one: "{count} comment", other: "{count} comments" },
  "blog.draft": "Draft",
  "blog.scheduled": "To be published {date}",
  "blog.back": "All posts",
  "blog.commentsHeading": "Comments",
  "blog.edit": "Edit the post",
};
