import type { Plural, Translation } from "./types";

/**
 * The quarterly report to the minister: the admin-report*.tsx pages and components/report-*.tsx.
 * Keys: `report.*`.
 */
export const sv = {
  "report.nav": "Kvartalsrapporter",
  "report.navDescription":
    "Sammanställ kvartalets iakttagelser, möten, besök, mätning och åtaganden till rapporten till ministern, skriv sammanfattningen och ladda ner den.",
  "report.documentTitle": "Kvartalsrapporter – Administration",
  "report.heading": "Kvartalsrapporter",
  "report.intro":
    "Välj ett kvartal för att se vad rapporten till ministern innehåller. När rapporten är markerad som skickad sparas den som den var och ändras inte längre.",
  "report.chooseLabel": "Välj kvartal",
  "report.year": "År",
  "report.quarter": "Kvartal",
  "report.quarterOption": "Kvartal {quarter}",
  "report.show": "Visa",
  "report.title": "Kvartalsrapport Q{quarter} {year}",
  "report.period": "Perioden {from}–{to}",
  "report.draft": "Utkast, inte skickad",
  "report.sentOn": "Skickad till regeringen {date}",
  "report.sentNotice":
    "Rapporten skickades {date} och visas som den var då. Den kan inte längre ändras.",
  "report.invented":
    "Observera: en del av siffrorna bygger på påhittade demonstrationsdata, inte på verkliga uppgifter ({parts}).",
  "report.part.findings": "iakttagelserna",
  "report.part.visits": "kommunbesöken",
  "report.part.measurement": "tidsmätningen",
  "report.download": "Ladda ner som Word-dokument (DOCX)",
  "report.print": "Öppna utskriftsversionen",
  "report.saved": "Sparade rapporter",
  "report.savedEmpty": "Inga rapporter är sparade ännu.",
  "report.savedSent": "skickad {date}",
  "report.savedDraft": "utkast",

  "report.section.summary": "Sammanfattning",
  "report.section.findings": "Nya publicerade iakttagelser",
  "report.section.meetings": "Genomförda möten",
  "report.section.visits": "Kommunbesök",
  "report.section.measurement": "Tidsmätningen",
  "report.section.commitments": "Åtaganden som ändrat status",

  "report.summaryEmpty": "Samordnaren har inte skrivit någon sammanfattning.",
  "report.summaryLabel": "Sammanfattning",
  "report.summaryHint": "Skriv stycken åtskilda av en tom rad. Högst 20 000 tecken.",
  "report.summarySave": "Spara sammanfattningen",
  "report.summarySaved": "Sammanfattningen är sparad.",

  "report.findingsIntro":
    "{total} nya iakttagelser publicerades: {challenges} utmaningar och {goodExamples} goda exempel. En iakttagelse om flera teman räknas under vart och ett av dem.",
  "report.findingsEmpty": "Inga nya iakttagelser publicerades under kvartalet.",
  "report.findingsCaption": "Nya publicerade iakttagelser per tema",
  "report.col.theme": "Tema",
  "report.col.challenges": "Utmaningar",
  "report.col.goodExamples": "Goda exempel",

  "report.meetingsIntro": {
    one: "{count} möte hölls. Sammanlagt deltog {organisations} organisationer: de med bekräftad anmälan, eller de inbjudna när ett möte saknar anmälningar.",
    other:
      "{count} möten hölls. Sammanlagt deltog {organisations} organisationer: de med bekräftad anmälan, eller de inbjudna när ett möte saknar anmälningar.",
  },
  "report.meetingsEmpty": "Inga möten hölls under kvartalet.",
  "report.meetingsCaption": "Genomförda möten och antal deltagande organisationer",
  "report.col.meeting": "Möte",
  "report.col.date": "Datum",
  "report.col.organisations": "Organisationer",
  "report.invitedOnly": "{count} (inbjudna)",

  "report.visitsIntro": {
    one: "{count} kommunbesök genomfördes.",
    other: "{count} kommunbesök genomfördes.",
  },
  "report.visitsEmpty": "Inga kommunbesök genomfördes under kvartalet.",
  "report.visitsCaption": "Genomförda kommunbesök",
  "report.col.municipality": "Kommun",
  "report.col.round": "Omgång",

  "report.measurementIntro":
    "Andelen av arbetstiden som ägnas direkt åt barn och familjer enligt {survey} ({from}–{to}). Celler med färre än 5 svarande, och celler som skulle kunna räknas fram ur de andra, visas inte.",
  "report.measurementEmpty": "Ingen tidsmätning var avslutad vid kvartalets slut.",
  "report.measurementCaption": "Direkt tid med barn och familjer, hela landet och kommungrupper",
  "report.col.group": "Grupp",
  "report.col.respondents": "Svarande",
  "report.col.mean": "Medelvärde",
  "report.col.median": "Median",
  "report.total": "Samtliga",

  "report.commitmentsEmpty": "Inget åtagande ändrade status under kvartalet.",
  "report.commitmentsCaption": "Åtaganden som ändrat status under kvartalet",
  "report.col.commitment": "Åtagande",
  "report.col.status": "Ny status",
  "report.col.note": "Anteckning",

  "report.send.heading": "Markera som skickad",
  "report.send.intro":
    "När rapporten markeras som skickad sparas innehållet som det är nu, och sammanfattningen kan inte längre ändras.",
  "report.send.date": "Skickad datum",
  "report.send.submit": "Markera som skickad",
  "report.send.confirm":
    "Vill du markera rapporten för Q{quarter} {year} som skickad {date}? Den kan inte ändras efteråt.",
  "report.send.yes": "Ja, markera som skickad",
  "report.send.cancel": "Avbryt",

  "report.problem.OUT_OF_RANGE": "Välj ett kvartal mellan 2015 och 2030.",
  "report.problem.REPORT_SENT": "Rapporten är redan skickad och kan inte ändras.",
  "report.problem.SUMMARY_TOO_LONG": "Sammanfattningen får vara högst 20 000 tecken.",
  "report.problem.DATE_IN_FUTURE": "Datumet kan inte ligga efter i dag.",
  "report.problem.DATE_TOO_EARLY": "Rapporten kan inte skickas innan kvartalet har börjat.",

  "report.printTitle": "Kvartalsrapport Q{quarter} {year} – utskrift",
  "report.printButton": "Skriv ut",
  "report.printBack": "Tillbaka till kvartalsrapporterna",
  "report.printRefused": "Bara samordnaren kan se kvartalsrapporterna.",
  "report.mission": "Nationell samordnare för den sociala barn- och ungdomsvården",
} satisfies Record<string, string | Plural>;

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
