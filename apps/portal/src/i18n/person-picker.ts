import type { Plural } from "./types";

/**
 * The person picker (components/person-picker.tsx), with which the coordinator's pages choose people
 * by searching among everyone with an account; what every picker says is in search-picker.ts.
 * Keys: `personPicker.*`.
 */
export const sv = {
  "personPicker.hint": "Skriv minst två tecken av namnet eller e-postadressen.",
  "personPicker.typeMore": {
    one: "Skriv minst två tecken för att söka bland {count} person.",
    other: "Skriv minst två tecken för att söka bland {count} personer.",
  },
  "personPicker.none": "Ingen person matchar sökningen.",
  "personPicker.chosenMany": "Valda personer ({count})",
  "personPicker.chosenOne": "Vald person",
  "personPicker.noneChosen": "Ingen person är vald.",
} satisfies Record<string, string | Plural>;
