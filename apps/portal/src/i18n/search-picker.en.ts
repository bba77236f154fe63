import type { sv } from "./search-picker";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "searchPicker.searching": "Searching …",
  "searchPicker.count": { one: "{count} match", other: "{count} matches" },
  "searchPicker.countMore":
    "{count} matches, showing the first {shown} – type more to narrow them down",
  "searchPicker.failed": "The search could not be made. Try again in a moment.",
  "searchPicker.results": "Matches",
  "searchPicker.remove": "Remove",
  "searchPicker.removeLabel": "Remove {name}",
};
