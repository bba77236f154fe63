import { filter, schema } from "@kraftsamling/db";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import type { Context } from "../context";
import { pickSeminar, unpickSeminar } from "../meetings/seminar-picks";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forParticipants } from "./access";
import { Meeting } from "./meeting";

/** Matches no row: the filter for "mine" when nobody is signed in. */
const nobody = "00000000-0000-0000-0000-000000000000";
const visibleStatus = (ctx: Context) =>
  ctx.viewer?.role === "coordinator" ? undefined : { ne: "draft" as const };

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
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    conference: t.relation("conference"),
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
    description: "A seminar's slot in its conference's programme.",
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
  fields: (t) => ({
    title: t.string({ required: true, description: "For example 'Seminarpass 1'." }),
    startsAt: t.field({ type: "DateTime", required: true }),
    endsAt: t.field({ type: "DateTime", required: true }),
  }),
});

function checkSlot(
  input: { title: string; startsAt: Date; endsAt: Date },
  conference: { startsAt: Date; endsAt: Date },
) {
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

async function conferenceOf(ctx: Context, id: string | number) {
  const conferenceId = uuidOrNull(id);
  const conference = conferenceId
    ? await ctx.database.db.query.meetings.findFirst({ where: { id: conferenceId } })
    : undefined;
  if (!conference || conference.kind !== "regional_conference")
    throw new InputError("NOT_FOUND", "There is no such conference.", "conferenceId");
  return conference;
}

async function slotOf(ctx: Context, id: string | number) {
  const slotId = uuidOrNull(id);
  const slot = slotId
    ? await ctx.database.db.query.conferenceSlots.findFirst({
        where: { id: slotId },
        with: { conference: true },
      })
    : undefined;
  if (!slot) throw new InputError("NOT_FOUND", "There is no such slot.", "slotId");
  return slot;
}

builder.mutationFields((t) => ({
  pickSeminar: t.drizzleField({
    ...forParticipants,
    type: "conferenceSlots",
    description:
      "Picks a seminar for the signed-in person, who holds a confirmed place at its conference. A seminar picked before in the same slot is replaced in the same step; a full seminar answers SEMINAR_FULL.",
    errors: {},
    args: { seminarId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      slotResult(ctx, query, await pickSeminar(ctx, args.seminarId)),
  }),
  unpickSeminar: t.drizzleField({
    ...forParticipants,
    type: "conferenceSlots",
    description: "Gives up a picked seminar, freeing its place.",
    errors: {},
    args: { seminarId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      slotResult(ctx, query, await unpickSeminar(ctx, args.seminarId)),
  }),
  createConferenceSlot: t.drizzleField({
    type: "conferenceSlots",
    description:
      "Adds a time slot to a conference's programme; seminars are then created in it (coordinator).",
    errors: {},
    args: {
      conferenceId: t.arg.id({ required: true }),
      input: t.arg({ type: SlotInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const conference = await conferenceOf(ctx, args.conferenceId);
      const values = checkSlot(args.input, conference);
      const id = await ctx.database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.conferenceSlots)
          .values({ ...values, conferenceId: conference.id })
          .onConflictDoNothing()
          .returning();
        if (!row)
          throw new InputError(
            "SLOT_EXISTS",
            "The conference has a slot with that title.",
            "title",
          );
        await recordAudit(
          ctx,
          {
            action: "meeting.slot.create",
            subjectType: "meeting",
            subjectId: conference.id,
            after: { slotId: row.id, ...values },
          },
          tx,
        );
        return row.id;
      });
      return slotResult(ctx, query, id);
    },
  }),
  updateConferenceSlot: t.drizzleField({
    type: "conferenceSlots",
    description: "Changes a slot's title or times; its seminars move with it (coordinator).",
    errors: {},
    args: {
      slotId: t.arg.id({ required: true }),
      input: t.arg({ type: SlotInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const slot = await slotOf(ctx, args.slotId);
      const values = checkSlot(args.input, slot.conference);
      const moved =
        values.startsAt.getTime() !== slot.startsAt.getTime() ||
        values.endsAt.getTime() !== slot.endsAt.getTime();
      await ctx.database.db.transaction(async (tx) => {
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
        await recordAudit(
          ctx,
          {
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
          },
          tx,
        );
      });
      return slotResult(ctx, query, slot.id);
    },
  }),
  removeConferenceSlot: t.boolean({
    description: "Removes an empty slot from a conference's programme (coordinator).",
    errors: {},
    args: { slotId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const slot = await slotOf(ctx, args.slotId);
      const seminar = await ctx.database.db.query.meetings.findFirst({
        where: { slotId: slot.id },
      });
      if (seminar) {
        throw new InputError(
          "SLOT_NOT_EMPTY",
          "The slot has seminars: move or cancel them first.",
          "slotId",
        );
      }
      await ctx.database.db.transaction(async (tx) => {
        await tx.delete(schema.conferenceSlots).where(eq(schema.conferenceSlots.id, slot.id));
        await recordAudit(
          ctx,
          {
            action: "meeting.slot.remove",
            subjectType: "meeting",
            subjectId: slot.conferenceId,
            before: { slotId: slot.id, title: slot.title },
          },
          tx,
        );
      });
      return true;
    },
  }),
}));
