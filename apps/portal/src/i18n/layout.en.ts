import type { sv } from "./layout";
import type { Translation } from "./types";

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
