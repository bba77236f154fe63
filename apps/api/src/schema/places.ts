import { filter, swedishOrder } from "@kraftsamling/db";
import { builder } from "../builder";
import { readableByAnyone } from "./access";

export const County = builder.drizzleObject("counties", {
  name: "County",
  description: "Län: one of Sweden's 21 counties.",
  fields: (t) => ({
    id: t.id({
      description: "The global id, `County:` and the code (e.g. `County:01`), for `node(id:)`.",
      select: { columns: { code: true } },
      resolve: (county) => `County:${county.code}`,
    }),
    code: t.exposeString("code", { description: "Two-digit county code (länskod)." }),
    name: t.exposeString("name", { description: "The county's name, e.g. Stockholms län." }),
    municipalities: t.relation("municipalities", {
      description: "The county's municipalities, in Swedish alphabetical order.",
      query: { orderBy: (m) => swedishOrder(m.name) },
    }),
  }),
});

export const MunicipalityGroup = builder.drizzleObject("municipalityGroups", {
  name: "MunicipalityGroup",
  description: "SKR's municipality group (kommungruppsindelning 2023), A1 … C9.",
  fields: (t) => ({
    id: t.id({
      description:
        "The global id, `MunicipalityGroup:` and the code (e.g. `MunicipalityGroup:A1`), for `node(id:)`.",
      select: { columns: { code: true } },
      resolve: (group) => `MunicipalityGroup:${group.code}`,
    }),
    code: t.exposeString("code", { description: "The group's code, A1 … C9." }),
    name: t.exposeString("name", { description: "The group's name, e.g. Storstäder." }),
    mainGroupCode: t.exposeString("mainGroupCode", {
      description: "The main group's code: A, B or C.",
    }),
    mainGroupName: t.exposeString("mainGroupName", {
      description: "The main group's name, e.g. Storstäder och storstadsnära kommuner.",
    }),
    municipalityCount: t.int({
      description: "How many municipalities the group holds.",
      select: { with: { municipalities: { columns: { code: true } } } },
      resolve: (group) => group.municipalities.length,
    }),
  }),
});

export const Municipality = builder.drizzleObject("municipalities", {
  name: "Municipality",
  // Only the columns the asked-for fields read.
  select: { columns: { code: true } },
  description: "Kommun: one of Sweden's 290 municipalities.",
  fields: (t) => ({
    id: t.id({
      description:
        "The global id, `Municipality:` and the code (e.g. `Municipality:0180`), for `node(id:)`.",
      select: { columns: { code: true } },
      resolve: (municipality) => `Municipality:${municipality.code}`,
    }),
    code: t.exposeString("code", { description: "Four-digit municipality code (kommunkod)." }),
    name: t.exposeString("name", { description: "The municipality's name, e.g. Stockholm." }),
    population: t.exposeInt("population", {
      description: "How many live in the municipality (SCB); null when not known.",
      nullable: true,
    }),
    county: t.relation("county", { description: "The county the municipality lies in." }),
    group: t.relation("group", {
      description: "The municipality group (SKR's kommungrupp) the municipality belongs to.",
    }),
  }),
});

builder.queryFields((t) => ({
  counties: t.drizzleField({
    ...readableByAnyone,
    type: ["counties"],
    description: "The 21 counties, by code.",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.counties.findMany(query({ orderBy: { code: "asc" } })),
  }),
  municipalityGroups: t.drizzleField({
    ...readableByAnyone,
    type: ["municipalityGroups"],
    description: "The nine municipality groups, by code.",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.municipalityGroups.findMany(query({ orderBy: { code: "asc" } })),
  }),
  municipalities: t.drizzleField({
    ...readableByAnyone,
    type: ["municipalities"],
    description:
      "Municipalities in Swedish alphabetical order, optionally only those of one county and/or one group.",
    args: {
      countyCode: t.arg.string({ required: false, description: "Two-digit county code, e.g. 01." }),
      groupCode: t.arg.string({
        required: false,
        description: "Municipality group code, e.g. A1.",
      }),
      search: t.arg.string({ required: false, description: "Part of the name, any case." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.municipalities.findMany(
        query({
          where: filter({
            countyCode: args.countyCode ?? undefined,
            groupCode: args.groupCode ?? undefined,
            name: args.search
              ? { ilike: `%${args.search.replace(/[\\%_]/g, "\\$&")}%` }
              : undefined,
          }),
          orderBy: (m) => swedishOrder(m.name),
        }),
      ),
  }),
  municipality: t.drizzleField({
    ...readableByAnyone,
    type: "municipalities",
    nullable: true,
    description: "One municipality by its code; null when there is none.",
    args: {
      code: t.arg.string({
        required: true,
        description: "The four-digit municipality code (kommunkod), e.g. 0180.",
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.municipalities.findFirst(query({ where: { code: args.code } })),
  }),
}));
