import { schema } from "@kraftsamling/db";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import type { Context } from "../context";
import {
  checkMeeting,
  checkSlug,
  checkText,
  type MeetingValues,
  noticeableChanges,
  slugFor,
} from "../meetings/meeting-input";
import { tellCancelled, tellChanged, tellPromoted } from "../meetings/notifications";
import { fillFromWaitingList, lockMeeting, type Registration } from "../meetings/registration";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { MeetingAudience, MeetingKind } from "./enums";

const { meetings } = schema;

const MeetingInput = builder.inputType("MeetingInput", {
  description:
    "A new meeting. A seminar names its slot (it belongs to that slot's conference and takes its times); every other meeting has its own times.",
  fields: (t) => ({
    title: t.string({ required: true }),
    description: t.string({ required: false }),
    kind: t.field({ type: MeetingKind, required: true }),
    slug: t.string({
      required: false,
      description: "The address of the meeting; made from the title and date when left out.",
    }),
    startsAt: t.field({ type: "DateTime", required: false }),
    endsAt: t.field({ type: "DateTime", required: false }),
    slotId: t.id({ required: false, description: "For a seminar: its conference slot." }),
    city: t.string({ required: false }),
    place: t.string({ required: false }),
    address: t.string({ required: false }),
    onlineUrl: t.string({
      required: false,
      description: "http(s) link to an online meeting.",
    }),
    capacity: t.int({ required: false, description: "At least 1; left out: no limit." }),
    registrationOpensAt: t.field({ type: "DateTime", required: false }),
    registrationClosesAt: t.field({ type: "DateTime", required: false }),
    audience: t.field({ type: MeetingAudience, required: false }),
  }),
});

const MeetingChanges = builder.inputType("MeetingChanges", {
  description:
    "Changes to a meeting: a field left out stays as it is, null empties it. A seminar's times follow its slot.",
  fields: (t) => ({
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    startsAt: t.field({ type: "DateTime", required: false }),
    endsAt: t.field({ type: "DateTime", required: false }),
    slotId: t.id({
      required: false,
      description: "Moves a seminar to another slot of its conference.",
    }),
    city: t.string({ required: false }),
    place: t.string({ required: false }),
    address: t.string({ required: false }),
    onlineUrl: t.string({ required: false }),
    capacity: t.int({ required: false }),
    registrationOpensAt: t.field({ type: "DateTime", required: false }),
    registrationClosesAt: t.field({ type: "DateTime", required: false }),
    audience: t.field({ type: MeetingAudience, required: false }),
  }),
});

const AgendaItemInput = builder.inputType("AgendaItemInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    description: t.string({ required: false }),
    startsAt: t.field({ type: "DateTime", required: false }),
    endsAt: t.field({ type: "DateTime", required: false }),
    speakers: t.stringList({ required: false, description: "Names, with organisation if wanted." }),
  }),
});

export const AgendaItem = builder.drizzleObject("agendaItems", {
  name: "AgendaItem",
  description: "An item of a meeting's agenda.",
  fields: (t) => ({
    id: t.exposeID("id"),
    position: t.exposeInt("position"),
    startsAt: t.expose("startsAt", { type: "DateTime", nullable: true }),
    endsAt: t.expose("endsAt", { type: "DateTime", nullable: true }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    speakers: t.exposeStringList("speakers"),
  }),
});

export const MeetingDocument = builder.drizzleObject("meetingDocuments", {
  name: "MeetingDocument",
  description: "A document of a meeting: programme, presentation, minutes.",
  // Never the content: it is downloaded from `url`.
  select: {
    columns: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
  },
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    contentType: t.exposeString("contentType"),
    size: t.exposeInt("size", { description: "In bytes." }),
    uploadedAt: t.expose("createdAt", { type: "DateTime" }),
    url: t.string({
      resolve: (document, _args, ctx) =>
        `${ctx.services.config.publicUrl}/meetings/documents/${document.id}`,
    }),
  }),
});

