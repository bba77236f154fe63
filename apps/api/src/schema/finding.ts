import { filter } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import type { Context } from "../context";
import {
  countFindings,
  createFinding,
  type FindingOrder as FindingOrderValue,
  findingIds,
  findingPageQuery,
  publish,
  returnToDraft,
  submitForReview,
  unpublish,
  updateFinding,
} from "../findings/service";
import { uuidOrNull } from "../shared/ids";
import { connectionPage } from "../shared/query-cost";
import { readableByAnyone } from "./access";
import { checkedCursors } from "./connection";
import { FindingKind, FindingSource, FindingStatus } from "./enums";
import { checkedFindingFilter, FindingFilterInput } from "./finding-filter";
import { Phase, Theme } from "./mission";
import { Municipality } from "./places";
import { Visit } from "./visit";

/** Matches no row: what an office-only relation asks for on behalf of everyone else. */
const nobody = "00000000-0000-0000-0000-000000000000";
const office = (ctx: Context) => hasScope(ctx.viewer, "coordinator");
/** Everyone but the coordinator's office reads published findings only. */
const visibleStatus = (ctx: Context) => (office(ctx) ? undefined : ("published" as const));
/** A meeting's draft is the coordinator's until published (as in schema/meeting.ts). */
const visibleMeetingStatus = (ctx: Context) => (office(ctx) ? undefined : { ne: "draft" as const });

export const FindingOrder = builder.enumType("FindingOrder", {
  description: "The order of a list of findings.",
  values: {
    NEWEST: { description: "Latest published first (drafts by when they were recorded)." },
    OLDEST: { description: "First published first: NEWEST the other way round." },
    RELEVANCE: {
      description: "Best match of `filter.search` first; without search words, as NEWEST.",
    },
  } as const,
});

export const FindingRevision = builder.drizzleObject("findingRevisions", {
  name: "FindingRevision",
  description: "One version of a finding's content, the first included (the coordinator's office).",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "The version's number, from 1." }),
    title: t.exposeString("title", { description: "The title of this version." }),
    body: t.exposeString("body", { description: "The text of this version." }),
    kind: t.expose("kind", { description: "The kind in this version.", type: FindingKind }),
    source: t.expose("source", { description: "The source in this version.", type: FindingSource }),
    themes: t.field({
      description: "The themes in this version.",
      type: [Theme],
      select: { columns: { themeIds: true } },
      resolve: async (revision, _args, ctx) => {
        if (revision.themeIds.length === 0) return [];
        return ctx.database.db.query.themes.findMany({
          where: { id: { in: revision.themeIds } },
          orderBy: { title: "asc" },
        });
      },
    }),
    phase: t.field({
      description: "The phase in this version.",
      type: Phase,
      select: { columns: { phaseNumber: true } },
      resolve: async (revision, _args, ctx) => {
        const phase = await ctx.database.db.query.phases.findFirst({
          where: { number: revision.phaseNumber },
        });
        if (!phase) throw new Error("a revision names a phase that does not exist");
        return phase;
      },
    }),
    municipality: t.field({
      description: "The municipality in this version; null when none.",
      type: Municipality,
      nullable: true,
      select: { columns: { municipalityCode: true } },
      resolve: async (revision, _args, ctx) =>
        revision.municipalityCode
          ? ((await ctx.database.db.query.municipalities.findFirst({
              where: { code: revision.municipalityCode },
            })) ?? null)
          : null,
    }),
    observedOn: t.expose("observedOn", {
      description: "The day it was heard or read, in this version.",
      type: "Date",
      nullable: true,
    }),
    editedBy: t.relation("editedBy", {
      nullable: true,
      description: "Who wrote this version; null once their account is erased.",
    }),
    editedAt: t.expose("editedAt", {
      description: "When this version was written.",
      type: "DateTime",
    }),
  }),
});

