import { schema } from "@kraftsamling/db";
import { minimumCellSize, suppressedLabel, surveyGroupings } from "@kraftsamling/domain";
import { hasScope } from "../accounts/scopes";
import { builder } from "../builder";
import type { Context } from "../context";
import {
  type DirectTimeCellView,
  type DirectTimeChangeCellView,
  type DirectTimeChangeView,
  directTimeChange,
  directTimeDistribution,
  keptRespondents,
  listSurveyImports,
  listSurveys,
  publicRespondentCount,
  respondentRetentionDays,
  respondentsDeleteOn,
  type SurveyGrouping as SurveyGroupingValue,
  type SurveyImportRow,
  type SurveyRow,
  setRespondentRetention,
  surveyById,
  surveyImportById,
} from "../measurement/service";
import { readableByAnyone } from "./access";
import { County, MunicipalityGroup } from "./places";

type Row<K extends keyof typeof schema> = (typeof schema)[K] extends { $inferSelect: infer R }
  ? R
  : never;
/** A reference row named by its key alone, filled by the drizzle plugin for the fields selected. */
const byKey = <T>(key: Partial<T>) => key as T;
const office = (ctx: Context) => hasScope(ctx.viewer, "coordinator");

function enumOf<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  description: string,
  meanings: { [K in T[number] as Uppercase<K>]: string },
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [
        value.toUpperCase(),
        { value, description: (meanings as Record<string, string>)[value.toUpperCase()] },
      ]),
    ) as unknown as {
      [K in T[number] as Uppercase<K>]: { value: K; description: string };
    },
  });
}

export const SurveyRound = enumOf(
  "SurveyRound",
  schema.surveyRound.enumValues,
  "Which visit round a time-use survey was made before: BEFORE_VISIT_1 (autumn 2015) or BEFORE_VISIT_2 (spring 2016).",
  {
    BEFORE_VISIT_1: "Made before the first round of visits (autumn 2015).",
    BEFORE_VISIT_2: "Made before the second round of visits (spring 2016).",
  },
);
export const RespondentRole = enumOf(
  "RespondentRole",
  schema.respondentRole.enumValues,
  "A respondent's role: SOCIALSEKRETERARE, ARBETSLEDARE, CHEF or OTHER.",
  {
    SOCIALSEKRETERARE: "A social worker (socialsekreterare).",
    ARBETSLEDARE: "A team leader (arbetsledare).",
    CHEF: "A manager (chef).",
    OTHER: "Another role.",
  },
);
export const SurveyImportStatus = enumOf(
  "SurveyImportStatus",
  schema.surveyImportStatus.enumValues,
  "Where an import of a survey file stands: RUNNING, REFUSED (nothing imported, `problems` tells why) or IMPORTED.",
  {
    RUNNING: "Being read.",
    REFUSED: "Nothing was imported: `problems` tells why.",
    IMPORTED: "Imported: the survey and its cells are there.",
  },
);
export const SurveyGrouping = enumOf(
  "SurveyGrouping",
  surveyGroupings,
  "The fixed groupings the time-use measurement is published over: the TOTAL, municipality GROUP, COUNTY, ROLE, GROUP_ROLE and COUNTY_ROLE.",
  {
    TOTAL: "All respondents in one cell.",
    GROUP: "By the respondent's municipality group.",
    COUNTY: "By the respondent's county.",
    ROLE: "By the respondent's role.",
    GROUP_ROLE: "By municipality group and role.",
    COUNTY_ROLE: "By county and role.",
  },
);

