import type { sv } from "./common";
import type { Translation } from "./types";

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
