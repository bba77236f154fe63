import { filter } from "@kraftsamling/db";
import { GraphQLError } from "graphql";
import { auditLogCount, auditLogPageQuery } from "../audit/service";
import { builder } from "../builder";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { uuidOrNull } from "../shared/ids";
import { totalCountField } from "./connection";

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
        ctx.database.db.query.auditLog.findMany(query(auditLogPageQuery(args))),
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