export const Survey = builder.objectRef<SurveyRow>("Survey").implement({
  description:
    "A time-use survey (tidsmätning): how social workers spent their working time, imported from a CSV file. Its respondents' rows are deleted after the retention period; its distribution stays.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The survey's id." }),
    name: t.exposeString("name", { description: "The survey's name." }),
    periodStart: t.expose("periodStart", {
      description: "The first day of the period the survey measured.",
      type: "Date",
    }),
    periodEnd: t.expose("periodEnd", {
      description: "The last day of the period the survey measured.",
      type: "Date",
    }),
    round: t.expose("round", {
      description: "Which visit round the survey was made before.",
      type: SurveyRound,
    }),
    respondentCount: t.int({
      nullable: true,
      description: `How many answered; null when fewer than ${minimumCellSize} did (the coordinator always sees it).`,
      resolve: (survey, _args, ctx) =>
        office(ctx) ? survey.respondentCount : publicRespondentCount(ctx.database.db, survey),
    }),
    invented: t.exposeBoolean("invented", {
      description: "Made up for the demonstration: never a real measurement.",
    }),
    importedAt: t.expose("importedAt", {
      description: "When the survey was imported.",
      type: "DateTime",
    }),
    respondentsDeletedAt: t.expose("respondentsDeletedAt", {
      type: "DateTime",
      nullable: true,
      description: "When its respondents' rows were deleted at the end of the retention period.",
    }),
    respondentsDeleteOn: t.field({
      type: "DateTime",
      nullable: true,
      description:
        "When its respondents' rows are deleted by the retention now set (the coordinator; null for everyone else and once deleted).",
      resolve: async (survey, _args, ctx) => {
        if (!office(ctx) || survey.respondentsDeletedAt) return null;
        const { days } = await respondentRetentionDays(ctx.database.db);
        return respondentsDeleteOn(survey, days);
      },
    }),
    respondentsKept: t.int({
      nullable: true,
      description:
        "How many respondent rows are still stored (the coordinator; null for everyone else).",
      resolve: (survey, _args, ctx) =>
        office(ctx) ? keptRespondents(ctx.database.db, survey.id) : null,
    }),
  }),
});

const SurveyImportProblem = builder
  .objectRef<{ row: number; reason: string }>("SurveyImportProblem")
  .implement({
    description:
      "A bad row of a refused file and why, in Swedish (the header is row 1); row 0 is about the whole file, as when it is already imported.",
    fields: (t) => ({
      row: t.exposeInt("row", { description: "The row of the file, from 1 (the header row)." }),
      reason: t.exposeString("reason", { description: "What is wrong with the row." }),
    }),
  });

const SurveyImport = builder.objectRef<SurveyImportRow>("SurveyImport").implement({
  description:
    "An import of a survey file (the coordinator): RUNNING while the file is read (`rowsRead` grows), then IMPORTED, or REFUSED with every bad row and nothing imported.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The import's id." }),
    status: t.expose("status", {
      description: "Where the import stands.",
      type: SurveyImportStatus,
    }),
    name: t.exposeString("name", { description: "The name given to the survey imported." }),
    fileSha256: t.exposeString("fileSha256", {
      description: "The SHA-256 of the file imported; null when not read yet.",
      nullable: true,
    }),
    rowsRead: t.exposeInt("rowsRead", {
      description: "Data rows read so far (the header not counted).",
    }),
    problems: t.field({
      type: [SurveyImportProblem],
      description: "The first 1000 bad rows, then one line telling how many more there are.",
      resolve: (row) => row.problems ?? [],
    }),
    survey: t.field({
      description: "The survey it made; null unless IMPORTED.",
      type: Survey,
      nullable: true,
      resolve: async (row, _args, ctx) =>
        row.surveyId ? ((await surveyById(ctx.database.db, row.surveyId)) ?? null) : null,
    }),
    startedAt: t.expose("startedAt", { description: "When the import began.", type: "DateTime" }),
    finishedAt: t.expose("finishedAt", {
      description: "When the import finished; null while it runs.",
      type: "DateTime",
      nullable: true,
    }),
  }),
});

type KeyedCell = Pick<DirectTimeCellView, "groupCode" | "countyCode" | "role">;
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

