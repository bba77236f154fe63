import type { sv } from "./organisation-picker";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "organisationPicker.hint": "Type at least two letters of the name or the short name.",
  "organisationPicker.typeMore": {
    one: "Type at least two letters to search among {count} organisation.",
    other: "Type at least two letters to search among {count} organisations.",
  },
  "organisationPicker.searching": "Searching …",
  "organisationPicker.count": { one: "{count} match", other: "{count} matches" },
  "organisationPicker.countMore":
    "{count} matches, showing the first {shown} – type more to narrow them down",
  "organisationPicker.none": "No organisation matches the search.",
  "organisationPicker.failed": "The search could not be made. Try again in a moment.",
  "organisationPicker.results": "Matches",
  "organisationPicker.chosenMany": "Chosen organisations ({count})",
  "organisationPicker.chosenOne": "Chosen organisation",
  "organisationPicker.noneChosen": "No organisation is chosen.",
  "organisationPicker.remove": "Remove",
  "organisationPicker.removeLabel": "Remove {name}",
};
