import { type Db, schema, swedishOrder } from "@kraftsamling/db";
import { and, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { containing, exactTime } from "../shared/connections";

type OrganisationsTable = typeof schema.organisations;
type OrganisationRow = typeof schema.organisations.$inferSelect;

/** What the list of organisations may be filtered by. */
export interface OrganisationFilter {
  circle?: OrganisationRow["circle"] | null;
  kind?: OrganisationRow["kind"] | null;
  /** Text in the name or the short name. */
  search?: string | null;
}

function organisationCondition(table: OrganisationsTable, filter: OrganisationFilter): SQL {
  const text = filter.search?.trim();
  return (
    and(
      filter.circle ? eq(table.circle, filter.circle) : undefined,
      filter.kind ? eq(table.kind, filter.kind) : undefined,
      text
        ? or(ilike(table.name, containing(text)), ilike(table.shortName, containing(text)))
        : undefined,
    ) ?? sql`true`
  );
}

/** Organisations as a connection reads them: the filter's, in Swedish alphabetical order. */
export function organisationPageQuery(filter: OrganisationFilter) {
  return {
    where: { RAW: (table: OrganisationsTable) => organisationCondition(table, filter) },
    extras: { nameOrder: (table: OrganisationsTable) => swedishOrder(table.name) },
    orderBy: { nameOrder: "asc" as const },
  };
}

/** How many organisations the filter chooses. */
export async function organisationCount(db: Db, filter: OrganisationFilter): Promise<number> {
  return db.$count(schema.organisations, organisationCondition(schema.organisations, filter));
}

type MembershipsTable = typeof schema.memberships;

/** An organisation's members as a connection reads them: the longest-standing first. */
export const membersPageQuery = {
  extras: { sinceExact: exactTime((table: MembershipsTable) => table.createdAt) },
  orderBy: { sinceExact: "asc" as const, personId: "asc" as const },
};

/** How many members the organisation has. */
export async function memberCount(db: Db, organisationId: string): Promise<number> {
  return db.$count(schema.memberships, eq(schema.memberships.organisationId, organisationId));
}
