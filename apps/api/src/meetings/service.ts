import { type Db, schema } from "@kraftsamling/db";
import { holdsPersonalIdentityNumber } from "@kraftsamling/domain";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { meetingSources } from "../findings/rules";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { checkDocument, cleanFileName, DocumentRefusal } from "./document-types";
import {
  checkMeeting,
  checkSlug,
  checkText,
  type MeetingValues,
  noticeableChanges,
  slugFor,
} from "./meeting-input";
import { notifyPromoted, tellCancelled, tellChanged } from "./notifications";
import { fillFromWaitingList, lockMeeting, type Meeting, type Registration } from "./registration";

/**
 * The meetings' lifecycle as the coordinator runs it: create, change, publish, cancel, mark held,
 * agenda, invitations, minutes, findings and documents. Each action writes its audit entry in the
 * same transaction; mails go out once the transaction has committed.
 */

const { meetings } = schema;

type Id = string | number;

/** A new meeting as the coordinator gives it; left out (undefined or null) takes the default. */
export interface NewMeeting {
  title: string;
  description?: string | null;
  kind: Meeting["kind"];
  slug?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** For a seminar: its conference slot, whose conference and times it takes. */
  slotId?: Id | null;
  city?: string | null;
  place?: string | null;
  address?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  audience?: Meeting["audience"] | null;
}

/**
 * Changes to a meeting: a field left out (undefined) stays as it is; null empties the fields that
 * may be empty and keeps the others.
 */
export type MeetingChanges = Omit<NewMeeting, "title" | "kind" | "slug"> & {
  title?: string | null;
};

export interface AgendaItemValues {
  title: string;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  speakers?: string[] | null;
}

// ---- Reads ----

/**
 * Places taken: confirmed registrations, or for a seminar, its picks. An extra of the meeting's
 * query, so that every field that needs it reads it in the same statement.
 */
export const placesTaken = (m: typeof meetings._.columns) =>
  sql<number>`(case when ${m.kind} = 'seminar' then (select count(*) from seminar_picks p where p.seminar_id = ${m.id}) else (select count(*) from meeting_registrations r where r.meeting_id = ${m.id} and r.status = 'confirmed') end)::int`;

/** Those on the waiting list, as an extra of the meeting's query. */
export const waitingCount = (m: typeof meetings._.columns) =>
  sql<number>`(select count(*) from meeting_registrations r where r.meeting_id = ${m.id} and r.status = 'waitlisted')::int`;

/** A meeting that is not a draft, by its slug, for its public calendar file. */
export async function publicMeetingBySlug(db: Db, slug: string): Promise<Meeting | undefined> {
  return db.query.meetings.findFirst({ where: { slug, status: { ne: "draft" } } });
}

/** A meeting of any status by its id. */
export async function meetingById(db: Db, id: Id): Promise<Meeting | undefined> {
  const meetingId = uuidOrNull(id);
  return meetingId ? db.query.meetings.findFirst({ where: { id: meetingId } }) : undefined;
}

/** A document with its content, for download: of a meeting that is not a draft, or for the coordinator. */
export async function downloadableDocument(db: Db, viewer: () => Promise<Viewer | null>, id: Id) {
  const documentId = uuidOrNull(id);
  const document = documentId
    ? await db.query.meetingDocuments.findFirst({
        where: { id: documentId },
        with: { meeting: { columns: { status: true } } },
      })
    : undefined;
  if (!document) return undefined;
  if (document.meeting.status === "draft" && !hasScope(await viewer(), "coordinator"))
    return undefined;
  return document;
}

async function slotFor(db: Db, id: Id | null | undefined) {
  const slotId = uuidOrNull(id);
  const slot = slotId
    ? await db.query.conferenceSlots.findFirst({ where: { id: slotId } })
    : undefined;
  if (!slot)
    throw new InputError("NOT_FOUND", "A seminar names a slot of its conference.", "slotId");
  return slot;
}

