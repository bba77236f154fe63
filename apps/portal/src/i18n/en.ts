import type { Messages } from "./sv";

/** English: must have every key of Swedish (sv.ts), or the typecheck fails. */
export const en: Messages = {
  "app.name": "Kraftsamling",
  "app.tagline": "National coordination of social child and youth care",
  "app.documentTitle": "{page} – Kraftsamling",

  "layout.skipLink": "Skip to content",
  "layout.navLabel": "Main menu",
  "layout.otherLanguage": "Svenska",
  "layout.footerAbout":
    "Kraftsamling is the portal of Sweden's national coordination of social child and youth care.",
  "layout.referenceData":
    "Municipality codes: Statistics Sweden (SCB). Municipality groups: SKR, municipality group classification 2023.",

  "nav.start": "Home",
  "nav.municipalities": "Municipalities",
  "nav.organisations": "Organisations",
  "nav.proposals": "Proposals",

  "common.loading": "Loading …",
  "common.error": "The information could not be loaded. Please try again in a moment.",
  "common.retry": "Try again",

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

  "meeting.when": "When",
  "meeting.where": "Where",
  "meeting.kind": "Kind of meeting",
  "meeting.cancelled": "Cancelled",

  "theme.noPhase": "No phase",

  "phase.number": "Phase {number}",
  "phase.periodUnknown": "Dates not set",
  "phase.from": "From {date}",
  "phase.until": "Until {date}",

  "meetingKind.NATIONAL_DIALOGUE": "National dialogue",
  "meetingKind.DIALOGUE_MEETING": "Dialogue meeting",
  "meetingKind.HEARING": "Hearing",
  "meetingKind.ROUND_TABLE": "Round table",
  "meetingKind.WEBINAR": "Webinar",
  "meetingKind.REGIONAL_CONFERENCE": "Regional conference",
  "meetingKind.SEMINAR": "Seminar",

  "circle.SAMARBETE": "Collaboration",
  "circle.SAMRAD": "Consultation",
  "circle.BRED_DELAKTIGHET": "Broad participation",
  "circleDescription.SAMARBETE":
    "The Swedish Association of Local Authorities and Regions (SKL) and the regional development leaders, whom the coordinator works with.",
  "circleDescription.SAMRAD":
    "Agencies and organisations that the coordinator consults throughout the mission.",
  "circleDescription.BRED_DELAKTIGHET":
    "Trade unions, NGOs, care providers, universities and R&D units that take part in the dialogue.",

  "organisationKind.KOMMUN": "Municipality",
  "organisationKind.REGION": "Region",
  "organisationKind.MYNDIGHET": "Government agency",
  "organisationKind.INTRESSEORGANISATION": "Interest organisation",
  "organisationKind.FACKFORBUND": "Trade union",
  "organisationKind.ARBETSGIVARORGANISATION": "Employers' organisation",
  "organisationKind.VARDFORETAG": "Care provider",
  "organisationKind.LAROSATE": "University",
  "organisationKind.FOU_MILJO": "R&D unit",

  "proposalStatus.DECIDED": "Decided",
  "proposalStatus.IN_PREPARATION": "In preparation",

  "municipalities.documentTitle": "Municipalities",
  "municipalities.heading": "Municipalities",
  "municipalities.intro":
    "Sweden's 290 municipalities with municipality code, county and municipality group. The municipalities for the visits are chosen to vary in size and geography, using SKR's municipality groups and with at least one municipality in every county.",
  "municipalities.filtersLabel": "Filter municipalities",
  "municipalities.county": "County",
  "municipalities.allCounties": "All counties",
  "municipalities.group": "Municipality group",
  "municipalities.allGroups": "All municipality groups",
  "municipalities.groupOption": "{code} {name}",
  "municipalities.search": "Search by name",
  "municipalities.clearFilters": "Show all municipalities",
  "municipalities.count": { one: "{count} municipality", other: "{count} municipalities" },
  "municipalities.caption": "Municipalities with code, county and municipality group",
  "municipalities.columnName": "Municipality",
  "municipalities.columnCode": "Code",
  "municipalities.columnCounty": "County",
  "municipalities.columnGroup": "Municipality group",
  "municipalities.empty": "No municipality matches the filter.",

  "organisations.documentTitle": "Organisations",
  "organisations.heading": "Organisations",
  "organisations.intro":
    "The organisations taking part in the dialogue, in the mission's three circles: collaboration, consultation and broad participation.",
  "organisations.count": { one: "{count} organisation", other: "{count} organisations" },
  "organisations.website": "Website",
  "organisations.kind": "Kind",
  "organisations.empty": "There are no organisations in this circle yet.",

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

  "notFound.documentTitle": "Page not found",
  "notFound.heading": "Page not found",
  "notFound.text":
    "There is no page at this address. Check the address or start again from the home page.",
  "notFound.home": "Go to the home page",

  "routeError.documentTitle": "Something went wrong",
  "routeError.heading": "Something went wrong",
  "routeError.text":
    "The page could not be shown. Reload the page or start again from the home page.",
};
