import { type Db, schema as tables } from "@kraftsamling/db";
import { hasScope } from "../accounts/scopes";
import { commentThreadsVisibleTo, postsVisibleTo } from "../blog/service";
import { builder } from "../builder";
import type { Context } from "../context";
import { maxNodeIds, type NodeTable, nodeTypesOf } from "../nodes/lookup";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { readableByAnyone } from "./access";
import { Session } from "./account";
import { AuditEntry } from "./audit";
import { BlogPost } from "./blog";
import { Comment } from "./comment";
import { Commitment } from "./commitment";
import { Finding } from "./finding";
import { Invitation } from "./invitation";
import { Meeting } from "./meeting";
import { AgendaItem, MeetingDocument } from "./meeting-admin";
import { MeetingQuestion, MeetingSpeaker } from "./meeting-live";
import { ConferenceSlot } from "./meeting-programme";
import { MeetingRegistration } from "./meeting-registration";
import { Theme } from "./mission";
import { CommentReport } from "./moderation";
import { Notification } from "./notification";
import { Organisation } from "./organisation";
import { OutboxMail } from "./outbox";
import { Person } from "./person";
import { County, Municipality, MunicipalityGroup } from "./places";
import { Visit, VisitParticipant } from "./visit";

/**
 * `Node`: every object with a global id, and `node(id:)`/`nodes(ids:)` to fetch any of them. An
 * object's global id is its uuid (unique across the whole database); a county, a municipality and
 * a municipality group, which have codes instead, have `County:01`, `Municipality:0180` and
 * `MunicipalityGroup:A1`. A node comes back only when the viewer may see it through its own query
 * field, under the same rules: anything else is null, and its fields keep their own scopes.
 */
const typeOfNode = new WeakMap<object, string>();

export const Node = builder.interfaceRef<{ id: string }>("Node").implement({
  description:
    "An object with a global id, which `node(id:)` and `nodes(ids:)` fetch: the object's uuid, or `County:01`, `Municipality:0180`, `MunicipalityGroup:A1` for the places.",
  fields: (t) => ({
    id: t.id({
      description: "The global id: the same in every answer, and what `node(id:)` takes.",
      resolve: (node) => node.id,
    }),
  }),
  resolveType: (node) => typeOfNode.get(node) ?? null,
});

type Row = { id: string };
/** Where a kind of node is read from, and which of its rows the viewer may see. */
interface UuidNodeKind extends NodeTable {
  load(ctx: Context, ids: string[]): Promise<Row[]>;
}

const viewerId = (ctx: Context) => ctx.viewer?.personId ?? "00000000-0000-0000-0000-000000000000";
const coordinatorOnly =
  (read: (db: Db, ids: string[]) => Promise<Row[]>) => (ctx: Context, ids: string[]) =>
    hasScope(ctx.viewer, "coordinator") ? read(ctx.database.db, ids) : Promise.resolve([]);
const signedInOnly =
  (read: (db: Db, ids: string[]) => Promise<Row[]>) => (ctx: Context, ids: string[]) =>
    hasScope(ctx.viewer, "signedIn") ? read(ctx.database.db, ids) : Promise.resolve([]);

