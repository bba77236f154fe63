import type { Plural, Translation } from "./types";

/**
 * Search: the search-*.tsx pages.
 * Keys: `search.*`.
 */
export const sv = {
  "search.documentTitle": "Sök",
  "search.documentTitleFor": "Sök: {query}",
  "search.heading": "Sök",
  "search.intro":
    "Sök i teman och i samtalen. Sökningen förstår svenska böjningar: ”socialsekreterarna” hittar också ”socialsekreterare”.",
  "search.label": "Sök i teman och kommentarer",
  "search.hint":
    "Citattecken söker en fras, OR det ena eller det andra, och ett minus framför ett ord utesluter det.",
  "search.submit": "Sök",
  "search.tooShort": "Skriv minst två tecken.",
  "search.tooLong": "Sökningen får vara högst 200 tecken.",
  "search.count": { one: "{count} träff för ”{query}”", other: "{count} träffar för ”{query}”" },
  "search.none": "Inga träffar för ”{query}”. Pröva ett annat ord eller färre ord.",
  "search.themesHeading": "Teman",
  "search.commentsHeading": "Kommentarer",
  "search.commentIn": "Kommentar i",
  "search.signInForComments": "Logga in för att söka i samtalen också.",
  "search.showMore": "Visa fler träffar ({count} kvar)",
  "search.moreFailed": "Det gick inte att hämta fler träffar. Försök igen.",
} satisfies Record<string, string | Plural>;

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
  "search.none": "No results for “{query}”. Try another word or fewer words.",
  "search.themesHeading": "Themes",
  "search.commentsHeading": "Comments",
  "search.commentIn": "Comment in",
  "search.signInForComments": "Sign in to search the discussions too.",
  "search.showMore": "Show more results ({count} left)",
  "search.moreFailed": "More results could not be fetched. Try again.",
};
