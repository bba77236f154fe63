import { type Db, schema } from "@kraftsamling/db";
import { ilike, or, type SQL, sql } from "drizzle-orm";
import { containing } from "../shared/connections";

type PeopleTable = typeof schema.people;

/** The people whose name or e-mail address holds the search text; everyone without one. */
function peopleCondition(table: PeopleTable, search: string | null | undefined): SQL {
  const text = search?.trim();
  if (!text) return sql`true`;
  return or(ilike(table.name, containing(text)), ilike(table.email, containing(text))) ?? sql`true`;
}

/** People as a connection reads them: those the search finds, by name (then by id). */
export function peoplePageQuery(search: string | null | undefined) {
  return {
    where: { RAW: (table: PeopleTable) => peopleCondition(table, search) },
    orderBy: { name: "asc" as const },
  };
}

/** How many people the search finds. */
export async function peopleCount(db: Db, search: string | null | undefined): Promise<number> {
  return db.$count(schema.people, peopleCondition(schema.people, search));
}
