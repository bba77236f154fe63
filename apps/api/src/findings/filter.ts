import { type Db, referenceCodes, rowsOf, schema } from "@kraftsamling/db";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { isCalendarDay } from "../shared/calendar-day";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { assertSearchWords, swedishSearchQuery } from "../shared/search-words";

export type FindingKind = (typeof schema.findingKind.enumValues)[number];
export type FindingSource = (typeof schema.findingSource.enumValues)[number];
export type FindingStatus = (typeof schema.findingStatus.enumValues)[number];

/**
 * Which findings to count or list. Every list is "any of"; the lists together are "all of". The
 * public always gets the published findings only, whatever `statuses` says.
 */
export interface FindingFilter {
  themeIds?: readonly string[] | null;
  countyCodes?: readonly string[] | null;
  groupCodes?: readonly string[] | null;
  municipalityCodes?: readonly string[] | null;
  phaseNumbers?: readonly number[] | null;
  kinds?: readonly FindingKind[] | null;
  sources?: readonly FindingSource[] | null;
  /** The visit round the finding was heard in: 1 or 2; findings not from a visit have none. */
  rounds?: readonly number[] | null;
  /** Words to look for in the title and text, in Swedish (stemmed: "barnen" finds "barn"). */
  search?: string | null;
  /**
   * The day the finding was heard or read (`observedOn`), on or after this day (YYYY-MM-DD).
   * A finding without that day is left out when either end of the range is given.
   */
  observedFrom?: string | null;
  /** The day the finding was heard or read, on or before this day (YYYY-MM-DD). */
  observedTo?: string | null;
  visitId?: string | null;
  meetingId?: string | null;
  /** The coordinator's office only. */
  statuses?: readonly FindingStatus[] | null;
}

/** Who asks: the public and partners see published findings only. */
export type FindingAudience = "public" | "office";

const maxValues = 300;
const maxSearchLength = 200;
const codePatterns = {
  countyCodes: /^\d{2}$/,
  groupCodes: /^[A-C]\d$/,
  municipalityCodes: /^\d{4}$/,
} as const;

/** How each kind of code is written, for a refusal of one written otherwise. */
const codeForms = {
  countyCodes: 'a county code is two digits, such as "01" for Stockholms län',
  groupCodes: 'a municipality group code is a letter A–C and a digit, such as "A1"',
  municipalityCodes: 'a municipality code is four digits, such as "0180" for Stockholm',
} as const;

/** What each list of codes names, and the query that lists them. */
const codeLists = {
  countyCodes: { what: "county", listedBy: "counties" },
  groupCodes: { what: "municipality group", listedBy: "municipalityGroups" },
  municipalityCodes: { what: "municipality", listedBy: "municipalities" },
} as const;

/** The findings table, or the alias a relational query reads it under. */
export type FindingsTable = typeof schema.findings;

/** The title's and body's Swedish words, stored and indexed (findings_search_idx). */
export const findingDocumentOf = (f: FindingsTable) => sql`${f.searchWords}`;
export const findingDocument = findingDocumentOf(schema.findings);

/** The search words of a filter, trimmed and checked; empty when there are none. */
export function findingSearch(filter: FindingFilter | null | undefined): string {
  const search = filter?.search?.trim() ?? "";
  if (search.length > maxSearchLength) {
    throw new InputError(
      "TOO_LONG",
      `search may be at most ${maxSearchLength} characters, got ${search.length}.`,
      "search",
    );
  }
  return search;
}

/** A day of the date range, checked: a real calendar day, or null when left out. */
function day(field: "observedFrom" | "observedTo", value: string | null | undefined) {
  if (value === null || value === undefined) return null;
  if (!isCalendarDay(value)) {
    throw new InputError(
      "INVALID_DATE",
      `${field} must be a day written YYYY-MM-DD, got "${value}".`,
      field,
    );
  }
  return value;
}

/** The checked date range of a filter: from and to, either null when left out. */
export function observedRange(filter: FindingFilter | null | undefined) {
  const from = day("observedFrom", filter?.observedFrom);
  const to = day("observedTo", filter?.observedTo);
  if (from && to && from > to) {
    throw new InputError(
      "OUT_OF_RANGE",
      `observedFrom (${from}) must not be after observedTo (${to}).`,
      "observedFrom",
    );
  }
  return { from, to };
}

function checkedList<T>(field: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > maxValues) {
    throw new InputError(
      "TOO_MANY_VALUES",
      `${field} may name at most ${maxValues} values, got ${values.length}.`,
      field,
    );
  }
  return [...new Set(values)];
}