export const Finding = builder.drizzleObject("findings", {
  name: "Finding",
  // Only the columns the asked-for fields read: a page of findings carries no body, search words or
  // office columns that no field of the request reads.
  select: { columns: { id: true } },
  description:
    "A finding (iakttagelse) from a municipality visit, a meeting, a survey or research. It never names a person. Everyone reads the published ones; the coordinator's office also drafts, those in review and those taken back.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The finding's id (its global id)." }),
    title: t.exposeString("title", { description: "The finding in one line." }),
    body: t.exposeString("body", {
      description: "What was heard or read, without naming a person.",
    }),
    kind: t.expose("kind", { description: "A challenge or a good example.", type: FindingKind }),
    source: t.expose("source", { description: "Where it was heard or read.", type: FindingSource }),
    status: t.expose("status", {
      description: "Where it stands; anything but PUBLISHED is the coordinator's office's.",
      type: FindingStatus,
    }),
    themes: t.relation("themes", {
      description: "What it is about: one theme or more.",
      query: { orderBy: { title: "asc" } },
    }),
    phase: t.relation("phase", { description: "The phase of the mission it belongs to." }),
    municipality: t.relation("municipality", {
      nullable: true,
      description: "The municipality it concerns; its county and group are the municipality's.",
    }),
    round: t.int({
      nullable: true,
      description: "The round of the visit it came from: 1 (autumn 2015) or 2 (spring 2016).",
      select: { with: { visit: { columns: { round: true } } } },
      resolve: (finding) => finding.visit?.round ?? null,
    }),
    meeting: t.relation("meeting", {
      nullable: true,
      description: "The meeting it came from, when the viewer may see that meeting.",
      query: (_args, ctx) => ({ where: filter({ status: visibleMeetingStatus(ctx) }) }),
    }),
    observedOn: t.expose("observedOn", {
      type: "Date",
      nullable: true,
      description: "The day it was heard or read.",
    }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was first published.",
    }),
    revisedAt: t.expose("revisedAt", {
      type: "DateTime",
      nullable: true,
      description:
        'When its content last changed after it was first published: the page says "uppdaterad" with this date.',
    }),
    version: t.exposeInt("version", { description: "The number of its latest version, from 1." }),
    invented: t.exposeBoolean("invented", {
      description: "Made up for the demonstration: never a real finding.",
    }),
    unpublishedReason: t.string({
      nullable: true,
      description:
        "Why it was taken back from the public, while it is UNPUBLISHED (the coordinator's office; null for everyone else).",
      select: { columns: { unpublishedReason: true } },
      resolve: (finding, _args, ctx) => (office(ctx) ? finding.unpublishedReason : null),
    }),
    visit: t.relation("visit", {
      type: Visit,
      nullable: true,
      description: "The visit it came from (the coordinator's office; null for everyone else).",
      query: (_args, ctx) => ({ where: office(ctx) ? {} : { id: nobody } }),
    }),
    recordedBy: t.relation("recordedBy", {
      nullable: true,
      description:
        "Who recorded it (the coordinator's office; null for everyone else, and once the account is erased).",
      query: (_args, ctx) => ({ where: office(ctx) ? {} : { id: nobody } }),
    }),
    revisions: t.relation("revisions", {
      description:
        "Every version of its content, the latest first (the coordinator's office; empty for everyone else).",
      query: (_args, ctx) => ({
        where: office(ctx) ? {} : { findingId: nobody },
        orderBy: { version: "desc" },
      }),
    }),
    createdAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was recorded (the coordinator's office).",
      select: { columns: { createdAt: true } },
      resolve: (finding, _args, ctx) => (office(ctx) ? finding.createdAt : null),
    }),
    updatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it last changed, its status included (the coordinator's office).",
      select: { columns: { updatedAt: true } },
      resolve: (finding, _args, ctx) => (office(ctx) ? finding.updatedAt : null),
    }),
    viewerCanEdit: t.boolean({
      description: "Whether the viewer edits, reviews and publishes findings (the coordinator).",
      resolve: (_finding, _args, ctx) => office(ctx),
    }),
  }),
});