builder.drizzleObjectFields("meetings", (t) => ({
  agenda: t.relation("agendaItems", { query: { orderBy: { position: "asc" } } }),
  documents: t.relation("documents", { query: { orderBy: { createdAt: "asc" } } }),
}));

async function meetingResult(ctx: Context, query: (q: object) => object, id: string) {
  const row = await ctx.database.db.query.meetings.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!row) throw new Error("the meeting disappeared");
  return row;
}

async function slotFor(ctx: Context, id: string | number | null | undefined) {
  const slotId = uuidOrNull(id);
  const slot = slotId
    ? await ctx.database.db.query.conferenceSlots.findFirst({ where: { id: slotId } })
    : undefined;
  if (!slot)
    throw new InputError("NOT_FOUND", "A seminar names a slot of its conference.", "slotId");
  return slot;
}

async function freeSlug(ctx: Context, wanted: string | null | undefined, values: MeetingValues) {
  const base = wanted ? checkSlug(wanted) : slugFor(values.title, values.startsAt);
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await ctx.database.db.query.meetings.findFirst({
      where: { slug },
      columns: { id: true },
    });
    if (!taken) return slug;
    if (wanted) throw new InputError("SLUG_TAKEN", "Another meeting has that slug.", "slug");
  }
  throw new InputError("SLUG_TAKEN", "Choose a slug of your own.", "slug");
}

/** The fields given (undefined left out), so that null can empty a field. */
function given<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const summary = (m: MeetingValues & { status?: string }) => ({
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

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

/** A status change of a meeting and, for a conference, of its seminars in the same state. */
async function setStatus(
  ctx: Context,
  id: string | number,
  to: "published" | "cancelled" | "held",
  check: (meeting: typeof meetings.$inferSelect) => void,
  /** A cancellation tells why, and is a new version of the meeting for calendars. */
  cancellationMessage?: string,
) {
  const extra = cancellationMessage
    ? { cancellationMessage, sequence: sql<number>`${meetings.sequence} + 1` }
    : {};
  return ctx.database.db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, id, "id");
    check(meeting);
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
    await recordAudit(
      ctx,
      {
        action: `meeting.${to === "published" ? "publish" : to === "cancelled" ? "cancel" : "held"}`,
        subjectType: "meeting",
        subjectId: meeting.id,
        before: { status: meeting.status },
        after: {
          status: to,
          ...(cancellationMessage ? { message: cancellationMessage } : {}),
        },
      },
      tx,
    );
    return { before: meeting, meeting: updated };
  });
}

