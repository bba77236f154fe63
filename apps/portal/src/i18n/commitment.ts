import type { Plural } from "./types";

/**
 * Commitments: the commitment-*.tsx pages and components.
 * Keys: `commitments.*`, `commitmentStatus.*`.
 */
export const sv = {
  "commitmentStatus.PROPOSED": "Föreslaget",
  "commitmentStatus.DECIDED": "Beslutat",
  "commitmentStatus.BEING_PREPARED": "Bereds",
  "commitmentStatus.UNDER_WAY": "Pågår",
  "commitmentStatus.REPORTED": "Redovisat",
  "commitmentStatus.DONE": "Genomfört",

  "commitments.nav": "Åtaganden",
  "commitments.documentTitle": "Åtaganden",
  "commitments.heading": "Åtaganden",
  "commitments.intro":
    "Samordnarens förslag till regeringen och SKL:s handlingsplan för den sociala barn- och ungdomsvården: vem som genomför vad, och var det står i dag.",
  "commitments.filterLabel": "Filtrera åtagandena",
  "commitments.filterActor": "Genomförs av",
  "commitments.filterAllActors": "Alla",
  "commitments.filterStatus": "Status",
  "commitments.filterAllStatuses": "Alla",
  "commitments.filterSubmit": "Visa",
  "commitments.filterClear": "Visa alla åtaganden",
  "commitments.resultCount": {
    one: "{count} åtagande visas.",
    other: "{count} åtaganden visas.",
  },
  "commitments.empty": "Inga åtaganden passar filtret.",
  "commitments.pager": "Sidor i listan över åtaganden",
  "commitments.proposalsHeading": "Förslag till regeringen",
  "commitments.actionPlanHeading": "SKL:s handlingsplan",
  "commitments.actionPlanIntro":
    "Stärkt skydd för barn och unga (2015): handlingsplanens tre områden och det SKL ska verka för inom vart och ett.",
  "commitments.stabilityHeading": "Stabilitet i verksamheten",
  "commitments.stabilityIntro":
    "Det som enligt SKL:s kartläggning framför allt krävs för att nå stabilitet i verksamheten.",
  "commitments.number.PROPOSAL": "Förslag {number}",
  "commitments.number.ACTION_AREA": "Område {number} i SKL:s handlingsplan",
  "commitments.number.ACTION_ITEM": "Punkt {number}",
  "commitments.number.STABILITY_FACTOR": "Stabilitetsfaktor {number}",
  "commitments.status": "Status",
  "commitments.actor": "Genomförs av",
  "commitments.latest": "Senaste ändring",
  "commitments.assumedDate": "antaget datum",
  "commitments.back": "Alla åtaganden",
  "commitments.area": "Område i handlingsplanen",
  "commitments.itemsHeading": "SKL ska verka för",
  "commitments.timelineHeading": "Tidslinje",
  "commitments.timelineIntro":
    "Från det äldsta till det senaste. Dagar som källorna inte anger är antagna och märkta.",
  "commitments.findingsHeading": "Iakttagelser bakom åtagandet",
  "commitments.meetingsHeading": "Möten bakom åtagandet",
  "commitments.record.heading": "Registrera en statusändring",
  "commitments.record.status": "Ny status",
  "commitments.record.date": "Datum",
  "commitments.record.dateHint": "Dagen då ändringen skedde, från 2015 till i dag.",
  "commitments.record.note": "Anteckning",
  "commitments.record.noteHint": "Vad som hände, högst 1000 tecken. Alla ser den i tidslinjen.",
  "commitments.record.submit": "Spara statusändringen",
  "commitments.record.done": "Statusändringen är sparad.",
  "commitments.problem.DATE_IN_FUTURE":
    "Datumet ligger efter i dag. Registrera ändringen när den har skett.",
  "commitments.problem.DATE_TOO_EARLY": "Datumet ligger före 2015, då uppdraget började.",
  "commitments.problem.NOTE_EMPTY": "Skriv en anteckning om vad som ändrades.",
  "commitments.problem.TOO_LONG": "Anteckningen får vara högst 1000 tecken.",
  "commitments.links.heading": "Koppla iakttagelser och möten",
  "commitments.links.intro":
    "De iakttagelser och möten som ledde till åtagandet. Alla ser de publicerade på sidan när du har sparat.",
  "commitments.links.findings": "Kopplade iakttagelser",
  "commitments.links.noFindings": "Inga iakttagelser är kopplade.",
  "commitments.links.meetings": "Kopplade möten",
  "commitments.links.noMeetings": "Inga möten är kopplade.",
  "commitments.links.remove": "Ta bort",
  "commitments.links.search": "Sök bland publicerade iakttagelser",
  "commitments.links.searchHint":
    "Ord i rubriken eller texten. De tio senast publicerade som passar visas.",
  "commitments.links.searchButton": "Sök",
  "commitments.links.results": "Iakttagelser som passar sökningen",
  "commitments.links.resultCount": {
    one: "{count} iakttagelse passar sökningen.",
    other: "{count} iakttagelser passar sökningen.",
  },
  "commitments.links.noResults": "Inga publicerade iakttagelser passar sökningen.",
  "commitments.links.link": "Koppla",
  "commitments.links.linked": "Kopplad",
  "commitments.links.meeting": "Möte",
  "commitments.links.meetingHint": "Publicerade och genomförda möten, det senaste först.",
  "commitments.links.chooseMeeting": "Välj ett möte",
  "commitments.links.linkMeeting": "Koppla mötet",
  "commitments.links.unsaved": "Du har ändringar som inte är sparade.",
  "commitments.links.save": "Spara kopplingarna",
  "commitments.links.saved": "Sparat",
  "commitments.links.problem.TOO_MANY_FINDINGS":
    "Högst 200 iakttagelser kan kopplas till ett åtagande. Ta bort några och spara igen.",
  "commitments.links.problem.TOO_MANY_MEETINGS":
    "Högst 50 möten kan kopplas till ett åtagande. Ta bort några och spara igen.",
  "commitments.links.problem.NOT_FOUND_FINDING":
    "En av iakttagelserna finns inte längre. Ladda om sidan och försök igen.",
  "commitments.links.problem.NOT_FOUND_MEETING":
    "Ett av mötena finns inte längre. Ladda om sidan och försök igen.",
} satisfies Record<string, string | Plural>;
