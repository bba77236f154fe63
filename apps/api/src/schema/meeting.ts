import { filter } from "@kraftsamling/db";
import { GraphQLError } from "graphql";
import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import type { Context } from "../context";
import { renderMarkdown } from "../dialogue/markdown";
import { countMeetings, type MeetingListFilter, meetingPageQuery } from "../meetings/list";
import { registrationState } from "../meetings/registration-state";
import { placesTaken, waitingCount } from "../meetings/service";
import { uuidOrNull } from "../shared/ids";
import { connectionPage } from "../shared/query-cost";
import { readableByAnyone } from "./access";
import { checkedCursors } from "./connection";
import { MeetingAudience, MeetingKind, MeetingStatus } from "./enums";

/** Matches no row: the filter for "mine" when nobody is signed in. */
const nobody = "00000000-0000-0000-0000-000000000000";
const viewerId = (ctx: Context) => ctx.viewer?.personId ?? nobody;
/** The signed-in person's live registration for a meeting, as a relation query. */
export const myRegistrationQuery = (ctx: Context) => ({
  where: { personId: viewerId(ctx), status: { ne: "cancelled" as const } },
  limit: 1,
});
/** Drafts are the coordinator's until published. */
const visibleStatus = (ctx: Context) =>
  hasScope(ctx.viewer, "coordinator") ? undefined : { ne: "draft" as const };

const RegistrationState = builder.enumType("RegistrationState", {
  description: "Whether a person can register for a meeting now, and if not, why.",
  values: {
    OPEN: { value: "open", description: "One can register now." },
    NOT_OPEN_YET: { value: "not_open_yet", description: "The registration window opens later." },
    CLOSED: { value: "closed", description: "The window has closed, or the meeting has started." },
    CANCELLED: { value: "cancelled", description: "The meeting is cancelled." },
    IN_PROGRAMME: {
      value: "in_programme",
      description: "A seminar: picked in its conference's programme by those registered for it.",
    },
    DRAFT: { value: "draft", description: "Not yet published (coordinator)." },
  } as const,
});

