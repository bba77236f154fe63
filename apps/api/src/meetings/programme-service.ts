import { type Db, schema } from "@kraftsamling/db";
import { eq, sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

/** A time slot of a conference's programme as the coordinator gives it. */
export interface SlotInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/** A slot's title of 1–200 characters, its end after its start, both within the conference. */
function checkSlot(input: SlotInput, conference: { startsAt: Date; endsAt: Date }): SlotInput {
  const title = input.title.trim();
  if (title === "" || title.length > 200)
    throw new InputError("INVALID_TITLE", "A slot has a title of 1–200 characters.", "title");
  if (input.endsAt <= input.startsAt)
    throw new InputError("INVALID_TIMES", "A slot ends after it starts.", "endsAt");
  if (input.startsAt < conference.startsAt || input.endsAt > conference.endsAt) {
    throw new InputError(
      "OUTSIDE_CONFERENCE",
      "A slot lies within its conference's times.",
      "startsAt",
    );
  }
  return { title, startsAt: input.startsAt, endsAt: input.endsAt };
}

async function conferenceOf(db: Db, id: string | number) {
  const conferenceId = uuidOrNull(id);
  const conference = conferenceId
    ? await db.query.meetings.findFirst({ where: { id: conferenceId } })
    : undefined;
  if (!conference || conference.kind !== "regional_conference")
    throw new InputError("NOT_FOUND", "There is no such conference.", "conferenceId");
  return conference;
}

async function slotOf(db: Db, id: string | number) {
  const slotId = uuidOrNull(id);
  const slot = slotId
    ? await db.query.conferenceSlots.findFirst({
        where: { id: slotId },
        with: { conference: true },
      })
    : undefined;
  if (!slot) throw new InputError("NOT_FOUND", "There is no such slot.", "slotId");
  return slot;
}

/**
 * Adds a time slot to a conference's programme, with its entry in the audit log; SLOT_EXISTS when
 * the conference has a slot with that title. Returns the slot's id.
 */
export async function createConferenceSlot(
  db: Db,
  actor: Viewer | null,
  conferenceId: string | number,
  input: SlotInput,
): Promise<string> {
  const conference = await conferenceOf(db, conferenceId);
  const values = checkSlot(input, conference);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.conferenceSlots)
      .values({ ...values, conferenceId: conference.id })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new InputError("SLOT_EXISTS", "The conference has a slot with that title.", "title");
    await recordAudit(tx, actor, {
      action: "meeting.slot.create",
      subjectType: "meeting",
      subjectId: conference.id,
      after: { slotId: row.id, ...values },
    });
    return row.id;
  });
}

/**
 * Changes a slot's title or times; its seminars move with it (a new calendar sequence each, so that
 * calendars take the new time). Returns the slot's id.
 */
export async function updateConferenceSlot(
  db: Db,
  actor: Viewer | null,
  slotId: string | number,
  input: SlotInput,
): Promise<string> {
  const slot = await slotOf(db, slotId);
  const values = checkSlot(input, slot.conference);
  const moved =
    values.startsAt.getTime() !== slot.startsAt.getTime() ||
    values.endsAt.getTime() !== slot.endsAt.getTime();
  await db.transaction(async (tx) => {
    await tx
      .update(schema.conferenceSlots)
      .set(values)
      .where(eq(schema.conferenceSlots.id, slot.id));
    if (moved) {
      await tx
        .update(schema.meetings)
        .set({
          startsAt: values.startsAt,
          endsAt: values.endsAt,
          sequence: sql`${schema.meetings.sequence} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(schema.meetings.slotId, slot.id));
    }
    await recordAudit(tx, actor, {
      action: "meeting.slot.update",
      subjectType: "meeting",
      subjectId: slot.conferenceId,
      before: {
        slotId: slot.id,
        title: slot.title,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      },
      after: { slotId: slot.id, ...values },
    });
  });
  return slot.id;
}

/** Removes an empty slot from a conference's programme; SLOT_NOT_EMPTY while it has seminars. */
export async function removeConferenceSlot(
  db: Db,
  actor: Viewer | null,
  slotId: string | number,
): Promise<void> {
  const slot = await slotOf(db, slotId);
  const seminar = await db.query.meetings.findFirst({ where: { slotId: slot.id } });
  if (seminar) {
    throw new InputError(
      "SLOT_NOT_EMPTY",
      "The slot has seminars: move or cancel them first.",
      "slotId",
    );
  }
  await db.transaction(async (tx) => {
    await tx.delete(schema.conferenceSlots).where(eq(schema.conferenceSlots.id, slot.id));
    await recordAudit(tx, actor, {
      action: "meeting.slot.remove",
      subjectType: "meeting",
      subjectId: slot.conferenceId,
      before: { slotId: slot.id, title: slot.title },
    });
  });
}
