import type { sv } from "./organisation-picker";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "organisationPicker.hint": "Type at least two letters of the name or the short name.",
  "organisationPicker.typeMore": {
    one: "Type at least two letters to search among {count} organisation.",
    other: "Type at least two letters to search among {count} organisations.",
  },
  "organisationPicker.none": "No organisation matches the search.",
  "organisationPicker.chosenMany": "Chosen organisations ({count})",
  "organisationPicker.chosenOne": "Chosen organisation",
  "organisationPicker.noneChosen": "No organisation is chosen.",
};
