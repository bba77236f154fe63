import type { schema } from "@kraftsamling/db";
import { builder } from "../builder";
import {
  type CountyVisitSummaryView,
  type CountyVisitsRow,
  countyVisits,
  type FindingDimension as Dimension,
  type FindingCountCell,
  type FindingCountsView,
  type FindingKeys,
  type FindingRoundCell,
  type FindingRoundComparisonView,
  findingCounts,
  findingDimensions,
  findingRoundChange,
} from "../findings/picture";
import { readableByAnyone } from "./access";
import { FindingKind, FindingSource } from "./enums";
import { checkedFindingFilter, FindingFilterInput } from "./finding-filter";
import { Phase, Theme } from "./mission";
import { County, MunicipalityGroup } from "./places";

const dimensionMeanings: Record<Dimension, string> = {
  theme: "By theme: a finding about several themes counts under each.",
  group: "By SKR's municipality group of the finding's municipality.",
  county: "By the county of the finding's municipality.",
  phase: "By the mission's phase.",
  kind: "By kind: challenge or good example.",
  source: "By where the finding was heard or read.",
  round: "By the round of the visit it came from (1 or 2).",
};

export const FindingDimension = builder.enumType("FindingDimension", {
  description:
    "What the national picture is broken down by: THEME, municipality GROUP, COUNTY, mission PHASE, KIND, SOURCE or visit ROUND.",
  values: Object.fromEntries(
    findingDimensions.map((value) => [
      value.toUpperCase(),
      { value, description: dimensionMeanings[value] },
    ]),
  ) as { [K in Dimension as Uppercase<K>]: { value: K; description: string } },
});

/**
 * A reference row named by its key alone: the drizzle plugin reads the fields a query selects of
 * all the rows one request names in one statement per table, so the cells cost no statement each.
 */
const byKey = <T>(key: Partial<T>) => key as T;
type Row<K extends keyof typeof schema> = (typeof schema)[K] extends { $inferSelect: infer R }
  ? R
  : never;

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const described = {
  theme: "Filled when grouped by THEME.",
  group: "Filled when grouped by GROUP; null there for findings with no municipality.",
  county: "Filled when grouped by COUNTY; null there for findings with no municipality.",
  phase: "Filled when grouped by PHASE.",
  kind: "Filled when grouped by KIND.",
  source: "Filled when grouped by SOURCE.",
};

/** The fields a cell shares with a round comparison's cell: the objects its keys name. */
function cellFields<T extends FindingKeys>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    theme: t.field({
      type: Theme,
      nullable: true,
      description: described.theme,
      resolve: (cell) => (cell.themeId ? byKey<Row<"themes">>({ id: cell.themeId }) : null),
    }),
    group: t.field({
      type: MunicipalityGroup,
      nullable: true,
      description: described.group,
      resolve: (cell) =>
        cell.groupCode ? byKey<Row<"municipalityGroups">>({ code: cell.groupCode }) : null,
    }),
    county: t.field({
      type: County,
      nullable: true,
      description: described.county,
      resolve: (cell) =>
        cell.countyCode ? byKey<Row<"counties">>({ code: cell.countyCode }) : null,
    }),
    phase: t.field({
      type: Phase,
      nullable: true,
      description: described.phase,
      resolve: (cell) =>
        cell.phaseNumber ? byKey<Row<"phases">>({ number: cell.phaseNumber }) : null,
    }),
    kind: t.field({
      type: FindingKind,
      nullable: true,
      description: described.kind,
      resolve: (cell) => cell.kind ?? null,
    }),
    source: t.field({
      type: FindingSource,
      nullable: true,
      description: described.source,
      resolve: (cell) => cell.source ?? null,
    }),
  };
}

const FindingCount = builder.objectRef<FindingCountCell>("FindingCount").implement({
  description:
    "One cell of the national picture: how many published findings share the values of the dimensions grouped by. Only the fields of those dimensions are filled.",
  fields: (t) => ({
    count: t.exposeInt("count", { description: "How many published findings the cell holds." }),
    ...cellFields<FindingCountCell>(t),
    round: t.int({
      nullable: true,
      description:
        "Filled when grouped by ROUND: 1 or 2; null there for findings not from a visit.",
      resolve: (cell) => cell.round ?? null,
    }),
  }),
});

const FindingCounts = builder.objectRef<FindingCountsView>("FindingCounts").implement({
  description: "The published findings matching a filter, counted by the dimensions asked for.",
  fields: (t) => ({
    groupBy: t.field({
      description: "The dimensions the counts are broken down by, as asked.",
      type: [FindingDimension],
      resolve: (view) => view.groupBy,
    }),
    total: t.exposeInt("total", {
      description:
        "Distinct findings matching the filter: a finding with two themes counts once here, and once in each of its themes' cells.",
    }),
    cells: t.field({
      type: [FindingCount],
      description:
        "By count, largest first, then by the dimensions' values. Grouped by THEME with a filter on themes, only those themes.",
      resolve: (view) => view.cells,
    }),
    invented: t.exposeBoolean("invented", {
      description: "Some counted finding is made-up demonstration data.",
    }),
  }),
});

