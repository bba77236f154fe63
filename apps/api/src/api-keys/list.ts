import { type Db, schema } from "@kraftsamling/db";
import { and, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { containing, exactTime } from "../shared/connections";

type ApiKeysTable = typeof schema.apiKeys;

/** What the coordinator's list of every key may be filtered by. */
export interface ApiKeyFilter {
  /** True: revoked keys only; false: keys in use only; null: all. */
  revoked?: boolean | null;
  /** Text in the key's name or prefix, or in its owner's name or e-mail address, any case. */
  search?: string | null;
}

/** The keys a filter chooses, as a condition on the table (or its alias in a query). */
function apiKeyCondition(db: Db, table: ApiKeysTable, filter: ApiKeyFilter): SQL {
  const text = filter.search?.trim();
  const pattern = text ? containing(text) : null;
  return (
    and(
      filter.revoked === true ? isNotNull(table.revokedAt) : undefined,
      filter.revoked === false ? isNull(table.revokedAt) : undefined,
      pattern
        ? or(
            ilike(table.name, pattern),
            ilike(table.prefix, pattern),
            ilike(table.ownerEmail, pattern),
            inArray(
              table.personId,
              db
                .select({ id: schema.people.id })
                .from(schema.people)
                .where(or(ilike(schema.people.name, pattern), ilike(schema.people.email, pattern))),
            ),
          )
        : undefined,
    ) ?? sql`true`
  );
}

/**
 * Every key as the coordinator's connection reads it: those the filter chooses, newest first (to
 * the microsecond, then by id).
 */
export function apiKeysPageQuery(db: Db, filter: ApiKeyFilter) {
  return {
    where: { RAW: (table: ApiKeysTable) => apiKeyCondition(db, table, filter) },
    extras: { createdExact: exactTime((table: ApiKeysTable) => table.createdAt) },
    orderBy: { createdExact: "desc" as const },
  };
}

/** How many keys the filter chooses. */
export async function apiKeyCount(db: Db, filter: ApiKeyFilter): Promise<number> {
  return db.$count(schema.apiKeys, apiKeyCondition(db, schema.apiKeys, filter));
}

/** The names of the people who own keys, by their ids. */
export async function ownerNames(
  db: Db,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const people = await db
    .select({ id: schema.people.id, name: schema.people.name })
    .from(schema.people)
    .where(inArray(schema.people.id, [...personIds]));
  return new Map(people.map((person) => [person.id, person.name]));
}
