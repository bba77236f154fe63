import { builder } from "../builder";
import { readableByAnyone } from "./access";
import { ProposalStatus, ThemeStatus } from "./enums";

export const Phase = builder.drizzleObject("phases", {
  name: "Phase",
  description: "One of the mission's five phases.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    startsOn: t.expose("startsOn", { type: "Date", nullable: true }),
    endsOn: t.expose("endsOn", { type: "Date", nullable: true }),
    themes: t.relation("themes", { query: { orderBy: { title: "asc" } } }),
  }),
});

export const Theme = builder.drizzleObject("themes", {
  name: "Theme",
  description: "What comments and findings are about.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    status: t.expose("status", { type: ThemeStatus }),
    phase: t.relation("phase", { nullable: true }),
    visitQuestions: t.relation("visitQuestions", {
      description: "The questions of the municipality visits that belong to this theme.",
      query: { orderBy: { number: "asc" } },
    }),
  }),
});

export const VisitQuestion = builder.drizzleObject("visitQuestions", {
  name: "VisitQuestion",
  description: "A question asked at every municipality visit.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    text: t.exposeString("text"),
    theme: t.relation("theme"),
  }),
});

export const Proposal = builder.drizzleObject("proposals", {
  name: "Proposal",
  description: "A proposal to the government, with who carries it out and where it stands.",
  fields: (t) => ({
    number: t.exposeInt("number"),
    title: t.exposeString("title"),
    summary: t.exposeString("summary"),
    responsibleBody: t.exposeString("responsibleBody"),
    status: t.expose("status", { type: ProposalStatus }),
    reportDue: t.expose("reportDue", { type: "Date", nullable: true }),
  }),
});

builder.queryFields((t) => ({
  phases: t.drizzleField({
    ...readableByAnyone,
    type: ["phases"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.phases.findMany(query({ orderBy: { number: "asc" } })),
  }),
  themes: t.drizzleField({
    ...readableByAnyone,
    type: ["themes"],
    description: "Themes by phase, then title; archived themes only when asked for by status.",
    args: { status: t.arg({ type: ThemeStatus, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.themes.findMany(
        query({
          where: args.status ? { status: args.status } : { status: { ne: "archived" } },
          orderBy: { phaseNumber: "asc", title: "asc" },
        }),
      ),
  }),
  theme: t.drizzleField({
    ...readableByAnyone,
    type: "themes",
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.themes.findFirst(query({ where: { slug: args.slug } })),
  }),
  visitQuestions: t.drizzleField({
    ...readableByAnyone,
    type: ["visitQuestions"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.visitQuestions.findMany(query({ orderBy: { number: "asc" } })),
  }),
  proposals: t.drizzleField({
    ...readableByAnyone,
    type: ["proposals"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.proposals.findMany(query({ orderBy: { number: "asc" } })),
  }),
}));