export const Meeting = builder.drizzleObject("meetings", {
  name: "Meeting",
  description:
    "A dialogue meeting, hearing, round table, webinar, conference or seminar. Times are instants (UTC); show them in Europe/Stockholm.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The meeting's id (its global id)." }),
    slug: t.exposeString("slug", { description: "The meeting's address: /moten/<slug>." }),
    title: t.exposeString("title", { description: "The meeting's title." }),
    description: t.exposeString("description", { description: "What the meeting is about." }),
    kind: t.expose("kind", { description: "The kind of meeting.", type: MeetingKind }),
    status: t.expose("status", {
      description: "Where the meeting is in its life.",
      type: MeetingStatus,
    }),
    audience: t.expose("audience", {
      description: "Who may register: open to all, or invited organisations only.",
      type: MeetingAudience,
    }),
    startsAt: t.expose("startsAt", { description: "When the meeting begins.", type: "DateTime" }),
    endsAt: t.expose("endsAt", { description: "When the meeting ends.", type: "DateTime" }),
    city: t.exposeString("city", { description: "The city; null when not given.", nullable: true }),
    place: t.exposeString("place", {
      description: "The venue; null when not given.",
      nullable: true,
    }),
    address: t.exposeString("address", {
      description: "The street address; null when not given.",
      nullable: true,
    }),
    onlineUrl: t.string({
      nullable: true,
      description:
        "The link to an online meeting: for those with a confirmed place, moderators and the coordinator; null for everyone else.",
      // The same selection as myRegistration's, so that both are read in one statement.
      select: (_args, ctx) => ({
        columns: { onlineUrl: true },
        with: { registrations: { ...myRegistrationQuery(ctx), columns: { status: true } } },
      }),
      resolve: (meeting, _args, ctx) =>
        hasScope(ctx.viewer, "moderator") || meeting.registrations[0]?.status === "confirmed"
          ? meeting.onlineUrl
          : null,
    }),
    online: t.boolean({
      description: "Whether the meeting has an online link (shown to those with a place).",
      select: { columns: { onlineUrl: true } },
      resolve: (meeting) => meeting.onlineUrl !== null,
    }),
    capacity: t.exposeInt("capacity", {
      nullable: true,
      description: "Places in all; null: no limit.",
    }),
    confirmedCount: t.int({
      description:
        "Places taken: confirmed registrations, or for a seminar, the participants who picked it.",
      select: {
        extras: { placesTaken },
      },
      resolve: (meeting) => Number(meeting.placesTaken),
    }),
    waitingListCount: t.int({
      description: "How many wait for a place.",
      select: {
        extras: { waiting: waitingCount },
      },
      resolve: (meeting) => Number(meeting.waiting),
    }),
    remainingPlaces: t.int({
      nullable: true,
      description: "Free places; null when the meeting has no limit.",
      select: {
        columns: { capacity: true },
        extras: { placesTaken },
      },
      resolve: (meeting) =>
        meeting.capacity === null
          ? null
          : Math.max(0, meeting.capacity - Number(meeting.placesTaken)),
    }),
    full: t.boolean({
      description: "No place is free: a new registration goes to the waiting list.",
      select: {
        columns: { capacity: true },
        extras: { placesTaken },
      },
      resolve: (meeting) =>
        meeting.capacity !== null && Number(meeting.placesTaken) >= meeting.capacity,
    }),
    registrationOpensAt: t.expose("registrationOpensAt", {
      description: "When registration opens; null: at once.",
      type: "DateTime",
      nullable: true,
    }),
    registrationClosesAt: t.expose("registrationClosesAt", {
      description: "When registration closes; null: when the meeting starts.",
      type: "DateTime",
      nullable: true,
    }),
    registrationState: t.field({
      description: "Whether one can register now, and if not, why.",
      type: RegistrationState,
      select: {
        columns: {
          kind: true,
          status: true,
          startsAt: true,
          registrationOpensAt: true,
          registrationClosesAt: true,
        },
      },
      resolve: (meeting, _args, ctx) => registrationState(meeting, ctx.services.clock.now()),
    }),
    cancellationMessage: t.exposeString("cancellationMessage", {
      nullable: true,
      description: "Why the meeting was cancelled.",
    }),
    minutes: t.exposeString("minutes", {
      nullable: true,
      description: "The minutes in Markdown, after the meeting.",
    }),
    minutesHtml: t.string({
      nullable: true,
      description: "The minutes rendered from the portal's Markdown subset.",
      select: { columns: { minutes: true } },
      resolve: (meeting) => (meeting.minutes ? renderMarkdown(meeting.minutes) : null),
    }),
    calendarUrl: t.string({
      description: "The meeting's iCalendar file (for meetings that are not drafts).",
      select: { columns: { slug: true } },
      resolve: (meeting, _args, ctx) =>
        `${ctx.services.config.publicUrl}/calendar/meetings/${meeting.slug}.ics`,
    }),
    updatedAt: t.expose("updatedAt", {
      description: "When the meeting last changed.",
      type: "DateTime",
    }),
    viewerCanEdit: t.boolean({
      description:
        "Whether the viewer administers the meeting: changes, publishes, cancels it and keeps its agenda, minutes and documents (the coordinator).",
      resolve: (_meeting, _args, ctx) => hasScope(ctx.viewer, "coordinator"),
    }),
    conference: t.relation("parent", {
      nullable: true,
      description:
        "The conference a seminar belongs to; null while the conference is a draft (but for the coordinator).",
      query: (_args, ctx) => ({ where: filter({ status: visibleStatus(ctx) }) }),
    }),
    seminars: t.relation("seminars", {
      description: "A conference's seminars, by time.",
      query: (_args, ctx) => ({
        where: filter({ status: visibleStatus(ctx) }),
        orderBy: { startsAt: "asc", title: "asc" },
      }),
    }),
    organisations: t.relation("organisations", {
      description:
        "Organisations taking part or invited; for a meeting with audience INVITED, those who may register.",
    }),
    findings: t.relation("findings", {
      description: "The published findings the meeting produced (the coordinator sees drafts too).",
      query: (_args, ctx) => ({
        where: hasScope(ctx.viewer, "coordinator") ? {} : { status: "published" },
        orderBy: { createdAt: "asc" },
      }),
    }),
  }),
});

export const MeetingPeriod = builder.enumType("MeetingPeriod", {
  description: "Which meetings by time: UPCOMING, PAST or ALL.",
  values: {
    UPCOMING: { description: "Meetings that have not ended, soonest first." },
    PAST: { description: "Meetings that have ended, latest first." },
    ALL: { description: "Every meeting, earliest first." },
  },
});