/** The slug asked for, if free; else one made from the title and date, numbered past those taken. */
async function freeSlug(db: Db, wanted: string | null | undefined, values: MeetingValues) {
  const base = wanted ? checkSlug(wanted) : slugFor(values.title, values.startsAt);
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await db.query.meetings.findFirst({ where: { slug }, columns: { id: true } });
    if (!taken) return slug;
    if (wanted) throw new InputError("SLUG_TAKEN", "Another meeting has that slug.", "slug");
  }
  throw new InputError("SLUG_TAKEN", "Choose a slug of your own.", "slug");
}

// ---- Audit diffs ----

/** The fields given (undefined left out), so that null can empty a field. */
function given<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What the audit log keeps of a meeting's values. */
const summary = (m: MeetingValues) => ({
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  city: m.city,
  place: m.place,
  address: m.address,
  onlineUrl: m.onlineUrl,
  capacity: m.capacity,
  audience: m.audience,
  registrationOpensAt: m.registrationOpensAt?.toISOString() ?? null,
  registrationClosesAt: m.registrationClosesAt?.toISOString() ?? null,
});

/** Of two summaries, only the fields that differ, before and after. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

/** The ids as UUIDs, each once; any that cannot be one is refused as not found. */
function uniqueIds(ids: readonly Id[], field: string, message: string): string[] {
  const unique = [...new Set(ids.map((id) => uuidOrNull(id)))];
  if (unique.some((id) => id === null)) throw new InputError("NOT_FOUND", message, field);
  return unique as string[];
}

// ---- The lifecycle ----

/** Creates a meeting as a draft; a seminar takes its slot's conference and times. Returns its id. */
export async function createMeeting(db: Db, actor: Viewer, input: NewMeeting): Promise<string> {
  let parentId: string | null = null;
  let slotId: string | null = null;
  let startsAt = input.startsAt ?? null;
  let endsAt = input.endsAt ?? null;
  if (input.kind === "seminar") {
    const slot = await slotFor(db, input.slotId);
    parentId = slot.conferenceId;
    slotId = slot.id;
    startsAt = slot.startsAt;
    endsAt = slot.endsAt;
  } else if (input.slotId) {
    throw new InputError("NOT_A_SEMINAR", "Only a seminar belongs to a slot.", "slotId");
  }
  if (!startsAt) throw new InputError("TIMES_MISSING", "A meeting has a start.", "startsAt");
  if (!endsAt) throw new InputError("TIMES_MISSING", "A meeting has an end.", "endsAt");
  const values = checkMeeting({
    title: input.title,
    description: input.description ?? "",
    kind: input.kind,
    startsAt,
    endsAt,
    city: input.city ?? null,
    place: input.place ?? null,
    address: input.address ?? null,
    onlineUrl: input.onlineUrl ?? null,
    capacity: input.capacity ?? null,
    registrationOpensAt: input.registrationOpensAt ?? null,
    registrationClosesAt: input.registrationClosesAt ?? null,
    audience: input.audience ?? "open",
  });
  const slug = await freeSlug(db, input.slug, values);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({ ...values, slug, parentId, slotId, status: "draft" })
      .returning({ id: meetings.id });
    if (!row) throw new Error("the meeting was not stored");
    await recordAudit(tx, actor, {
      action: "meeting.create",
      subjectType: "meeting",
      subjectId: row.id,
      after: { slug, kind: values.kind, ...summary(values) },
    });
    return row.id;
  });
}

/**
 * Changes a meeting. A new time, place or link of a published meeting is e-mailed to everyone
 * registered, with a new version for calendars; places that become free go to the waiting list.
 * Returns the meeting's id.
 */
