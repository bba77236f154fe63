import type { Plural } from "./types";

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
