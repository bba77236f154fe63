import type { Plural, Translation } from "./types";

/**
 * The frame around every page (components/layout.tsx, site-menu.tsx, word-mark.tsx): the menu
 * button on a phone, and the footer's mission and links.
 * Keys: `frame.*`.
 */
export const sv = {
  "frame.menu": "Meny",
  "frame.mission":
    "Regeringens nationella samordnare arbetar i dialog med kommuner, myndigheter och organisationer för att barn och unga i socialtjänsten ska få det stöd och skydd de behöver.",
  "frame.footerNavLabel": "Om webbplatsen",
  "frame.about": "Om samordningen",
  "frame.contact": "Kontakt",
  "frame.accessibility": "Tillgänglighetsredogörelse",
  "frame.personalData": "Personuppgifter",
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
  "frame.menu": "Menu",
  "frame.mission":
    "The Government's national coordinator works in dialogue with municipalities, agencies and organisations so that children and young people in the social services get the support and protection they need.",
  "frame.footerNavLabel": "About the site",
  "frame.about": "About the coordination",
  "frame.contact": "Contact",
  "frame.accessibility": "Accessibility statement",
  "frame.personalData": "Personal data",
};