export async function updateMeeting(
  db: Db,
  deps: Pick<Dependencies, "clock" | "mailer" | "log" | "config">,
  actor: Viewer,
  id: Id,
  input: MeetingChanges,
): Promise<string> {
  const changes = given(input);
  const result = await db.transaction(async (tx) => {
    const before = await lockMeeting(tx, id, "id");
    let times: { startsAt: Date; endsAt: Date; slotId: string | null } = {
      startsAt: changes.startsAt ?? before.startsAt,
      endsAt: changes.endsAt ?? before.endsAt,
      slotId: before.slotId,
    };
    if (before.kind === "seminar") {
      if (changes.startsAt || changes.endsAt)
        throw new InputError(
          "SEMINAR_TIMES_FOLLOW_SLOT",
          "A seminar takes its slot's times: change the slot, or move the seminar to another slot.",
          changes.startsAt ? "startsAt" : "endsAt",
        );
      if (changes.slotId) {
        const slot = await slotFor(tx, changes.slotId);
        if (slot.conferenceId !== before.parentId)
          throw new InputError("NOT_FOUND", "The slot is of another conference.", "slotId");
        times = { startsAt: slot.startsAt, endsAt: slot.endsAt, slotId: slot.id };
      }
    } else if (changes.slotId) {
      throw new InputError("NOT_A_SEMINAR", "Only a seminar belongs to a slot.", "slotId");
    }
    const after = checkMeeting({
      title: changes.title ?? before.title,
      description: changes.description ?? before.description,
      kind: before.kind,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      city: changes.city === undefined ? before.city : changes.city,
      place: changes.place === undefined ? before.place : changes.place,
      address: changes.address === undefined ? before.address : changes.address,
      onlineUrl: changes.onlineUrl === undefined ? before.onlineUrl : changes.onlineUrl,
      capacity: changes.capacity === undefined ? before.capacity : changes.capacity,
      registrationOpensAt:
        changes.registrationOpensAt === undefined
          ? before.registrationOpensAt
          : changes.registrationOpensAt,
      registrationClosesAt:
        changes.registrationClosesAt === undefined
          ? before.registrationClosesAt
          : changes.registrationClosesAt,
      audience: changes.audience ?? before.audience,
    });
    const noticed = noticeableChanges(before, after);
    const [updated] = await tx
      .update(meetings)
      .set({
        ...after,
        slotId: times.slotId,
        updatedAt: new Date(),
        ...(noticed.length > 0 ? { sequence: sql`${meetings.sequence} + 1` } : {}),
      })
      .where(eq(meetings.id, before.id))
      .returning();
    if (!updated) throw new Error("the meeting disappeared");
    const promoted: Registration[] = await fillFromWaitingList(tx, updated, deps.clock.now());
    await recordAudit(tx, actor, {
      action: "meeting.update",
      subjectType: "meeting",
      subjectId: before.id,
      ...changedFields(summary(before), summary(after)),
    });
    return { updated, noticed, promoted };
  });
  if (result.updated.status === "published" && result.noticed.length > 0)
    await tellChanged(db, deps, result.updated, result.noticed);
  await notifyPromoted(db, deps, result.updated, result.promoted);
  return result.updated.id;
}

/** A status change of a meeting and, for a conference, of its seminars in the same state. */
async function setStatus(
  db: Db,
  actor: Viewer,
  id: Id,
  to: "published" | "cancelled" | "held",
  check: (meeting: Meeting, tx: Db) => void | Promise<void>,
  /** A cancellation tells why, and is a new version of the meeting for calendars. */
  cancellationMessage?: string,
) {
  const extra = cancellationMessage
    ? { cancellationMessage, sequence: sql<number>`${meetings.sequence} + 1` }
    : {};
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, id, "id");
    await check(meeting, tx);
    const [updated] = await tx
      .update(meetings)
      .set({ ...extra, status: to, updatedAt: new Date() })
      .where(eq(meetings.id, meeting.id))
      .returning();
    if (!updated) throw new Error("the meeting disappeared");
    const from =
      to === "published" ? ["draft"] : to === "cancelled" ? ["draft", "published"] : ["published"];
    await tx
      .update(meetings)
      .set({ ...extra, status: to, updatedAt: new Date() })
      .where(
        and(
          eq(meetings.parentId, meeting.id),
          inArray(meetings.status, from as ("draft" | "published")[]),
        ),
      );
    await recordAudit(tx, actor, {
      action: `meeting.${to === "published" ? "publish" : to === "cancelled" ? "cancel" : "held"}`,
      subjectType: "meeting",
      subjectId: meeting.id,
      before: { status: meeting.status },
      after: {
        status: to,
        ...(cancellationMessage ? { message: cancellationMessage } : {}),
      },
    });
    return updated;
  });
}

