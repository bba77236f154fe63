import { schema } from "@kraftsamling/db";
import { type SQL, sql } from "drizzle-orm";

type CommentColumns = typeof schema.comments._.columns;
const agreements = schema.commentAgreements;

/**
 * How many agree with a comment ("Håller med"), as an extra of the comment's query: counted in the
 * statement that loads the comments, one look at the agreements' key per comment.
 */
export const agreeCount = (comment: CommentColumns): SQL<number> =>
  sql<number>`(select count(*) from ${agreements} where ${agreements.commentId} = ${comment.id})::int`;

const agreedByNobody = (): SQL<boolean> => sql<boolean>`false`;
const agreedByPerson = new Map<string, (comment: CommentColumns) => SQL<boolean>>();

/**
 * Whether the person agrees with a comment, as an extra of the comment's query; false for no one
 * (an anonymous viewer). The same person gets the same function, so that two fields asking it of
 * one query share it (extras are told apart by identity).
 */
export function agreedBy(personId: string | null): (comment: CommentColumns) => SQL<boolean> {
  if (personId === null) return agreedByNobody;
  let extra = agreedByPerson.get(personId);
  if (!extra) {
    // Forgotten all at once past a bound: each is only a few bytes, but people come and go.
    if (agreedByPerson.size >= 10_000) agreedByPerson.clear();
    extra = (comment) =>
      sql<boolean>`exists (select 1 from ${agreements} where ${agreements.commentId} = ${comment.id} and ${agreements.personId} = ${personId})`;
    agreedByPerson.set(personId, extra);
  }
  return extra;
}