const FindingRoundChange = builder.objectRef<FindingRoundCell>("FindingRoundChange").implement({
  description:
    "One cell of the comparison of the two visit rounds: the findings of round 1 and of round 2, and the change.",
  fields: (t) => ({
    ...cellFields<FindingRoundCell>(t),
    round1: t.exposeInt("round1", {
      description: "Findings from the first round of visits (autumn 2015) in the cell.",
    }),
    round2: t.exposeInt("round2", {
      description: "Findings from the second round of visits (spring 2016) in the cell.",
    }),
    change: t.exposeInt("change", { description: "round2 − round1." }),
  }),
});

const FindingRoundComparison = builder
  .objectRef<FindingRoundComparisonView>("FindingRoundComparison")
  .implement({
    description:
      "The published findings heard at the visits of the municipalities visited (held or written up) in both rounds, by round.",
    fields: (t) => ({
      groupBy: t.field({
        description: "The dimensions the comparison is broken down by, as asked.",
        type: [FindingDimension],
        resolve: (view) => view.groupBy,
      }),
      municipalityCount: t.exposeInt("municipalityCount", {
        description: "The municipalities visited in both rounds, in the whole country.",
      }),
      round1Total: t.exposeInt("round1Total", {
        description: "Findings from the first round of visits, in all.",
      }),
      round2Total: t.exposeInt("round2Total", {
        description: "Findings from the second round of visits, in all.",
      }),
      cells: t.field({
        type: [FindingRoundChange],
        description: "By the findings of both rounds, most first, then by the dimensions' values.",
        resolve: (view) => view.cells,
      }),
      invented: t.exposeBoolean("invented", {
        description: "Some counted finding or visit is made-up demonstration data.",
      }),
    }),
  });

const CountyVisits = builder.objectRef<CountyVisitsRow>("CountyVisits").implement({
  description: "One county's visits and findings.",
  fields: (t) => ({
    county: t.field({
      description: "The county.",
      type: County,
      resolve: (row) => byKey<Row<"counties">>({ code: row.countyCode }),
    }),
    round1: t.exposeInt("round1", {
      description: "Its municipalities visited (held or written up) in round 1.",
    }),
    round2: t.exposeInt("round2", {
      description: "Its municipalities visited (held or written up) in round 2.",
    }),
    findings: t.exposeInt("findings", {
      description: "Published findings matching the filter with a municipality in the county.",
    }),
  }),
});

const CountyVisitSummary = builder
  .objectRef<CountyVisitSummaryView>("CountyVisitSummary")
  .implement({
    description: "The visits and findings of every county.",
    fields: (t) => ({
      counties: t.field({
        type: [CountyVisits],
        description: "All 21 counties, by code.",
        resolve: (view) => view.counties,
      }),
      invented: t.exposeBoolean("invented", {
        description: "Some counted finding or visit is made-up demonstration data.",
      }),
    }),
  });

builder.queryFields((t) => ({
  findingCounts: t.field({
    ...readableByAnyone,
    type: FindingCounts,
    description:
      "The national picture: published findings matching the filter, counted by up to seven dimensions, each named at most once.",
    args: {
      groupBy: t.arg({
        description: "The dimensions to break the counts down by, one cell per combination.",
        type: [FindingDimension],
        required: true,
      }),
      filter: t.arg({
        description: "Which findings to count; the same filter as the list of findings.",
        type: FindingFilterInput,
        required: false,
      }),
    },
    resolve: async (_root, args, ctx) =>
      findingCounts(ctx.database.db, args.groupBy, await checkedFindingFilter(ctx, args.filter)),
  }),
  findingRoundChange: t.field({
    ...readableByAnyone,
    type: FindingRoundComparison,
    description:
      "How the published findings changed from the first round of visits to the second, over the municipalities visited in both; groupBy may not hold ROUND.",
    args: {
      groupBy: t.arg({
        description: "The dimensions to break the comparison down by, one cell per combination.",
        type: [FindingDimension],
        required: true,
      }),
      filter: t.arg({
        description: "Which findings to compare; the same filter as the list of findings.",
        type: FindingFilterInput,
        required: false,
      }),
    },
    resolve: async (_root, args, ctx) =>
      findingRoundChange(
        ctx.database.db,
        args.groupBy,
        await checkedFindingFilter(ctx, args.filter),
      ),
  }),
  countyVisits: t.field({
    ...readableByAnyone,
    type: CountyVisitSummary,
    description:
      "Every county's municipalities visited in each round and its published findings matching the filter.",
    args: {
      filter: t.arg({
        type: FindingFilterInput,
        required: false,
        description: "Which findings to count; the same filter as the list of findings.",
      }),
    },
    resolve: async (_root, args, ctx) =>
      countyVisits(ctx.database.db, await checkedFindingFilter(ctx, args.filter)),
  }),
}));
