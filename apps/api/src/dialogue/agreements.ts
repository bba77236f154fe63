import { type Db, schema } from "@kraftsamling/db";
import { count, inArray, sql } from "drizzle-orm";

/** How many agree with a comment, and whether the viewer is among them. */
export interface Agreement {
  count: number;
  mine: boolean;
}

/** No one agrees: what a comment absent from `agreementsOn`'s answer has. */
export const noAgreement: Agreement = { count: 0, mine: false };

/**
 * How many agree with each of the comments, and which of them the person agrees with (none for
 * an anonymous viewer), counted in one statement; a comment no one agrees with is absent.
 */
export async function agreementsOn(
  db: Db,
  personId: string | null,
  commentIds: readonly string[],
): Promise<Map<string, Agreement>> {
  if (commentIds.length === 0) return new Map();
  const agreements = schema.commentAgreements;
  const rows = await db
    .select({
      commentId: agreements.commentId,
      count: count(),
      mine: personId
        ? sql<boolean>`coalesce(bool_or(${agreements.personId} = ${personId}), false)`
        : sql<boolean>`false`,
    })
    .from(agreements)
    .where(inArray(agreements.commentId, [...commentIds]))
    .groupBy(agreements.commentId);
  return new Map(rows.map(({ commentId, ...agreement }) => [commentId, agreement]));
}
