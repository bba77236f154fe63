import type { Viewer } from "../accounts/viewer";
import { builder } from "../builder";
import type { Context } from "../context";
import { tellCancelledRegistration, tellPromoted, tellRegistered } from "../meetings/notifications";
import { registrationCount, registrationsPageQuery } from "../meetings/registration-list";
import {
  cancelOwnRegistration,
  markAttendance,
  myRegistrationIds,
  register,
  waitingListPositionColumn,
} from "../meetings/registration-service";
import { registrationDecision } from "../meetings/registration-state";
import { registrationsCsv } from "../meetings/registrations-csv";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { forParticipants, forSignedIn } from "./access";
import { checkedCursors, relatedTotalCountField } from "./connection";
import { RegistrationStatus } from "./enums";
import { checkLimit, MeetingPeriod, myRegistrationQuery } from "./meeting";

/** The signed-in person of a field that only signed-in people reach (its scopes say so). */
function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error("the field's scopes let only signed-in people in");
  return ctx.viewer;
}

/** A registration as the field's selection reads it; it was just written, so it is there. */
async function registrationResult(ctx: Context, query: (q: object) => object, id: string) {
  const row = await ctx.database.db.query.meetingRegistrations.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!row) throw new Error("the registration disappeared");
  return row;
}

export const SeminarPick = builder.drizzleObject("seminarPicks", {
  name: "SeminarPick",
  description: "A seminar a participant picked in one slot of a conference's programme.",
  fields: (t) => ({
    seminar: t.relation("seminar", { description: "The seminar picked." }),
    slot: t.relation("slot", { description: "The slot of the conference's programme." }),
    pickedAt: t.expose("createdAt", {
      description: "When the seminar was picked.",
      type: "DateTime",
    }),
  }),
});

export const MeetingRegistration = builder.drizzleObject("meetingRegistrations", {
  name: "MeetingRegistration",
  description:
    "A person's registration for a meeting (their own, or any for the coordinator): a place, a place on the waiting list, or withdrawn.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The registration's id." }),
    status: t.expose("status", {
      description: "Whether it holds a place, waits, or was withdrawn.",
      type: RegistrationStatus,
    }),
    waitingListPosition: t.int({
      nullable: true,
      description: "The place on the waiting list, from 1; null unless WAITLISTED.",
      select: { extras: { position: waitingListPositionColumn } },
      resolve: (registration) =>
        registration.position === null ? null : Number(registration.position),
    }),
    registeredAt: t.expose("createdAt", { description: "When they registered.", type: "DateTime" }),
    confirmedAt: t.expose("confirmedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the place became theirs (at registration, or promotion).",
    }),
    cancelledAt: t.expose("cancelledAt", {
      description: "When it was withdrawn; null while it holds.",
      type: "DateTime",
      nullable: true,
    }),
    attended: t.exposeBoolean("attended", { description: "Marked present by the coordinator." }),
    meeting: t.relation("meeting", { description: "The meeting." }),
    person: t.relation("person", {
      description: "Who registered; null once their account is erased.",
    }),
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
  viewerCanRegister: t.boolean({
    description:
      "The reader may register now: a participant, registration open (published, inside its window, before the start), on behalf of an organisation the meeting allows, and not registered or on the waiting list already. The same rule as registerForMeeting; false for anonymous readers.",
    // The reader's registration as myRegistration reads it, so that both are read in one statement.
    select: (_args, ctx) => ({
      columns: {
        kind: true,
        status: true,
        audience: true,
        startsAt: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
      },
      with: {
        registrations: { ...myRegistrationQuery(ctx), columns: { id: true } },
        organisations: { columns: { id: true } },
      },
    }),
    resolve: (meeting, _args, ctx) =>
      registrationDecision(ctx.viewer, meeting, ctx.services.clock.now(), {
        registered: meeting.registrations.length > 0,
        invitedOrganisationIds: meeting.organisations.map((o) => o.id),
      }).allowed,
  }),
  registrationsConnection: t.relatedConnection(
    "registrations",
    {
      description:
        "Everyone registered, the waiting list in its order, then the withdrawn, a page at a time (coordinator).",
      authScopes: { coordinator: true },
      ...pageSizes,
      args: {
        includeCancelled: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: "Also the withdrawn registrations, after the others.",
        }),
      },
      query: (args) =>
        checkedCursors(
          "meetingRegistrations",
          args,
          registrationsPageQuery(args.includeCancelled ?? false),
        ),
    },
    {
      name: "MeetingRegistrationConnection",
      description: "A page of a meeting's registrations: places, the waiting list, the withdrawn.",
      fields: (t) => ({
        totalCount: t.int(
          relatedTotalCountField(
            "registrations the meeting has",
            (ctx, id, args: { includeCancelled?: boolean | null }) =>
              registrationCount(ctx.database.db, id, args.includeCancelled ?? false),
          ),
        ),
      }),
    },
    { name: "MeetingRegistrationEdge", description: "A registration, and its cursor." },
  ),
  registrations: t.relation("registrations", {
    ...replacedBy("registrations"),
    description:
      "Everyone registered, the waiting list in its order, then the withdrawn (coordinator).",
    authScopes: { coordinator: true },
    args: {
      includeCancelled: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Also the withdrawn registrations.",
      }),
    },
    query: (args) => ({
      where: args.includeCancelled ? {} : { status: { ne: "cancelled" as const } },
      orderBy: { status: "asc", createdAt: "asc", id: "asc" },
      limit: replacedListLimit,
    }),
  }),
  registrationsCsv: t.string({
    description:
      "The registrations as CSV (UTF-8 with BOM, for spreadsheets): name, e-mail, organisation, status, registered at (Stockholm time), attended, seminar picks (coordinator).",
    authScopes: { coordinator: true },
    select: { columns: { id: true } },
    resolve: (meeting, _args, ctx) => registrationsCsv(ctx.database.db, meeting.id),
  }),
}));

