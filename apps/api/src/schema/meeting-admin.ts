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
    title: t.string({ description: "The meeting's title.", required: true }),
    description: t.string({ description: "What the meeting is about.", required: false }),
    kind: t.field({ description: "The kind of meeting.", type: MeetingKind, required: true }),
    slug: t.string({
      required: false,
      description: "The address of the meeting; made from the title and date when left out.",
    }),
    startsAt: t.field({
      description: "When the meeting begins.",
      type: "DateTime",
      required: false,
    }),
    endsAt: t.field({ description: "When the meeting ends.", type: "DateTime", required: false }),
    slotId: t.id({ required: false, description: "For a seminar: its conference slot." }),
    city: t.string({ description: "The city.", required: false }),
    place: t.string({ description: "The venue.", required: false }),
    address: t.string({ description: "The street address.", required: false }),
    onlineUrl: t.string({
      required: false,
      description: "http(s) link to an online meeting.",
    }),
    capacity: t.int({ required: false, description: "At least 1; left out: no limit." }),
    registrationOpensAt: t.field({
      description: "When registration opens; left out: at once.",
      type: "DateTime",
      required: false,
    }),
    registrationClosesAt: t.field({
      description: "When registration closes; left out: when the meeting starts.",
      type: "DateTime",
      required: false,
    }),
    audience: t.field({
      description: "Who may register: open to all (the default), or invited organisations only.",
      type: MeetingAudience,
      required: false,
    }),
  }),
});

const MeetingChanges = builder.inputType("MeetingChanges", {
  description:
    "Changes to a meeting: a field left out stays as it is, null empties it. A seminar's times follow its slot.",
  fields: (t) => ({
    title: t.string({ description: "The meeting's title.", required: false }),
    description: t.string({ description: "What the meeting is about.", required: false }),
    startsAt: t.field({
      description: "When the meeting begins.",
      type: "DateTime",
      required: false,
    }),
    endsAt: t.field({ description: "When the meeting ends.", type: "DateTime", required: false }),
    slotId: t.id({
      required: false,
      description: "Moves a seminar to another slot of its conference.",
    }),
    city: t.string({ description: "The city; null empties it.", required: false }),
    place: t.string({ description: "The venue; null empties it.", required: false }),
    address: t.string({ description: "The street address; null empties it.", required: false }),
    onlineUrl: t.string({
      description: "The link to join online, given only to those registered; null empties it.",
      required: false,
    }),
    capacity: t.int({ description: "How many places; null: no limit.", required: false }),
    registrationOpensAt: t.field({
      description: "When registration opens; null: at once.",
      type: "DateTime",
      required: false,
    }),
    registrationClosesAt: t.field({
      description: "When registration closes; null: when the meeting starts.",
      type: "DateTime",
      required: false,
    }),
    audience: t.field({
      description: "Who may register: open to all, or invited organisations only.",
      type: MeetingAudience,
      required: false,
    }),
  }),
});

const AgendaItemInput = builder.inputType("AgendaItemInput", {
  description: "One item of a meeting's agenda.",
  fields: (t) => ({
    title: t.string({ description: "The item's title.", required: true }),
    description: t.string({ description: "What the item is about.", required: false }),
    startsAt: t.field({ description: "When the item begins.", type: "DateTime", required: false }),
    endsAt: t.field({ description: "When the item ends.", type: "DateTime", required: false }),
    speakers: t.stringList({ required: false, description: "Names, with organisation if wanted." }),
  }),
});