const FindingInput = builder.inputType("FindingInput", {
  description:
    "A finding's content. A finding never names a person. A VISIT finding names its visit and takes the visit's municipality; a DIALOGUE_MEETING, HEARING, ROUND_TABLE or WEBINAR finding may name its meeting; SURVEY and RESEARCH name neither.",
  fields: (t) => ({
    title: t.string({ required: true, description: "1–200 characters." }),
    body: t.string({ required: true, description: "1–5000 characters." }),
    kind: t.field({
      description: "A challenge or a good example.",
      type: FindingKind,
      required: true,
    }),
    source: t.field({
      description: "Where it was heard or read.",
      type: FindingSource,
      required: true,
    }),
    themeIds: t.idList({ required: true, description: "One theme or more, at most 10." }),
    phaseNumber: t.int({ required: true, description: "The mission's phase, 1–5." }),
    municipalityCode: t.string({
      required: false,
      description: "Four digits; for a VISIT finding, the visit's municipality or left out.",
    }),
    visitId: t.id({ required: false, description: "The visit it came from (source VISIT)." }),
    meetingId: t.id({ required: false, description: "The meeting it came from." }),
    observedOn: t.field({ type: "Date", required: false, description: "The day it was heard." }),
  }),
});

/** The viewer of a coordinator's mutation: the scopes let no one anonymous through. */
function coordinator(ctx: Context) {
  if (!ctx.viewer) throw new Error("the coordinator's scope lets no one anonymous through");
  return ctx.viewer;
}

