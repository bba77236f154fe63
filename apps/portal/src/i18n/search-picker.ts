import type { Plural } from "./types";

/**
 * What every search picker says (components/search-picker.tsx), whatever it chooses: the search's
 * progress, its count of matches, and the chosen ones' remove buttons. What names the chosen things
 * is the picker's own: organisation-picker.ts, person-picker.ts.
 * Keys: `searchPicker.*`.
 */
export const sv = {
  "searchPicker.searching": "Söker …",
  "searchPicker.count": { one: "{count} träff", other: "{count} träffar" },
  "searchPicker.countMore":
    "{count} träffar, visar de första {shown} – skriv mer för att smalna av",
  "searchPicker.failed": "Sökningen gick inte att göra. Försök igen om en stund.",
  "searchPicker.results": "Träffar",
  "searchPicker.remove": "Ta bort",
  "searchPicker.removeLabel": "Ta bort {name}",
} satisfies Record<string, string | Plural>;
