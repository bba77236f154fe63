import { type Db, schema } from "@kraftsamling/db";
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import type { Context } from "../context";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { assertRegistrationOpen } from "./registration-state";

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

/**
 * The organisation a registration is made on behalf of: the one asked for (which must be one of the
 * person's), else the one they act for, else their only one. For a meeting open to invited
 * organisations, that organisation must be invited; without a choice, an invited one of theirs.
 */
async function organisationFor(
  tx: Db,
  ctx: Context,
  meeting: Meeting,
  asked: string | number | null | undefined,
): Promise<string | null> {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error("registration needs a signed-in person");
  const mine = viewer.memberships.map((m) => m.organisationId);
  let chosen: string | null = null;
  if (asked !== null && asked !== undefined) {
    const id = uuidOrNull(asked);
    if (!id || !mine.includes(id)) {
      throw new InputError(
        "NOT_A_MEMBER",
        "You can register on behalf of your own organisations only.",
        "organisationId",
      );
    }
    chosen = id;
  } else if (viewer.actingOrganisationId && mine.includes(viewer.actingOrganisationId)) {
    chosen = viewer.actingOrganisationId;
  } else if (mine.length === 1) {
    chosen = mine[0] ?? null;
  }
  if (meeting.audience !== "invited") return chosen;
  const invited = new Set(
    (
      await tx
        .select({ id: schema.meetingOrganisations.organisationId })
        .from(schema.meetingOrganisations)
        .where(eq(schema.meetingOrganisations.meetingId, meeting.id))
    ).map((r) => r.id),
  );
  if (chosen && invited.has(chosen)) return chosen;
  const anyInvited = asked == null ? mine.find((id) => invited.has(id)) : undefined;
  if (anyInvited) return anyInvited;
  throw new InputError(
    "NOT_INVITED",
    "This meeting is for invited organisations only, and yours is not among them.",
    asked == null ? "meetingId" : "organisationId",
  );
}

/**
 * Registers the signed-in person: a confirmed place while there is one, otherwise the waiting list
 * (that is an answer, not an error).
 */
export async function register(
  ctx: Context,
  meetingId: string | number,
  organisationId: string | number | null | undefined,
): Promise<{ meeting: Meeting; registration: Registration; promoted: Registration[] }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error("registration needs a signed-in person");
  return ctx.database.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const now = ctx.services.clock.now();
    assertRegistrationOpen(meeting, now);
    const organisation = await organisationFor(tx, ctx, meeting, organisationId);
    const [existing] = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(
          eq(registrations.meetingId, meeting.id),
          eq(registrations.personId, viewer.personId),
          ne(registrations.status, "cancelled"),
        ),
      );
    if (existing) {
      throw new InputError(
        "ALREADY_REGISTERED",
        "You are already registered for this meeting.",
        "meetingId",
      );
    }
    // A place freed without a cancellation (an erased account) goes to those waiting, not to a newcomer.
    const promoted = await fillFromWaitingList(tx, meeting, now);
    const full =
      meeting.capacity !== null && (await confirmedCount(tx, meeting.id)) >= meeting.capacity;
    const [registration] = await tx
      .insert(registrations)
      .values({
        meetingId: meeting.id,
        personId: viewer.personId,
        organisationId: organisation,
        status: full ? "waitlisted" : "confirmed",
        createdAt: now,
        confirmedAt: full ? null : now,
      })
      .returning();
    if (!registration) throw new Error("the registration was not stored");
    return { meeting, registration, promoted };
  });
}

/**
 * Withdraws the signed-in person's registration (and their seminar picks); a place that becomes
 * free goes to the first on the waiting list.
 */
export async function cancelOwnRegistration(
  ctx: Context,
  meetingId: string | number,
): Promise<{ meeting: Meeting; registration: Registration; promoted: Registration[] }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error("cancellation needs a signed-in person");
  return ctx.database.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const now = ctx.services.clock.now();
    const [active] = await tx
      .select()
      .from(registrations)
      .where(
        and(
          eq(registrations.meetingId, meeting.id),
          eq(registrations.personId, viewer.personId),
          ne(registrations.status, "cancelled"),
        ),
      );
    if (!active) {
      throw new InputError(
        "NOT_REGISTERED",
        "You are not registered for this meeting.",
        "meetingId",
      );
    }
    if (meeting.status === "held" || now >= meeting.startsAt) {
      throw new InputError(
        "MEETING_STARTED",
        "The meeting has started: a registration can no longer be withdrawn.",
        "meetingId",
      );
    }
    const [registration] = await tx
      .update(registrations)
      .set({ status: "cancelled", cancelledAt: now })
      .where(eq(registrations.id, active.id))
      .returning();
    if (!registration) throw new Error("the registration disappeared");
    await tx.delete(schema.seminarPicks).where(eq(schema.seminarPicks.registrationId, active.id));
    const promoted =
      active.status === "confirmed" ? await fillFromWaitingList(tx, meeting, now) : [];
    return { meeting, registration, promoted };
  });
}
