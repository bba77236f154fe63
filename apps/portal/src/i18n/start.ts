import type { Plural, Translation } from "./types";

/**
 * The start page: start-*.tsx.
 * Keys: `start.*`.
 */
export const sv = {
  "start.documentTitle": "Start",
  "start.heading": "Tillsammans för barn och unga i socialtjänsten",
  "start.intro":
    "Regeringens nationella samordnare för den sociala barn- och ungdomsvården för en dialog med kommuner, myndigheter, fackförbund och ideella organisationer och besöker minst 50 kommuner två gånger. Här möts parterna, och här samlas och publiceras det som dialogen lär oss, som underlag för förslag till regeringen.",
  "start.meetingsHeading": "Kommande möten",
  "start.meetingsEmpty": "Inga kommande möten är planerade just nu.",
  "start.themesHeading": "Teman",
  "start.themesIntro": "Det som dialogen, kommentarerna och iakttagelserna handlar om.",
  "start.themesEmpty": "Det finns inga teman ännu.",
  "start.phasesHeading": "Uppdragets fem faser",
  "start.latestFindingsHeading": "Senaste iakttagelserna",
  "start.latestFindingsEmpty":
    "Inga publicerade iakttagelser ännu. När samordnaren publicerar utmaningar och goda exempel från kommunbesöken och mötena visas de senaste här.",
  "start.commitmentsHeading": "Åtagandenas status",
  "start.commitmentsEmpty":
    "Inga åtaganden ännu. När förslagen till regeringen och handlingsplanens punkter finns här visas var de står.",
  "start.commitmentsAll": {
    one: "Se åtagandet",
    other: "Se alla {count} åtaganden",
  },
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
  "start.documentTitle": "Home",
  "start.heading": "Together for children and young people in social services",
  "start.intro":
    "The Government's national coordinator for social child and youth care runs a dialogue with municipalities, agencies, trade unions and NGOs, and visits at least 50 municipalities twice. This is where the parties meet, and where what the dialogue teaches us is gathered and published as the basis for proposals to the Government.",
  "start.meetingsHeading": "Upcoming meetings",
  "start.meetingsEmpty": "No upcoming meetings are planned at the moment.",
  "start.themesHeading": "Themes",
  "start.themesIntro": "What the dialogue, the comments and the findings are about.",
  "start.themesEmpty": "There are no themes yet.",
  "start.phasesHeading": "The five phases of the mission",
  "start.latestFindingsHeading": "Latest findings",
  "start.latestFindingsEmpty":
    "No published findings yet. When the coordinator publishes challenges and good examples from the municipality visits and the meetings, the latest are shown here.",
  "start.commitmentsHeading": "Where the commitments stand",
  "start.commitmentsEmpty":
    "No commitments yet. When the proposals to the Government and the action plan's items are here, where they stand is shown here.",
  "start.commitmentsAll": {
    one: "See the commitment",
    other: "See all {count} commitments",
  },
};
