import type { Database } from "@kraftsamling/db";
import type { OpenDataset } from "@kraftsamling/domain";
import {
  type FindingFilter,
  type FindingKind,
  type FindingSource,
  findingSearch,
} from "../findings/filter";
import { type FindingDimension, findingDimensions } from "../findings/picture";
import { themeIdsOf } from "../findings/picture-csv";
import type { InputError } from "../shared/errors";
import { assertSearchWords } from "../shared/search-words";

/** A download's parameter that cannot be right: its message is one sentence naming it. */
export class BadParameter extends Error {
  override name = "BadParameter";
}

const kinds: Record<string, FindingKind> = { CHALLENGE: "challenge", GOOD_EXAMPLE: "good_example" };
const sources: Record<string, FindingSource> = {
  VISIT: "visit",
  DIALOGUE_MEETING: "dialogue_meeting",
  HEARING: "hearing",
  ROUND_TABLE: "round_table",
  WEBINAR: "webinar",
  SURVEY: "survey",
  RESEARCH: "research",
};

/** The filter's fields, by the parameter that sets them: for the service's refusals. */
const parameterOf: Record<string, string> = {
  themeIds: "theme",
  municipalityCodes: "municipality",
  countyCodes: "county",
  groupCodes: "group",
  phaseNumbers: "phase",
  kinds: "kind",
  sources: "source",
  rounds: "round",
  search: "q",
  observedFrom: "from",
  observedTo: "to",
  groupBy: "groupBy",
};

/** A filter's field named as a whole word. */
const fieldName = new RegExp(`\\b(${Object.keys(parameterOf).join("|")})\\b`, "g");

/**
 * The service's sentence with the filter's fields named as the download's parameters; what the
 * caller wrote, which the sentence quotes, stays as written.
 */
function inParameterWords(message: string): string {
  return message
    .split(/("[^"]*")/)
    .map((part) =>
      part.startsWith('"') ? part : part.replace(fieldName, (field) => parameterOf[field] ?? field),
    )
    .join("");
}

/** A service's refusal of a value, said as a refusal of the parameter that gave it. */
export function parameterRefusal(error: InputError): BadParameter {
  const name = parameterOf[error.field ?? ""] ?? error.field ?? "of the query";
  return new BadParameter(`The parameter ${name} is not valid: ${inParameterWords(error.message)}`);
}

/** The query string of a request. */
export const queryOf = (originalUrl: string) =>
  new URL(originalUrl, "http://localhost").searchParams;

/**
 * Refuses a parameter the dataset does not take, one given twice that may be given once, and a
 * control character in any value.
 */
export function checkParameters(dataset: OpenDataset, query: URLSearchParams): void {
  const names = dataset.parameters.map((p) => p.name);
  for (const name of new Set(query.keys())) {
    const parameter = dataset.parameters.find((p) => p.name === name);
    if (!parameter)
      throw new BadParameter(
        `The parameter ${name} is not known: use ${names.slice(0, -1).join(", ")} or ${names.at(-1)}.`,
      );
    if (!parameter.repeatable && query.getAll(name).length > 1)
      throw new BadParameter(`The parameter ${name} is given more than once.`);
    // A NUL or another control character is in no theme, code or word.
    if (query.getAll(name).some((value) => [...value].some((c) => c < " " || c === "\u007f")))
      throw new BadParameter(`The parameter ${name} holds a control character.`);
  }
}

function checked<T>(
  values: string[],
  name: string,
  read: (value: string) => T | undefined,
  expected: string,
): T[] | undefined {
  if (values.length === 0) return undefined;
  return values.map((value) => {
    const read_ = read(value);
    if (read_ === undefined)
      throw new BadParameter(`The parameter ${name} must be ${expected}, not "${value}".`);
    return read_;
  });
}

/**
 * The findings' filter a query string asks for, the same for every download of findings and for
 * GraphQL's `FindingFilter`: each parameter may be repeated ("any of"), and the parameters together
 * must all match. A bad value throws a BadParameter naming it.
 */
export async function findingFilterOfQuery(
  database: Database,
  query: URLSearchParams,
): Promise<FindingFilter> {
  const all = (name: string) => query.getAll(name);
  const themeValues = all("theme");
  const themes = await themeIdsOf(database.db, themeValues);
  if (themes.unknown.length > 0)
    throw new BadParameter(
      `The parameter theme names no theme: "${themes.unknown[0]}". Give a theme's slug or id; the query \`themes\` lists both.`,
    );
  const search = all("q")
    .map((q) => q.trim())
    .filter((q) => q !== "")
    .join(" ");
  // Its length first, as the filter checks it, then its words.
  if (findingSearch({ search })) await assertSearchWords(database.db, search, "search");
  return {
    themeIds: themeValues.length > 0 ? themes.ids : undefined,
    municipalityCodes: checked(
      all("municipality"),
      "municipality",
      (v) => (/^\d{4}$/.test(v) ? v : undefined),
      "a four-digit municipality code such as 0180",
    ),
    countyCodes: checked(
      all("county"),
      "county",
      (v) => (/^\d{2}$/.test(v) ? v : undefined),
      "a two-digit county code such as 01",
    ),
    groupCodes: checked(
      all("group"),
      "group",
      (v) => (/^[A-C][1-9]$/.test(v) ? v : undefined),
      "a municipality group A1 … C9",
    ),
    phaseNumbers: checked(
      all("phase"),
      "phase",
      (v) => (/^[1-5]$/.test(v) ? Number(v) : undefined),
      "a phase 1–5",
    ),
    kinds: checked(all("kind"), "kind", (v) => kinds[v], "CHALLENGE or GOOD_EXAMPLE"),
    sources: checked(
      all("source"),
      "source",
      (v) => sources[v],
      `one of ${Object.keys(sources).join(", ")}`,
    ),
    rounds: checked(
      all("round"),
      "round",
      (v) => (/^[12]$/.test(v) ? Number(v) : undefined),
      "1 or 2",
    ),
    search: search || undefined,
    observedFrom: query.get("from") ?? undefined,
    observedTo: query.get("to") ?? undefined,
  };
}

/** The dimensions `groupBy` names, in the order given: theme, group, county … (any case). */
export function groupByOfQuery(query: URLSearchParams): FindingDimension[] {
  const dimensions =
    checked(
      query.getAll("groupBy"),
      "groupBy",
      (v) => findingDimensions.find((d) => d === v.toLowerCase()),
      `one of ${findingDimensions.join(", ")}`,
    ) ?? [];
  const twice = dimensions.find((d, i) => dimensions.indexOf(d) !== i);
  if (twice) throw new BadParameter(`The parameter groupBy names ${twice} more than once.`);
  return dimensions;
}
