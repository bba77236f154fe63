import type { sv } from "./search";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "search.documentTitle": "Search",
  "search.documentTitleFor": "Search: {query}",
  "search.heading": "Search",
  "search.intro":
    "Search the themes and the discussions. The search understands Swedish word forms: “socialsekreterarna” also finds “socialsekreterare”.",
  "search.label": "Search themes and comments",
  "search.hint":
    "Quotation marks search for a phrase, OR for one or the other, and a minus before a word leaves it out.",
  "search.submit": "Search",
  "search.tooShort": "Type at least two characters.",
  "search.tooLong": "A search holds at most 200 characters.",
  "search.count": { one: "{count} result for “{query}”", other: "{count} results for “{query}”" },
  "search.noWords":
    "“{query}” holds only words too common to be searched for, such as “och”, “att” and “som”. Add a word that says what you are looking for.",
  "search.none": "No results for “{query}”. Try another word or fewer words.",
  "search.themesHeading": "Themes",
  "search.commentsHeading": "Comments",
  "search.commentIn": "Comment in",
  "search.signInForComments": "Sign in to search the discussions too.",
  "search.showMore": "Show more results ({count} left)",
  "search.moreFailed": "More results could not be fetched. Try again.",
};