export function checkLimit(limit: number) {
  if (limit < 1 || limit > 500) {
    throw new GraphQLError(`limit must be between 1 and 500, got ${limit}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
}

/** The filters of a list of meetings, the same on the plain list and on its connection. */
const meetingListArgs = builder.args((t) => ({
  period: t.field({
    type: MeetingPeriod,
    required: false,
    defaultValue: "ALL",
    description: "Upcoming (not ended) or past meetings, or all of them.",
  }),
  kinds: t.field({
    type: [MeetingKind],
    required: false,
    description: "Only these kinds; left out, every kind but seminars.",
  }),
  statuses: t.field({
    type: [MeetingStatus],
    required: false,
    description: "Only these statuses; DRAFT is the coordinator's.",
  }),
  month: t.string({
    required: false,
    description: "Only meetings that start in this month in Stockholm, as YYYY-MM.",
  }),
  from: t.field({
    type: "DateTime",
    required: false,
    description: "Only meetings that start at or after this.",
  }),
  to: t.field({
    type: "DateTime",
    required: false,
    description: "Only meetings that start before this.",
  }),
}));

/** The list filter the arguments give. */
const listFilterOf = (args: {
  period?: "UPCOMING" | "PAST" | "ALL" | null;
  kinds?: MeetingListFilter["kinds"];
  statuses?: MeetingListFilter["statuses"];
  month?: string | null;
  from?: Date | null;
  to?: Date | null;
}): MeetingListFilter => ({
  period: args.period ?? "ALL",
  kinds: args.kinds,
  statuses: args.statuses,
  month: args.month,
  from: args.from,
  to: args.to,
});

builder.queryFields((t) => ({
  meetingsConnection: t.drizzleConnection(
    {
      ...readableByAnyone,
      type: "meetings",
      description:
        "Meetings filtered by period, kinds, statuses, month and time, a page at a time: past ones the latest first, others the soonest first. Drafts only for the coordinator; seminars only when SEMINAR is among the kinds.",
      args: meetingListArgs,
      maxSize: connectionPage.maxSize,
      defaultSize: connectionPage.defaultSize,
      totalCount: (_root, args, ctx) =>
        countMeetings(ctx.database.db, ctx.viewer, ctx.services.clock.now(), listFilterOf(args)),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.meetings.findMany(
          query(
            checkedCursors(
              "meetings",
              args,
              meetingPageQuery(ctx.viewer, ctx.services.clock.now(), listFilterOf(args)),
            ),
          ),
        ),
    },
    { name: "MeetingConnection", description: "One page of meetings, and how many in all." },
    { name: "MeetingEdge", description: "A meeting of the page, and its cursor." },
  ),
  meetings: t.drizzleField({
    ...readableByAnyone,
    type: ["meetings"],
    deprecationReason: "Use meetingsConnection, which pages. This list returns at most 100 items.",
    description:
      "Meetings filtered by period, kinds, statuses, month and time, at most 100. Drafts only for the coordinator; seminars only when SEMINAR is among the kinds.",
    args: {
      ...meetingListArgs,
      limit: t.arg.int({
        required: false,
        defaultValue: 100,
        description: "At most this many (1–500; no more than 100 are returned).",
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const limit = args.limit ?? 100;
      checkLimit(limit);
      const page = meetingPageQuery(ctx.viewer, ctx.services.clock.now(), listFilterOf(args));
      return ctx.database.db.query.meetings.findMany(
        query({
          where: page.where,
          orderBy: { startsAt: args.period === "PAST" ? "desc" : "asc" },
          limit: Math.min(limit, connectionPage.maxSize),
        }),
      );
    },
  }),
  meeting: t.drizzleField({
    ...readableByAnyone,
    type: "meetings",
    nullable: true,
    description: "A meeting by its slug or id (drafts only for the coordinator).",
    args: {
      slug: t.arg.string({
        description: "The meeting's address: /moten/<slug>; give this or id.",
        required: false,
      }),
      id: t.arg.id({ description: "The meeting's id; give this or slug.", required: false }),
    },
    resolve: (query, _root, args, ctx) => {
      const id = args.id ? uuidOrNull(args.id) : undefined;
      if ((!args.slug && !args.id) || id === null) return null;
      return ctx.database.db.query.meetings.findFirst(
        query({
          where: filter({ slug: args.slug ?? undefined, id, status: visibleStatus(ctx) }),
        }),
      );
    },
  }),
}));
