import { filter } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { builder } from "../builder";
import type { Context } from "../context";
import {
  createConferenceSlot,
  removeConferenceSlot,
  updateConferenceSlot,
} from "../meetings/programme-service";
import { pickSeminar, unpickSeminar } from "../meetings/seminar-picks";
import { forParticipants } from "./access";
import { Meeting } from "./meeting";

/** Matches no row: the filter for "mine" when nobody is signed in. */
const nobody = "00000000-0000-0000-0000-000000000000";
const visibleStatus = (ctx: Context) =>
  hasScope(ctx.viewer, "coordinator") ? undefined : { ne: "draft" as const };

const seminarsQuery = (ctx: Context) => ({
  where: filter({ status: visibleStatus(ctx) }),
  orderBy: { title: "asc" as const },
});
/** The signed-in person's pick of a seminar, if any. */
const myPicksQuery = (ctx: Context) => ({
  columns: { id: true },
  where: { registration: { personId: ctx.viewer?.personId ?? nobody } },
  limit: 1,
});

export const ConferenceSlot = builder.drizzleObject("conferenceSlots", {
  name: "ConferenceSlot",
  description:
    "A time slot of a conference's programme: its seminars run in parallel and a participant picks at most one.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The slot's id (its global id)." }),
    title: t.exposeString("title", {
      description: "The slot's title, for example 'Seminarpass 1'.",
    }),
    startsAt: t.expose("startsAt", { description: "When the slot begins.", type: "DateTime" }),
    endsAt: t.expose("endsAt", { description: "When the slot ends.", type: "DateTime" }),
    conference: t.relation("conference", {
      description: "The regional conference the slot belongs to.",
    }),
    seminars: t.relation("seminars", {
      description: "The parallel seminars, by title, each with its places and whether I picked it.",
      query: (_args, ctx) => seminarsQuery(ctx),
    }),
    myPick: t.field({
      type: Meeting,
      nullable: true,
      description: "The seminar the signed-in person picked in this slot.",
      // The seminars as the seminars field reads them, so that both are read in one statement.
      select: (_args, ctx, nestedSelection) => ({
        with: {
          seminars: nestedSelection({
            ...seminarsQuery(ctx),
            with: { picks: myPicksQuery(ctx) },
          }),
        },
      }),
      resolve: (slot) => slot.seminars.find((seminar) => seminar.picks.length > 0) ?? null,
    }),
  }),
});

builder.drizzleObjectFields("meetings", (t) => ({
  programme: t.relation("slots", {
    description: "A conference's programme: its slots in time order, each with parallel seminars.",
    query: { orderBy: { startsAt: "asc", title: "asc" } },
  }),
  slot: t.relation("slot", {
    nullable: true,
    description:
      "A seminar's slot in its conference's programme; null while the conference is a draft (but for the coordinator).",
    // The slot leads to its conference: a draft's programme is the coordinator's.
    query: (_args, ctx) => ({
      where: hasScope(ctx.viewer, "coordinator") ? {} : { conference: { status: { ne: "draft" } } },
    }),
  }),
  pickedByMe: t.boolean({
    description: "A seminar the signed-in person picked.",
    select: (_args, ctx) => ({ with: { picks: myPicksQuery(ctx) } }),
    resolve: (meeting) => meeting.picks.length > 0,
  }),
}));

async function slotResult(ctx: Context, query: (q: object) => object, id: string) {
  const slot = await ctx.database.db.query.conferenceSlots.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!slot) throw new Error("the slot disappeared");
  return slot;
}

const SlotInput = builder.inputType("ConferenceSlotInput", {
  description: "A slot of a regional conference's programme.",
  fields: (t) => ({
    title: t.string({ required: true, description: "For example 'Seminarpass 1'." }),
    startsAt: t.field({ description: "When the slot begins.", type: "DateTime", required: true }),
    endsAt: t.field({ description: "When the slot ends.", type: "DateTime", required: true }),
  }),
});

/** The signed-in person of a field that only signed-in people reach (its scopes say so). */
function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("the field's scopes let only signed-in people in");
  return ctx.viewer;
}

builder.mutationFields((t) => ({
  pickSeminar: t.drizzleField({
    ...forParticipants,
    type: "conferenceSlots",
    description:
      "Picks a seminar for the signed-in person, who holds a confirmed place at its conference. A seminar picked before in the same slot is replaced in the same step; a full seminar answers SEMINAR_FULL.",
    errors: {},
    args: {
      seminarId: t.arg.id({
        required: true,
        description: "The seminar's id (a meeting of kind SEMINAR).",
      }),
    },
    resolve: async (query, _root, args, ctx) =>
      slotResult(
        ctx,
        query,
        await pickSeminar(ctx.database.db, ctx.services, signedIn(ctx), args.seminarId),
      ),
  }),
  unpickSeminar: t.drizzleField({
    ...forParticipants,
    type: "conferenceSlots",
    description: "Gives up a picked seminar, freeing its place.",
    errors: {},
    args: {
      seminarId: t.arg.id({
        required: true,
        description: "The seminar's id (a meeting of kind SEMINAR).",
      }),
    },
    resolve: async (query, _root, args, ctx) =>
      slotResult(
        ctx,
        query,
        await unpickSeminar(ctx.database.db, ctx.services, signedIn(ctx), args.seminarId),
      ),
  }),
  createConferenceSlot: t.drizzleField({
    type: "conferenceSlots",
    description:
      "Adds a time slot to a conference's programme; seminars are then created in it (coordinator).",
    errors: {},
    args: {
      conferenceId: t.arg.id({ required: true, description: "The regional conference's id." }),
      input: t.arg({ type: SlotInput, required: true, description: "The new slot." }),
    },
    resolve: async (query, _root, args, ctx) =>
      slotResult(
        ctx,
        query,
        await createConferenceSlot(ctx.database.db, ctx.viewer, args.conferenceId, args.input),
      ),
  }),
  updateConferenceSlot: t.drizzleField({
    type: "conferenceSlots",
    description: "Changes a slot's title or times; its seminars move with it (coordinator).",
    errors: {},
    args: {
      slotId: t.arg.id({ required: true, description: "The slot's id." }),
      input: t.arg({ type: SlotInput, required: true, description: "The slot as it is to be." }),
    },
    resolve: async (query, _root, args, ctx) =>
      slotResult(
        ctx,
        query,
        await updateConferenceSlot(ctx.database.db, ctx.viewer, args.slotId, args.input),
      ),
  }),
  removeConferenceSlot: t.boolean({
    description: "Removes an empty slot from a conference's programme (coordinator).",
    errors: {},
    args: { slotId: t.arg.id({ required: true, description: "The slot's id." }) },
    resolve: async (_root, args, ctx) => {
      await removeConferenceSlot(ctx.database.db, ctx.viewer, args.slotId);
      return true;
    },
  }),
}));