function codes(field: keyof typeof codePatterns, values: readonly string[] | null | undefined) {
  const list = checkedList(field, values);
  const bad = list?.find((code) => !codePatterns[field].test(code));
  if (bad !== undefined) {
    throw new InputError(
      "INVALID_CODE",
      `${field} has a code that cannot be one: "${bad}"; ${codeForms[field]}.`,
      field,
    );
  }
  const known = referenceCodes()[field];
  const unknown = list?.find((code) => !known.has(code));
  if (unknown !== undefined) {
    const { what, listedBy } = codeLists[field];
    throw new InputError(
      "NOT_FOUND",
      `${field} names no ${what} with the code "${unknown}"; the query \`${listedBy}\` lists every ${what} with its code.`,
      field,
    );
  }
  return list;
}

/** The ids a list names, each as given and as the uuid it is; NOT_FOUND for one that cannot be an id. */
function named(field: string, values: readonly string[] | null | undefined) {
  const list = checkedList(field, values);
  if (!list) return null;
  return list.map((given) => {
    const id = uuidOrNull(given);
    if (!id) {
      const known = field in idFields ? idFields[field as keyof typeof idFields] : null;
      throw new InputError(
        "NOT_FOUND",
        `${field} takes ids, and "${given}" is none${known ? ` (a ${known.what}'s id is a uuid, not its slug or name); ${known.listedBy}` : ""}.`,
        field,
      );
    }
    return { given, id };
  });
}

function ids(field: string, values: readonly string[] | null | undefined): string[] | null {
  return named(field, values)?.map(({ id }) => id) ?? null;
}

/** The filter's fields that name things by id: what each names, and the query that lists them. */
const idFields = {
  themeIds: { what: "theme", listedBy: "the query `themes` lists every theme with its id" },
  meetingId: {
    what: "meeting",
    listedBy: "the query `meetingsConnection` lists the meetings with their ids",
  },
  visitId: {
    what: "visit",
    listedBy: "the query `visits` lists the visits with their ids (the coordinator's office)",
  },
} as const;

/**
 * Themes found in each database: a theme is never removed (it is archived), so one found once
 * exists for good, and the filters that name it (most of them) need no lookup after the first.
 */
const themesFound = new WeakMap<Db, Set<string>>();

/**
 * Refuses a filter that names a theme, a meeting or a visit there is none of, as an unknown code is
 * refused: NOT_FOUND, naming the field and the id. What the audience may not see is named as
 * nothing: to the public, a meeting still a draft and every visit (the office's), so that the
 * answer is the same whether it exists or not. The ids are looked up, in one statement, so this is
 * a step before `findingCondition`, which builds its condition without reading anything.
 */
export async function checkFindingReferences(
  db: Db,
  filter: FindingFilter | null | undefined,
  audience: FindingAudience,
): Promise<void> {
  const search = findingSearch(filter);
  if (search) await assertSearchWords(db, search, "search");
  const single = (value: string | null | undefined) =>
    value === null || value === undefined ? null : [value];
  const asked = {
    themeIds: named("themeIds", filter?.themeIds) ?? [],
    meetingId: named("meetingId", single(filter?.meetingId)) ?? [],
    visitId: named("visitId", single(filter?.visitId)) ?? [],
  };
  const themesKnown = themesFound.get(db) ?? new Set<string>();
  themesFound.set(db, themesKnown);
  const lookups: SQL[] = [];
  const lookup = (
    field: keyof typeof idFields,
    table: typeof schema.themes | typeof schema.meetings | typeof schema.visits,
    condition: SQL = sql`true`,
  ) => {
    const wanted = asked[field]
      .map(({ id }) => id)
      .filter((id) => field !== "themeIds" || !themesKnown.has(id));
    if (wanted.length > 0)
      lookups.push(
        sql`select ${field}::text as field, id::text as id from ${table} where ${inArray(sql`id`, wanted)} and ${condition}`,
      );
  };
  lookup("themeIds", schema.themes);
  lookup("meetingId", schema.meetings, audience === "office" ? undefined : sql`status <> 'draft'`);
  if (audience === "office") lookup("visitId", schema.visits);
  const found = new Set(
    lookups.length === 0
      ? []
      : rowsOf<{ field: string; id: string }>(
          await db.execute(sql.join(lookups, sql` union all `)),
        ).map((row) => `${row.field}:${row.id}`),
  );
  for (const { id } of asked.themeIds) {
    if (found.has(`themeIds:${id}`)) themesKnown.add(id);
    else if (themesKnown.has(id)) found.add(`themeIds:${id}`);
  }
  for (const field of Object.keys(idFields) as (keyof typeof idFields)[]) {
    const unknown = asked[field].find(({ id }) => !found.has(`${field}:${id}`));
    if (unknown) {
      const { what, listedBy } = idFields[field];
      throw new InputError(
        "NOT_FOUND",
        `${field} names no ${what} with the id "${unknown.given}"; ${listedBy}.`,
        field,
      );
    }
  }
}

function numbers(field: string, values: readonly number[] | null | undefined, max: number) {
  const list = checkedList(field, values);
  const bad = list?.find((n) => !Number.isInteger(n) || n < 1 || n > max);
  if (bad !== undefined) {
    throw new InputError(
      "OUT_OF_RANGE",
      `${field} must be whole numbers 1–${max}, got ${bad}.`,
      field,
    );
  }
  return list;
}

/**
 * The SQL condition on `findings` for a filter, checked first: a value that cannot be right gets an
 * InputError naming the field. An empty list matches nothing, as "any of none" does.
 */
export function findingCondition(
  filter: FindingFilter | null | undefined,
  audience: FindingAudience,
  f: FindingsTable = schema.findings,
): SQL {
  const by = filter ?? {};
  const parts: (SQL | undefined)[] = [];
  const themeIds = ids("themeIds", by.themeIds);
  if (themeIds) {
    parts.push(
      themeIds.length === 0
        ? sql`false`
        : sql`exists (select 1 from ${schema.findingThemes} ft where ft.finding_id = ${f.id} and ${inArray(sql`ft.theme_id`, themeIds)})`,
    );
  }
  const municipalityIn = (column: SQL, values: string[] | null) =>
    values
      ? values.length === 0
        ? sql`false`
        : sql`${f.municipalityCode} in (select m.code from ${schema.municipalities} m where ${inArray(column, values)})`
      : undefined;
  parts.push(municipalityIn(sql`m.county_code`, codes("countyCodes", by.countyCodes)));
  parts.push(municipalityIn(sql`m.group_code`, codes("groupCodes", by.groupCodes)));
  const municipalityCodes = codes("municipalityCodes", by.municipalityCodes);
  if (municipalityCodes) parts.push(inArray(f.municipalityCode, municipalityCodes));
  const phaseNumbers = numbers("phaseNumbers", by.phaseNumbers, 32767);
  if (phaseNumbers) parts.push(inArray(f.phaseNumber, phaseNumbers));
  const kinds = checkedList("kinds", by.kinds);
  if (kinds) parts.push(inArray(f.kind, kinds));
  const sources = checkedList("sources", by.sources);
  if (sources) parts.push(inArray(f.source, sources));
  const rounds = numbers("rounds", by.rounds, 2);
  if (rounds) {
    parts.push(
      rounds.length === 0
        ? sql`false`
        : sql`${f.visitId} in (select v.id from ${schema.visits} v where ${inArray(sql`v.round`, rounds)})`,
    );
  }
  const search = findingSearch(by);
  if (search) {
    parts.push(sql`${findingDocumentOf(f)} @@ ${swedishSearchQuery(search)}`);
  }
  const observed = observedRange(by);
  if (observed.from) parts.push(sql`${f.observedOn} >= ${observed.from}::date`);
  if (observed.to) parts.push(sql`${f.observedOn} <= ${observed.to}::date`);
  if (by.visitId !== undefined && by.visitId !== null) {
    parts.push(sql`${f.visitId} = ${ids("visitId", [by.visitId])?.[0]}`);
  }
  if (by.meetingId !== undefined && by.meetingId !== null) {
    parts.push(sql`${f.meetingId} = ${ids("meetingId", [by.meetingId])?.[0]}`);
  }
  if (audience === "public") {
    const unpublished = checkedList("statuses", by.statuses)?.filter((s) => s !== "published");
    if (unpublished && unpublished.length > 0) {
      throw new InputError(
        "NOT_ALLOWED",
        `statuses asks for findings that are not published (${unpublished.map((s) => s.toUpperCase()).join(", ")}), which only the coordinator's office sees: leave statuses out, or ask for PUBLISHED.`,
        "statuses",
      );
    }
    parts.push(sql`${f.status} = 'published'`);
  } else {
    const statuses = checkedList("statuses", by.statuses);
    if (statuses) parts.push(inArray(f.status, statuses));
  }
  return and(...parts) ?? sql`true`;
}
