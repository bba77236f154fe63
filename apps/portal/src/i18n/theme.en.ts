import type { sv } from "./theme";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "theme.noPhase": "No phase",
  "theme.statusLabel": "Status:",
  "theme.status.OPEN": "Open",
  "theme.status.CLOSED": "Closed",
  "theme.status.ARCHIVED": "Archived",

  "themes.documentTitle": "Themes",
  "themes.heading": "Themes",
  "themes.intro":
    "What the dialogue is about. Open a theme to read the questions for the municipality visits and the discussion, and to write a comment.",
  "themes.currentHeading": "Current themes",
  "themes.archivedHeading": "Archived themes",
  "themes.empty": "There are no themes yet.",

  "themePage.back": "All themes",
  "themePage.questionsHeading": "Questions for the municipality visits",
  "themePage.questionsIntro":
    "The questions the coordinator asks at the municipality visits. Feel free to start from them when you write.",
  "themePage.question": "Question {number}",
  "themePage.threadHeading": "The discussion",
  "themePage.findingsHeading": "Latest findings about the theme",
  "themePage.findingsEmpty":
    "No published findings about the theme yet. When the coordinator publishes findings about it from the municipality visits and the meetings, the latest are shown here.",

  "themePage.closed": "The theme is closed: the discussion can be read but not continued.",
  "themePage.archived": "The theme is archived: the discussion can be read but not continued.",

  "phase.number": "Phase {number}",
  "phase.periodUnknown": "Dates not set",
  "phase.from": "From {date}",
  "phase.until": "Until {date}",
};