const uuidKinds: UuidNodeKind[] = [
  {
    type: "Finding",
    table: tables.findings,
    // As `finding(id:)`: published ones, but to the coordinator's office.
    load: (ctx, ids) =>
      ctx.database.db.query.findings.findMany({
        where: hasScope(ctx.viewer, "coordinator")
          ? { id: { in: ids } }
          : { id: { in: ids }, status: "published" },
      }),
  },
  {
    type: "Theme",
    table: tables.themes,
    load: (ctx, ids) => ctx.database.db.query.themes.findMany({ where: { id: { in: ids } } }),
  },
  {
    type: "Meeting",
    table: tables.meetings,
    // As `meeting(id:)`: drafts are the coordinator's.
    load: (ctx, ids) =>
      ctx.database.db.query.meetings.findMany({
        where: hasScope(ctx.viewer, "coordinator")
          ? { id: { in: ids } }
          : { id: { in: ids }, status: { ne: "draft" } },
      }),
  },
  {
    type: "BlogPost",
    table: tables.blogPosts,
    // As `blogPost(slug:)`: published posts, but to the coordinator.
    load: (ctx, ids) =>
      ctx.database.db.query.blogPosts.findMany({
        where: { id: { in: ids }, ...postsVisibleTo(ctx.viewer, ctx.services) },
      }),
  },
  {
    type: "Commitment",
    table: tables.commitments,
    load: (ctx, ids) => ctx.database.db.query.commitments.findMany({ where: { id: { in: ids } } }),
  },
  {
    type: "Organisation",
    table: tables.organisations,
    load: (ctx, ids) =>
      ctx.database.db.query.organisations.findMany({ where: { id: { in: ids } } }),
  },
  {
    type: "Person",
    table: tables.people,
    // Names are the signed-in's; the type's own scopes guard the rest (an e-mail address).
    load: signedInOnly((db, ids) => db.query.people.findMany({ where: { id: { in: ids } } })),
  },
  {
    type: "Comment",
    table: tables.comments,
    // Threads are the signed-in's; a hidden or deleted comment's body follows its own field's rule.
    // A comment under a blog post is found only while the reader may read the post itself.
    load: async (ctx, ids) => {
      if (!hasScope(ctx.viewer, "signedIn")) return [];
      return ctx.database.db.query.comments.findMany({
        where: { id: { in: ids }, ...commentThreadsVisibleTo(ctx.viewer, ctx.services) },
      });
    },
  },
  {
    type: "Notification",
    table: tables.notifications,
    load: (ctx, ids) =>
      ctx.database.db.query.notifications.findMany({
        where: { id: { in: ids }, personId: viewerId(ctx) },
      }),
  },
  {
    type: "Session",
    table: tables.sessions,
    load: (ctx, ids) =>
      ctx.database.db.query.sessions.findMany({
        where: { id: { in: ids }, personId: viewerId(ctx) },
      }),
  },
  {
    type: "MeetingRegistration",
    table: tables.meetingRegistrations,
    load: (ctx, ids) =>
      ctx.database.db.query.meetingRegistrations.findMany({
        where: hasScope(ctx.viewer, "coordinator")
          ? { id: { in: ids } }
          : { id: { in: ids }, personId: viewerId(ctx) },
      }),
  },
  {
    type: "CommentReport",
    table: tables.commentReports,
    load: (ctx, ids) =>
      hasScope(ctx.viewer, "moderator")
        ? ctx.database.db.query.commentReports.findMany({ where: { id: { in: ids } } })
        : Promise.resolve([]),
  },
  {
    type: "Visit",
    table: tables.visits,
    load: coordinatorOnly((db, ids) => db.query.visits.findMany({ where: { id: { in: ids } } })),
  },
  {
    type: "VisitParticipant",
    table: tables.visitParticipants,
    load: coordinatorOnly((db, ids) =>
      db.query.visitParticipants.findMany({ where: { id: { in: ids } } }),
    ),
  },
  {
    type: "AuditEntry",
    table: tables.auditLog,
    load: coordinatorOnly((db, ids) => db.query.auditLog.findMany({ where: { id: { in: ids } } })),
  },
  {
    type: "Invitation",
    table: tables.invitations,
    load: coordinatorOnly((db, ids) =>
      db.query.invitations.findMany({ where: { id: { in: ids } } }),
    ),
  },
  {
    type: "OutboxMail",
    table: tables.outbox,
    load: coordinatorOnly((db, ids) => db.query.outbox.findMany({ where: { id: { in: ids } } })),
  },
  // A meeting's parts are read through their meeting; by id, only by the coordinator.
  {
    type: "AgendaItem",
    table: tables.agendaItems,
    load: coordinatorOnly((db, ids) =>
      db.query.agendaItems.findMany({ where: { id: { in: ids } } }),
    ),
  },
  {
    type: "MeetingDocument",
    table: tables.meetingDocuments,
    load: coordinatorOnly((db, ids) =>
      db.query.meetingDocuments.findMany({ where: { id: { in: ids } } }),
    ),
  },
  {
    type: "ConferenceSlot",
    table: tables.conferenceSlots,
    load: coordinatorOnly((db, ids) =>
      db.query.conferenceSlots.findMany({ where: { id: { in: ids } } }),
    ),
  },
  {
    type: "MeetingQuestion",
    table: tables.meetingQuestions,
    load: coordinatorOnly((db, ids) =>
      db.query.meetingQuestions.findMany({ where: { id: { in: ids } } }),
    ),
  },
  {
    type: "MeetingSpeaker",
    table: tables.meetingSpeakers,
    load: coordinatorOnly((db, ids) =>
      db.query.meetingSpeakers.findMany({ where: { id: { in: ids } } }),
    ),
  },
];