/**
 * Publishes a draft, and a conference's draft seminars with it. A seminar of a conference that is
 * still a draft waits for its conference: published alone, it would show the draft's title, place
 * and programme to everyone. Returns the meeting's id.
 */
export async function publishMeeting(db: Db, actor: Viewer, id: Id): Promise<string> {
  const meeting = await setStatus(db, actor, id, "published", async (m, tx) => {
    if (m.status !== "draft")
      throw new InputError("NOT_A_DRAFT", "Only a draft is published.", "id");
    if (m.parentId === null) return;
    const conference = await tx.query.meetings.findFirst({
      columns: { status: true },
      where: { id: m.parentId },
    });
    if (conference?.status === "draft")
      throw new InputError(
        "CONFERENCE_NOT_PUBLISHED",
        "The seminar's conference is still a draft: publish the conference, and its seminars are published with it.",
        "id",
      );
  });
  return meeting.id;
}

/**
 * Cancels a meeting (and a conference's seminars) with a message, which is e-mailed to everyone
 * registered. Returns the meeting's id.
 */
export async function cancelMeeting(
  db: Db,
  deps: Pick<Dependencies, "mailer" | "log" | "config">,
  actor: Viewer,
  id: Id,
  text: string,
): Promise<string> {
  const message = checkText(text, "message", 2_000);
  if (message === "")
    throw new InputError("MESSAGE_EMPTY", "Tell the participants why.", "message");
  const meeting = await setStatus(
    db,
    actor,
    id,
    "cancelled",
    (m) => {
      if (m.status === "cancelled" || m.status === "held")
        throw new InputError("INVALID_STATUS", `A ${m.status} meeting cannot be cancelled.`, "id");
    },
    message,
  );
  await tellCancelled(db, deps, meeting, message);
  return meeting.id;
}

/** Marks a published meeting that has started as held. Returns the meeting's id. */
export async function markMeetingHeld(
  db: Db,
  deps: Pick<Dependencies, "clock">,
  actor: Viewer,
  id: Id,
): Promise<string> {
  const meeting = await setStatus(db, actor, id, "held", (m) => {
    if (m.status !== "published")
      throw new InputError("INVALID_STATUS", "Only a published meeting is held.", "id");
    if (deps.clock.now() < m.startsAt)
      throw new InputError("NOT_STARTED", "The meeting has not started yet.", "id");
  });
  return meeting.id;
}