builder.mutationFields((t) => ({
  createMeeting: t.drizzleField({
    type: "meetings",
    description: "Creates a meeting as a draft (coordinator).",
    errors: {},
    args: { input: t.arg({ type: MeetingInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      let parentId: string | null = null;
      let slotId: string | null = null;
      let startsAt = input.startsAt ?? null;
      let endsAt = input.endsAt ?? null;
      if (input.kind === "seminar") {
        const slot = await slotFor(ctx, input.slotId);
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
      const slug = await freeSlug(ctx, input.slug, values);
      const id = await ctx.database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(meetings)
          .values({ ...values, slug, parentId, slotId, status: "draft" })
          .returning({ id: meetings.id });
        if (!row) throw new Error("the meeting was not stored");
        await recordAudit(
          ctx,
          {
            action: "meeting.create",
            subjectType: "meeting",
            subjectId: row.id,
            after: { slug, kind: values.kind, ...summary(values) },
          },
          tx,
        );
        return row.id;
      });
      return meetingResult(ctx, query, id);
    },
  }),

  updateMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Changes a meeting (coordinator). A new time, place or link of a published meeting is e-mailed to everyone registered; more places go to the waiting list.",
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      changes: t.arg({ type: MeetingChanges, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const changes = given(args.changes);
      const result = await ctx.database.db.transaction(async (tx) => {
        const before = await lockMeeting(tx, args.id, "id");
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
            const slot = await slotFor(ctx, changes.slotId);
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
        const promoted: Registration[] = await fillFromWaitingList(
          tx,
          updated,
          ctx.services.clock.now(),
        );
        await recordAudit(
          ctx,
          {
            action: "meeting.update",
            subjectType: "meeting",
            subjectId: before.id,
            ...changedFields(summary(before), summary(after)),
          },
          tx,
        );
        return { updated, noticed, promoted };
      });
      if (result.updated.status === "published" && result.noticed.length > 0)
        await tellChanged(ctx, result.updated, result.noticed);
      await tellPromoted(ctx, result.updated, result.promoted);
      return meetingResult(ctx, query, result.updated.id);
    },
  }),

  publishMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Publishes a draft; a conference's draft seminars are published with it (coordinator).",
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { meeting } = await setStatus(ctx, args.id, "published", (m) => {
        if (m.status !== "draft")
          throw new InputError("NOT_A_DRAFT", "Only a draft is published.", "id");
      });
      return meetingResult(ctx, query, meeting.id);
    },
  }),

  cancelMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Cancels a meeting (and a conference's seminars) with a message that is e-mailed to everyone registered (coordinator).",
    errors: {},
    args: { id: t.arg.id({ required: true }), message: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const message = checkText(args.message, "message", 2_000);
      if (message === "")
        throw new InputError("MESSAGE_EMPTY", "Tell the participants why.", "message");
      const { meeting } = await setStatus(
        ctx,
        args.id,
        "cancelled",
        (m) => {
          if (m.status === "cancelled" || m.status === "held")
            throw new InputError(
              "INVALID_STATUS",
              `A ${m.status} meeting cannot be cancelled.`,
              "id",
            );
        },
        message,
      );
      await tellCancelled(ctx, meeting, message);
      return meetingResult(ctx, query, meeting.id);
    },
  }),

  markMeetingHeld: t.drizzleField({
    type: "meetings",
    description: "Marks a published meeting that has started as held (coordinator).",
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { meeting } = await setStatus(ctx, args.id, "held", (m) => {
        if (m.status !== "published")
          throw new InputError("INVALID_STATUS", "Only a published meeting is held.", "id");
        if (ctx.services.clock.now() < m.startsAt)
          throw new InputError("NOT_STARTED", "The meeting has not started yet.", "id");
      });
      return meetingResult(ctx, query, meeting.id);
    },
  }),

  setMeetingAgenda: t.drizzleField({
    type: "meetings",
    description: "Replaces a meeting's agenda with these items, in this order (coordinator).",
    errors: {},
    args: {
      meetingId: t.arg.id({ required: true }),
      items: t.arg({ type: [AgendaItemInput], required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const items = args.items.map((item, index) => {
        const title = checkText(item.title, "title", 300);
        if (title === "")
          throw new InputError("TITLE_EMPTY", `Item ${index + 1} has no title.`, "items");
        if (item.startsAt && item.endsAt && item.endsAt <= item.startsAt)
          throw new InputError(
            "INVALID_TIMES",
            `Item ${index + 1} ends before it starts.`,
            "items",
          );
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
      const id = await ctx.database.db.transaction(async (tx) => {
        const meeting = await lockMeeting(tx, args.meetingId);
        for (const item of items) {
          if (
            (item.startsAt &&
              (item.startsAt < meeting.startsAt || item.startsAt > meeting.endsAt)) ||
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
        await recordAudit(
          ctx,
          {
            action: "meeting.agenda",
            subjectType: "meeting",
            subjectId: meeting.id,
            before: { items: before.map((i) => i.title) },
            after: { items: items.map((i) => i.title) },
          },
          tx,
        );
        return meeting.id;
      });
      return meetingResult(ctx, query, id);
    },
  }),

  setInvitedOrganisations: t.drizzleField({
    type: "meetings",
    description:
      "Sets the organisations invited to (or taking part in) a meeting; with audience INVITED, only their members may register (coordinator).",
    errors: {},
    args: {
      meetingId: t.arg.id({ required: true }),
      organisationIds: t.arg.idList({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = [...new Set(args.organisationIds.map((id) => uuidOrNull(id)))];
      if (ids.some((id) => id === null))
        throw new InputError("NOT_FOUND", "There is no such organisation.", "organisationIds");
      const wanted = ids as string[];
      const found =
        wanted.length > 0
          ? await ctx.database.db
              .select({ id: schema.organisations.id })
              .from(schema.organisations)
              .where(inArray(schema.organisations.id, wanted))
          : [];
      if (found.length !== wanted.length)
        throw new InputError("NOT_FOUND", "There is no such organisation.", "organisationIds");
      const id = await ctx.database.db.transaction(async (tx) => {
        const meeting = await lockMeeting(tx, args.meetingId);
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
        await recordAudit(
          ctx,
          {
            action: "meeting.invitations",
            subjectType: "meeting",
            subjectId: meeting.id,
            before: { organisationIds: before.map((r) => r.id).sort() },
            after: { organisationIds: [...wanted].sort() },
          },
          tx,
        );
        return meeting.id;
      });
      return meetingResult(ctx, query, id);
    },
  }),

  recordMinutes: t.drizzleField({
    type: "meetings",
    description:
      "Records a meeting's minutes in Markdown; an empty text removes them. No personal identity numbers (coordinator).",
    errors: {},
    args: { meetingId: t.arg.id({ required: true }), minutes: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const minutes = checkText(args.minutes, "minutes", 100_000);
      const id = await ctx.database.db.transaction(async (tx) => {
        const meeting = await lockMeeting(tx, args.meetingId);
        await tx
          .update(meetings)
          .set({ minutes: minutes === "" ? null : minutes, updatedAt: new Date() })
          .where(eq(meetings.id, meeting.id));
        await recordAudit(
          ctx,
          {
            action: "meeting.minutes",
            subjectType: "meeting",
            subjectId: meeting.id,
            before: { length: meeting.minutes?.length ?? 0 },
            after: { length: minutes.length },
          },
          tx,
        );
        return meeting.id;
      });
      return meetingResult(ctx, query, id);
    },
  }),

  removeMeetingDocument: t.boolean({
    description: "Removes a document from its meeting (coordinator). False when there was none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) return false;
      return ctx.database.db.transaction(async (tx) => {
        const [removed] = await tx
          .delete(schema.meetingDocuments)
          .where(eq(schema.meetingDocuments.id, id))
          .returning({
            meetingId: schema.meetingDocuments.meetingId,
            fileName: schema.meetingDocuments.fileName,
          });
        if (!removed) return false;
        await recordAudit(
          ctx,
          {
            action: "meeting.document.remove",
            subjectType: "meeting",
            subjectId: removed.meetingId,
            before: { documentId: id, fileName: removed.fileName },
          },
          tx,
        );
        return true;
      });
    },
  }),

  setMeetingFindings: t.drizzleField({
    type: "meetings",
    description:
      "Links the findings a meeting produced (those linked before and left out are unlinked) (coordinator).",
    errors: {},
    args: {
      meetingId: t.arg.id({ required: true }),
      findingIds: t.arg.idList({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = [...new Set(args.findingIds.map((id) => uuidOrNull(id)))];
      if (ids.some((id) => id === null))
        throw new InputError("NOT_FOUND", "There is no such finding.", "findingIds");
      const wanted = ids as string[];
      const findings = schema.findings;
      const id = await ctx.database.db.transaction(async (tx) => {
        const meeting = await lockMeeting(tx, args.meetingId);
        const found =
          wanted.length > 0
            ? await tx
                .select({ id: findings.id })
                .from(findings)
                .where(inArray(findings.id, wanted))
            : [];
        if (found.length !== wanted.length)
          throw new InputError("NOT_FOUND", "There is no such finding.", "findingIds");
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
        await recordAudit(
          ctx,
          {
            action: "meeting.findings",
            subjectType: "meeting",
            subjectId: meeting.id,
            before: { unlinked: unlinked.map((r) => r.id) },
            after: { findingIds: wanted },
          },
          tx,
        );
        return meeting.id;
      });
      return meetingResult(ctx, query, id);
    },
  }),
}));
