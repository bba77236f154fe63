import type { schema } from "@kraftsamling/db";
import { sql } from "drizzle-orm";

/**
 * The comments under a post that are neither deleted nor hidden, as an extra of the post's query:
 * counted in SQL, the comments themselves never loaded.
 */
export const visibleComments = (p: typeof schema.blogPosts._.columns) =>
  sql<number>`(select count(*) from comments c where c.post_id = ${p.id} and c.deleted_at is null and c.hidden_at is null)::int`;
