import type { Plural } from "./types";

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
