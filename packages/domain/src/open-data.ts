/**
 * The open data: what can be downloaded, in which formats, with which parameters and columns, and
 * under which licence. The API serves this as its index at `/open-data/` and checks its parameters
 * against it; the portal's developer page shows it. Texts are Swedish and English.
 */

export interface Bilingual {
  sv: string;
  en: string;
}

export const openDataFormats = ["csv", "json", "jsonl"] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

export interface OpenDataFormatInfo {
  format: OpenDataFormat;
  contentType: string;
  meaning: Bilingual;
}

export interface OpenDataParameter {
  name: string;
  /** Given more than once, any of the values matches. */
  repeatable: boolean;
  meaning: Bilingual;
  example: string;
}

export interface OpenDataColumn {
  /** The key in JSON and JSON Lines. */
  field: string;
  /** The column's heading in CSV. */
  csv: string;
  type: "text" | "integer" | "decimal" | "boolean" | "date" | "text list";
  meaning: Bilingual;
}

export interface OpenDataset {
  name: string;
  /** `/open-data/<name>.<format>` */
  path: string;
  /** Older addresses of the CSV that keep working. */
  csvAliases: readonly string[];
  title: Bilingual;
  description: Bilingual;
  parameters: readonly OpenDataParameter[];
  columns: readonly OpenDataColumn[];
}

export const openDataLicence = {
  name: "CC0 1.0 Universal",
  url: "https://creativecommons.org/publicdomain/zero/1.0/",
  covers: {
    sv: "De verkliga uppgifterna får användas fritt, utan villkor (CC0 1.0: ingen upphovsrätt förbehålls). Licensen gäller inte påhittade demodata: rader med invented = true (i CSV påhittade_demodata eller påhittad = ja) är uppdiktade för demonstrationen och beskriver ingen verklig kommun, iakttagelse eller mätning.",
    en: "The real data may be used freely, without conditions (CC0 1.0: no rights reserved). The licence does not cover invented demo data: rows with invented = true (in CSV påhittade_demodata or påhittad = ja) are made up for the demonstration and describe no real municipality, finding or measurement.",
  },
} as const;

export const openDataFormatInfo: readonly OpenDataFormatInfo[] = [
  {
    format: "csv",
    contentType: "text/csv; charset=utf-8",
    meaning: {
      sv: "UTF-8 med BOM, kommatecken som avgränsare, en rubrikrad (RFC 4180). Ja/nej och svenska ord för typ och källa, för kalkylprogram. Licensen står i svarshuvudet Link (rel=license) och här.",
      en: "UTF-8 with a BOM, comma-separated, one heading row (RFC 4180). Yes/no as ja/nej and Swedish words for kind and source, for spreadsheets. The licence is in the Link response header (rel=license) and here.",
    },
  },
  {
    format: "json",
    contentType: "application/json; charset=utf-8",
    meaning: {
      sv: "Ett objekt: dataset, license (licensen och vad den täcker), parameters (urvalet), generatedAt och rows, en lista av rader med fälten nedan. Koder som i GraphQL-API:t (CHALLENGE, VISIT …), true/false.",
      en: "One object: dataset, license (the licence and what it covers), parameters (the selection), generatedAt and rows, an array of rows with the fields below. Codes as in the GraphQL API (CHALLENGE, VISIT …), true/false.",
    },
  },
  {
    format: "jsonl",
    contentType: "application/jsonl; charset=utf-8",
    meaning: {
      sv: "JSON Lines: en rad per datarad, samma fält som i JSON, ingen rad med metadata, så att varje rad är en datarad. Licensen står i svarshuvudet Link (rel=license) och här.",
      en: "JSON Lines: one line per row, the same fields as in JSON, and no metadata line, so that every line is a row. The licence is in the Link response header (rel=license) and here.",
    },
  },
];

