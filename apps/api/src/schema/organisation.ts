import { filter, swedishOrder } from "@kraftsamling/db";
import { builder } from "../builder";
import { readableByAnyone } from "./access";
import { Circle, OrganisationKind } from "./enums";

export const Organisation = builder.drizzleObject("organisations", {
  name: "Organisation",
  description: "A partner organisation of the dialogue, in one of the three circles.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName", { nullable: true }),
    kind: t.expose("kind", { type: OrganisationKind }),
    circle: t.expose("circle", { type: Circle }),
    description: t.exposeString("description"),
    website: t.exposeString("website", { nullable: true }),
    municipality: t.relation("municipality", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.drizzleField({
    ...readableByAnyone,
    type: ["organisations"],
    description:
      "Organisations in Swedish alphabetical order, optionally of one circle and/or kind.",
    args: {
      circle: t.arg({ type: Circle, required: false }),
      kind: t.arg({ type: OrganisationKind, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.organisations.findMany(
        query({
          where: filter({ circle: args.circle ?? undefined, kind: args.kind ?? undefined }),
          orderBy: (o) => swedishOrder(o.name),
        }),
      ),
  }),
  organisation: t.drizzleField({
    ...readableByAnyone,
    type: "organisations",
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.organisations.findFirst(query({ where: { slug: args.slug } })),
  }),
}));
