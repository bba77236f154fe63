import type { sv } from "./commitment";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "commitmentStatus.PROPOSED": "Proposed",
  "commitmentStatus.DECIDED": "Decided",
  "commitmentStatus.BEING_PREPARED": "Being prepared",
  "commitmentStatus.UNDER_WAY": "Under way",
  "commitmentStatus.REPORTED": "Reported",
  "commitmentStatus.DONE": "Done",

  "commitments.nav": "Commitments",
  "commitments.documentTitle": "Commitments",
  "commitments.heading": "Commitments",
  "commitments.intro":
    "The coordinator's proposals to the Government and SKL's action plan for social child and youth care: who carries out what, and where it stands today.",
  "commitments.filterLabel": "Filter the commitments",
  "commitments.filterActor": "Carried out by",
  "commitments.filterAllActors": "All",
  "commitments.filterStatus": "Status",
  "commitments.filterAllStatuses": "All",
  "commitments.filterSubmit": "Show",
  "commitments.filterClear": "Show all commitments",
  "commitments.resultCount": {
    one: "{count} commitment shown.",
    other: "{count} commitments shown.",
  },
  "commitments.empty": "No commitments match the filter.",
  "commitments.pager": "Pages of the list of commitments",
  "commitments.proposalsHeading": "Proposals to the Government",
  "commitments.actionPlanHeading": "SKL's action plan",
  "commitments.actionPlanIntro":
    "Stronger protection for children and young people (2015): the plan's three areas and what SKL will work for in each.",
  "commitments.stabilityHeading": "Stability in the services",
  "commitments.stabilityIntro":
    "What SKL's survey found stability in the services to require above all.",
  "commitments.number.PROPOSAL": "Proposal {number}",
  "commitments.number.ACTION_AREA": "Area {number} of SKL's action plan",
  "commitments.number.ACTION_ITEM": "Item {number}",
  "commitments.number.STABILITY_FACTOR": "Stability factor {number}",
  "commitments.status": "Status",
  "commitments.actor": "Carried out by",
  "commitments.latest": "Latest change",
  "commitments.assumedDate": "assumed date",
  "commitments.back": "All commitments",
  "commitments.area": "Area of the action plan",
  "commitments.itemsHeading": "SKL will work for",
  "commitments.timelineHeading": "Timeline",
  "commitments.timelineIntro":
    "From the oldest to the latest. Days the sources do not give are assumed and marked.",
  "commitments.findingsHeading": "Findings behind the commitment",
  "commitments.meetingsHeading": "Meetings behind the commitment",
  "commitments.record.heading": "Record a change of status",
  "commitments.record.status": "New status",
  "commitments.record.date": "Date",
  "commitments.record.dateHint": "The day the change happened, from 2015 up to today.",
  "commitments.record.note": "Note",
  "commitments.record.noteHint":
    "What happened, at most 1000 characters. Everyone sees it in the timeline.",
  "commitments.record.submit": "Save the change of status",
  "commitments.record.done": "The change of status is saved.",
  "commitments.problem.DATE_IN_FUTURE":
    "The date is after today. Record the change once it has happened.",
  "commitments.problem.DATE_TOO_EARLY": "The date is before 2015, when the mission began.",
  "commitments.problem.NOTE_EMPTY": "Write a note on what changed.",
  "commitments.problem.TOO_LONG": "The note may be at most 1000 characters.",
  "commitments.links.heading": "Link findings and meetings",
  "commitments.links.intro":
    "The findings and meetings that led to the commitment. Everyone sees the published ones on the page once you have saved.",
  "commitments.links.findings": "Linked findings",
  "commitments.links.noFindings": "No findings are linked.",
  "commitments.links.meetings": "Linked meetings",
  "commitments.links.noMeetings": "No meetings are linked.",
  "commitments.links.remove": "Remove",
  "commitments.links.search": "Search the published findings",
  "commitments.links.searchHint":
    "Words in the title or text. The ten latest published that match are shown.",
  "commitments.links.searchButton": "Search",
  "commitments.links.results": "Findings that match the search",
  "commitments.links.resultCount": {
    one: "{count} finding matches the search.",
    other: "{count} findings match the search.",
  },
  "commitments.links.noResults": "No published findings match the search.",
  "commitments.links.link": "Link",
  "commitments.links.linked": "Linked",
  "commitments.links.meeting": "Meeting",
  "commitments.links.meetingHint": "Published and held meetings, the latest first.",
  "commitments.links.chooseMeeting": "Choose a meeting",
  "commitments.links.linkMeeting": "Link the meeting",
  "commitments.links.unsaved": "You have changes that are not saved.",
  "commitments.links.save": "Save the links",
  "commitments.links.saved": "Saved",
  "commitments.links.problem.TOO_MANY_FINDINGS":
    "At most 200 findings can be linked to a commitment. Remove some and save again.",
  "commitments.links.problem.TOO_MANY_MEETINGS":
    "At most 50 meetings can be linked to a commitment. Remove some and save again.",
  "commitments.links.problem.NOT_FOUND_FINDING":
    "One of the findings no longer exists. Reload the page and try again.",
  "commitments.links.problem.NOT_FOUND_MEETING":
    "One of the meetings no longer exists. Reload the page and try again.",
};
