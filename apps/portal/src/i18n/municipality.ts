import type { Plural, Translation } from "./types";

/**
 * Municipalities: the municipality-*.tsx pages.
 * Keys: `municipalities.*`.
 */
export const sv = {
  "municipalities.documentTitle": "Kommuner",
  "municipalities.heading": "Kommuner",
  "municipalities.intro":
    "Sveriges 290 kommuner med kommunkod, län och kommungrupp. Kommunerna till kommunbesöken väljs så att de varierar i storlek och geografi, med hjälp av SKR:s kommungrupper och med minst en kommun i varje län.",
  "municipalities.filtersLabel": "Filtrera kommuner",
  "municipalities.county": "Län",
  "municipalities.allCounties": "Alla län",
  "municipalities.group": "Kommungrupp",
  "municipalities.allGroups": "Alla kommungrupper",
  "municipalities.groupOption": "{code} {name}",
  "municipalities.search": "Sök på namn",
  "municipalities.clearFilters": "Visa alla kommuner",
  "municipalities.count": { one: "{count} kommun", other: "{count} kommuner" },
  "municipalities.caption": "Kommuner med kommunkod, län och kommungrupp",
  "municipalities.columnName": "Kommun",
  "municipalities.columnCode": "Kommunkod",
  "municipalities.columnCounty": "Län",
  "municipalities.columnGroup": "Kommungrupp",
  "municipalities.empty": "Ingen kommun matchar filtret.",
} satisfies Record<string, string | Plural>;

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
