import { type Db, schema } from "@kraftsamling/db";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";

/** The person's block from writing that lasts longest, or null when none holds now. */
export async function currentWritingBlock(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  personId: string,
): Promise<{ until: Date; reason: string } | null> {
  const [block] = await db
    .select({ until: schema.participantBlocks.until, reason: schema.participantBlocks.reason })
    .from(schema.participantBlocks)
    .where(
      and(
        eq(schema.participantBlocks.personId, personId),
        gt(schema.participantBlocks.until, deps.clock.now()),
      ),
    )
    .orderBy(desc(schema.participantBlocks.until))
    .limit(1);
  return block ?? null;
}

/** Refuses a person a moderator has blocked from writing (BLOCKED, with when the block ends). */
export async function checkNotBlocked(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  personId: string,
): Promise<void> {
  const block = await currentWritingBlock(db, deps, personId);
  if (block) {
    throw new InputError(
      "BLOCKED",
      "A moderator has blocked you from writing for a while.",
      null,
      block.until,
    );
  }
}
