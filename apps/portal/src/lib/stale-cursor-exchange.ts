import { mapExchange } from "urql";
import { firstListPage, LIST_PAGE_PARAMS, listPageSearch } from "./list-page";

/**
 * A list's address that holds a cursor the API no longer takes (a bookmark of an older page, a
 * link from before the list's order changed) opens the list's first page instead of an error:
 * INVALID_CURSOR says the cursor came from no page of this list as it is asked now.
 */
export const staleCursorExchange = mapExchange({
  onResult(result) {
    const stale = result.error?.graphQLErrors.some(
      (error) => error.extensions?.reason === "INVALID_CURSOR",
    );
    if (!stale || typeof window === "undefined") return;
    const params = new URLSearchParams(window.location.search);
    if (!params.has(LIST_PAGE_PARAMS.after) && !params.has(LIST_PAGE_PARAMS.before)) return;
    window.location.replace(
      `${window.location.pathname}${listPageSearch(params, firstListPage)}${window.location.hash}`,
    );
  },
});