function keyFields<T extends KeyedCell>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    group: t.field({
      type: MunicipalityGroup,
      nullable: true,
      description: "Filled when grouped by GROUP or GROUP_ROLE.",
      resolve: (cell) =>
        cell.groupCode ? byKey<Row<"municipalityGroups">>({ code: cell.groupCode }) : null,
    }),
    county: t.field({
      type: County,
      nullable: true,
      description: "Filled when grouped by COUNTY or COUNTY_ROLE.",
      resolve: (cell) =>
        cell.countyCode ? byKey<Row<"counties">>({ code: cell.countyCode }) : null,
    }),
    role: t.field({
      type: RespondentRole,
      nullable: true,
      description: "Filled when grouped by ROLE, GROUP_ROLE or COUNTY_ROLE.",
      resolve: (cell) => cell.role,
    }),
  };
}

const share = "A share of the working time, 0–1.";

const DirectTimeCell = builder.objectRef<DirectTimeCellView>("DirectTimeCell").implement({
  description: `One cell of a survey's grouping: the distribution of the share of working time spent directly with children and families. A cell with fewer than ${minimumCellSize} respondents, or one that could be worked out from the other cells and the totals, is suppressed: no count and no statistic, only the label "${suppressedLabel}".`,
  fields: (t) => ({
    ...keyFields<DirectTimeCellView>(t),
    suppressed: t.exposeBoolean("suppressed", {
      description:
        "Too few respondents to show: the figures are left out so that no one can be recognised.",
    }),
    label: t.exposeString("label", {
      nullable: true,
      description: `"${suppressedLabel}" when suppressed, else null.`,
    }),
    n: t.exposeInt("n", { nullable: true, description: "Respondents in the cell." }),
    mean: t.exposeFloat("mean", { nullable: true, description: share }),
    median: t.exposeFloat("median", { nullable: true, description: share }),
    q1: t.exposeFloat("q1", { nullable: true, description: `The first quartile. ${share}` }),
    q3: t.exposeFloat("q3", { nullable: true, description: `The third quartile. ${share}` }),
  }),
});

const DirectTimeChangeCell = builder
  .objectRef<DirectTimeChangeCellView>("DirectTimeChangeCell")
  .implement({
    description: `One cell compared between the rounds; suppressed ("${suppressedLabel}", nothing shown) when suppressed in either survey.`,
    fields: (t) => ({
      ...keyFields<DirectTimeChangeCellView>(t),
      suppressed: t.exposeBoolean("suppressed", {
        description: "Too few respondents in either survey to show: the figures are left out.",
      }),
      label: t.exposeString("label", {
        description: "The cell's name (a group, a county, a role); null for the total.",
        nullable: true,
      }),
      before: t.field({
        type: DirectTimeCell,
        nullable: true,
        description:
          "The cell before visit round 1; null when suppressed or when no one was in it.",
        resolve: (cell) => cell.before,
      }),
      after: t.field({
        type: DirectTimeCell,
        nullable: true,
        description:
          "The cell before visit round 2; null when suppressed or when no one was in it.",
        resolve: (cell) => cell.after,
      }),
      medianChange: t.exposeFloat("medianChange", {
        nullable: true,
        description: "after.median − before.median.",
      }),
      meanChange: t.exposeFloat("meanChange", {
        nullable: true,
        description: "after.mean − before.mean.",
      }),
    }),
  });

const DirectTimeComparison = builder
  .objectRef<DirectTimeChangeView>("DirectTimeComparison")
  .implement({
    description:
      "The direct-time share before visit round 1 against before round 2: the latest survey of each round.",
    fields: (t) => ({
      before: t.field({
        type: Survey,
        description: "The latest survey before visit round 1.",
        resolve: (view) => view.before,
      }),
      after: t.field({
        type: Survey,
        description: "The latest survey before visit round 2.",
        resolve: (view) => view.after,
      }),
      cells: t.field({
        type: [DirectTimeChangeCell],
        description: "One cell per group of the grouping, the total first.",
        resolve: (view) => view.cells,
      }),
    }),
  });

