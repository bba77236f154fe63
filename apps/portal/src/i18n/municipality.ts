import type { Plural } from "./types";

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
