import type { GroupSeats } from "@kraftsamling/domain";
import { builder } from "../builder";
import {
  currentSelection,
  defaultSelectionSize,
  previewSelection,
  type SelectionPickView,
  type SelectionView,
  saveSelection,
} from "../visits/service";

const VisitPickReason = builder.enumType("VisitPickReason", {
  description: "Why a municipality is in the selection to visit.",
  values: {
    LOCKED_IN: { description: "The coordinator locked it in." },
    ONLY_IN_COUNTY: { description: "The only municipality of its county." },
    COVERS_COUNTY: { description: "Picked so that its county has one." },
    GROUP_SEAT: { description: "One of its municipality group's seats." },
  } as const,
});

const VisitSelectionPick = builder.objectRef<SelectionPickView>("VisitSelectionPick").implement({
  description: "A municipality chosen to visit, with why.",
  fields: (t) => ({
    municipalityCode: t.exposeString("municipalityCode", {
      description: "The municipality's code (kommunkod).",
    }),
    municipalityName: t.exposeString("municipalityName", {
      description: "The municipality's name.",
    }),
    countyCode: t.exposeString("countyCode", { description: "The municipality's county code." }),
    countyName: t.exposeString("countyName", { description: "The municipality's county." }),
    groupCode: t.exposeString("groupCode", { description: "SKR's municipality group, A1 … C9." }),
    reasonKind: t.field({
      description: "Why it was picked, as a code.",
      type: VisitPickReason,
      resolve: (pick) => pick.reasonKind,
    }),
    reason: t.exposeString("reason", {
      description:
        'Why, in Swedish: "enda kommunen i Gotlands län", "täcker Jämtlands län", "grupp B5:s 3:e plats", "låst av samordnaren".',
    }),
    seat: t.exposeInt("seat", { description: "Which of its group's seats it takes, from 1." }),
    order: t.exposeInt("order", { description: "The order in which the picks were made, from 1." }),
  }),
});

const VisitSelectionGroup = builder.objectRef<GroupSeats>("VisitSelectionGroup").implement({
  description: "The seats of one municipality group in a selection.",
  fields: (t) => ({
    groupCode: t.exposeString("groupCode", { description: "SKR's municipality group, A1 … C9." }),
    municipalities: t.exposeInt("municipalities", {
      description: "How many of the 290 municipalities are in the group.",
    }),
    quota: t.exposeFloat("quota", {
      description: "The group's proportional share of the seats beyond its first, before rounding.",
    }),
    seats: t.exposeInt("seats", { description: "How many of the visits go to the group." }),
  }),
});

export const VisitSelection = builder.objectRef<SelectionView>("VisitSelection").implement({
  description:
    "The municipalities to visit: every county and every municipality group has at least one, the other seats go to the groups by their share. A preview has no id.",
  fields: (t) => ({
    id: t.exposeID("id", { nullable: true, description: "Null for a preview not saved." }),
    size: t.exposeInt("size", { description: "How many municipalities the selection holds." }),
    seed: t.exposeInt("seed", {
      description: "The seed of the draw: the same seed gives the same selection.",
    }),
    lockedIn: t.exposeStringList("lockedIn", {
      description: "Municipality codes kept in whatever happens.",
    }),
    lockedOut: t.exposeStringList("lockedOut", { description: "Municipality codes kept out." }),
    savedAt: t.expose("savedAt", {
      description: "When it was saved; null for a preview.",
      type: "DateTime",
      nullable: true,
    }),
    invented: t.exposeBoolean("invented", {
      description: "Made up for the demonstration: not a real selection.",
    }),
    savedByName: t.exposeString("savedByName", {
      description: "Who saved it; null for a preview.",
      nullable: true,
    }),
    groups: t.field({
      description: "The seats of each municipality group.",
      type: [VisitSelectionGroup],
      resolve: (s) => s.groups,
    }),
    picks: t.field({
      description: "The municipalities picked, in the order picked.",
      type: [VisitSelectionPick],
      resolve: (s) => s.picks,
    }),
  }),
});

builder.queryFields((t) => ({
  visitSelectionPreview: t.field({
    type: VisitSelection,
    description:
      "Runs the selection of municipalities to visit without saving it (coordinator): the picks with their reasons and the seats per group, or an InputError naming the conflict.",
    errors: {},
    args: {
      size: t.arg.int({
        description: "How many municipalities to visit.",
        required: false,
        defaultValue: defaultSelectionSize,
      }),
      seed: t.arg.int({ required: true, description: "The same seed gives the same selection." }),
      lockedIn: t.arg.stringList({
        description: "Municipality codes that must be in the selection.",
        required: false,
      }),
      lockedOut: t.arg.stringList({
        description: "Municipality codes that must stay out of the selection.",
        required: false,
      }),
    },
    resolve: (_root, args, ctx) =>
      previewSelection(ctx.database.db, {
        size: args.size ?? defaultSelectionSize,
        seed: args.seed,
        lockedIn: args.lockedIn ?? [],
        lockedOut: args.lockedOut ?? [],
      }),
  }),
  visitSelection: t.field({
    type: VisitSelection,
    nullable: true,
    description:
      "The saved selection the visits are planned from (coordinator); null before the first is saved.",
    resolve: (_root, _args, ctx) => currentSelection(ctx.database.db),
  }),
}));

builder.mutationFields((t) => ({
  saveVisitSelection: t.field({
    type: VisitSelection,
    description:
      "Runs the selection again on the server and saves it as the one the visits are planned from (coordinator); the earlier one is kept as history. A conflict, or leaving out a municipality that has visits, saves nothing.",
    errors: {},
    args: {
      size: t.arg.int({
        description: "How many municipalities to visit.",
        required: false,
        defaultValue: defaultSelectionSize,
      }),
      seed: t.arg.int({
        description: "The seed of the draw: the same seed gives the same selection.",
        required: true,
      }),
      lockedIn: t.arg.stringList({
        description: "Municipality codes that must be in the selection.",
        required: false,
      }),
      lockedOut: t.arg.stringList({
        description: "Municipality codes that must stay out of the selection.",
        required: false,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Error("the coordinator's scope lets no one anonymous through");
      await saveSelection(ctx.database.db, ctx.services, viewer, {
        size: args.size ?? defaultSelectionSize,
        seed: args.seed,
        lockedIn: args.lockedIn ?? [],
        lockedOut: args.lockedOut ?? [],
      });
      const saved = await currentSelection(ctx.database.db);
      if (!saved) throw new Error("the selection disappeared");
      return saved;
    },
  }),
}));
