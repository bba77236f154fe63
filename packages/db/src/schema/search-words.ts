import { customType } from "drizzle-orm/pg-core";

/**
 * The Swedish words of a text as PostgreSQL's full-text search reads them (a `tsvector`), stored
 * beside the text and kept by the database whenever the text changes: matching, counting and ranking
 * read it instead of taking every matching text apart again.
 */
export const searchWords = customType<{ data: string; driverData: string }>({
  dataType: () => "tsvector",
});
