import type { Plural } from "./types";

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
  "search.noWords":
    "”{query}” består bara av ord som är för vanliga för att sökas, som ”och”, ”att” och ”som”. Lägg till ett ord som säger vad du letar efter.",
  "search.themesHeading": "Teman",
  "search.commentsHeading": "Kommentarer",
  "search.commentIn": "Kommentar i",
  "search.signInForComments": "Logga in för att söka i samtalen också.",
  "search.showMore": "Visa fler träffar ({count} kvar)",
  "search.moreFailed": "Det gick inte att hämta fler träffar. Försök igen.",
} satisfies Record<string, string | Plural>;