export const AgendaItem = builder.drizzleObject("agendaItems", {
  name: "AgendaItem",
  description: "An item of a meeting's agenda.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The item's id." }),
    position: t.exposeInt("position", { description: "The item's place in the agenda, from 1." }),
    startsAt: t.expose("startsAt", {
      description: "When the item begins; null when not fixed.",
      type: "DateTime",
      nullable: true,
    }),
    endsAt: t.expose("endsAt", {
      description: "When the item ends; null when not fixed.",
      type: "DateTime",
      nullable: true,
    }),
    title: t.exposeString("title", { description: "The item's title." }),
    description: t.exposeString("description", {
      description: "What the item is about; empty when not written.",
    }),
    speakers: t.exposeStringList("speakers", {
      description: "Who speaks, with their organisation if given.",
    }),
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
    id: t.exposeID("id", { description: "The document's id." }),
    fileName: t.exposeString("fileName", { description: "The file's name, as uploaded." }),
    contentType: t.exposeString("contentType", {
      description: "The file's media type, e.g. application/pdf.",
    }),
    size: t.exposeInt("size", { description: "In bytes." }),
    uploadedAt: t.expose("createdAt", { description: "When it was uploaded.", type: "DateTime" }),
    url: t.string({
      description: "Where to download it.",
      resolve: (document, _args, ctx) =>
        `${ctx.services.config.publicUrl}/meetings/documents/${document.id}`,
    }),
  }),
});

builder.drizzleObjectFields("meetings", (t) => ({
  agenda: t.relation("agendaItems", {
    description: "The agenda, in order.",
    query: { orderBy: { position: "asc" } },
  }),
  documents: t.relation("documents", {
    description: "The meeting's documents, oldest first.",
    query: { orderBy: { createdAt: "asc" } },
  }),
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
    args: {
      input: t.arg({
        description: "The meeting to create, as a draft.",
        type: MeetingInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) =>
      meetingResult(ctx, query, await createMeeting(ctx.database.db, actorOf(ctx), input)),
  }),

  updateMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Changes a meeting (coordinator). A new time, place or link of a published meeting is e-mailed to everyone registered; more places go to the waiting list.",
    errors: {},
    args: {
      id: t.arg.id({ description: "The meeting's id.", required: true }),
      changes: t.arg({
        description: "What changes: a field left out stays, null empties it.",
        type: MeetingChanges,
        required: true,
      }),
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
    args: { id: t.arg.id({ description: "The meeting's id.", required: true }) },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(ctx, query, await publishMeeting(ctx.database.db, actorOf(ctx), args.id)),
  }),

  cancelMeeting: t.drizzleField({
    type: "meetings",
    description:
      "Cancels a meeting (and a conference's seminars) with a message that is e-mailed to everyone registered (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ description: "The meeting's id.", required: true }),
      message: t.arg.string({
        description: "Why, and what instead: mailed to everyone registered.",
        required: true,
      }),
    },
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
    args: { id: t.arg.id({ description: "The meeting's id.", required: true }) },
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
      meetingId: t.arg.id({ description: "The meeting's id.", required: true }),
      items: t.arg({
        description: "The whole agenda, in order: replaces it.",
        type: [AgendaItemInput],
        required: true,
      }),
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
      meetingId: t.arg.id({ description: "The meeting's id.", required: true }),
      organisationIds: t.arg.idList({
        description: "Every organisation invited: replaces the list.",
        required: true,
      }),
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
    args: {
      meetingId: t.arg.id({ description: "The meeting's id.", required: true }),
      minutes: t.arg.string({
        description: "The minutes, in the portal's Markdown subset.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await recordMinutes(ctx.database.db, actorOf(ctx), args.meetingId, args.minutes),
      ),
  }),

  removeMeetingDocument: t.boolean({
    description: "Removes a document from its meeting (coordinator). False when there was none.",
    args: { id: t.arg.id({ description: "The document's id.", required: true }) },
    resolve: (_root, args, ctx) => removeMeetingDocument(ctx.database.db, actorOf(ctx), args.id),
  }),

  setMeetingFindings: t.drizzleField({
    type: "meetings",
    description:
      "Links the findings a meeting produced (those linked before and left out are unlinked) (coordinator).",
    errors: {},
    args: {
      meetingId: t.arg.id({ description: "The meeting's id.", required: true }),
      findingIds: t.arg.idList({
        description: "Every finding from the meeting: replaces the list.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) =>
      meetingResult(
        ctx,
        query,
        await setMeetingFindings(ctx.database.db, actorOf(ctx), args.meetingId, args.findingIds),
      ),
  }),
}));
