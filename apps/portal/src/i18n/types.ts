/** A message that depends on a number: chosen with Intl.PluralRules ("one" or "other"). */
export type Plural = { one: string; other: string };

/**
 * Another language's messages for the Swedish messages `S`: every key of Swedish, no other key,
 * each with the same shape (plain or plural). A missing English text is a type error.
 */
export type Translation<S extends Record<string, string | Plural>> = {
  [K in keyof S]: S[K] extends Plural ? Plural : string;
};
