import { schema } from "@kraftsamling/db";
import { getColumns, type Table } from "drizzle-orm";

/**
 * The columns a GraphQL type loads by default: every column of its table but one no field answers
 * from. A key's secret hash is compared in the database when a request presents a key, and never
 * read back.
 */
function everyColumnBut<T extends Table>(table: T, left: keyof T["_"]["columns"]) {
  return Object.fromEntries(
    Object.keys(getColumns(table))
      .filter((name) => name !== left)
      .map((name) => [name, true]),
  ) as Record<string, true>;
}

export const apiKeyColumns = everyColumnBut(schema.apiKeys, "secretHash");
