import { type Db, schema } from "@kraftsamling/db";
import { and, asc, eq, inArray, max } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

export type SpeakerEntry = typeof schema.meetingSpeakers.$inferSelect;
const active = ["waiting", "speaking"] as const;
const { meetingSpeakers } = schema;

/** An entry of a speaker list by id; NOT_FOUND when there is none. */
export async function speakerEntryOf(db: Db, id: string | number): Promise<SpeakerEntry> {
  const entryId = uuidOrNull(id);
  const entry = entryId
    ? await db.query.meetingSpeakers.findFirst({ where: { id: entryId } })
    : undefined;
  if (!entry)
    throw new InputError("NOT_FOUND", "There is no such entry in the speaker list.", "id");
  return entry;
}

/** Whether the error is PostgreSQL's unique violation (directly or as the cause of drizzle's). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Puts the person last in the meeting's speaker list. ALREADY_ON_LIST while they wait or speak. */
export async function addToSpeakerList(
  db: Db,
  entry: { meetingId: string; personId: string; organisationId: string | null; now: Date },
): Promise<SpeakerEntry> {
  const { meetingId, personId, organisationId, now } = entry;
  const refusal = () =>
    new InputError("ALREADY_ON_LIST", "You are already on the speaker list.", "meetingId");
  const [existing] = await db
    .select({ id: meetingSpeakers.id })
    .from(meetingSpeakers)
    .where(
      and(
        eq(meetingSpeakers.meetingId, meetingId),
        eq(meetingSpeakers.personId, personId),
        inArray(meetingSpeakers.status, [...active]),
      ),
    )
    .limit(1);
  if (existing) throw refusal();
  try {
    const [last] = await db
      .select({ position: max(meetingSpeakers.position) })
      .from(meetingSpeakers)
      .where(eq(meetingSpeakers.meetingId, meetingId));
    const [added] = await db
      .insert(meetingSpeakers)
      .values({
        meetingId,
        personId,
        organisationId,
        position: (last?.position ?? 0) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!added) throw new Error("the entry was not stored");
    return added;
  } catch (error) {
    // Two requests at once: the unique index lets one of them in.
    if (isUniqueViolation(error)) throw refusal();
    throw error;
  }
}

/** Takes the person off the meeting's speaker list; NOT_ON_LIST when they are not on it. */
export async function takeOffSpeakerList(
  db: Db,
  meetingId: string,
  personId: string,
  now: Date,
): Promise<void> {
  const withdrawn = await db
    .update(meetingSpeakers)
    .set({ status: "withdrawn", endedAt: now, updatedAt: now })
    .where(
      and(
        eq(meetingSpeakers.meetingId, meetingId),
        eq(meetingSpeakers.personId, personId),
        inArray(meetingSpeakers.status, [...active]),
      ),
    )
    .returning({ id: meetingSpeakers.id });
  if (withdrawn.length === 0)
    throw new InputError("NOT_ON_LIST", "You are not on the speaker list.", "meetingId");
}

/** One moderator's change to the list: who makes it, and when. */
export interface SpeakerDecision {
  moderator: Viewer;
  now: Date;
}

function audit(
  tx: Db,
  { moderator }: SpeakerDecision,
  action: string,
  entry: SpeakerEntry,
  after: Record<string, unknown> = {},
) {
  return recordAudit(tx, moderator, {
    action: `moderation.speaker.${action}`,
    subjectType: "meetingSpeaker",
    subjectId: entry.id,
    before: { status: entry.status, position: entry.position },
    after: { meetingId: entry.meetingId, personId: entry.personId, ...after },
  });
}

/** The waiting entries of a meeting, in the order they will speak. */
function waitingEntries(db: Db, meetingId: string) {
  return db
    .select()
    .from(meetingSpeakers)
    .where(and(eq(meetingSpeakers.meetingId, meetingId), eq(meetingSpeakers.status, "waiting")))
    .orderBy(asc(meetingSpeakers.position), asc(meetingSpeakers.createdAt));
}

/**
 * Gives the floor to the first who waits; whoever spoke is done. Exactly one speaks afterwards.
 * NO_ONE_WAITING, changing nothing, when the list is empty.
 */
export async function giveFloorToNext(
  db: Db,
  decision: SpeakerDecision,
  meetingId: string,
): Promise<SpeakerEntry> {
  const { now } = decision;
  return db.transaction(async (tx) => {
    const [next] = await waitingEntries(tx, meetingId);
    if (!next) throw new InputError("NO_ONE_WAITING", "No one is waiting to speak.", "meetingId");
    const ended = await tx
      .update(meetingSpeakers)
      .set({ status: "done", endedAt: now, updatedAt: now })
      .where(and(eq(meetingSpeakers.meetingId, meetingId), eq(meetingSpeakers.status, "speaking")))
      .returning();
    for (const entry of ended) await audit(tx, decision, "done", entry);
    const [speaking] = await tx
      .update(meetingSpeakers)
      .set({ status: "speaking", floorGivenAt: now, updatedAt: now })
      .where(eq(meetingSpeakers.id, next.id))
      .returning();
    if (!speaking) throw new Error("the entry disappeared");
    await audit(tx, decision, "floor", next);
    return speaking;
  });
}

/** Ends the speech of whoever has the floor; NOT_SPEAKING for an entry that does not. */
export async function finishSpeaker(
  db: Db,
  decision: SpeakerDecision,
  entry: SpeakerEntry,
): Promise<void> {
  if (entry.status !== "speaking")
    throw new InputError("NOT_SPEAKING", "This person does not have the floor.", "id");
  const { now } = decision;
  await db.transaction(async (tx) => {
    await tx
      .update(meetingSpeakers)
      .set({ status: "done", endedAt: now, updatedAt: now })
      .where(eq(meetingSpeakers.id, entry.id));
    await audit(tx, decision, "done", entry);
  });
}

/** Takes an entry off the list as a moderator; NOT_ON_LIST when it is no longer on it. */
export async function removeSpeaker(
  db: Db,
  decision: SpeakerDecision,
  entry: SpeakerEntry,
): Promise<void> {
  if (!(active as readonly string[]).includes(entry.status))
    throw new InputError("NOT_ON_LIST", "The entry is no longer on the speaker list.", "id");
  const { now } = decision;
  await db.transaction(async (tx) => {
    await tx
      .update(meetingSpeakers)
      .set({ status: "withdrawn", endedAt: now, updatedAt: now })
      .where(eq(meetingSpeakers.id, entry.id));
    await audit(tx, decision, "remove", entry);
  });
}

/**
 * Moves a waiting entry one place up (earlier) or down; the waiting entries are numbered again
 * in their new order. NOT_WAITING for an entry that does not wait, CANNOT_MOVE at either end.
 */
export async function moveSpeaker(
  db: Db,
  decision: SpeakerDecision,
  entry: SpeakerEntry,
  direction: "up" | "down",
): Promise<void> {
  if (entry.status !== "waiting")
    throw new InputError("NOT_WAITING", "Only someone who waits to speak can be moved.", "id");
  const { now } = decision;
  await db.transaction(async (tx) => {
    const order = await waitingEntries(tx, entry.meetingId);
    const from = order.findIndex((e) => e.id === entry.id);
    const to = direction === "up" ? from - 1 : from + 1;
    const moved = order[from];
    const other = order[to];
    if (from < 0 || !moved || !other) {
      throw new InputError(
        "CANNOT_MOVE",
        direction === "up" ? "The entry is already first." : "The entry is already last.",
        "id",
      );
    }
    order[to] = moved;
    order[from] = other;
    const first = Math.min(...order.map((e) => e.position));
    for (const [index, e] of order.entries()) {
      if (e.position !== first + index) {
        await tx
          .update(meetingSpeakers)
          .set({ position: first + index, updatedAt: now })
          .where(eq(meetingSpeakers.id, e.id));
      }
    }
    await audit(tx, decision, "move", entry, { direction, place: to + 1 });
  });
}