for (const ref of [
  Finding,
  Theme,
  Meeting,
  BlogPost,
  Commitment,
  Organisation,
  Person,
  Comment,
  Notification,
  Session,
  MeetingRegistration,
  CommentReport,
  Visit,
  VisitParticipant,
  AuditEntry,
  Invitation,
  OutboxMail,
  AgendaItem,
  MeetingDocument,
  ConferenceSlot,
  MeetingQuestion,
  MeetingSpeaker,
  County,
  Municipality,
  MunicipalityGroup,
]) {
  ref.addInterfaces([Node]);
}

/** The places' global ids: the type's name, a colon and the code. */
const placeKinds = {
  County: (ctx: Context, codes: string[]) =>
    ctx.database.db.query.counties.findMany({ where: { code: { in: codes } } }),
  Municipality: (ctx: Context, codes: string[]) =>
    ctx.database.db.query.municipalities.findMany({ where: { code: { in: codes } } }),
  MunicipalityGroup: (ctx: Context, codes: string[]) =>
    ctx.database.db.query.municipalityGroups.findMany({ where: { code: { in: codes } } }),
} as const;
type PlaceType = keyof typeof placeKinds;

function placeOf(id: string): { type: PlaceType; code: string } | null {
  const match = /^(County|Municipality|MunicipalityGroup):([0-9A-Za-z]{1,8})$/.exec(id);
  return match ? { type: match[1] as PlaceType, code: match[2] as string } : null;
}

/** The nodes these global ids name, in their order; null where the viewer may see none. */
async function loadNodes(ctx: Context, ids: readonly string[]): Promise<(Row | null)[]> {
  const found = new Map<string, Row>();
  const uuids = [...new Set(ids.map((id) => uuidOrNull(id)).filter((id) => id !== null))];
  const types = await nodeTypesOf(ctx.database.db, uuidKinds, uuids);
  const places = ids.map(placeOf).filter((place) => place !== null);
  await Promise.all([
    ...uuidKinds.map(async (kind) => {
      const wanted = uuids.filter((id) => types.get(id) === kind.type);
      if (wanted.length === 0) return;
      for (const row of await kind.load(ctx, wanted)) {
        typeOfNode.set(row, kind.type);
        found.set(row.id, row);
      }
    }),
    ...(Object.keys(placeKinds) as PlaceType[]).map(async (type) => {
      const codes = places.filter((place) => place.type === type).map((place) => place.code);
      if (codes.length === 0) return;
      for (const row of await placeKinds[type](ctx, codes)) {
        const node = { ...row, id: `${type}:${row.code}` };
        typeOfNode.set(node, type);
        found.set(node.id, node);
      }
    }),
  ]);
  return ids.map((id) => found.get(uuidOrNull(id) ?? id) ?? null);
}

builder.queryFields((t) => ({
  node: t.field({
    ...readableByAnyone,
    type: Node,
    nullable: true,
    description:
      "Any object by its global id; null when there is none the viewer may see (the same rules as the object's own query field).",
    args: { id: t.arg.id({ required: true, description: "The object's global id (`id`)." }) },
    resolve: async (_root, args, ctx) => (await loadNodes(ctx, [String(args.id)]))[0] ?? null,
  }),
  nodes: t.field({
    ...readableByAnyone,
    type: [Node],
    nullable: { list: false, items: true },
    description: `Objects by their global ids, in the order asked for (at most ${maxNodeIds}); null for each id that names none the viewer may see.`,
    args: {
      ids: t.arg.idList({
        required: true,
        description: `The objects' global ids, at most ${maxNodeIds}.`,
      }),
    },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > maxNodeIds) {
        throw new InputError(
          "TOO_MANY_IDS",
          `Ask for at most ${maxNodeIds} ids at a time; this asked for ${args.ids.length}.`,
          "ids",
        );
      }
      return loadNodes(ctx, args.ids.map(String));
    },
  }),
}));
