import { type Db, schema } from "@kraftsamling/db";
import { and, count, eq, inArray } from "drizzle-orm";

/** How many agree with each of the comments, counted in one statement; a comment no one agrees with is absent. */
export async function agreementCounts(
  db: Db,
  commentIds: readonly string[],
): Promise<Map<string, number>> {
  if (commentIds.length === 0) return new Map();
  const rows = await db
    .select({ commentId: schema.commentAgreements.commentId, agreements: count() })
    .from(schema.commentAgreements)
    .where(inArray(schema.commentAgreements.commentId, [...commentIds]))
    .groupBy(schema.commentAgreements.commentId);
  return new Map(rows.map((row) => [row.commentId, row.agreements]));
}

/** Which of the comments the person agrees with, in one statement. */
export async function agreedByPerson(
  db: Db,
  personId: string,
  commentIds: readonly string[],
): Promise<Set<string>> {
  if (commentIds.length === 0) return new Set();
  const rows = await db
    .select({ commentId: schema.commentAgreements.commentId })
    .from(schema.commentAgreements)
    .where(
      and(
        eq(schema.commentAgreements.personId, personId),
        inArray(schema.commentAgreements.commentId, [...commentIds]),
      ),
    );
  return new Set(rows.map((row) => row.commentId));
}
