import type { Plural } from "./types";

/**
 * The organisation picker (components/organisation-picker.tsx), with which the coordinator's pages
 * choose organisations by searching among all of them.
 * Keys: `organisationPicker.*`.
 */
export const sv = {
  "organisationPicker.hint": "Skriv minst två tecken av namnet eller förkortningen.",
  "organisationPicker.typeMore": {
    one: "Skriv minst två tecken för att söka bland {count} organisation.",
    other: "Skriv minst två tecken för att söka bland {count} organisationer.",
  },
  "organisationPicker.searching": "Söker …",
  "organisationPicker.count": { one: "{count} träff", other: "{count} träffar" },
  "organisationPicker.countMore":
    "{count} träffar, visar de första {shown} – skriv mer för att smalna av",
  "organisationPicker.none": "Ingen organisation matchar sökningen.",
  "organisationPicker.failed": "Sökningen gick inte att göra. Försök igen om en stund.",
  "organisationPicker.results": "Träffar",
  "organisationPicker.chosenMany": "Valda organisationer ({count})",
  "organisationPicker.chosenOne": "Vald organisation",
  "organisationPicker.noneChosen": "Ingen organisation är vald.",
  "organisationPicker.remove": "Ta bort",
  "organisationPicker.removeLabel": "Ta bort {name}",
} satisfies Record<string, string | Plural>;
