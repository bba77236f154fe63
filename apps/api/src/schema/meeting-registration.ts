import { schema } from "@kraftsamling/db";
import { and, asc, desc, eq, gte, lt, ne } from "drizzle-orm";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import type { Context } from "../context";
import { tellCancelledRegistration, tellPromoted, tellRegistered } from "../meetings/notifications";
import { cancelOwnRegistration, register } from "../meetings/registration";
import { registrationsCsv } from "../meetings/registrations-csv";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { forParticipants, forSignedIn } from "./access";
import { RegistrationStatus } from "./enums";
import { checkLimit, MeetingPeriod, myRegistrationQuery } from "./meeting";

/** Matches no row: the filter for "mine" when nobody is signed in. */
const nobody = "00000000-0000-0000-0000-000000000000";

export const SeminarPick = builder.drizzleObject("seminarPicks", {
  name: "SeminarPick",
  description: "A seminar a participant picked in one slot of a conference's programme.",
  fields: (t) => ({
    seminar: t.relation("seminar"),
    slot: t.relation("slot"),
    pickedAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const MeetingRegistration = builder.drizzleObject("meetingRegistrations", {
  name: "MeetingRegistration",
  description:
    "A person's registration for a meeting (their own, or any for the coordinator): a place, a place on the waiting list, or withdrawn.",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.expose("status", { type: RegistrationStatus }),
    waitingListPosition: t.int({
      nullable: true,
      description: "The place on the waiting list, from 1; null unless WAITLISTED.",
      select: {
        extras: {
          position: (r, { sql }) =>
            sql<
              number | null
            >`(case when ${r.status} = 'waitlisted' then (select count(*) from meeting_registrations w where w.meeting_id = ${r.meetingId} and w.status = 'waitlisted' and (w.created_at, w.id) <= (${r.createdAt}, ${r.id})) end)::int`,
        },
      },
      resolve: (registration) =>
        registration.position === null ? null : Number(registration.position),
    }),
    registeredAt: t.expose("createdAt", { type: "DateTime" }),
    confirmedAt: t.expose("confirmedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the place became theirs (at registration, or promotion).",
    }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    attended: t.exposeBoolean("attended", { description: "Marked present by the coordinator." }),
    meeting: t.relation("meeting"),
    person: t.relation("person"),
    organisation: t.relation("organisation", {
      nullable: true,
      description: "The organisation they registered on behalf of.",
    }),
    seminarPicks: t.relation("picks", {
      description: "For a conference: the seminars picked, one per slot at most.",
      query: { orderBy: { createdAt: "asc" } },
    }),
  }),
});

builder.drizzleObjectFields("meetings", (t) => ({
  myRegistration: t.field({
    type: MeetingRegistration,
    nullable: true,
    description: "The signed-in person's registration (not a withdrawn one); null otherwise.",
    select: (_args, ctx, nestedSelection) => ({
      with: {
        registrations: nestedSelection(myRegistrationQuery(ctx)),
      },
    }),
    resolve: (meeting) => meeting.registrations[0] ?? null,
  }),
  registrations: t.relation("registrations", {
    description:
      "Everyone registered, the waiting list in its order, then the withdrawn (coordinator).",
    authScopes: { coordinator: true },
    args: { includeCancelled: t.arg.boolean({ required: false, defaultValue: false }) },
    query: (args) => ({
      where: args.includeCancelled ? {} : { status: { ne: "cancelled" as const } },
      orderBy: { status: "asc", createdAt: "asc", id: "asc" },
    }),
  }),
  registrationsCsv: t.string({
    description:
      "The registrations as CSV (UTF-8 with BOM, for spreadsheets): name, e-mail, organisation, status, registered at (Stockholm time), attended, seminar picks (coordinator).",
    authScopes: { coordinator: true },
    select: { columns: { id: true } },
    resolve: (meeting, _args, ctx) => registrationsCsv(ctx.database, meeting.id),
  }),
}));

async function reload(ctx: Context, id: string) {
  return ctx.database.db.query.meetingRegistrations.findFirst({ where: { id } });
}

builder.queryFields((t) => ({
  myMeetings: t.drizzleField({
    ...forSignedIn,
    type: ["meetingRegistrations"],
    description:
      "The signed-in person's registrations (confirmed and waiting), by the meeting's time: upcoming soonest first, past latest first.",
    args: {
      period: t.arg({ type: MeetingPeriod, required: false, defaultValue: "UPCOMING" }),
      limit: t.arg.int({ required: false, defaultValue: 100 }),
    },
    resolve: async (query, _root, args, ctx) => {
      const limit = args.limit ?? 100;
      checkLimit(limit);
      const period = args.period ?? "UPCOMING";
      const now = ctx.services.clock.now();
      const r = schema.meetingRegistrations;
      const m = schema.meetings;
      const ordered = await ctx.database.db
        .select({ id: r.id })
        .from(r)
        .innerJoin(m, eq(m.id, r.meetingId))
        .where(
          and(
            eq(r.personId, ctx.viewer?.personId ?? nobody),
            ne(r.status, "cancelled"),
            period === "UPCOMING"
              ? gte(m.endsAt, now)
              : period === "PAST"
                ? lt(m.endsAt, now)
                : undefined,
          ),
        )
        .orderBy(period === "PAST" ? desc(m.startsAt) : asc(m.startsAt))
        .limit(limit);
      const ids = ordered.map((row) => row.id);
      if (ids.length === 0) return [];
      const rows = await ctx.database.db.query.meetingRegistrations.findMany(
        query({ where: { id: { in: ids } } }),
      );
      const byId = new Map(rows.map((row) => [(row as unknown as { id: string }).id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  }),
}));

builder.mutationFields((t) => ({
  registerForMeeting: t.drizzleField({
    ...forParticipants,
    type: "meetingRegistrations",
    description:
      "Registers the signed-in person, on behalf of one of their organisations (the one they act for when none is given). A full meeting puts them on the waiting list: status WAITLISTED, with the place in line. A confirmation e-mail follows, with the calendar file for a place.",
    errors: {},
    args: {
      meetingId: t.arg.id({ required: true }),
      organisationId: t.arg.id({ required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { meeting, registration, promoted } = await register(
        ctx,
        args.meetingId,
        args.organisationId,
      );
      await tellPromoted(ctx, meeting, promoted);
      await tellRegistered(ctx, meeting, registration);
      const row = await ctx.database.db.query.meetingRegistrations.findFirst(
        query({ where: { id: registration.id } }),
      );
      if (!row) throw new Error("the registration disappeared");
      return row;
    },
  }),
  cancelMeetingRegistration: t.drizzleField({
    ...forParticipants,
    type: "meetingRegistrations",
    description:
      "Withdraws the signed-in person's registration and seminar picks. A freed place goes to the first on the waiting list, who is told by e-mail.",
    errors: {},
    args: { meetingId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { meeting, registration, promoted } = await cancelOwnRegistration(ctx, args.meetingId);
      await tellCancelledRegistration(ctx, meeting, registration);
      await tellPromoted(ctx, meeting, promoted);
      const row = await ctx.database.db.query.meetingRegistrations.findFirst(
        query({ where: { id: registration.id } }),
      );
      if (!row) throw new Error("the registration disappeared");
      return row;
    },
  }),
  markAttendance: t.drizzleField({
    type: "meetingRegistrations",
    description: "Marks whether a participant with a place came to the meeting (coordinator).",
    errors: {},
    args: {
      registrationId: t.arg.id({ required: true }),
      attended: t.arg.boolean({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = uuidOrNull(args.registrationId);
      const registration = id ? await reload(ctx, id) : undefined;
      if (!registration)
        throw new InputError("NOT_FOUND", "There is no such registration.", "registrationId");
      if (registration.status !== "confirmed") {
        throw new InputError(
          "NOT_CONFIRMED",
          "Only participants with a place can be marked present.",
          "registrationId",
        );
      }
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(schema.meetingRegistrations)
          .set({ attended: args.attended })
          .where(eq(schema.meetingRegistrations.id, registration.id));
        await recordAudit(
          ctx,
          {
            action: "meeting.attendance",
            subjectType: "meeting_registration",
            subjectId: registration.id,
            before: { attended: registration.attended },
            after: { attended: args.attended, meetingId: registration.meetingId },
          },
          tx,
        );
      });
      const row = await ctx.database.db.query.meetingRegistrations.findFirst(
        query({ where: { id: registration.id } }),
      );
      if (!row) throw new Error("the registration disappeared");
      return row;
    },
  }),
}));
