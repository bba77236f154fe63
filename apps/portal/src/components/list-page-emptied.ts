import { useEffect } from "react";
import type { ListPaging } from "./list-paging";

/**
 * Back to a list's first page when a later page comes back empty: its last items were removed or
 * withdrawn, and an empty page after them would only say "Visar 0–0".
 */
export function useFirstPageWhenEmptied(paging: ListPaging, shown: number) {
  const emptied = shown === 0 && paging.page.number > 1;
  useEffect(() => {
    if (emptied) paging.first();
  }, [emptied, paging]);
}
