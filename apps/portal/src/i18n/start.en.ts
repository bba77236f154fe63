import type { sv } from "./start";
import type { Translation } from "./types";

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
