import type { sv } from "./proposal";
import type { Translation } from "./types";

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
