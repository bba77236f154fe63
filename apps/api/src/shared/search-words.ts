import { type Db, rowsOf } from "@kraftsamling/db";
import { type SQL, sql } from "drizzle-orm";
import { InputError } from "./errors";

/**
 * A search text as the full-text search reads it, without an OR that joins nothing: PostgreSQL's
 * `websearch_to_tsquery` reads "OR" at either end of the text, or after another OR, as the word
 * "or", so "familjehem OR" would look for "or" too. Words in quotes are left as written.
 */
export function searchableText(text: string): string {
  const tokens = text.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  // "OR", or an OR with punctuation about it ("OR,", "(or)"), which the parser reads as "or".
  const isOr = (token: string | undefined) =>
    token !== undefined &&
    !token.startsWith('"') &&
    token.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase() === "or";
  const kept: string[] = [];
  for (const token of tokens) {
    if (isOr(token) && (kept.length === 0 || isOr(kept[kept.length - 1]))) continue;
    kept.push(token);
  }
  while (kept.length > 0 && isOr(kept[kept.length - 1])) kept.pop();
  return kept.join(" ");
}

/** The Swedish full-text query of a search text (`searchableText`), for `@@` and the rankings. */
export const swedishSearchQuery = (text: string): SQL =>
  sql`websearch_to_tsquery('swedish', ${searchableText(text)})`;

/**
 * Whether a text holds a word the Swedish full-text search can use, by text. The dictionary's
 * stop words do not change while the server runs, so each text is asked about once; the oldest
 * answers make room past `kept`.
 */
const searchable = new Map<string, boolean>();
const kept = 2000;

/**
 * Refuses a search whose text holds only words the Swedish search leaves out ("och", "att",
 * "som" …) or no word at all ("-", "!!"): it would match nothing, or everything, and say nothing
 * of why. What the refusal says names the text as given.
 */
export async function assertSearchWords(db: Db, text: string, field: string): Promise<void> {
  let words = searchable.get(text);
  if (words === undefined) {
    const [row] = rowsOf<{ words: boolean }>(
      await db.execute(sql`select numnode(${swedishSearchQuery(text)}) > 0 as words`),
    );
    words = row?.words === true;
    if (searchable.size >= kept) {
      const oldest = searchable.keys().next().value;
      if (oldest !== undefined) searchable.delete(oldest);
    }
    searchable.set(text, words);
  }
  if (!words)
    throw new InputError(
      "NO_SEARCH_WORDS",
      `"${text}" holds no word that can be searched for: words as common as "och", "att" or "som" are never searched for. Add a word that says what you are looking for.`,
      field,
    );
}
