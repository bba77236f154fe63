import { type Db, schema } from "@kraftsamling/db";
import { and, asc, desc, eq, gte, lt, ne, type sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import {
  confirmedCount,
  fillFromWaitingList,
  lockMeeting,
  type Meeting,
  type Registration,
} from "./registration";
import { registrationDecision } from "./registration-state";

const { meetingRegistrations: registrations } = schema;

/** What registering or withdrawing changed: the meeting, the registration, and who was promoted. */
export interface RegistrationChange {
  meeting: Meeting;
  registration: Registration;
  promoted: Registration[];
}

/** The person's registration for the meeting that is not withdrawn, if any. */
async function activeRegistration(db: Db, meetingId: string, personId: string) {
  const [active] = await db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.personId, personId),
        ne(registrations.status, "cancelled"),
      ),
    );
  return active;
}

/** The organisations invited to a meeting (for one whose audience is INVITED). */
async function invitedOrganisationIds(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ id: schema.meetingOrganisations.organisationId })
    .from(schema.meetingOrganisations)
    .where(eq(schema.meetingOrganisations.meetingId, meetingId));
  return rows.map((r) => r.id);
}

/**
 * Registers the person, on behalf of one of their organisations as `registrationDecision` allows: a
 * confirmed place while there is one, otherwise the waiting list (that is an answer, not an error).
 * The meeting stays locked meanwhile, so that its capacity holds.
 */
export async function register(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  meetingId: string | number,
  organisationId: string | number | null | undefined,
): Promise<RegistrationChange> {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const now = deps.clock.now();
    const decision = registrationDecision(
      viewer,
      meeting,
      now,
      {
        registered: (await activeRegistration(tx, meeting.id, viewer.personId)) !== undefined,
        invitedOrganisationIds:
          meeting.audience === "invited" ? await invitedOrganisationIds(tx, meeting.id) : [],
      },
      organisationId,
    );
    if (!decision.allowed) throw decision.refusal;
    // A place freed without a cancellation (an erased account) goes to those waiting, not to a newcomer.
    const promoted = await fillFromWaitingList(tx, meeting, now);
    const full =
      meeting.capacity !== null && (await confirmedCount(tx, meeting.id)) >= meeting.capacity;
    const [registration] = await tx
      .insert(registrations)
      .values({
        meetingId: meeting.id,
        personId: viewer.personId,
        organisationId: decision.organisationId,
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
 * Withdraws the person's registration (and their seminar picks) before the meeting starts; a place
 * that becomes free goes to the first on the waiting list.
 */
export async function cancelOwnRegistration(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  viewer: Viewer,
  meetingId: string | number,
): Promise<RegistrationChange> {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const now = deps.clock.now();
    const active = await activeRegistration(tx, meeting.id, viewer.personId);
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

/**
 * Marks whether a participant with a place came to the meeting, with its entry in the audit log.
 * NOT_FOUND for no registration, NOT_CONFIRMED for one without a place. Returns the registration's id.
 */
export async function markAttendance(
  db: Db,
  actor: Viewer | null,
  registrationId: string | number,
  attended: boolean,
): Promise<string> {
  const id = uuidOrNull(registrationId);
  const registration = id
    ? await db.query.meetingRegistrations.findFirst({ where: { id } })
    : undefined;
  if (!registration)
    throw new InputError("NOT_FOUND", "There is no such registration.", "registrationId");
  if (registration.status !== "confirmed") {
    throw new InputError(
      "NOT_CONFIRMED",
      "Only participants with a place can be marked present.",
      "registrationId",
    );
  }
  await db.transaction(async (tx) => {
    await tx.update(registrations).set({ attended }).where(eq(registrations.id, registration.id));
    await recordAudit(tx, actor, {
      action: "meeting.attendance",
      subjectType: "meeting_registration",
      subjectId: registration.id,
      before: { attended: registration.attended },
      after: { attended, meetingId: registration.meetingId },
    });
  });
  return registration.id;
}

/**
 * The ids of a person's registrations (confirmed and waiting) by the meeting's time: upcoming
 * (not ended at `now`) soonest first, past latest first, or all soonest first.
 */
export async function myRegistrationIds(
  db: Db,
  personId: string,
  period: "UPCOMING" | "PAST" | "ALL",
  now: Date,
  limit: number,
): Promise<string[]> {
  const m = schema.meetings;
  const ordered = await db
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(m, eq(m.id, registrations.meetingId))
    .where(
      and(
        eq(registrations.personId, personId),
        ne(registrations.status, "cancelled"),
        period === "UPCOMING"
          ? gte(m.endsAt, now)
          : period === "PAST"
            ? lt(m.endsAt, now)
            : undefined,
      ),
    )
    .orderBy(period === "PAST" ? desc(m.startsAt) : asc(m.startsAt))
    .limit(limit);
  return ordered.map((row) => row.id);
}

/**
 * A registration's place on the waiting list, from 1, as a column the schema's registrations read
 * with the row (null unless waiting): first registered first, as the waiting list fills places.
 */
export const waitingListPositionColumn = (
  r: typeof registrations._.columns,
  helpers: { sql: typeof sql },
) =>
  helpers.sql<
    number | null
  >`(case when ${r.status} = 'waitlisted' then (select count(*) from meeting_registrations w where w.meeting_id = ${r.meetingId} and w.status = 'waitlisted' and (w.created_at, w.id) <= (${r.createdAt}, ${r.id})) end)::int`;
