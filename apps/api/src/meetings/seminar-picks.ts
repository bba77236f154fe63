import { type Db, schema } from "@kraftsamling/db";
import { and, count, eq, ne } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { assertRegistrationOpen } from "./registration-state";

const { meetings, meetingRegistrations: registrations, seminarPicks: picks } = schema;

/**
 * The seminar (locked, so that its places are counted by one transaction at a time), its conference
 * and the signed-in person's confirmed registration for that conference (locked too, so that one
 * person's picks in a slot follow one another).
 */
async function seminarAndRegistration(
  tx: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  id: string | number,
) {
  const seminarId = uuidOrNull(id);
  const [seminar] = seminarId
    ? await tx.select().from(meetings).where(eq(meetings.id, seminarId)).for("update")
    : [];
  if (!seminar || seminar.kind !== "seminar" || !seminar.parentId || !seminar.slotId)
    throw new InputError("NOT_FOUND", "There is no such seminar.", "seminarId");
  const slotId = seminar.slotId;
  const [conference] = await tx.select().from(meetings).where(eq(meetings.id, seminar.parentId));
  if (!conference || conference.status === "draft")
    throw new InputError("NOT_FOUND", "There is no such seminar.", "seminarId");
  assertRegistrationOpen(conference, deps.clock.now(), "seminarId");
  const [registration] = await tx
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, conference.id),
        eq(registrations.personId, viewer.personId),
        ne(registrations.status, "cancelled"),
      ),
    )
    .for("update");
  if (!registration || registration.status !== "confirmed") {
    throw new InputError(
      "NOT_REGISTERED",
      registration
        ? "You are on the conference's waiting list: seminars are picked once you have a place."
        : "Register for the conference before you pick its seminars.",
      "seminarId",
    );
  }
  return { seminar, slotId, registration };
}

/**
 * Picks a seminar of a conference the person holds a place at. Another pick in the same slot is
 * replaced in the same step; a full seminar refuses with SEMINAR_FULL. Returns the slot's id.
 */
export async function pickSeminar(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  id: string | number,
): Promise<string> {
  return db.transaction(async (tx) => {
    const { seminar, slotId, registration } = await seminarAndRegistration(tx, deps, viewer, id);
    if (seminar.status === "cancelled")
      throw new InputError("SEMINAR_CANCELLED", "This seminar is cancelled.", "seminarId");
    const [current] = await tx
      .select()
      .from(picks)
      .where(and(eq(picks.registrationId, registration.id), eq(picks.slotId, slotId)));
    if (current?.seminarId === seminar.id) return slotId;
    if (seminar.capacity !== null) {
      const [taken] = await tx
        .select({ n: count() })
        .from(picks)
        .where(eq(picks.seminarId, seminar.id));
      if ((taken?.n ?? 0) >= seminar.capacity) {
        throw new InputError(
          "SEMINAR_FULL",
          "This seminar is full: pick another one in the same slot.",
          "seminarId",
        );
      }
    }
    if (current) await tx.delete(picks).where(eq(picks.id, current.id));
    await tx
      .insert(picks)
      .values({ registrationId: registration.id, seminarId: seminar.id, slotId });
    return slotId;
  });
}

/** Gives up a picked seminar; returns the slot's id. */
export async function unpickSeminar(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  id: string | number,
): Promise<string> {
  return db.transaction(async (tx) => {
    const { seminar, slotId, registration } = await seminarAndRegistration(tx, deps, viewer, id);
    await tx
      .delete(picks)
      .where(and(eq(picks.registrationId, registration.id), eq(picks.seminarId, seminar.id)));
    return slotId;
  });
}
