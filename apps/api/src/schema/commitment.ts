import { filter } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import {
  canRecordCommitments,
  commitmentActors,
  commitmentIds,
  commitmentPageQuery,
  countCommitments,
  recordCommitmentStatus,
  setCommitmentLinks,
} from "../commitments/service";
import type { Context } from "../context";
import { connectionPage } from "../shared/query-cost";
import { readableByAnyone } from "./access";
import { checkedCursors } from "./connection";
import { CommitmentKind, CommitmentStatus } from "./enums";

/** Matches no row: what an office-only relation asks for on behalf of everyone else. */
const nobody = "00000000-0000-0000-0000-000000000000";
const office = (ctx: Context) => hasScope(ctx.viewer, "coordinator");

export const CommitmentStatusChange = builder.drizzleObject("commitmentStatusChanges", {
  name: "CommitmentStatusChange",
  description: "A step in a commitment's timeline: its status from a day on, with a note.",
  fields: (t) => ({
    status: t.expose("status", {
      description: "The status it changed to.",
      type: CommitmentStatus,
    }),
    changedOn: t.expose("changedOn", { type: "Date", description: "The day it happened." }),
    dateAssumed: t.exposeBoolean("dateAssumed", {
      description: "The sources do not date it: the day is assumed (antaget datum).",
    }),
    note: t.exposeString("note", { description: "What was noted with the change." }),
    recordedBy: t.relation("recordedBy", {
      nullable: true,
      description:
        "Who recorded it (the coordinator's office; null for everyone else, for the seeded steps and once the account is erased).",
      query: (_args, ctx) => ({ where: office(ctx) ? {} : { id: nobody } }),
    }),
  }),
});

export const Commitment = builder.drizzleObject("commitments", {
  name: "Commitment",
  description:
    "A commitment (åtagande): one of the ten proposals to the government (seed 001), or a part of SKL's action plan (seed 004), with who carries it out and its timeline.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The commitment's id (its global id)." }),
    slug: t.exposeString("slug", { description: "The commitment's address: /atagaranden/<slug>." }),
    kind: t.expose("kind", { description: "What the commitment is.", type: CommitmentKind }),
    number: t.exposeInt("number", {
      description: "Its number in its source (proposal 5), or its order there.",
    }),
    title: t.exposeString("title", { description: "The commitment's title." }),
    summary: t.exposeString("summary", { description: "What the commitment says, in short." }),
    actor: t.exposeString("actor", { description: "Who carries it out." }),
    status: t.expose("status", {
      type: CommitmentStatus,
      description: "Its status: that of the latest step of its timeline.",
    }),
    parent: t.relation("parent", {
      nullable: true,
      description: "An action item's area of the action plan.",
    }),
    children: t.relation("children", {
      description: "An area's action items, in the plan's order.",
      query: { orderBy: { number: "asc" } },
    }),
    timeline: t.relation("statusChanges", {
      description: "Every step of its status, oldest first (of one day, in the order recorded).",
      query: { orderBy: { changedOn: "asc", recordedAt: "asc" } },
    }),
    findings: t.relation("findings", {
      description:
        "The findings that led to it: PUBLISHED ones only, but to the coordinator's office.",
      query: (_args, ctx) => ({
        where: office(ctx) ? {} : { status: "published" as const },
        orderBy: { publishedAt: "desc" },
      }),
    }),
    meetings: t.relation("meetings", {
      description:
        "The meetings that led to it, those the viewer may see (drafts: the coordinator).",
      query: (_args, ctx) => ({
        where: filter({ status: office(ctx) ? undefined : { ne: "draft" as const } }),
        orderBy: { startsAt: "asc" },
      }),
    }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When its status or links last changed.",
    }),
    viewerCanRecordStatus: t.boolean({
      description: "Whether the viewer records its status changes and links (the coordinator).",
      resolve: (_commitment, _args, ctx) => canRecordCommitments(ctx.viewer),
    }),
  }),
});

const CommitmentFilterInput = builder.inputType("CommitmentFilter", {
  description:
    "Which commitments: each list left out or empty chooses all; the lists combine with AND.",
  fields: (t) => ({
    kinds: t.field({
      type: [CommitmentKind],
      required: false,
      description: "Proposals, action plan areas, items or stability factors.",
    }),
    actors: t.stringList({ required: false, description: "Who carries them out, as `actor`." }),
    statuses: t.field({
      type: [CommitmentStatus],
      required: false,
      description: "Where they stand now.",
    }),
  }),
});

/** The viewer of a coordinator's mutation: the scopes let no one anonymous through. */
function coordinator(ctx: Context) {
  if (!ctx.viewer) throw new Error("the coordinator's scope lets no one anonymous through");
  return ctx.viewer;
}

