import type { sv } from "./person-picker";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "personPicker.hint": "Type at least two letters of the name or the e-mail address.",
  "personPicker.typeMore": {
    one: "Type at least two letters to search among {count} person.",
    other: "Type at least two letters to search among {count} people.",
  },
  "personPicker.none": "No person matches the search.",
  "personPicker.chosenMany": "Chosen people ({count})",
  "personPicker.chosenOne": "Chosen person",
  "personPicker.noneChosen": "No person is chosen.",
};
