import type { Plural } from "./types";

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
