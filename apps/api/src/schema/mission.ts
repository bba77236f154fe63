import { defaultContactEmail } from "@kraftsamling/config";
import { builder } from "../builder";
import { readableByAnyone } from "./access";
import { ProposalStatus, ThemeStatus } from "./enums";

export const Phase = builder.drizzleObject("phases", {
  name: "Phase",
  description: "One of the mission's five phases.",
  fields: (t) => ({
    number: t.exposeInt("number", {
      description: "The phase's number, from 1, in the order of the mission.",
    }),
    name: t.exposeString("name", { description: "The phase's name." }),
    description: t.exposeString("description", {
      description: "What the mission does in this phase.",
    }),
    startsOn: t.expose("startsOn", {
      description: "The phase's first day; null when not yet fixed.",
      type: "Date",
      nullable: true,
    }),
    endsOn: t.expose("endsOn", {
      description: "The phase's last day; null when not yet fixed.",
      type: "Date",
      nullable: true,
    }),
    themes: t.relation("themes", {
      description: "The themes of the phase, by title.",
      query: { orderBy: { title: "asc" } },
    }),
  }),
});

export const Theme = builder.drizzleObject("themes", {
  name: "Theme",
  // Only the columns the asked-for fields read.
  select: { columns: { id: true } },
  description: "What comments and findings are about.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The theme's id (its global id)." }),
    slug: t.exposeString("slug", {
      description: "The theme's address in the portal: /teman/<slug>.",
    }),
    title: t.exposeString("title", { description: "The theme's title." }),
    description: t.exposeString("description", {
      description: "What the theme is about, for the theme's page.",
    }),
    status: t.expose("status", {
      description: "Whether the theme takes comments.",
      type: ThemeStatus,
    }),
    phase: t.relation("phase", {
      description: "The phase the theme belongs to; null for a theme of the whole mission.",
      nullable: true,
    }),
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
    number: t.exposeInt("number", {
      description: "The question's number in the visit's interview guide.",
    }),
    text: t.exposeString("text", { description: "The question as it is asked." }),
    theme: t.relation("theme", { description: "The theme the question belongs to." }),
  }),
});

export const Proposal = builder.drizzleObject("proposals", {
  name: "Proposal",
  description: "A proposal to the government, with who carries it out and where it stands.",
  fields: (t) => ({
    number: t.exposeInt("number", {
      description: "The proposal's number in the mission's report.",
    }),
    title: t.exposeString("title", { description: "The proposal's title." }),
    summary: t.exposeString("summary", { description: "What the proposal says, in short." }),
    responsibleBody: t.exposeString("responsibleBody", {
      description: "Who is to carry it out, e.g. Socialstyrelsen.",
    }),
    status: t.expose("status", {
      description: "Whether the government has decided it or it is being prepared.",
      type: ProposalStatus,
    }),
    reportDue: t.expose("reportDue", {
      description: "When the body responsible is to report on it; null when no date is set.",
      type: "Date",
      nullable: true,
    }),
  }),
});

/** How to reach the coordinator's office, as configured. */
interface ContactDetails {
  email: string;
  postalAddress: string[];
}

const Contact = builder.objectRef<ContactDetails>("Contact").implement({
  description: "How to reach the coordinator's office (samordnarens kansli).",
  fields: (t) => ({
    email: t.exposeString("email", {
      description: "The office's e-mail address (CONTACT_EMAIL; a demo address when unset).",
    }),
    postalAddress: t.exposeStringList("postalAddress", {
      description: "The office's postal address, a line each; empty when none is configured.",
    }),
  }),
});

builder.queryFields((t) => ({
  contact: t.field({
    ...readableByAnyone,
    type: Contact,
    description: "How to reach the coordinator's office, for the portal's contact page.",
    resolve: (_root, _args, ctx) => ({
      email: ctx.services.config.contactEmail ?? defaultContactEmail,
      postalAddress: ctx.services.config.contactPostalAddress ?? [],
    }),
  }),
  phases: t.drizzleField({
    description: "The mission's phases, in order.",
    ...readableByAnyone,
    type: ["phases"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.phases.findMany(query({ orderBy: { number: "asc" } })),
  }),
  themes: t.drizzleField({
    ...readableByAnyone,
    type: ["themes"],
    description: "Themes by phase, then title; archived themes only when asked for by status.",
    args: {
      status: t.arg({
        type: ThemeStatus,
        required: false,
        description: "Only themes that stand here; left out, every theme but the archived.",
      }),
    },
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
    description: "One theme by its address; null when there is none.",
    args: {
      slug: t.arg.string({ required: true, description: "The theme's address: /teman/<slug>." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.themes.findFirst(query({ where: { slug: args.slug } })),
  }),
  visitQuestions: t.drizzleField({
    description: "The questions asked at every municipality visit, by number.",
    ...readableByAnyone,
    type: ["visitQuestions"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.visitQuestions.findMany(query({ orderBy: { number: "asc" } })),
  }),
  proposals: t.drizzleField({
    description: "The mission's proposals to the government, by number.",
    ...readableByAnyone,
    type: ["proposals"],
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.proposals.findMany(query({ orderBy: { number: "asc" } })),
  }),
}));
