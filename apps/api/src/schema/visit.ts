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
    id: t.exposeID("id", { description: "The visit's id (its global id)." }),
    municipality: t.relation("municipality", { description: "The municipality visited." }),
    round: t.exposeInt("round", {
      description: "The round of visits: 1 (autumn 2015) or 2 (spring 2016).",
    }),
    date: t.expose("visitDate", { description: "The day of the visit.", type: "Date" }),
    status: t.expose("status", { description: "Where the visit stands.", type: VisitStatus }),
    notes: t.exposeString("notes", { description: "The coordinator's office's notes." }),
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
    createdAt: t.expose("createdAt", {
      description: "When the visit was planned.",
      type: "DateTime",
    }),
    updatedAt: t.expose("updatedAt", {
      description: "When the visit last changed.",
      type: "DateTime",
    }),
  }),
});

export const VisitParticipant = builder.drizzleObject("visitParticipants", {
  name: "VisitParticipant",
  description:
    "One who took part in a visit: a person with an account, or an organisation with an optional role, or a role alone (such as socialchef).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The participant's id." }),
    person: t.relation("person", {
      description: "The person, when they have an account; null otherwise or once erased.",
      nullable: true,
    }),
    organisation: t.relation("organisation", {
      description: "The organisation they came for; null when none.",
      nullable: true,
    }),
    role: t.exposeString("role", {
      description: "Their role at the visit, e.g. socialchef; null when not written.",
      nullable: true,
    }),
  }),
});

export const VisitAnswer = builder.drizzleObject("visitAnswers", {
  name: "VisitAnswer",
  description: "What was heard in a visit to one of the visit questions.",
  fields: (t) => ({
    questionNumber: t.exposeInt("questionNumber", {
      description: "The question's number in the interview guide.",
    }),
    question: t.relation("question", { description: "The question answered." }),
    answer: t.exposeString("answer", {
      description: "What the municipality answered, as written up.",
    }),
    updatedAt: t.expose("updatedAt", {
      description: "When the answer was last written.",
      type: "DateTime",
    }),
  }),
});

const PlanVisitInput = builder.inputType("PlanVisitInput", {
  description: "A municipality visit to plan.",
  fields: (t) => ({
    municipalityCode: t.string({
      required: true,
      description: "A municipality of the saved selection.",
    }),
    round: t.int({ required: true, description: "1 (autumn 2015) or 2 (spring 2016)." }),
    date: t.field({ description: "The day of the visit.", type: "Date", required: true }),
    notes: t.string({ description: "Notes for the coordinator's office.", required: false }),
  }),
});

const UpdateVisitInput = builder.inputType("UpdateVisitInput", {
  description: "What changes in a visit; what is left out stays.",
  fields: (t) => ({
    date: t.field({ description: "The day of the visit.", type: "Date", required: false }),
    notes: t.string({ required: false, description: "Replaces the notes; left out, they stay." }),
  }),
});

const VisitParticipantInput = builder.inputType("VisitParticipantInput", {
  description:
    "A person (personId alone), or an organisation with an optional role, or a role alone such as socialchef or nämndordförande.",
  fields: (t) => ({
    personId: t.id({ description: "The person, when they have an account.", required: false }),
    organisationId: t.id({ description: "The organisation they came for.", required: false }),
    role: t.string({ description: "Their role at the visit, e.g. socialchef.", required: false }),
  }),
});

const VisitAnswerInput = builder.inputType("VisitAnswerInput", {
  description: "The answer to one question of a visit.",
  fields: (t) => ({
    questionNumber: t.int({
      description: "The question's number in the interview guide.",
      required: true,
    }),
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
  description: "Which visits: each field left out matches all.",
  fields: (t) => ({
    round: t.int({ description: "Only visits of this round, 1 or 2.", required: false }),
    status: t.field({
      description: "Only visits that stand here.",
      type: VisitStatus,
      required: false,
    }),
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
      filter: t.arg({
        description: "Which visits; all when left out.",
        type: VisitFilter,
        required: false,
      }),
      limit: t.arg.int({ description: "How many, 1–100.", required: false, defaultValue: 50 }),
      offset: t.arg.int({
        description: "How many to skip first.",
        required: false,
        defaultValue: 0,
      }),
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
    args: {
      filter: t.arg({
        type: VisitFilter,
        required: false,
        description: "Which visits to count; all when left out.",
      }),
    },
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
    args: { id: t.arg.id({ required: true, description: "The visit's id." }) },
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
    args: {
      input: t.arg({ type: PlanVisitInput, required: true, description: "The visit to plan." }),
    },
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
      id: t.arg.id({ description: "The visit's id.", required: true }),
      input: t.arg({
        description: "What changes; what is left out stays.",
        type: UpdateVisitInput,
        required: true,
      }),
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
      id: t.arg.id({ description: "The visit's id.", required: true }),
      participants: t.arg({
        description: "Everyone who took part: replaces the list.",
        type: [VisitParticipantInput],
        required: true,
      }),
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
      id: t.arg.id({ description: "The visit's id.", required: true }),
      answers: t.arg({
        description: "The answers, one per question; a question left out keeps its answer.",
        type: [VisitAnswerInput],
        required: true,
      }),
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
      id: t.arg.id({ description: "The visit's id.", required: true }),
      status: t.arg({
        description: "Where the visit stands now.",
        type: VisitStatus,
        required: true,
      }),
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