/** Replaces a meeting's agenda with these items, in this order. Returns the meeting's id. */
export async function setMeetingAgenda(
  db: Db,
  actor: Viewer,
  meetingId: Id,
  agenda: readonly AgendaItemValues[],
): Promise<string> {
  const items = agenda.map((item, index) => {
    const title = checkText(item.title, "title", 300);
    if (title === "")
      throw new InputError("TITLE_EMPTY", `Item ${index + 1} has no title.`, "items");
    if (item.startsAt && item.endsAt && item.endsAt <= item.startsAt)
      throw new InputError("INVALID_TIMES", `Item ${index + 1} ends before it starts.`, "items");
    const speakers = (item.speakers ?? [])
      .map((s) => checkText(s, "speakers", 300))
      .filter((s) => s !== "");
    return {
      position: index + 1,
      title,
      description: checkText(item.description ?? "", "description", 5_000),
      startsAt: item.startsAt ?? null,
      endsAt: item.endsAt ?? null,
      speakers,
    };
  });
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    for (const item of items) {
      if (
        (item.startsAt && (item.startsAt < meeting.startsAt || item.startsAt > meeting.endsAt)) ||
        (item.endsAt && (item.endsAt < meeting.startsAt || item.endsAt > meeting.endsAt))
      ) {
        throw new InputError(
          "OUTSIDE_MEETING",
          `"${item.title}" lies outside the meeting's times.`,
          "items",
        );
      }
    }
    const before = await tx
      .delete(schema.agendaItems)
      .where(eq(schema.agendaItems.meetingId, meeting.id))
      .returning({ title: schema.agendaItems.title });
    if (items.length > 0)
      await tx
        .insert(schema.agendaItems)
        .values(items.map((item) => ({ ...item, meetingId: meeting.id })));
    await recordAudit(tx, actor, {
      action: "meeting.agenda",
      subjectType: "meeting",
      subjectId: meeting.id,
      before: { items: before.map((i) => i.title) },
      after: { items: items.map((i) => i.title) },
    });
    return meeting.id;
  });
}

/**
 * Sets the organisations invited to (or taking part in) a meeting; with audience invited, only their
 * members may register. Returns the meeting's id.
 */
export async function setInvitedOrganisations(
  db: Db,
  actor: Viewer,
  meetingId: Id,
  organisationIds: readonly Id[],
): Promise<string> {
  const noSuch = "There is no such organisation.";
  const wanted = uniqueIds(organisationIds, "organisationIds", noSuch);
  const found =
    wanted.length > 0
      ? await db
          .select({ id: schema.organisations.id })
          .from(schema.organisations)
          .where(inArray(schema.organisations.id, wanted))
      : [];
  if (found.length !== wanted.length) throw new InputError("NOT_FOUND", noSuch, "organisationIds");
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const links = schema.meetingOrganisations;
    const before = await tx
      .select({ id: links.organisationId })
      .from(links)
      .where(eq(links.meetingId, meeting.id));
    await tx
      .delete(links)
      .where(
        wanted.length > 0
          ? and(eq(links.meetingId, meeting.id), notInArray(links.organisationId, wanted))
          : eq(links.meetingId, meeting.id),
      );
    if (wanted.length > 0)
      await tx
        .insert(links)
        .values(wanted.map((organisationId) => ({ meetingId: meeting.id, organisationId })))
        .onConflictDoNothing();
    await recordAudit(tx, actor, {
      action: "meeting.invitations",
      subjectType: "meeting",
      subjectId: meeting.id,
      before: { organisationIds: before.map((r) => r.id).sort() },
      after: { organisationIds: [...wanted].sort() },
    });
    return meeting.id;
  });
}

/** Records a meeting's minutes in Markdown; an empty text removes them. Returns the meeting's id. */
export async function recordMinutes(
  db: Db,
  actor: Viewer,
  meetingId: Id,
  text: string,
): Promise<string> {
  const minutes = checkText(text, "minutes", 100_000);
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    await tx
      .update(meetings)
      .set({ minutes: minutes === "" ? null : minutes, updatedAt: new Date() })
      .where(eq(meetings.id, meeting.id));
    await recordAudit(tx, actor, {
      action: "meeting.minutes",
      subjectType: "meeting",
      subjectId: meeting.id,
      before: { length: meeting.minutes?.length ?? 0 },
      after: { length: minutes.length },
    });
    return meeting.id;
  });
}

/**
 * Links the findings a meeting produced; those linked before and left out are unlinked. Returns the
 * meeting's id.
 */
