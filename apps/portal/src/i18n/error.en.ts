import type { sv } from "./error";
import type { Translation } from "./types";

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
