import type { Plural, Translation } from "./types";

/**
 * Proposals: the proposal-*.tsx pages.
 * Keys: `proposals.*`, `proposalStatus.*`.
 */
export const sv = {
  "proposalStatus.DECIDED": "Beslutat",
  "proposalStatus.IN_PREPARATION": "Bereds",

  "proposals.documentTitle": "Förslag",
  "proposals.heading": "Förslag till regeringen",
  "proposals.intro":
    "Samordnarens förslag till regeringen, vem som ansvarar för att genomföra dem och var de står i dag.",
  "proposals.tally": "Beslutade: {decided}. Bereds: {inPreparation}.",
  "proposals.number": "Förslag {number}",
  "proposals.status": "Status",
  "proposals.responsibleBody": "Ansvarig",
  "proposals.reportDue": "Återrapportering senast",
  "proposals.empty": "Det finns inga förslag ännu.",
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
  "proposalStatus.DECIDED": "Decided",
  "proposalStatus.IN_PREPARATION": "In preparation",

  "proposals.documentTitle": "Proposals",
  "proposals.heading": "Proposals to the Government",
  "proposals.intro":
    "The coordinator's proposals to the Government, who is responsible for carrying them out and where they stand today.",
  "proposals.tally": "Decided: {decided}. In preparation: {inPreparation}.",
  "proposals.number": "Proposal {number}",
  "proposals.status": "Status",
  "proposals.responsibleBody": "Responsible",
  "proposals.reportDue": "Report due",
  "proposals.empty": "There are no proposals yet.",
};
