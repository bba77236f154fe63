import type { Plural } from "./types";

/**
 * The organisation picker (components/organisation-picker.tsx), with which the coordinator's pages
 * choose organisations by searching among all of them; what every picker says is in search-picker.ts.
 * Keys: `organisationPicker.*`.
 */
export const sv = {
  "organisationPicker.hint": "Skriv minst två tecken av namnet eller förkortningen.",
  "organisationPicker.typeMore": {
    one: "Skriv minst två tecken för att söka bland {count} organisation.",
    other: "Skriv minst två tecken för att söka bland {count} organisationer.",
  },
  "organisationPicker.none": "Ingen organisation matchar sökningen.",
  "organisationPicker.chosenMany": "Valda organisationer ({count})",
  "organisationPicker.chosenOne": "Vald organisation",
  "organisationPicker.noneChosen": "Ingen organisation är vald.",
} satisfies Record<string, string | Plural>;
