import type { Plural, Translation } from "./types";

/**
 * The blog: the blog-*.tsx pages.
 * Keys: `blog.*`.
 */
export const sv = {
  "blog.documentTitle": "Samordnarens blogg",
  "blog.heading": "Samordnarens blogg",
  "blog.intro":
    "Den nationella samordnaren berättar om arbetet, regeringsuppdragen och vad som händer framåt. Kommentera gärna.",
  "blog.empty": "Det finns inga inlägg ännu.",
  "blog.range": "Visar {from}–{to} av {total}.",
  "blog.pager": "Sidor i bloggen",
  "blog.previous": "Föregående",
  "blog.next": "Nästa",
  "blog.feed": "Prenumerera på bloggen (Atom)",
  "blog.readMore": "Läs hela inlägget",
  "blog.readMoreAbout": "Läs hela inlägget: {title}",
  "blog.themes": "Teman",
  "blog.commentCount": { one: "{count} kommentar", other: "{count} kommentarer" },
  "blog.draft": "Utkast",
  "blog.scheduled": "Publiceras {date}",
  "blog.back": "Alla inlägg",
  "blog.commentsHeading": "Kommentarer",
  "blog.edit": "Redigera inlägget",
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
  "blog.documentTitle": "The coordinator's blog",
  "blog.heading": "The coordinator's blog",
  "blog.intro":
    "The national coordinator writes about the work, the government's assignments and what comes next. Comments are welcome.",
  "blog.empty": "There are no posts yet.",
  "blog.range": "Showing {from}–{to} of {total}.",
  "blog.pager": "Pages of the blog",
  "blog.previous": "Previous",
  "blog.next": "Next",
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