const findingParameters: readonly OpenDataParameter[] = [
  {
    name: "theme",
    repeatable: true,
    meaning: {
      sv: "Temats slug eller id (frågan themes ger båda).",
      en: "The theme's slug or id (the query themes gives both).",
    },
    example: "barnets-basta-och-delaktighet",
  },
  {
    name: "municipality",
    repeatable: true,
    meaning: { sv: "Kommunkod, fyra siffror.", en: "Municipality code, four digits." },
    example: "0180",
  },
  {
    name: "county",
    repeatable: true,
    meaning: { sv: "Länskod, två siffror.", en: "County code, two digits." },
    example: "01",
  },
  {
    name: "group",
    repeatable: true,
    meaning: { sv: "SKR:s kommungrupp, A1 … C9.", en: "SKR municipality group, A1 … C9." },
    example: "A1",
  },
  {
    name: "phase",
    repeatable: true,
    meaning: { sv: "Uppdragets fas, 1–5.", en: "The mission's phase, 1–5." },
    example: "2",
  },
  {
    name: "kind",
    repeatable: true,
    meaning: { sv: "CHALLENGE eller GOOD_EXAMPLE.", en: "CHALLENGE or GOOD_EXAMPLE." },
    example: "GOOD_EXAMPLE",
  },
  {
    name: "source",
    repeatable: true,
    meaning: {
      sv: "VISIT, DIALOGUE_MEETING, HEARING, ROUND_TABLE, WEBINAR, SURVEY eller RESEARCH.",
      en: "VISIT, DIALOGUE_MEETING, HEARING, ROUND_TABLE, WEBINAR, SURVEY or RESEARCH.",
    },
    example: "VISIT",
  },
  {
    name: "round",
    repeatable: true,
    meaning: {
      sv: "Besöksomgång: 1 (hösten 2015) eller 2 (våren 2016).",
      en: "Round of visits: 1 (autumn 2015) or 2 (spring 2016).",
    },
    example: "1",
  },
  {
    name: "q",
    repeatable: true,
    meaning: {
      sv: "Ord i rubrik eller text, på svenska (”barnen” hittar ”barn”).",
      en: "Words in the title or text, in Swedish (“barnen” finds “barn”).",
    },
    example: "familjehem",
  },
  {
    name: "from",
    repeatable: false,
    meaning: {
      sv: "Hörd eller läst den dagen eller senare (ÅÅÅÅ-MM-DD); iakttagelser utan dag utelämnas.",
      en: "Heard or read on that day or later (YYYY-MM-DD); findings without a day are left out.",
    },
    example: "2015-09-01",
  },
  {
    name: "to",
    repeatable: false,
    meaning: {
      sv: "Hörd eller läst den dagen eller tidigare (ÅÅÅÅ-MM-DD).",
      en: "Heard or read on that day or earlier (YYYY-MM-DD).",
    },
    example: "2016-06-30",
  },
];

