import type { Plural } from "./types";

/**
 * Shared by every page: the portal's name, the layout and menu, loading and errors, notices, access and time spans.
 * Keys: `app.*`, `layout.*`, `nav.*`, `common.*`, `notice.*`, `access.*`, `interval.*`.
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
  "nav.themes": "Teman",

  "common.loading": "Hämtar uppgifter …",
  "common.error": "Det gick inte att hämta uppgifterna. Försök igen om en stund.",
  "common.retry": "Försök igen",

  "nav.blog": "Blogg",
  "nav.notifications": "Notiser",
  "layout.unreadNotifications": {
    one: "{count} oläst notis",
    other: "{count} olästa notiser",
  },

  "interval.seconds": { one: "{count} sekund", other: "{count} sekunder" },
  "interval.minutes": { one: "{count} minut", other: "{count} minuter" },
  "interval.hours": { one: "{count} timme", other: "{count} timmar" },

  "common.save": "Spara",
  "common.saved": "Sparat.",
  "common.cancel": "Avbryt",
  "common.search": "Sök",
  "common.actions": "Åtgärder",

  "nav.myOrganisations": "Mina organisationer",
  "nav.admin": "Administration",
  "nav.search": "Sök",
  "nav.moderation": "Moderering",

  "layout.signedInAs": "Inloggad som",
  "layout.actingFor": "Företräder",

  "notice.signedOut": "Du är utloggad.",
  "notice.signedOutEverywhere": "Du är utloggad i alla webbläsare.",
  "notice.accountDeleted": "Ditt konto är raderat. Tack för att du deltog i dialogen.",

  "access.forbidden": "Du har inte behörighet att se den här sidan.",
  "access.signInNeeded": "Du behöver logga in för att se den här sidan.",
  "access.signInNeededHeading": "Logga in för att se sidan",
  "common.problemSummary": {
    one: "Formuläret har {count} fel:",
    other: "Formuläret har {count} fel:",
  },
  "access.forbiddenHeading": "Ingen behörighet",
} satisfies Record<string, string | Plural>;
