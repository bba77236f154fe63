import type { Plural } from "./types";

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
