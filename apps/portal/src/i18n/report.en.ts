import type { sv } from "./report";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "report.nav": "Quarterly reports",
  "report.navDescription":
    "Gather the quarter's findings, meetings, visits, measurement and commitments into the report to the minister, write its summary and download it.",
  "report.documentTitle": "Quarterly reports – Administration",
  "report.heading": "Quarterly reports",
  "report.intro":
    "Choose a quarter to see what the report to the minister holds. Once marked as sent, the report is kept as it was and no longer changes.",
  "report.chooseLabel": "Choose a quarter",
  "report.year": "Year",
  "report.quarter": "Quarter",
  "report.quarterOption": "Quarter {quarter}",
  "report.show": "Show",
  "report.title": "Quarterly report Q{quarter} {year}",
  "report.period": "The period {from}–{to}",
  "report.draft": "Draft, not sent",
  "report.sentOn": "Sent to the government on {date}",
  "report.sentNotice":
    "The report was sent on {date} and is shown as it was then. It can no longer be changed.",
  "report.invented":
    "Note: some of the figures come from made-up demonstration data, not real data ({parts}).",
  "report.part.findings": "the findings",
  "report.part.visits": "the municipality visits",
  "report.part.measurement": "the time measurement",
  "report.download": "Download as a Word document (DOCX)",
  "report.print": "Open the printable version",
  "report.saved": "Saved reports",
  "report.savedEmpty": "No report is saved yet.",
  "report.savedSent": "sent {date}",
  "report.savedDraft": "draft",

  "report.section.summary": "Summary",
  "report.section.findings": "New published findings",
  "report.section.meetings": "Meetings held",
  "report.section.visits": "Municipality visits",
  "report.section.measurement": "The time measurement",
  "report.section.commitments": "Commitments whose status changed",

  "report.summaryEmpty": "The coordinator has written no summary.",
  "report.summaryLabel": "Summary",
  "report.summaryHint": "Write paragraphs separated by an empty line. At most 20,000 characters.",
  "report.summarySave": "Save the summary",
  "report.summarySaved": "The summary is saved.",

  "report.findingsIntro":
    "{total} new findings were published: {challenges} challenges and {goodExamples} good examples. A finding about several themes counts under each of them.",
  "report.findingsEmpty": "No new findings were published in the quarter.",
  "report.findingsCaption": "New published findings by theme",
  "report.col.theme": "Theme",
  "report.col.challenges": "Challenges",
  "report.col.goodExamples": "Good examples",

  "report.meetingsIntro": {
    one: "{count} meeting was held. In all, {organisations} organisations took part: those with a confirmed registration, or those invited when a meeting has no registrations.",
    other:
      "{count} meetings were held. In all, {organisations} organisations took part: those with a confirmed registration, or those invited when a meeting has no registrations.",
  },
  "report.meetingsEmpty": "No meeting was held in the quarter.",
  "report.meetingsCaption": "Meetings held and the number of organisations taking part",
  "report.col.meeting": "Meeting",
  "report.col.date": "Date",
  "report.col.organisations": "Organisations",
  "report.invitedOnly": "{count} (invited)",

  "report.visitsIntro": {
    one: "{count} municipality visit was made.",
    other: "{count} municipality visits were made.",
  },
  "report.visitsEmpty": "No municipality visit was made in the quarter.",
  "report.visitsCaption": "Municipality visits made",
  "report.col.municipality": "Municipality",
  "report.col.round": "Round",

  "report.measurementIntro":
    "The share of working time spent directly with children and families according to {survey} ({from}–{to}). Cells with fewer than 5 respondents, and cells that could be worked out from the others, are not shown.",
  "report.measurementEmpty": "No time measurement had ended by the end of the quarter.",
  "report.measurementCaption":
    "Direct time with children and families, nationwide and by municipality group",
  "report.col.group": "Group",
  "report.col.respondents": "Respondents",
  "report.col.mean": "Mean",
  "report.col.median": "Median",
  "report.total": "All",

  "report.commitmentsEmpty": "No commitment changed status in the quarter.",
  "report.commitmentsCaption": "Commitments whose status changed in the quarter",
  "report.col.commitment": "Commitment",
  "report.col.status": "New status",
  "report.col.note": "Note",

  "report.send.heading": "Mark as sent",
  "report.send.intro":
    "When the report is marked as sent, its content is kept as it is now, and the summary can no longer be changed.",
  "report.send.date": "Date sent",
  "report.send.submit": "Mark as sent",
  "report.send.confirm":
    "Do you want to mark the report for Q{quarter} {year} as sent on {date}? It cannot be changed afterwards.",
  "report.send.yes": "Yes, mark as sent",
  "report.send.cancel": "Cancel",

  "report.problem.OUT_OF_RANGE": "Choose a quarter between 2015 and 2030.",
  "report.problem.REPORT_SENT": "The report is already sent and cannot be changed.",
  "report.problem.SUMMARY_TOO_LONG": "The summary may be at most 20,000 characters.",
  "report.problem.DATE_IN_FUTURE": "The date cannot be after today.",
  "report.problem.DATE_TOO_EARLY": "The report cannot be sent before the quarter has begun.",

  "report.printTitle": "Quarterly report Q{quarter} {year} – print",
  "report.printButton": "Print",
  "report.printBack": "Back to the quarterly reports",
  "report.printRefused": "Only the coordinator may see the quarterly reports.",
  "report.mission": "National coordinator for social child and youth care",
};