export const openDatasets: readonly OpenDataset[] = [
  {
    name: "findings",
    path: "/open-data/findings",
    csvAliases: ["/findings.csv"],
    title: { sv: "Iakttagelser", en: "Findings" },
    description: {
      sv: "De publicerade iakttagelserna, senast publicerade först. Utkast och tillbakadragna iakttagelser finns aldrig med, och aldrig vem som skrev dem.",
      en: "The published findings, newest first. Drafts and withdrawn findings are never included, nor who wrote them.",
    },
    parameters: findingParameters,
    columns: [
      {
        field: "id",
        csv: "id",
        type: "text",
        meaning: { sv: "Iakttagelsens id.", en: "The finding's id." },
      },
      {
        field: "publishedOn",
        csv: "publicerad",
        type: "date",
        meaning: {
          sv: "Dagen den först publicerades (svensk tid).",
          en: "The day it was first published (Swedish time).",
        },
      },
      {
        field: "revisedOn",
        csv: "uppdaterad",
        type: "date",
        meaning: {
          sv: "Dagen innehållet senast ändrades efter publiceringen; tomt om aldrig.",
          en: "The day its content last changed after publication; empty if never.",
        },
      },
      { field: "title", csv: "rubrik", type: "text", meaning: { sv: "Rubrik.", en: "Title." } },
      { field: "text", csv: "text", type: "text", meaning: { sv: "Text.", en: "Text." } },
      {
        field: "kind",
        csv: "typ",
        type: "text",
        meaning: {
          sv: "CHALLENGE (utmaning) eller GOOD_EXAMPLE (gott exempel).",
          en: "CHALLENGE (utmaning) or GOOD_EXAMPLE (gott exempel).",
        },
      },
      {
        field: "source",
        csv: "källa",
        type: "text",
        meaning: {
          sv: "Var den hördes eller lästes: VISIT (kommunbesök), DIALOGUE_MEETING, HEARING, ROUND_TABLE, WEBINAR, SURVEY, RESEARCH.",
          en: "Where it was heard or read: VISIT (kommunbesök), DIALOGUE_MEETING, HEARING, ROUND_TABLE, WEBINAR, SURVEY, RESEARCH.",
        },
      },
      {
        field: "themes",
        csv: "teman",
        type: "text list",
        meaning: {
          sv: "Temanas rubriker (i CSV åtskilda av ”; ”).",
          en: "The themes' titles (in CSV separated by “; ”).",
        },
      },
      {
        field: "phase",
        csv: "fas",
        type: "integer",
        meaning: { sv: "Uppdragets fas, 1–5.", en: "The mission's phase, 1–5." },
      },
      {
        field: "municipality",
        csv: "kommun",
        type: "text",
        meaning: {
          sv: "Kommunen den gäller; tomt om ingen.",
          en: "The municipality it concerns; empty if none.",
        },
      },
      {
        field: "county",
        csv: "län",
        type: "text",
        meaning: { sv: "Kommunens län.", en: "The municipality's county." },
      },
      {
        field: "municipalityGroup",
        csv: "kommungrupp",
        type: "text",
        meaning: {
          sv: "Kommunens grupp enligt SKR, A1 … C9.",
          en: "The municipality's SKR group, A1 … C9.",
        },
      },
      {
        field: "visitRound",
        csv: "besöksomgång",
        type: "integer",
        meaning: {
          sv: "Besöksomgången den hördes i, 1 eller 2; tomt om den inte kommer från ett besök.",
          en: "The round of visits it was heard in, 1 or 2; empty if not from a visit.",
        },
      },
      {
        field: "meeting",
        csv: "möte",
        type: "text",
        meaning: {
          sv: "Mötet den hördes vid; tomt om inget.",
          en: "The meeting it was heard at; empty if none.",
        },
      },
      {
        field: "invented",
        csv: "påhittade_demodata",
        type: "boolean",
        meaning: {
          sv: "Påhittad för demonstrationen, ingen verklig iakttagelse (CSV: ja/nej). Omfattas inte av licensen.",
          en: "Made up for the demonstration, not a real finding (CSV: ja/nej). Not covered by the licence.",
        },
      },
      {
        field: "municipalityCode",
        csv: "kommunkod",
        type: "text",
        meaning: {
          sv: "Kommunens kod, fyra siffror, som parametern municipality skriver den; tomt om ingen.",
          en: "The municipality's four-digit code, as the municipality parameter writes it; empty if none.",
        },
      },
      {
        field: "countyCode",
        csv: "länskod",
        type: "text",
        meaning: {
          sv: "Länets kod, två siffror (som parametern county och räkningarnas län); tomt om ingen kommun.",
          en: "The county's two-digit code (as the county parameter and the counts give it); empty without a municipality.",
        },
      },
    ],
  },
  {
    name: "finding-counts",
    path: "/open-data/finding-counts",
    csvAliases: [],
    title: { sv: "Iakttagelser räknade", en: "Findings counted" },
    description: {
      sv: "De publicerade iakttagelserna räknade per det groupBy anger, som findingCounts i GraphQL, störst först. Utan groupBy en rad med totalen. En iakttagelse med två teman räknas i båda temana.",
      en: "The published findings counted by what groupBy names, as findingCounts in GraphQL, largest first. Without groupBy, one row with the total. A finding with two themes counts in both.",
    },
    parameters: [
      {
        name: "groupBy",
        repeatable: true,
        meaning: {
          sv: "Vad som räknas per: theme, group, county, phase, kind, source eller round, var och en högst en gång.",
          en: "What to count by: theme, group, county, phase, kind, source or round, each at most once.",
        },
        example: "theme",
      },
      ...findingParameters,
    ],
    columns: [
      {
        field: "theme",
        csv: "tema",
        type: "text",
        meaning: { sv: "Temats slug (groupBy=theme).", en: "The theme's slug (groupBy=theme)." },
      },
      {
        field: "group",
        csv: "kommungrupp",
        type: "text",
        meaning: {
          sv: "Kommungrupp, A1 … C9; tomt för iakttagelser utan kommun (groupBy=group).",
          en: "Municipality group, A1 … C9; empty for findings without a municipality (groupBy=group).",
        },
      },
      {
        field: "county",
        csv: "län",
        type: "text",
        meaning: {
          sv: "Länskod; tomt för iakttagelser utan kommun (groupBy=county).",
          en: "County code; empty for findings without a municipality (groupBy=county).",
        },
      },
      {
        field: "phase",
        csv: "fas",
        type: "integer",
        meaning: { sv: "Fas, 1–5 (groupBy=phase).", en: "Phase, 1–5 (groupBy=phase)." },
      },
      {
        field: "kind",
        csv: "typ",
        type: "text",
        meaning: {
          sv: "CHALLENGE eller GOOD_EXAMPLE; i CSV utmaning eller gott exempel (groupBy=kind).",
          en: "CHALLENGE or GOOD_EXAMPLE; in CSV utmaning or gott exempel (groupBy=kind).",
        },
      },
      {
        field: "source",
        csv: "källa",
        type: "text",
        meaning: {
          sv: "Källan; i CSV på svenska (groupBy=source).",
          en: "The source; in CSV in Swedish (groupBy=source).",
        },
      },
      {
        field: "round",
        csv: "besöksomgång",
        type: "integer",
        meaning: {
          sv: "Besöksomgång, 1 eller 2; tomt utanför besöken (groupBy=round).",
          en: "Round of visits, 1 or 2; empty outside the visits (groupBy=round).",
        },
      },
      {
        field: "count",
        csv: "antal",
        type: "integer",
        meaning: { sv: "Antal iakttagelser.", en: "Number of findings." },
      },
      {
        field: "invented",
        csv: "påhittade_demodata",
        type: "boolean",
        meaning: {
          sv: "Någon räknad iakttagelse i nedladdningen är påhittad för demonstrationen (CSV: ja/nej). Omfattas inte av licensen.",
          en: "Some finding counted in the download is made up for the demonstration (CSV: ja/nej). Not covered by the licence.",
        },
      },
    ],
  },
  {
    name: "direct-time",
    path: "/open-data/direct-time",
    csvAliases: ["/measurement/direct-time.csv"],
    title: { sv: "Direkt tid (tidsmätningen)", en: "Direct time (the time-use measurement)" },
    description: {
      sv: "Andelen direkt tid med barn och familjer: fördelningen per cell, med samma skydd som portalen. En cell med färre än 5 svarande, eller som kan räknas ut ur totalerna, visar inga tal.",
      en: "The share of direct time with children and families: the distribution per cell, protected as in the portal. A cell with fewer than 5 respondents, or one that could be worked out from the totals, shows no figures.",
    },
    parameters: [
      {
        name: "survey",
        repeatable: false,
        meaning: {
          sv: "Mätningens id (measurementSurveys i GraphQL); utan den alla mätningar, senaste först.",
          en: "The survey's id (measurementSurveys in GraphQL); without it every survey, latest first.",
        },
        example: "",
      },
      {
        name: "grouping",
        repeatable: false,
        meaning: {
          sv: "TOTAL (standard), GROUP, COUNTY, ROLE, GROUP_ROLE eller COUNTY_ROLE.",
          en: "TOTAL (the default), GROUP, COUNTY, ROLE, GROUP_ROLE or COUNTY_ROLE.",
        },
        example: "GROUP",
      },
    ],
    columns: [
      {
        field: "survey",
        csv: "undersökning",
        type: "text",
        meaning: { sv: "Mätningens namn.", en: "The survey's name." },
      },
      {
        field: "municipalityGroup",
        csv: "kommungrupp",
        type: "text",
        meaning: {
          sv: "Kommungruppens kod (CSV: kod och namn); null (CSV: alla) när cellen gäller alla.",
          en: "The municipality group's code (CSV: code and name); null (CSV: alla) when the cell covers all.",
        },
      },
      {
        field: "county",
        csv: "län",
        type: "text",
        meaning: {
          sv: "Länskod (CSV: länets namn); null (CSV: alla) när cellen gäller alla.",
          en: "County code (CSV: the county's name); null (CSV: alla) when the cell covers all.",
        },
      },
      {
        field: "role",
        csv: "roll",
        type: "text",
        meaning: {
          sv: "socialsekreterare, arbetsledare, chef eller other (CSV: övrig); null (CSV: alla) för alla roller.",
          en: "socialsekreterare, arbetsledare, chef or other (CSV: övrig); null (CSV: alla) for every role.",
        },
      },
      {
        field: "respondents",
        csv: "antal svarande",
        type: "integer",
        meaning: {
          sv: "Antal svarande; null när cellen är skyddad (CSV: ”färre än 5”).",
          en: "Number of respondents; null when the cell is suppressed (CSV: “färre än 5”).",
        },
      },
      {
        field: "mean",
        csv: "medelvärde direkt tid",
        type: "decimal",
        meaning: {
          sv: "Medelvärdet av andelen direkt tid, 0–1; tomt när skyddad.",
          en: "The mean share of direct time, 0–1; empty when suppressed.",
        },
      },
      {
        field: "median",
        csv: "median direkt tid",
        type: "decimal",
        meaning: {
          sv: "Medianen, 0–1; tomt när skyddad.",
          en: "The median, 0–1; empty when suppressed.",
        },
      },
      {
        field: "q1",
        csv: "första kvartil",
        type: "decimal",
        meaning: {
          sv: "Första kvartilen; tomt när skyddad.",
          en: "The first quartile; empty when suppressed.",
        },
      },
      {
        field: "q3",
        csv: "tredje kvartil",
        type: "decimal",
        meaning: {
          sv: "Tredje kvartilen; tomt när skyddad.",
          en: "The third quartile; empty when suppressed.",
        },
      },
      {
        field: "invented",
        csv: "påhittad",
        type: "boolean",
        meaning: {
          sv: "Mätningen är påhittad för demonstrationen (CSV: ja/nej). Omfattas inte av licensen.",
          en: "The survey is made up for the demonstration (CSV: ja/nej). Not covered by the licence.",
        },
      },
    ],
  },
];

/** A dataset by its name. */
export function openDataset(name: string): OpenDataset | undefined {
  return openDatasets.find((d) => d.name === name);
}