builder.queryFields((t) => ({
  finding: t.drizzleField({
    ...readableByAnyone,
    type: "findings",
    nullable: true,
    description:
      "One finding; null when there is none the viewer may see (anything but PUBLISHED is the coordinator's office's).",
    args: { id: t.arg.id({ description: "The finding's id.", required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) return null;
      return ctx.database.db.query.findings.findFirst(
        query({ where: filter({ id, status: visibleStatus(ctx) }) }),
      );
    },
  }),
  findingsConnection: t.drizzleConnection(
    {
      ...readableByAnyone,
      type: "findings",
      description:
        "Findings the filter chooses, a page at a time, in the order asked for: PUBLISHED ones only, but to the coordinator's office. `totalCount` is how many in all.",
      args: {
        filter: t.arg({
          type: FindingFilterInput,
          required: false,
          description: "Which findings; left out, all the viewer may read.",
        }),
        orderBy: t.arg({
          type: FindingOrder,
          required: false,
          defaultValue: "NEWEST",
          description: "The order; a cursor belongs to the order it was given in.",
        }),
      },
      maxSize: connectionPage.maxSize,
      defaultSize: connectionPage.defaultSize,
      totalCount: async (_root, args, ctx) =>
        countFindings(ctx.database.db, ctx.viewer, await checkedFindingFilter(ctx, args.filter)),
      resolve: async (query, _root, args, ctx) => {
        const filter = await checkedFindingFilter(ctx, args.filter);
        const order = (args.orderBy ?? "NEWEST") as FindingOrderValue;
        return ctx.database.db.query.findings.findMany(
          query(
            checkedCursors("findings", args, findingPageQuery(ctx.viewer, filter, order, args)),
          ),
        );
      },
    },
    { name: "FindingConnection", description: "One page of findings, and how many in all." },
    { name: "FindingEdge", description: "A finding of the page, and its cursor." },
  ),
  findings: t.drizzleField({
    ...readableByAnyone,
    type: ["findings"],
    deprecationReason: "Use findingsConnection, which pages. This list returns at most 100 items.",
    description:
      "Findings the filter chooses, newest first, oldest first or by relevance to `filter.search`: PUBLISHED ones only, but to the coordinator's office. A page: `limit` (1–200, no more than 100 are returned) after skipping `offset`; `findingCount` tells how many in all.",
    args: {
      filter: t.arg({
        description: "Which findings; all the viewer may see when left out.",
        type: FindingFilterInput,
        required: false,
      }),
      order: t.arg({
        description: "The order: NEWEST, OLDEST or RELEVANCE.",
        type: FindingOrder,
        required: false,
        defaultValue: "NEWEST",
      }),
      limit: t.arg.int({
        description: "How many, 1–200; no more than 100 are returned.",
        required: false,
        defaultValue: 50,
      }),
      offset: t.arg.int({
        description: "How many to skip first.",
        required: false,
        defaultValue: 0,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = await findingIds(
        ctx.database.db,
        ctx.viewer,
        await checkedFindingFilter(ctx, args.filter),
        (args.order ?? "NEWEST") as FindingOrderValue,
        args.limit ?? 50,
        args.offset ?? 0,
      );
      if (ids.length === 0) return [];
      const rows = await ctx.database.db.query.findings.findMany(
        query({ where: { id: { in: ids } } }),
      );
      const position = new Map(ids.map((id, index) => [id, index]));
      const at = (row: unknown) => position.get((row as { id: string }).id) ?? 0;
      return rows.sort((a, b) => at(a) - at(b));
    },
  }),
  findingCount: t.int({
    ...readableByAnyone,
    description: "How many findings the same filter as `findings` chooses for the viewer.",
    args: {
      filter: t.arg({
        description: "Which findings to count; all the viewer may see when left out.",
        type: FindingFilterInput,
        required: false,
      }),
    },
    resolve: async (_root, args, ctx) =>
      countFindings(ctx.database.db, ctx.viewer, await checkedFindingFilter(ctx, args.filter)),
  }),
}));

builder.drizzleObjectField(Visit, "findings", (t) =>
  t.relation("findings", {
    description: "The findings heard at the visit, latest recorded first (the coordinator).",
    query: (_args, ctx) => ({
      where: filter({ status: visibleStatus(ctx) }),
      orderBy: { createdAt: "desc" },
    }),
  }),
);

/** The finding an action changed, read back with the query's selection. */
async function findingResult(ctx: Context, query: (q: object) => object, id: string) {
  const row = await ctx.database.db.query.findings.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  );
  if (!row) throw new Error("the finding disappeared");
  return row;
}

builder.mutationFields((t) => ({
  createFinding: t.drizzleField({
    type: "findings",
    description: "Records a finding as a DRAFT, with its first version (coordinator).",
    errors: {},
    args: {
      input: t.arg({
        description: "The finding to record, as a draft.",
        type: FindingInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createFinding(ctx.database.db, ctx.services, coordinator(ctx), input);
      return findingResult(ctx, query, id);
    },
  }),
  updateFinding: t.drizzleField({
    type: "findings",
    description:
      "Replaces a finding's content with a new version (coordinator); once published, `revisedAt` says when it changed.",
    errors: {},
    args: {
      id: t.arg.id({ description: "The finding's id.", required: true }),
      input: t.arg({
        description: "The finding as it is to be.",
        type: FindingInput,
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await updateFinding(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.input,
      );
      return findingResult(ctx, query, id);
    },
  }),
  submitFindingForReview: t.drizzleField({
    type: "findings",
    description: "DRAFT → IN_REVIEW (coordinator).",
    errors: {},
    args: { id: t.arg.id({ description: "The finding's id.", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await submitForReview(ctx.database.db, ctx.services, coordinator(ctx), args.id);
      return findingResult(ctx, query, id);
    },
  }),
  returnFindingToDraft: t.drizzleField({
    type: "findings",
    description: "IN_REVIEW → DRAFT, with an optional reason kept in the audit log (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ description: "The finding's id.", required: true }),
      reason: t.arg.string({ required: false, description: "At most 500 characters." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await returnToDraft(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.reason,
      );
      return findingResult(ctx, query, id);
    },
  }),
  publishFinding: t.drizzleField({
    type: "findings",
    description:
      "IN_REVIEW or UNPUBLISHED → PUBLISHED: everyone reads it (coordinator). `publishedAt` keeps the first publication.",
    errors: {},
    args: { id: t.arg.id({ description: "The finding's id.", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await publish(ctx.database.db, ctx.services, coordinator(ctx), args.id);
      return findingResult(ctx, query, id);
    },
  }),
  unpublishFinding: t.drizzleField({
    type: "findings",
    description:
      "PUBLISHED → UNPUBLISHED: taken back from the public, with a reason (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ description: "The finding's id.", required: true }),
      reason: t.arg.string({ required: true, description: "Why: 1–500 characters." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await unpublish(
        ctx.database.db,
        ctx.services,
        coordinator(ctx),
        args.id,
        args.reason,
      );
      return findingResult(ctx, query, id);
    },
  }),
}));
