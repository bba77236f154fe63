import type { Plural } from "./types";

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
  "blog.pager": "Sidor i bloggen",
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
