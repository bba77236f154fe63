import type { Plural } from "./types";

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
