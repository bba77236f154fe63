import type { sv } from "./municipality";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "municipalities.documentTitle": "Municipalities",
  "municipalities.heading": "Municipalities",
  "municipalities.intro":
    "Sweden's 290 municipalities with municipality code, county and municipality group. The municipalities for the visits are chosen to vary in size and geography, using SKR's municipality groups and with at least one municipality in every county.",
  "municipalities.filtersLabel": "Filter municipalities",
  "municipalities.county": "County",
  "municipalities.allCounties": "All counties",
  "municipalities.group": "Municipality group",
  "municipalities.allGroups": "All municipality groups",
  "municipalities.groupOption": "{code} {name}",
  "municipalities.search": "Search by name",
  "municipalities.clearFilters": "Show all municipalities",
  "municipalities.count": { one: "{count} municipality", other: "{count} municipalities" },
  "municipalities.caption": "Municipalities with code, county and municipality group",
  "municipalities.columnName": "Municipality",
  "municipalities.columnCode": "Code",
  "municipalities.columnCounty": "County",
  "municipalities.columnGroup": "Municipality group",
  "municipalities.empty": "No municipality matches the filter.",
};
