import type { Viewer } from "../accounts/viewer";
import { builder } from "../builder";
import type { Context } from "../context";
import {
  cancelMeeting,
  createMeeting,
  markMeetingHeld,
  publishMeeting,
  recordMinutes,
  removeMeetingDocument,
  setInvitedOrganisations,
  setMeetingAgenda,
  setMeetingFindings,
  updateMeeting,
} from "../meetings/service";
import { MeetingAudience, MeetingKind } from "./enums";

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

/** The meeting an action changed, read back with the query's selection. */
async function meetingResult(ctx: Context, query: (q: object) => object, id: string) {
  const row = await ctx.database.db.query.meetings.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!row) throw new Error("the meeting disappeared");
  return row;
}

/** The acting person of a field whose authScopes admit only the coordinator. */
function actorOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("a field for the coordinator was reached without a viewer");
  return ctx.viewer;
}

builder.mutationFields((t) => ({
  createMeeting: t.drizzleField({
    type: "meetings",
    description: "Creates a meeting as a draft (coordinator).",
    errors: {},
    args: { input: t.arg({ type: MeetingInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      meetingResult(ctx, query, await createMeeting(ctx.database.db, actorOf(ctx), input)),
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
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await updateMeeting(ctx.database.db, ctx.services, actorOf(ctx), args.id, args.changes),
      ),
  }),

  publishMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Publishes a draft; a conference's draft seminars are published with it (coordinator).",
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(ctx, query, await publishMeeting(ctx.database.db, actorOf(ctx), args.id)),
  }),

  cancelMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Cancels a meeting (and a conference's seminars) with a message that is e-mailed to everyone registered (coordinator).",
    errors: {},
    args: { id: t.arg.id({ required: true }), message: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await cancelMeeting(ctx.database.db, ctx.services, actorOf(ctx), args.id, args.message),
      ),
  }),

  markMeetingHeld: t.drizzleField({
    type: "meetings",
    description: "Marks a published meeting that has started as held (coordinator).",
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await markMeetingHeld(ctx.database.db, ctx.services, actorOf(ctx), args.id),
      ),
  }),

  setMeetingAgenda: t.drizzleField({
    type: "meetings",
    description: "Replaces a meeting's agenda with these items, in this order (coordinator).",
    errors: {},
    args: {
      meetingId: t.arg.id({ required: true }),
      items: t.arg({ type: [AgendaItemInput], required: true }),
    },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await setMeetingAgenda(ctx.database.db, actorOf(ctx), args.meetingId, args.items),
      ),
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
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await setInvitedOrganisations(
          ctx.database.db,
          actorOf(ctx),
          args.meetingId,
          args.organisationIds,
        ),
      ),
  }),

  recordMinutes: t.drizzleField({
    type: "meetings",
    description:
      "Records a meeting's minutes in Markdown; an empty text removes them. No personal identity numbers (coordinator).",
    errors: {},
    args: { meetingId: t.arg.id({ required: true }), minutes: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await recordMinutes(ctx.database.db, actorOf(ctx), args.meetingId, args.minutes),
      ),
  }),

  removeMeetingDocument: t.boolean({
    description: "Removes a document from its meeting (coordinator). False when there was none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => removeMeetingDocument(ctx.database.db, actorOf(ctx), args.id),
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
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await setMeetingFindings(ctx.database.db, actorOf(ctx), args.meetingId, args.findingIds),
      ),
  }),
}));