builder.queryFields((t) => ({
  commitment: t.drizzleField({
    ...readableByAnyone,
    type: "commitments",
    nullable: true,
    description:
      "One commitment by its slug (forslag-5, skl-omrade-1-punkt-2); null when there is none.",
    args: {
      slug: t.arg.string({
        description: "The commitment's address: /atagaranden/<slug>.",
        required: true,
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.commitments.findFirst(query({ where: { slug: args.slug } })),
  }),
  commitmentsConnection: t.drizzleConnection(
    {
      ...readableByAnyone,
      type: "commitments",
      description:
        "The commitments the filter chooses, a page at a time, in their sources' order: the proposals, then the action plan's areas, its items by area, and its stability factors.",
      args: {
        filter: t.arg({
          type: CommitmentFilterInput,
          required: false,
          description: "Which commitments; left out, all.",
        }),
      },
      maxSize: connectionPage.maxSize,
      defaultSize: connectionPage.defaultSize,
      totalCount: (_root, args, ctx) => countCommitments(ctx.database.db, args.filter),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.commitments.findMany(
          query(checkedCursors("commitments", args, commitmentPageQuery(args.filter))),
        ),
    },
    { name: "CommitmentConnection", description: "One page of commitments, and how many in all." },
    { name: "CommitmentEdge", description: "A commitment of the page, and its cursor." },
  ),
  commitments: t.drizzleField({
    ...readableByAnyone,
    type: ["commitments"],
    deprecationReason:
      "Use commitmentsConnection, which pages. This list returns at most 100 items.",
    description:
      "The commitments the filter chooses, in their sources' order: the proposals, then the action plan's areas, its items by area, and its stability factors. A page: at most `limit` (1–100) after skipping `offset`; `commitmentCount` tells how many in all.",
    args: {
      filter: t.arg({
        description: "Which commitments; all when left out.",
        type: CommitmentFilterInput,
        required: false,
      }),
      limit: t.arg.int({ description: "How many, 1–100.", required: false, defaultValue: 50 }),
      offset: t.arg.int({
        description: "How many to skip first.",
        required: false,
        defaultValue: 0,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = await commitmentIds(
        ctx.database.db,
        args.filter,
        args.limit ?? 50,
        args.offset ?? 0,
      );
      if (ids.length === 0) return [];
      const rows = await ctx.database.db.query.commitments.findMany(
        query({ where: { id: { in: ids } } }),
      );
      const position = new Map(ids.map((id, index) => [id, index]));
      const at = (row: unknown) => position.get((row as { id: string }).id) ?? 0;
      return rows.sort((a, b) => at(a) - at(b));
    },
  }),
  commitmentCount: t.int({
    ...readableByAnyone,
    description: "How many commitments the same filter as `commitments` chooses.",
    args: {
      filter: t.arg({
        description: "Which commitments to count; all when left out.",
        type: CommitmentFilterInput,
        required: false,
      }),
    },
    resolve: (_root, args, ctx) => countCommitments(ctx.database.db, args.filter),
  }),
  commitmentActors: t.stringList({
    ...readableByAnyone,
    description:
      "Everyone who carries out a commitment, in alphabetical order: the filter's choices.",
    resolve: (_root, _args, ctx) => commitmentActors(ctx.database.db),
  }),
}));

builder.mutationFields((t) => ({
  recordCommitmentStatus: t.drizzleField({
    type: "commitments",
    description:
      "Adds a step to a commitment's timeline (coordinator): from `changedOn` (2015 up to today) it has `status`, with a note of 1–1000 characters. Its status becomes that of its latest step by day.",
    errors: {},
    args: {
      commitmentId: t.arg.id({ description: "The commitment's id.", required: true }),
      status: t.arg({ description: "The new status.", type: CommitmentStatus, required: true }),
      changedOn: t.arg({
        description: "The day the status changed; left out, today.",
        type: "Date",
        required: true,
      }),
      note: t.arg.string({ description: "What to note with the change.", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await recordCommitmentStatus(ctx.database.db, ctx.services, coordinator(ctx), {
        commitmentId: args.commitmentId,
        status: args.status,
        changedOn: args.changedOn,
        note: args.note,
      });
      const commitment = await ctx.database.db.query.commitments.findFirst(
        query({ where: { id } }),
      );
      if (!commitment) throw new Error("the commitment disappeared");
      return commitment;
    },
  }),
  setCommitmentLinks: t.drizzleField({
    type: "commitments",
    description:
      "Links the findings (at most 200) and meetings (at most 50) that led to a commitment, in place of those linked before (coordinator).",
    errors: {},
    args: {
      commitmentId: t.arg.id({ description: "The commitment's id.", required: true }),
      findingIds: t.arg.idList({
        description: "Every finding that bears on it: replaces the list.",
        required: true,
      }),
      meetingIds: t.arg.idList({
        description: "Every meeting that bears on it: replaces the list.",
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await setCommitmentLinks(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.commitmentId,
        args.findingIds,
        args.meetingIds,
      );
      const commitment = await ctx.database.db.query.commitments.findFirst(
        query({ where: { id } }),
      );
      if (!commitment) throw new Error("the commitment disappeared");
      return commitment;
    },
  }),
}));
