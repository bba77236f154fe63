import { filter } from "@kraftsamling/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder";
import { readableByAnyone } from "./access";
import { MeetingAudience, MeetingKind, MeetingStatus } from "./enums";

export const Meeting = builder.drizzleObject("meetings", {
  name: "Meeting",
  description: "A dialogue meeting, hearing, round table, webinar, conference or seminar.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    kind: t.expose("kind", { type: MeetingKind }),
    status: t.expose("status", { type: MeetingStatus }),
    audience: t.expose("audience", { type: MeetingAudience }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    city: t.exposeString("city", { nullable: true }),
    place: t.exposeString("place", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    capacity: t.exposeInt("capacity", { nullable: true }),
    conference: t.relation("parent", {
      nullable: true,
      description: "The conference a seminar belongs to.",
    }),
    seminars: t.relation("seminars", { query: { orderBy: { startsAt: "asc" } } }),
    organisations: t.relation("organisations", {
      description: "Organisations taking part or invited.",
    }),
  }),
});

const MeetingPeriod = builder.enumType("MeetingPeriod", {
  values: {
    UPCOMING: { description: "Meetings that have not ended, soonest first." },
    PAST: { description: "Meetings that have ended, latest first." },
    ALL: { description: "Every meeting, earliest first." },
  },
});

builder.queryFields((t) => ({
  meetings: t.drizzleField({
    ...readableByAnyone,
    type: ["meetings"],
    description:
      "Published, held and cancelled meetings (never drafts), filtered by period, kinds and time.",
    args: {
      period: t.arg({ type: MeetingPeriod, required: false, defaultValue: "ALL" }),
      kinds: t.arg({ type: [MeetingKind], required: false }),
      from: t.arg({
        type: "DateTime",
        required: false,
        description: "Only meetings that start at or after this.",
      }),
      to: t.arg({
        type: "DateTime",
        required: false,
        description: "Only meetings that start before this.",
      }),
      limit: t.arg.int({
        required: false,
        defaultValue: 100,
        description: "At most this many (1–500).",
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const limit = args.limit ?? 100;
      if (limit < 1 || limit > 500) {
        throw new GraphQLError(`limit must be between 1 and 500, got ${limit}`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const now = new Date();
      const period = args.period ?? "ALL";
      return ctx.database.db.query.meetings.findMany(
        query({
          where: filter({
            status: { ne: "draft" as const },
            kind: args.kinds?.length ? { in: args.kinds } : undefined,
            startsAt: { gte: args.from ?? undefined, lt: args.to ?? undefined },
            endsAt:
              period === "UPCOMING" ? { gte: now } : period === "PAST" ? { lt: now } : undefined,
          }),
          orderBy: { startsAt: period === "PAST" ? "desc" : "asc" },
          limit,
        }),
      );
    },
  }),
  meeting: t.drizzleField({
    ...readableByAnyone,
    type: "meetings",
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.meetings.findFirst(
        query({ where: { slug: args.slug, status: { ne: "draft" } } }),
      ),
  }),
}));
