import type { Plural, Translation } from "./types";

/**
 * Pages that are not found and errors: the error-*.tsx pages.
 * Keys: `notFound.*`, `routeError.*`.
 */
export const sv = {
  "notFound.documentTitle": "Sidan finns inte",
  "notFound.heading": "Sidan finns inte",
  "notFound.text":
    "Det finns ingen sida på den här adressen. Kontrollera adressen eller börja om från startsidan.",
  "notFound.home": "Till startsidan",

  "routeError.documentTitle": "Något gick fel",
  "routeError.heading": "Något gick fel",
  "routeError.text": "Sidan kunde inte visas. Ladda om sidan eller börja om från startsidan.",
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
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