const MeasurementSettings = builder
  .objectRef<{ days: number; updatedAt: Date | null }>("MeasurementSettings")
  .implement({
    description: "The time-use measurement's settings.",
    fields: (t) => ({
      respondentRetentionDays: t.exposeInt("days", {
        description:
          "How many days after its import a survey's respondent rows are kept; then they are deleted and the distribution stays. The personal-data page states it.",
      }),
      updatedAt: t.expose("updatedAt", {
        description: "When the settings were last changed; null when never.",
        type: "DateTime",
        nullable: true,
      }),
    }),
  });

builder.queryFields((t) => ({
  measurementSurveys: t.field({
    ...readableByAnyone,
    type: [Survey],
    description: "The time-use surveys, latest period first.",
    resolve: (_root, _args, ctx) => listSurveys(ctx.database.db),
  }),
  directTimeDistribution: t.field({
    ...readableByAnyone,
    type: [DirectTimeCell],
    description:
      "The share of working time spent directly with children and families in each cell of one grouping of a survey, by key; small cells suppressed. Empty when there is no such survey.",
    args: {
      surveyId: t.arg.id({ required: true, description: "The survey's id." }),
      grouping: t.arg({
        type: SurveyGrouping,
        required: true,
        description: "What to break the distribution down by.",
      }),
    },
    resolve: (_root, args, ctx) =>
      directTimeDistribution(ctx.database.db, args.surveyId, args.grouping as SurveyGroupingValue),
  }),
  directTimeChange: t.field({
    ...readableByAnyone,
    type: DirectTimeComparison,
    nullable: true,
    description:
      "The change of the direct-time share per cell of one grouping, between the latest survey before visit round 1 and the latest before round 2; null until both exist.",
    args: {
      grouping: t.arg({
        type: SurveyGrouping,
        required: true,
        description: "What to break the change down by.",
      }),
    },
    resolve: (_root, args, ctx) =>
      directTimeChange(ctx.database.db, args.grouping as SurveyGroupingValue),
  }),
  measurementSettings: t.field({
    ...readableByAnyone,
    type: MeasurementSettings,
    description: "The measurement's settings: how long respondent rows are kept.",
    resolve: (_root, _args, ctx) => respondentRetentionDays(ctx.database.db),
  }),
  surveys: t.field({
    type: [Survey],
    description: "Every survey, latest period first, with its retention (the coordinator).",
    resolve: (_root, _args, ctx) => listSurveys(ctx.database.db),
  }),
  surveyImport: t.field({
    type: SurveyImport,
    nullable: true,
    description: "One import of a survey file, for following its progress (the coordinator).",
    args: { id: t.arg.id({ required: true, description: "The import's id." }) },
    resolve: async (_root, args, ctx) => (await surveyImportById(ctx.database.db, args.id)) ?? null,
  }),
  surveyImports: t.field({
    type: [SurveyImport],
    description: "The latest imports first, a running one included (the coordinator): 1–100.",
    args: {
      limit: t.arg.int({
        required: false,
        defaultValue: 20,
        description: "How many, newest first.",
      }),
    },
    resolve: (_root, args, ctx) => listSurveyImports(ctx.database.db, args.limit ?? 20),
  }),
}));

/** The viewer of a coordinator's mutation: the scopes let no one anonymous through. */
function coordinator(ctx: Context) {
  if (!ctx.viewer) throw new Error("the coordinator's scope lets no one anonymous through");
  return ctx.viewer;
}

builder.mutationFields((t) => ({
  setRespondentRetention: t.field({
    type: MeasurementSettings,
    description:
      "Sets how many days after its import a survey's respondent rows are kept, 1–3650 (the coordinator).",
    errors: {},
    args: {
      days: t.arg.int({
        required: true,
        description: "How many days after its import a survey's respondent rows are kept.",
      }),
    },
    resolve: (_root, args, ctx) =>
      setRespondentRetention(ctx.database.db, ctx.services, coordinator(ctx), args.days),
  }),
}));
