import type { Plural, Translation } from "./types";

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

export const en: Translation<typeof sv> = {
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
  "nav.themes": "Themes",

  "common.loading": "Loading …",
  "common.error": "The information could not be loaded. Please try again in a moment.",
  "common.retry": "Try again",

  "nav.blog": "Blog",
  "nav.notifications": "Notifications",
  "layout.unreadNotifications": {
    one: "{count} unread notification",
    other: "{count} unread notifications",
  },

  "interval.seconds": { one: "{count} second", other: "{count} seconds" },
  "interval.minutes": { one: "{count} minute", other: "{count} minutes" },
  "interval.hours": { one: "{count} hour", other: "{count} hours" },

  "common.save": "Save",
  "common.saved": "Saved.",
  "common.cancel": "Cancel",
  "common.search": "Search",
  "common.actions": "Actions",

  "nav.myOrganisations": "My organisations",
  "nav.admin": "Administration",
  "nav.search": "Search",
  "nav.moderation": "Moderation",

  "layout.signedInAs": "Signed in as",
  "layout.actingFor": "Acting for",

  "notice.signedOut": "You are signed out.",
  "notice.signedOutEverywhere": "You are signed out in every browser.",
  "notice.accountDeleted": "Your account is deleted. Thank you for taking part in the dialogue.",

  "access.forbidden": "You do not have permission to see this page.",
  "access.signInNeeded": "You need to sign in to see this page.",
  "access.signInNeededHeading": "Sign in to see this page",
  "common.problemSummary": {
    one: "The form has {count} problem:",
    other: "The form has {count} problems:",
  },
  "access.forbiddenHeading": "No permission",
};
