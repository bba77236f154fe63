import type { Plural, Translation } from "./types";

/**
 * Themes: the theme-*.tsx pages and their phases.
 * Keys: `theme.*`, `themes.*`, `themePage.*`, `phase.*`.
 */
export const sv = {
  "theme.noPhase": "Ingen fas",
  "theme.statusLabel": "Status:",
  "theme.status.OPEN": "Öppen",
  "theme.status.CLOSED": "Stängd",
  "theme.status.ARCHIVED": "Arkiverad",

  "themes.documentTitle": "Teman",
  "themes.heading": "Teman",
  "themes.intro":
    "Det som dialogen handlar om. Öppna ett tema för att läsa frågorna vid kommunbesöken och samtalet, och för att skriva en kommentar.",
  "themes.currentHeading": "Aktuella teman",
  "themes.archivedHeading": "Arkiverade teman",
  "themes.empty": "Det finns inga teman ännu.",

  "themePage.back": "Alla teman",
  "themePage.questionsHeading": "Frågor vid kommunbesöken",
  "themePage.questionsIntro":
    "Frågorna som samordnaren ställer vid kommunbesöken. Utgå gärna från dem när du skriver.",
  "themePage.question": "Fråga {number}",
  "themePage.threadHeading": "Samtalet",
  "themePage.findingsHeading": "Senaste iakttagelserna om temat",
  "themePage.findingsEmpty":
    "Inga publicerade iakttagelser om temat ännu. När samordnaren publicerar iakttagelser om temat från kommunbesöken och mötena visas de senaste här.",

  "themePage.closed": "Temat är stängt: samtalet går att läsa men inte att fortsätta.",
  "themePage.archived": "Temat är arkiverat: samtalet går att läsa men inte att fortsätta.",

  "phase.number": "Fas {number}",
  "phase.periodUnknown": "Tid inte fastställd",
  "phase.from": "Från {date}",
  "phase.until": "Till {date}",
} satisfies Record<string, string | Plural>;

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
