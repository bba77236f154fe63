/**
 * The public findings' filters as they live in the portal's address (?tema=…&lan=…&typ=…), each
 * parameter repeatable, and what they become for the API (FindingFilter) and for /findings.csv.
 */

export const FINDING_KINDS = ["CHALLENGE", "GOOD_EXAMPLE"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_SOURCES = [
  "VISIT",
  "DIALOGUE_MEETING",
  "HEARING",
  "ROUND_TABLE",
  "WEBINAR",
  "SURVEY",
  "RESEARCH",
] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const VISIT_ROUNDS = [1, 2] as const;
export const PHASE_NUMBERS = [1, 2, 3, 4, 5] as const;

/** The address's short Swedish words for the kinds and sources. */
export const KIND_PARAM: Record<FindingKind, string> = {
  CHALLENGE: "utmaning",
  GOOD_EXAMPLE: "gott-exempel",
};
export const SOURCE_PARAM: Record<FindingSource, string> = {
  VISIT: "besok",
  DIALOGUE_MEETING: "dialogmote",
  HEARING: "horing",
  ROUND_TABLE: "rundabord",
  WEBINAR: "webbinarium",
  SURVEY: "enkat",
  RESEARCH: "forskning",
};

/** The parameters' names in the portal's address. */
export const PARAM = {
  theme: "tema",
  county: "lan",
  group: "grupp",
  phase: "fas",
  kind: "typ",
  source: "kalla",
  round: "omgang",
  search: "sok",
} as const;

export type ListParam = Exclude<keyof typeof PARAM, "search">;
export const LIST_PARAMS: readonly ListParam[] = [
  "theme",
  "county",
  "group",
  "phase",
  "kind",
  "source",
  "round",
];

/** The filters as read from the address: the address's own words, known values only. */
export interface FindingFilters {
  themes: string[];
  counties: string[];
  groups: string[];
  phases: number[];
  kinds: FindingKind[];
  sources: FindingSource[];
  rounds: number[];
  search: string;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function fromWords<T extends string>(words: string[], table: Record<T, string>): T[] {
  const entries = Object.entries(table) as [T, string][];
  return distinct(
    words.flatMap((word) => entries.filter(([, param]) => param === word).map(([key]) => key)),
  );
}

function numbersIn(words: string[], allowed: readonly number[]): number[] {
  return distinct(words.map(Number).filter((n) => allowed.includes(n)));
}

export function readFindingFilters(params: URLSearchParams): FindingFilters {
  const all = (name: string) =>
    params
      .getAll(name)
      .map((v) => v.trim())
      .filter(Boolean);
  return {
    themes: distinct(all(PARAM.theme)),
    counties: distinct(all(PARAM.county).filter((c) => /^\d{2}$/.test(c))),
    groups: distinct(all(PARAM.group).map((g) => g.toUpperCase())),
    phases: numbersIn(all(PARAM.phase), PHASE_NUMBERS),
    kinds: fromWords(all(PARAM.kind), KIND_PARAM),
    sources: fromWords(all(PARAM.source), SOURCE_PARAM),
    rounds: numbersIn(all(PARAM.round), VISIT_ROUNDS),
    search: (params.get(PARAM.search) ?? "").trim(),
  };
}

/** Whether any filter is chosen. */
export function hasFilters(filters: FindingFilters): boolean {
  return filters.search !== "" || LIST_PARAMS.some((name) => paramValues(filters, name).length > 0);
}

/** The values of one list filter, as the address writes them. */
export function paramValues(filters: FindingFilters, name: ListParam): string[] {
  switch (name) {
    case "theme":
      return filters.themes;
    case "county":
      return filters.counties;
    case "group":
      return filters.groups;
    case "phase":
      return filters.phases.map(String);
    case "kind":
      return filters.kinds.map((k) => KIND_PARAM[k]);
    case "source":
      return filters.sources.map((s) => SOURCE_PARAM[s]);
    case "round":
      return filters.rounds.map(String);
  }
}

/** The API's filter; themes go by id, so the address's slugs are looked up in the themes known. */
export function apiFilter(
  filters: FindingFilters,
  themes: readonly { id: string; slug: string }[],
): {
  themeIds?: string[];
  countyCodes?: string[];
  groupCodes?: string[];
  phaseNumbers?: number[];
  kinds?: FindingKind[];
  sources?: FindingSource[];
  rounds?: number[];
  search?: string;
} {
  const some = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    // A slug no theme has matches nothing, as an empty list does.
    themeIds:
      filters.themes.length > 0
        ? themes.filter((t) => filters.themes.includes(t.slug)).map((t) => t.id)
        : undefined,
    countyCodes: some(filters.counties),
    groupCodes: some(filters.groups),
    phaseNumbers: some(filters.phases),
    kinds: some(filters.kinds),
    sources: some(filters.sources),
    rounds: some(filters.rounds),
    search: filters.search || undefined,
  };
}

/** /findings.csv with the same filters: exactly the findings the page lists. */
export function csvHref(filters: FindingFilters): string {
  const query = new URLSearchParams();
  for (const slug of filters.themes) query.append("theme", slug);
  for (const code of filters.counties) query.append("county", code);
  for (const code of filters.groups) query.append("group", code);
  for (const n of filters.phases) query.append("phase", String(n));
  for (const kind of filters.kinds) query.append("kind", kind);
  for (const source of filters.sources) query.append("source", source);
  for (const round of filters.rounds) query.append("round", String(round));
  if (filters.search) query.set("q", filters.search);
  const text = query.toString();
  return text ? `/findings.csv?${text}` : "/findings.csv";
}
