import { filter } from "@kraftsamling/db";
import { GraphQLError } from "graphql";
import { hasScope } from "../accounts/scopes";
import {
  type ActorRole,
  actorRoleOf,
  actorRoles,
  type ReferenceKind,
  referencedKeys,
  referenceNames,
} from "../audit/references";
import { auditLogCount, auditLogPageQuery } from "../audit/service";
import { type AuditSubject, auditSubjects, subjectKey, titleRecorded } from "../audit/subjects";
import { builder } from "../builder";
import type { Context, PortalRole } from "../context";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { uuidOrNull } from "../shared/ids";
import { requestBatches } from "../shared/request-batch";
import { checkedCursors, totalCountField } from "./connection";

const AuditActorRole = builder.enumType("AuditActorRole", {
  description: "The role in which someone did what an audit entry records.",
  values: {
    COORDINATOR: { value: "coordinator", description: "A coordinator of the national office." },
    MODERATOR: { value: "moderator", description: "A moderator of the dialogue." },
    ORGANISATION_ADMIN: {
      value: "organisation_admin",
      description: "An organisation's admin, changing its people.",
    },
    MEMBER: { value: "member", description: "A participant." },
    OBSERVER: { value: "observer", description: "An observer." },
    SYSTEM: { value: "system", description: "The portal itself, as when reports hide a comment." },
  } satisfies Record<string, { value: ActorRole; description: string }>,
});

const AuditSubjectPlace = builder.enumType("AuditSubjectPlace", {
  description: "What the subject of an audit entry lives in, when its title is that of its place.",
  values: {
    THEME: { value: "theme", description: "A comment in a theme's thread." },
    POST: { value: "post", description: "A comment under a blog post." },
    MEETING: { value: "meeting", description: "A question, speaker or registration of a meeting." },
  } as const,
});

const AuditReferenceKind = builder.enumType("AuditReferenceKind", {
  description: "The kind of thing an audit entry's JSON names by id.",
  values: {
    PERSON: { value: "person", description: "A person." },
    ORGANISATION: { value: "organisation", description: "An organisation." },
    FINDING: { value: "finding", description: "A finding." },
    MEETING: { value: "meeting", description: "A meeting." },
    THEME: { value: "theme", description: "A theme." },
  } satisfies Record<string, { value: ReferenceKind; description: string }>,
});

interface AuditReferenceShape {
  id: string;
  kind: ReferenceKind;
  name: string | null;
}

const AuditReference = builder.objectRef<AuditReferenceShape>("AuditReference").implement({
  description: "Something an audit entry's before or after JSON names by id, by its name now.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The id as the JSON holds it." }),
    kind: t.field({
      type: AuditReferenceKind,
      description: "What kind of thing it is.",
      resolve: (ref) => ref.kind,
    }),
    name: t.exposeString("name", {
      description: "Its name or title now; null when it is gone.",
      nullable: true,
    }),
  }),
});

/** Who reads the log, for the pages its links may go to. */
const readerOf = (ctx: Context) => ({
  coordinator: hasScope(ctx.viewer, "coordinator"),
  now: ctx.services.clock.now(),
});

const subjectOf = requestBatches<AuditSubject | null>(null);
const referenceNameOf = requestBatches<string | null>(null);
const actorRoleNow = requestBatches<PortalRole | null>(null);

/** The subject of an entry as it is now, loaded with those of the whole page. */
function loadSubject(
  entry: { subjectType: string; subjectId: string | null },
  ctx: Context,
  root: unknown,
): Promise<AuditSubject | null> {
  const key = subjectKey(entry.subjectType, entry.subjectId ?? "");
  const reader = readerOf(ctx);
  return subjectOf(ctx, [root, reader.coordinator], key, (keys) =>
    auditSubjects(ctx.database.db, keys, reader),
  );
}

const entryColumns = {
  columns: {
    actorId: true,
    actorName: true,
    action: true,
    subjectType: true,
    subjectId: true,
    before: true,
    after: true,
  },
} as const;

