import { filter } from "@kraftsamling/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder";
import { uuidOrNull } from "../shared/ids";

export const AuditEntry = builder.drizzleObject("auditLog", {
  name: "AuditEntry",
  description: "Something a coordinator, moderator or organisation admin did.",
  fields: (t) => ({
    id: t.exposeID("id"),
    actorName: t.exposeString("actorName"),
    actor: t.relation("actor", { nullable: true }),
    action: t.exposeString("action", {
      description: "What was done, such as membership.remove or person.role.",
    }),
    subjectType: t.exposeString("subjectType"),
    subjectId: t.exposeString("subjectId", { nullable: true }),
    before: t.expose("before", { type: "JSON", nullable: true }),
    after: t.expose("after", { type: "JSON", nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.drizzleField({
    type: ["auditLog"],
    description: "The audit log, newest first, filtered by actor, action and period (coordinator).",
    args: {
      actorId: t.arg.id({ required: false }),
      action: t.arg.string({
        required: false,
        description: "An action, or its prefix such as membership.",
      }),
      from: t.arg({ type: "DateTime", required: false }),
      to: t.arg({ type: "DateTime", required: false }),
      limit: t.arg.int({ required: false, defaultValue: 200 }),
    },
    resolve: (query, _root, args, ctx) => {
      const limit = args.limit ?? 200;
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
          limit,
        }),
      );
    },
  }),
}));
