import type { Plural } from "./types";

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