export const AuditEntry = builder.drizzleObject("auditLog", {
  name: "AuditEntry",
  description: "Something a coordinator, moderator or organisation admin did.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The entry's id." }),
    actorName: t.exposeString("actorName", { description: "Who did it, by name as it was then." }),
    actor: t.relation("actor", {
      description: "Who did it; null once their account is erased.",
      nullable: true,
    }),
    action: t.exposeString("action", {
      description: "What was done, such as membership.remove or person.role.",
    }),
    subjectType: t.exposeString("subjectType", {
      description: "What kind of thing it was done to, e.g. meeting.",
    }),
    subjectId: t.exposeString("subjectId", {
      description: "The id of what it was done to.",
      nullable: true,
    }),
    before: t.expose("before", {
      description: "The subject as it was before, as JSON; null when it was made.",
      type: "JSON",
      nullable: true,
    }),
    after: t.expose("after", {
      description: "The subject as it was after, as JSON; null when it was removed.",
      type: "JSON",
      nullable: true,
    }),
    at: t.expose("at", { description: "When it was done.", type: "DateTime" }),
    actorRole: t.field({
      type: AuditActorRole,
      nullable: true,
      description:
        "The role in which the actor did it: SYSTEM for the portal itself, ORGANISATION_ADMIN for a participant who changed an organisation's people, else the person's portal role as it is now (the log records no role); null once the account is erased. Loaded for the whole page at once.",
      select: entryColumns,
      resolve: async (entry, _args, ctx, info) => {
        const role = entry.actorId
          ? await actorRoleNow(ctx, [info.rootValue], entry.actorId, async (ids) => {
              const roles = await actorRoles(ctx.database.db, ids);
              return new Map(ids.map((id) => [id, roles.get(id) ?? null]));
            })
          : null;
        return actorRoleOf(entry, role ?? undefined);
      },
    }),
    subjectExists: t.boolean({
      description:
        "Whether what it was done to is still there. Loaded for the whole page at once, one query per kind of subject.",
      select: entryColumns,
      resolve: async (entry, _args, ctx, info) =>
        (await loadSubject(entry, ctx, info.rootValue)) !== null,
    }),
    subjectTitle: t.string({
      nullable: true,
      description:
        "The title or name of what it was done to, as it is now, or as the entry recorded it when it is gone; for a comment the title of its theme or blog post, for a meeting's question, speaker or registration the meeting's. Null when there is none to tell.",
      select: entryColumns,
      resolve: async (entry, _args, ctx, info) => {
        const subject = await loadSubject(entry, ctx, info.rootValue);
        return subject ? subject.title : titleRecorded(entry.before, entry.after);
      },
    }),
    subjectPath: t.string({
      nullable: true,
      description:
        "The portal page of what it was done to, from the site's root (a comment's with its anchor), while it is there and the reader may open it; null otherwise.",
      select: entryColumns,
      resolve: async (entry, _args, ctx, info) =>
        (await loadSubject(entry, ctx, info.rootValue))?.path ?? null,
    }),
    subjectPlace: t.field({
      type: AuditSubjectPlace,
      nullable: true,
      description:
        "What the subject lives in when subjectTitle is that place's title: THEME or POST for a comment, MEETING for a meeting's question, speaker or registration; null otherwise.",
      select: entryColumns,
      resolve: async (entry, _args, ctx, info) =>
        (await loadSubject(entry, ctx, info.rootValue))?.within ?? null,
    }),
    references: t.field({
      type: [AuditReference],
      description:
        "The people, organisations, findings, meetings and themes that before and after name by id, with their names now, so the change reads without ids. Loaded for the whole page at once.",
      select: entryColumns,
      resolve: (entry, _args, ctx, info) =>
        Promise.all(
          referencedKeys(entry.before, entry.after).map(async (key) => {
            const [kind, id] = key.split(":") as [ReferenceKind, string];
            const name = await referenceNameOf(ctx, [info.rootValue], key, async (keys) => {
              const names = await referenceNames(ctx.database.db, keys);
              return new Map(keys.map((k) => [k, names.get(k) ?? null]));
            });
            return { id, kind, name };
          }),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  auditLogConnection: t.drizzleConnection(
    {
      type: "auditLog",
      description:
        "The audit log, newest first, a page at a time, filtered by actor, action and period (coordinator).",
      ...pageSizes,
      args: {
        actorId: t.arg.id({ required: false, description: "Only what this person did." }),
        action: t.arg.string({
          required: false,
          description: "An action, or its prefix such as membership.",
        }),
        from: t.arg({
          type: "DateTime",
          required: false,
          description: "Only entries at or after this moment.",
        }),
        to: t.arg({
          type: "DateTime",
          required: false,
          description: "Only entries before this moment.",
        }),
      },
      totalCount: (_root, args, ctx) => auditLogCount(ctx.database.db, args),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.auditLog.findMany(
          query(checkedCursors("auditLog", args, auditLogPageQuery(args))),
        ),
    },
    {
      name: "AuditLogConnection",
      description: "A page of the audit log, newest first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("entries the filter chooses")) }),
    },
    { name: "AuditLogEdge", description: "An entry of the audit log, and its cursor." },
  ),
  auditLog: t.drizzleField({
    type: ["auditLog"],
    ...replacedBy("auditLog"),
    description: "The audit log, newest first, filtered by actor, action and period (coordinator).",
    args: {
      actorId: t.arg.id({ description: "Only what this person did.", required: false }),
      action: t.arg.string({
        required: false,
        description: "An action, or its prefix such as membership.",
      }),
      from: t.arg({
        description: "Only entries from this moment on.",
        type: "DateTime",
        required: false,
      }),
      to: t.arg({
        description: "Only entries before this moment.",
        type: "DateTime",
        required: false,
      }),
      limit: t.arg.int({
        description: "How many, newest first.",
        required: false,
        defaultValue: 100,
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const limit = args.limit ?? replacedListLimit;
      if (limit < 1 || limit > 1000) {
        throw new GraphQLError(`limit must be between 1 and 1000, got ${limit}`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return ctx.database.db.query.auditLog.findMany(
        query({
          where: filter({
            // An id that cannot be a UUID matches no one.
            actorId: args.actorId
              ? (uuidOrNull(args.actorId) ?? "00000000-0000-0000-0000-000000000000")
              : undefined,
            action: args.action
              ? { like: `${args.action.replace(/[\\%_]/g, "\\$&")}%` }
              : undefined,
            at: { gte: args.from ?? undefined, lt: args.to ?? undefined },
          }),
          orderBy: { at: "desc" },
          limit: Math.min(limit, replacedListLimit),
        }),
      );
    },
  }),
}));
