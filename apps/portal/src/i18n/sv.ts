/** A message that depends on a number: chosen with Intl.PluralRules ("one" or "other"). */
export type Plural = { one: string; other: string };

/**
 * Swedish, the source of truth: every visible string of the portal. Keys are flat, dotted by area;
 * `{name}` is replaced by the value of `name` (numbers are formatted for the locale).
 */
export const sv = {
  "app.name": "Kraftsamling",
  "app.tagline": "Nationell samordning för den sociala barn- och ungdomsvården",
  "app.documentTitle": "{page} – Kraftsamling",

  "layout.skipLink": "Hoppa till innehållet",
  "layout.navLabel": "Huvudmeny",
  "layout.otherLanguage": "English",
  "layout.footerAbout":
    "Kraftsamling är portalen för den nationella samordningen av den sociala barn- och ungdomsvården.",
  "layout.referenceData": "Kommunkoder: SCB. Kommungrupper: SKR, kommungruppsindelning 2023.",

  "nav.start": "Start",
  "nav.municipalities": "Kommuner",
  "nav.organisations": "Organisationer",
  "nav.proposals": "Förslag",

  "common.loading": "Hämtar uppgifter …",
  "common.error": "Det gick inte att hämta uppgifterna. Försök igen om en stund.",
  "common.retry": "Försök igen",

  "start.documentTitle": "Start",
  "start.heading": "Tillsammans för barn och unga i socialtjänsten",
  "start.intro":
    "Regeringens nationella samordnare för den sociala barn- och ungdomsvården för en dialog med kommuner, myndigheter, fackförbund och ideella organisationer och besöker minst 50 kommuner två gånger. Här möts parterna, och här samlas och publiceras det som dialogen lär oss, som underlag för förslag till regeringen.",
  "start.meetingsHeading": "Kommande möten",
  "start.meetingsEmpty": "Inga kommande möten är planerade just nu.",
  "start.themesHeading": "Teman",
  "start.themesIntro": "Det som dialogen, kommentarerna och iakttagelserna handlar om.",
  "start.themesEmpty": "Det finns inga teman ännu.",
  "start.phasesHeading": "Uppdragets fem faser",

  "meeting.when": "Tid",
  "meeting.where": "Plats",
  "meeting.kind": "Typ av möte",
  "meeting.cancelled": "Inställt",

  "theme.noPhase": "Ingen fas",

  "phase.number": "Fas {number}",
  "phase.periodUnknown": "Tid inte fastställd",
  "phase.from": "Från {date}",
  "phase.until": "Till {date}",

  "meetingKind.NATIONAL_DIALOGUE": "Nationell dialog",
  "meetingKind.DIALOGUE_MEETING": "Dialogmöte",
  "meetingKind.HEARING": "Hearing",
  "meetingKind.ROUND_TABLE": "Rundabordssamtal",
  "meetingKind.WEBINAR": "Webbinarium",
  "meetingKind.REGIONAL_CONFERENCE": "Regional konferens",
  "meetingKind.SEMINAR": "Seminarium",

  "circle.SAMARBETE": "Samarbete",
  "circle.SAMRAD": "Samråd",
  "circle.BRED_DELAKTIGHET": "Bred delaktighet",
  "circleDescription.SAMARBETE":
    "Sveriges Kommuner och Landsting (SKL) och de regionala utvecklingsledarna, som samordnaren arbetar tillsammans med.",
  "circleDescription.SAMRAD":
    "Myndigheter och organisationer som samordnaren samråder med under hela uppdraget.",
  "circleDescription.BRED_DELAKTIGHET":
    "Fackförbund, intresseorganisationer, vårdgivare, lärosäten och FoU-miljöer som deltar i dialogen.",

  "organisationKind.KOMMUN": "Kommun",
  "organisationKind.REGION": "Region",
  "organisationKind.MYNDIGHET": "Myndighet",
  "organisationKind.INTRESSEORGANISATION": "Intresseorganisation",
  "organisationKind.FACKFORBUND": "Fackförbund",
  "organisationKind.ARBETSGIVARORGANISATION": "Arbetsgivarorganisation",
  "organisationKind.VARDFORETAG": "Vårdföretag",
  "organisationKind.LAROSATE": "Lärosäte",
  "organisationKind.FOU_MILJO": "FoU-miljö",

  "proposalStatus.DECIDED": "Beslutat",
  "proposalStatus.IN_PREPARATION": "Bereds",

  "municipalities.documentTitle": "Kommuner",
  "municipalities.heading": "Kommuner",
  "municipalities.intro":
    "Sveriges 290 kommuner med kommunkod, län och kommungrupp. Kommunerna till kommunbesöken väljs så att de varierar i storlek och geografi, med hjälp av SKR:s kommungrupper och med minst en kommun i varje län.",
  "municipalities.filtersLabel": "Filtrera kommuner",
  "municipalities.county": "Län",
  "municipalities.allCounties": "Alla län",
  "municipalities.group": "Kommungrupp",
  "municipalities.allGroups": "Alla kommungrupper",
  "municipalities.groupOption": "{code} {name}",
  "municipalities.search": "Sök på namn",
  "municipalities.clearFilters": "Visa alla kommuner",
  "municipalities.count": { one: "{count} kommun", other: "{count} kommuner" },
  "municipalities.caption": "Kommuner med kommunkod, län och kommungrupp",
  "municipalities.columnName": "Kommun",
  "municipalities.columnCode": "Kommunkod",
  "municipalities.columnCounty": "Län",
  "municipalities.columnGroup": "Kommungrupp",
  "municipalities.empty": "Ingen kommun matchar filtret.",

  "organisations.documentTitle": "Organisationer",
  "organisations.heading": "Organisationer",
  "organisations.intro":
    "Organisationerna som deltar i dialogen, i uppdragets tre kretsar: samarbete, samråd och bred delaktighet.",
  "organisations.count": { one: "{count} organisation", other: "{count} organisationer" },
  "organisations.website": "Webbplats",
  "organisations.kind": "Typ",
  "organisations.empty": "Det finns inga organisationer i den här kretsen ännu.",

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

  "notFound.documentTitle": "Sidan finns inte",
  "notFound.heading": "Sidan finns inte",
  "notFound.text":
    "Det finns ingen sida på den här adressen. Kontrollera adressen eller börja om från startsidan.",
  "notFound.home": "Till startsidan",

  "routeError.documentTitle": "Något gick fel",
  "routeError.heading": "Något gick fel",
  "routeError.text": "Sidan kunde inte visas. Ladda om sidan eller börja om från startsidan.",
} satisfies Record<string, string | Plural>;

export type MessageKey = keyof typeof sv;

/** Every other language must have every key of Swedish, with the same shape (plain or plural). */
export type Messages = { [K in MessageKey]: (typeof sv)[K] extends Plural ? Plural : string };