builder.queryFields((t) => ({
  myMeetings: t.drizzleField({
    ...forSignedIn,
    type: ["meetingRegistrations"],
    description:
      "The signed-in person's registrations (confirmed and waiting), by the meeting's time: upcoming soonest first, past latest first.",
    args: {
      period: t.arg({
        description: "Upcoming, past or all meetings.",
        type: MeetingPeriod,
        required: false,
        defaultValue: "UPCOMING",
      }),
      limit: t.arg.int({ description: "How many.", required: false, defaultValue: 100 }),
    },
    resolve: async (query, _root, args, ctx) => {
      const limit = args.limit ?? 100;
      checkLimit(limit);
      const period = args.period ?? "UPCOMING";
      const viewer = signedIn(ctx);
      const ids = await myRegistrationIds(
        ctx.database.db,
        viewer.personId,
        period,
        ctx.services.clock.now(),
        limit,
      );
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
      meetingId: t.arg.id({ description: "The meeting's id.", required: true }),
      organisationId: t.arg.id({
        description: "The organisation registered for; left out, the one acted for.",
        required: false,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { meeting, registration, promoted } = await register(
        ctx.database.db,
        ctx.services,
        signedIn(ctx),
        args.meetingId,
        args.organisationId,
      );
      await tellPromoted(ctx, meeting, promoted);
      await tellRegistered(ctx, meeting, registration);
      return registrationResult(ctx, query, registration.id);
    },
  }),
  cancelMeetingRegistration: t.drizzleField({
    ...forParticipants,
    type: "meetingRegistrations",
    description:
      "Withdraws the signed-in person's registration and seminar picks. A freed place goes to the first on the waiting list, who is told by e-mail.",
    errors: {},
    args: { meetingId: t.arg.id({ description: "The meeting's id.", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { meeting, registration, promoted } = await cancelOwnRegistration(
        ctx.database.db,
        ctx.services,
        signedIn(ctx),
        args.meetingId,
      );
      await tellCancelledRegistration(ctx, meeting, registration);
      await tellPromoted(ctx, meeting, promoted);
      return registrationResult(ctx, query, registration.id);
    },
  }),
  markAttendance: t.drizzleField({
    type: "meetingRegistrations",
    description: "Marks whether a participant with a place came to the meeting (coordinator).",
    errors: {},
    args: {
      registrationId: t.arg.id({ description: "The registration's id.", required: true }),
      attended: t.arg.boolean({ description: "Whether they came.", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await markAttendance(
        ctx.database.db,
        ctx.viewer,
        args.registrationId,
        args.attended,
      );
      return registrationResult(ctx, query, id);
    },
  }),
}));
