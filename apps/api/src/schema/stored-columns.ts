import { schema } from "@kraftsamling/db";
import { getColumns, type Table } from "drizzle-orm";

/**
 * The columns a GraphQL type loads by default: every column of its table but one no field answers
 * from. The stored search words are a tsvector as long as the text itself that only the database's
 * search reads (loading them would double what a page of comments or findings carries); a key's
 * secret hash is compared in the database when a request presents a key, and never read back.
 */
function everyColumnBut<T extends Table>(table: T, left: keyof T["_"]["columns"]) {
  return Object.fromEntries(
    Object.keys(getColumns(table))
      .filter((name) => name !== left)
      .map((name) => [name, true]),
  ) as Record<string, true>;
}

export const commentColumns = everyColumnBut(schema.comments, "searchWords");
export const findingColumns = everyColumnBut(schema.findings, "searchWords");
export const apiKeyColumns = everyColumnBut(schema.apiKeys, "secretHash");
