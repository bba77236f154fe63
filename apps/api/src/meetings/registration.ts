import { type Db, schema } from "@kraftsamling/db";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

export type Meeting = typeof schema.meetings.$inferSelect;
export type Registration = typeof schema.meetingRegistrations.$inferSelect;

const { meetings, meetingRegistrations: registrations } = schema;

/**
 * The meeting row, locked until the transaction ends: every registration, cancellation and
 * promotion for one meeting takes this lock first, so that capacity holds across API instances.
 */
export async function lockMeeting(tx: Db, id: string | number, field = "meetingId") {
  const meetingId = uuidOrNull(id);
  const [meeting] = meetingId
    ? await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update")
    : [];
  if (!meeting) throw new InputError("NOT_FOUND", "There is no such meeting.", field);
  return meeting;
}

export async function confirmedCount(tx: Db, meetingId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, "confirmed")));
  return row?.n ?? 0;
}

/** A person's place on the waiting list, from 1; null when they are not on it. */
export async function waitingListPosition(
  db: Db,
  registration: Pick<Registration, "id" | "meetingId" | "status">,
): Promise<number | null> {
  if (registration.status !== "waitlisted") return null;
  const queue = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, registration.meetingId),
        eq(registrations.status, "waitlisted"),
      ),
    )
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  const index = queue.findIndex((r) => r.id === registration.id);
  return index < 0 ? null : index + 1;
}

/**
 * Moves people from the waiting list, first registered first, into the places that are free.
 * Call with the meeting locked. Returns those promoted.
 */
export async function fillFromWaitingList(
  tx: Db,
  meeting: Meeting,
  now: Date,
): Promise<Registration[]> {
  if (meeting.status !== "published" || meeting.kind === "seminar") return [];
  const free =
    meeting.capacity === null
      ? Number.POSITIVE_INFINITY
      : meeting.capacity - (await confirmedCount(tx, meeting.id));
  if (free <= 0) return [];
  const next = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .limit(Number.isFinite(free) ? free : 100_000);
  if (next.length === 0) return [];
  return tx
    .update(registrations)
    .set({ status: "confirmed", confirmedAt: now })
    .where(
      inArray(
        registrations.id,
        next.map((r) => r.id),
      ),
    )
    .returning();
}
