/**
 * The public findings' filters as they live in the portal's address (?tema=…&lan=…&typ=…), each
 * list parameter repeatable, the days they were heard (?fran=2016-01-01&till=2016-06-30) and the
 * order (?ordning=aldst), and what they become for the API (FindingFilter) and for /findings.csv.
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
  municipality: "kommun",
  search: "sok",
  from: "fran",
  to: "till",
  order: "ordning",
} as const;

export type ListParam = Exclude<keyof typeof PARAM, "search" | "from" | "to" | "order">;
export const LIST_PARAMS: readonly ListParam[] = [
  "theme",
  "municipality",
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
  municipalities: string[];
  counties: string[];
  groups: string[];
  phases: number[];
  kinds: FindingKind[];
  sources: FindingSource[];
  rounds: number[];
  search: string;
  /** Heard on this day or later, YYYY-MM-DD, or "". */
  from: string;
  /** Heard on this day or earlier, YYYY-MM-DD, or "". */
  to: string;
  /** Oldest first instead of newest (or, with search words, most relevant) first. */
  oldestFirst: boolean;
}

/** The address's word for oldest first. */
export const OLDEST_PARAM = "aldst";

/** A day as the address writes it, YYYY-MM-DD, or "" when it is not one. */
function dayIn(value: string | null): string {
  const text = (value ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return "";
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : "";
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
    municipalities: distinct(all(PARAM.municipality).filter((c) => /^\d{4}$/.test(c))),
    counties: distinct(all(PARAM.county).filter((c) => /^\d{2}$/.test(c))),
    groups: distinct(all(PARAM.group).map((g) => g.toUpperCase())),
    phases: numbersIn(all(PARAM.phase), PHASE_NUMBERS),
    kinds: fromWords(all(PARAM.kind), KIND_PARAM),
    sources: fromWords(all(PARAM.source), SOURCE_PARAM),
    rounds: numbersIn(all(PARAM.round), VISIT_ROUNDS),
    search: (params.get(PARAM.search) ?? "").trim(),
    from: dayIn(params.get(PARAM.from)),
    to: dayIn(params.get(PARAM.to)),
    oldestFirst: params.get(PARAM.order) === OLDEST_PARAM,
  };
}

/** Whether any filter is chosen. */
export function hasFilters(filters: FindingFilters): boolean {
  return (
    filters.search !== "" ||
    filters.from !== "" ||
    filters.to !== "" ||
    LIST_PARAMS.some((name) => paramValues(filters, name).length > 0)
  );
}

/** The values of one list filter, as the address writes them. */
export function paramValues(filters: FindingFilters, name: ListParam): string[] {
  switch (name) {
    case "theme":
      return filters.themes;
    case "municipality":
      return filters.municipalities;
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

/** The order of the list: oldest first when asked, else the best match of search words first. */
export function findingOrder(filters: FindingFilters): "NEWEST" | "OLDEST" | "RELEVANCE" {
  if (filters.oldestFirst) return "OLDEST";
  return filters.search ? "RELEVANCE" : "NEWEST";
}

/** The API's filter; themes go by id, so the address's slugs are looked up in the themes known. */
export function apiFilter(
  filters: FindingFilters,
  themes: readonly { id: string; slug: string }[],
): {
  themeIds?: string[];
  municipalityCodes?: string[];
  countyCodes?: string[];
  groupCodes?: string[];
  phaseNumbers?: number[];
  kinds?: FindingKind[];
  sources?: FindingSource[];
  rounds?: number[];
  search?: string;
  observedFrom?: string;
  observedTo?: string;
} {
  const some = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    // A slug no theme has matches nothing, as an empty list does.
    themeIds:
      filters.themes.length > 0
        ? themes.filter((t) => filters.themes.includes(t.slug)).map((t) => t.id)
        : undefined,
    municipalityCodes: some(filters.municipalities),
    countyCodes: some(filters.counties),
    groupCodes: some(filters.groups),
    phaseNumbers: some(filters.phases),
    kinds: some(filters.kinds),
    sources: some(filters.sources),
    rounds: some(filters.rounds),
    search: filters.search || undefined,
    observedFrom: filters.from || undefined,
    observedTo: filters.to || undefined,
  };
}

/** /findings.csv with the same filters: exactly the findings the page lists. */
export function csvHref(filters: FindingFilters): string {
  const query = new URLSearchParams();
  for (const slug of filters.themes) query.append("theme", slug);
  for (const code of filters.municipalities) query.append("municipality", code);
  for (const code of filters.counties) query.append("county", code);
  for (const code of filters.groups) query.append("group", code);
  for (const n of filters.phases) query.append("phase", String(n));
  for (const kind of filters.kinds) query.append("kind", kind);
  for (const source of filters.sources) query.append("source", source);
  for (const round of filters.rounds) query.append("round", String(round));
  if (filters.search) query.set("q", filters.search);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  const text = query.toString();
  return text ? `/findings.csv?${text}` : "/findings.csv";
}
