import { filter } from "@kraftsamling/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder";
import type { Context } from "../context";
import { uuidOrNull } from "../shared/ids";
import {
  planVisit,
  setVisitAnswers,
  setVisitParticipants,
  setVisitStatus,
  updateVisit,
} from "../visits/service";
import { VisitStatus } from "./enums";

export const Visit = builder.drizzleObject("visits", {
  name: "Visit",
  description:
    "Kommunbesök: a visit of the coordinator to a municipality of the saved selection, in round 1 (autumn 2015) or round 2 (spring 2016).",
  fields: (t) => ({
    id: t.exposeID("id"),
    municipality: t.relation("municipality"),
    round: t.exposeInt("round"),
    date: t.expose("visitDate", { type: "Date" }),
    status: t.expose("status", { type: VisitStatus }),
    notes: t.exposeString("notes"),
    invented: t.exposeBoolean("invented", {
      description: "Made up for the demonstration: not a real visit.",
    }),
    participants: t.relation("participants", {
      description: "Who took part, in the order recorded.",
      query: { orderBy: { position: "asc" } },
    }),
    answers: t.relation("answers", {
      description: "What was heard to the visit questions, by question number.",
      query: { orderBy: { questionNumber: "asc" } },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const VisitParticipant = builder.drizzleObject("visitParticipants", {
  name: "VisitParticipant",
  description:
    "One who took part in a visit: a person with an account, or an organisation with an optional role, or a role alone (such as socialchef).",
  fields: (t) => ({
    id: t.exposeID("id"),
    person: t.relation("person", { nullable: true }),
    organisation: t.relation("organisation", { nullable: true }),
    role: t.exposeString("role", { nullable: true }),
  }),
});

export const VisitAnswer = builder.drizzleObject("visitAnswers", {
  name: "VisitAnswer",
  description: "What was heard in a visit to one of the visit questions.",
  fields: (t) => ({
    questionNumber: t.exposeInt("questionNumber"),
    question: t.relation("question"),
    answer: t.exposeString("answer"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const PlanVisitInput = builder.inputType("PlanVisitInput", {
  fields: (t) => ({
    municipalityCode: t.string({
      required: true,
      description: "A municipality of the saved selection.",
    }),
    round: t.int({ required: true, description: "1 (autumn 2015) or 2 (spring 2016)." }),
    date: t.field({ type: "Date", required: true }),
    notes: t.string({ required: false }),
  }),
});

const UpdateVisitInput = builder.inputType("UpdateVisitInput", {
  fields: (t) => ({
    date: t.field({ type: "Date", required: false }),
    notes: t.string({ required: false, description: "Replaces the notes; left out, they stay." }),
  }),
});

const VisitParticipantInput = builder.inputType("VisitParticipantInput", {
  description:
    "A person (personId alone), or an organisation with an optional role, or a role alone such as socialchef or nämndordförande.",
  fields: (t) => ({
    personId: t.id({ required: false }),
    organisationId: t.id({ required: false }),
    role: t.string({ required: false }),
  }),
});

const VisitAnswerInput = builder.inputType("VisitAnswerInput", {
  fields: (t) => ({
    questionNumber: t.int({ required: true }),
    answer: t.string({
      required: true,
      description: "What was heard; an empty answer removes the question's answer.",
    }),
  }),
});

/** The viewer of a coordinator's mutation: the scopes let no one anonymous through. */
function coordinator(ctx: Context) {
  if (!ctx.viewer) throw new Error("the coordinator's scope lets no one anonymous through");
  return ctx.viewer;
}

const VisitFilter = builder.inputType("VisitFilter", {
  fields: (t) => ({
    round: t.int({ required: false }),
    status: t.field({ type: VisitStatus, required: false }),
    countyCode: t.string({ required: false, description: "Two-digit county code, e.g. 09." }),
  }),
});

function visitWhere(
  by:
    | {
        round?: number | null;
        status?: "planned" | "held" | "written_up" | null;
        countyCode?: string | null;
      }
    | null
    | undefined,
) {
  return filter({
    round: by?.round ?? undefined,
    status: by?.status ?? undefined,
    municipality: by?.countyCode ? { countyCode: by.countyCode } : undefined,
  });
}

builder.queryFields((t) => ({
  visits: t.drizzleField({
    type: ["visits"],
    description:
      "Municipality visits by date, then municipality code, optionally of one round, status and county (coordinator). A page: at most `limit` (1–200) after skipping `offset`.",
    args: {
      filter: t.arg({ type: VisitFilter, required: false }),
      limit: t.arg.int({ required: false, defaultValue: 50 }),
      offset: t.arg.int({ required: false, defaultValue: 0 }),
    },
    resolve: (query, _root, args, ctx) => {
      const limit = args.limit ?? 50;
      const offset = args.offset ?? 0;
      if (limit < 1 || limit > 200 || offset < 0) {
        throw new GraphQLError(
          `limit must be between 1 and 200 and offset not negative, got ${limit} and ${offset}`,
          { extensions: { code: "BAD_USER_INPUT" } },
        );
      }
      return ctx.database.db.query.visits.findMany(
        query({
          where: visitWhere(args.filter),
          orderBy: { visitDate: "asc", municipalityCode: "asc", round: "asc" },
          limit,
          offset,
        }),
      );
    },
  }),
  visitCount: t.int({
    description: "How many visits the same filters as `visits` find (coordinator).",
    args: { filter: t.arg({ type: VisitFilter, required: false }) },
    resolve: async (_root, args, ctx) =>
      (
        await ctx.database.db.query.visits.findMany({
          where: visitWhere(args.filter),
          columns: { id: true },
        })
      ).length,
  }),
  visit: t.drizzleField({
    type: "visits",
    nullable: true,
    description: "One visit with its participants and answers (coordinator).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOrNull(args.id);
      return id ? ctx.database.db.query.visits.findFirst(query({ where: { id } })) : null;
    },
  }),
}));

/** The visit an action changed, read back with the query's selection. */
async function visitResult(ctx: Context, query: (q: object) => object, id: string) {
  const row = await ctx.database.db.query.visits.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!row) throw new Error("the visit disappeared");
  return row;
}

builder.mutationFields((t) => ({
  planVisit: t.drizzleField({
    type: "visits",
    description:
      "Plans a visit of a municipality in the saved selection (coordinator): one per round and municipality, round 1 before round 2.",
    errors: {},
    args: { input: t.arg({ type: PlanVisitInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await planVisit(ctx.database.db, ctx.services, coordinator(ctx), input);
      return visitResult(ctx, query, id);
    },
  }),
  updateVisit: t.drizzleField({
    type: "visits",
    description: "Changes a visit's date and notes (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateVisitInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await updateVisit(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.input,
      );
      return visitResult(ctx, query, id);
    },
  }),
  setVisitParticipants: t.drizzleField({
    type: "visits",
    description: "Records who took part in a visit, replacing the earlier list (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      participants: t.arg({ type: [VisitParticipantInput], required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await setVisitParticipants(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.participants,
      );
      return visitResult(ctx, query, id);
    },
  }),
  setVisitAnswers: t.drizzleField({
    type: "visits",
    description:
      "Notes what was heard to visit questions (coordinator): each answer given replaces the question's earlier one, an empty one removes it, questions left out keep theirs.",
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      answers: t.arg({ type: [VisitAnswerInput], required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await setVisitAnswers(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.answers,
      );
      return visitResult(ctx, query, id);
    },
  }),
  setVisitStatus: t.drizzleField({
    type: "visits",
    description:
      "Moves a visit one step on: PLANNED → HELD → WRITTEN_UP; or one step back, with a reason (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: VisitStatus, required: true }),
      reason: t.arg.string({ required: false, description: "Why it goes back a step." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await setVisitStatus(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.status,
        args.reason,
      );
      return visitResult(ctx, query, id);
    },
  }),
}));