export async function setMeetingFindings(
  db: Db,
  actor: Viewer,
  meetingId: Id,
  findingIds: readonly Id[],
): Promise<string> {
  const noSuch = "There is no such finding.";
  const wanted = uniqueIds(findingIds, "findingIds", noSuch);
  const findings = schema.findings;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const found =
      wanted.length > 0
        ? await tx
            .select({ id: findings.id, source: findings.source })
            .from(findings)
            .where(inArray(findings.id, wanted))
        : [];
    if (found.length !== wanted.length) throw new InputError("NOT_FOUND", noSuch, "findingIds");
    const elsewhere = found.find((finding) => !meetingSources.includes(finding.source));
    if (elsewhere) {
      throw new InputError(
        "FINDING_NOT_FROM_A_MEETING",
        `Finding ${elsewhere.id} was heard at a ${elsewhere.source.replace("_", " ")}, not at a meeting: only findings from a dialogue meeting, hearing, round table or webinar can be linked to one.`,
        "findingIds",
      );
    }
    const unlinked = await tx
      .update(findings)
      .set({ meetingId: null, updatedAt: new Date() })
      .where(
        wanted.length > 0
          ? and(eq(findings.meetingId, meeting.id), notInArray(findings.id, wanted))
          : eq(findings.meetingId, meeting.id),
      )
      .returning({ id: findings.id });
    if (wanted.length > 0)
      await tx
        .update(findings)
        .set({ meetingId: meeting.id, updatedAt: new Date() })
        .where(inArray(findings.id, wanted));
    await recordAudit(tx, actor, {
      action: "meeting.findings",
      subjectType: "meeting",
      subjectId: meeting.id,
      before: { unlinked: unlinked.map((r) => r.id) },
      after: { findingIds: wanted },
    });
    return meeting.id;
  });
}

// ---- Documents ----

/**
 * Stores an uploaded document of a meeting, after checking its name and that its content is of the
 * type its name says; refuses with a `DocumentRefusal`.
 */
export async function addMeetingDocument(
  db: Db,
  actor: Viewer,
  meeting: Pick<Meeting, "id">,
  file: { fileName: string; bytes: Buffer },
) {
  const fileName = cleanFileName(file.fileName);
  if (fileName === "") throw new DocumentRefusal("FILE_MISSING", 400, "The file has no name.");
  if (holdsPersonalIdentityNumber(fileName))
    throw new DocumentRefusal(
      "PERSONAL_DATA",
      422,
      "The file's name holds what looks like a Swedish personal identity or coordination number. It was not saved: rename the file first.",
      "fileName",
    );
  const { contentType } = await checkDocument(fileName, file.bytes);
  const size = file.bytes.length;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.meetingDocuments)
      .values({
        meetingId: meeting.id,
        fileName,
        contentType,
        size,
        content: file.bytes,
        uploadedById: actor.personId,
      })
      .returning({
        id: schema.meetingDocuments.id,
        createdAt: schema.meetingDocuments.createdAt,
      });
    if (!row) throw new Error("the document was not stored");
    await recordAudit(tx, actor, {
      action: "meeting.document.add",
      subjectType: "meeting",
      subjectId: meeting.id,
      after: { documentId: row.id, fileName, size },
    });
    return { id: row.id, uploadedAt: row.createdAt, fileName, contentType, size };
  });
}

/** Removes a document from its meeting; false when there was none. */
export async function removeMeetingDocument(db: Db, actor: Viewer, documentId: Id) {
  const id = uuidOrNull(documentId);
  if (!id) return false;
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(schema.meetingDocuments)
      .where(eq(schema.meetingDocuments.id, id))
      .returning({
        meetingId: schema.meetingDocuments.meetingId,
        fileName: schema.meetingDocuments.fileName,
      });
    if (!removed) return false;
    await recordAudit(tx, actor, {
      action: "meeting.document.remove",
      subjectType: "meeting",
      subjectId: removed.meetingId,
      before: { documentId: id, fileName: removed.fileName },
    });
    return true;
  });
}
