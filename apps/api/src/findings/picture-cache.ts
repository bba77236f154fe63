import { type Db, schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";

/** How many answers each database keeps: the portal's views and their filters, and then some. */
const maxAnswers = 500;

interface Kept {
  version: number;
  /** The answer, or its counting under way: those who ask meanwhile wait for the same one. */
  value: Promise<unknown>;
}

/** The answers kept per database (a test process holds several), newest use last. */
const answersOf = new WeakMap<object, Map<string, Kept>>();

/** The version of the findings, their themes and the visits: one row, read by its key. */
export async function pictureVersion(db: Db): Promise<number> {
  const [state] = await db
    .select({ version: schema.findingPictureState.version })
    .from(schema.findingPictureState)
    .where(eq(schema.findingPictureState.id, 1));
  return Number(state?.version ?? 0);
}

/**
 * The national picture's answer for a question, computed once per change of the findings: the
 * version that triggers raise with every statement that writes findings, their themes or visits
 * says whether a kept answer still holds, on every instance that shares the database. A question
 * asked again costs one read of that version instead of counting 100 000 findings, and questions
 * asked while it is being counted wait for that one counting.
 */
export async function keptPicture<T>(
  db: Db,
  question: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  return keptAt(db, await pictureVersion(db), question, compute);
}

/** `keptPicture` for a version already read in this request: an answer built on another reads none. */
export function keptAt<T>(
  db: Db,
  version: number,
  question: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  let answers = answersOf.get(db);
  if (!answers) {
    answers = new Map();
    answersOf.set(db, answers);
  }
  const key = JSON.stringify(question);
  const kept = answers.get(key);
  if (kept && kept.version === version) {
    answers.delete(key);
    answers.set(key, kept);
    return kept.value as Promise<T>;
  }
  const value = compute();
  const entry = { version, value };
  answers.delete(key);
  answers.set(key, entry);
  if (answers.size > maxAnswers) {
    const oldest = answers.keys().next().value;
    if (oldest !== undefined) answers.delete(oldest);
  }
  // A counting that fails is not kept: the next question counts again.
  value.catch(() => {
    if (answers.get(key) === entry) answers.delete(key);
  });
  return value;
}
