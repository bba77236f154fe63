import { builder } from "../builder";
import type { Context } from "../context";
import type {
  CommitmentChange,
  HeadlineCell,
  HeldMeeting,
  MadeVisit,
  MeasurementHeadline,
  ThemeFindings,
} from "../reports/content";
import {
  listReports,
  markReportSent,
  type QuarterlyReportRow,
  type QuarterlyReportView,
  readReport,
  saveReportSummary,
} from "../reports/service";
import { CommitmentStatus } from "./enums";

/** The viewer of a coordinator's mutation: the scopes let no one anonymous through. */
function coordinator(ctx: Context) {
  if (!ctx.viewer) throw new Error("the coordinator's scope lets no one anonymous through");
  return ctx.viewer;
}

const ReportThemeFindings = builder.objectRef<ThemeFindings>("ReportThemeFindings").implement({
  description: "The new published findings of a quarter about one theme, by kind.",
  fields: (t) => ({
    themeSlug: t.exposeString("themeSlug", { description: "The theme's address: /teman/<slug>." }),
    theme: t.exposeString("theme", { description: "The theme's title." }),
    challenges: t.exposeInt("challenges", {
      description: "Challenges published in the quarter about the theme.",
    }),
    goodExamples: t.exposeInt("goodExamples", {
      description: "Good examples published in the quarter about the theme.",
    }),
  }),
});

const ReportMeeting = builder.objectRef<HeldMeeting>("ReportMeeting").implement({
  description: "A meeting held in the quarter and how many organisations took part.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "The meeting's address: /moten/<slug>." }),
    title: t.exposeString("title", { description: "The meeting's title." }),
    startsAt: t.field({
      description: "When the meeting began.",
      type: "DateTime",
      resolve: (m) => new Date(m.startsAt),
    }),
    organisationCount: t.exposeInt("organisationCount", {
      description:
        "Distinct organisations of its confirmed registrations; when no confirmed registration names an organisation, the organisations invited.",
    }),
    countedFromInvitations: t.boolean({
      description:
        "The count is of the organisations invited, the meeting having no registrations.",
      resolve: (m) => m.countedFrom === "invitations",
    }),
  }),
});

const ReportVisit = builder.objectRef<MadeVisit>("ReportVisit").implement({
  description: "A municipality visit held in the quarter.",
  fields: (t) => ({
    municipalityCode: t.exposeString("municipalityCode", {
      description: "The municipality's code (kommunkod).",
    }),
    municipality: t.exposeString("municipality", { description: "The municipality's name." }),
    round: t.exposeInt("round", { description: "The round of visits, 1 or 2." }),
    date: t.field({ description: "The day of the visit.", type: "Date", resolve: (v) => v.date }),
  }),
});

const ReportMeasurementCell = builder.objectRef<HeadlineCell>("ReportMeasurementCell").implement({
  description:
    "A headline cell of the direct-time share, suppressed exactly as in `directTimeDistribution`.",
  fields: (t) => ({
    label: t.exposeString("label", { description: '"Samtliga", or the municipality group.' }),
    groupCode: t.exposeString("groupCode", {
      description: "The municipality group's code; null for all respondents.",
      nullable: true,
    }),
    suppressed: t.exposeBoolean("suppressed", {
      description: "Too few respondents to show: the figures are left out.",
    }),
    suppressedLabel: t.exposeString("suppressedLabel", {
      nullable: true,
      description: '"färre än 5" when suppressed.',
    }),
    n: t.exposeInt("n", {
      description: "Respondents in the cell; null when suppressed.",
      nullable: true,
    }),
    mean: t.exposeFloat("mean", { nullable: true, description: "A share, 0–1." }),
    median: t.exposeFloat("median", { nullable: true, description: "A share, 0–1." }),
  }),
});

const ReportMeasurement = builder.objectRef<MeasurementHeadline>("ReportMeasurement").implement({
  description:
    "The measurement's headline: the latest survey whose period ended by the quarter's end.",
  fields: (t) => ({
    surveyName: t.exposeString("surveyName", { description: "The survey's name." }),
    periodStart: t.field({
      description: "The first day the survey measured.",
      type: "Date",
      resolve: (m) => m.periodStart,
    }),
    periodEnd: t.field({
      description: "The last day the survey measured.",
      type: "Date",
      resolve: (m) => m.periodEnd,
    }),
    invented: t.exposeBoolean("invented", {
      description: "Made up for the demonstration: never a real measurement.",
    }),
    cells: t.field({
      description: "The headline cells: all respondents, then each municipality group.",
      type: [ReportMeasurementCell],
      resolve: (m) => m.cells,
    }),
  }),
});

const ReportCommitmentChange = builder
  .objectRef<CommitmentChange>("ReportCommitmentChange")
  .implement({
    description: "A step of a commitment's timeline dated in the quarter.",
    fields: (t) => ({
      commitmentSlug: t.exposeString("commitmentSlug", {
        description: "The commitment's address: /atagaranden/<slug>.",
      }),
      commitmentTitle: t.exposeString("commitmentTitle", {
        description: "The commitment's title.",
      }),
      status: t.field({
        description: "The status it changed to.",
        type: CommitmentStatus,
        resolve: (c) => c.status,
      }),
      changedOn: t.field({
        description: "The day the status changed.",
        type: "Date",
        resolve: (c) => c.changedOn,
      }),
      dateAssumed: t.exposeBoolean("dateAssumed", {
        description: "The day is not known and was assumed.",
      }),
      note: t.exposeString("note", { description: "What was noted with the change." }),
    }),
  });

const QuarterlyReport = builder.objectRef<QuarterlyReportView>("QuarterlyReport").implement({
  description:
    "The quarterly report to the minister: as it was sent once sent, else as the data stands today with the coordinator's draft summary.",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "The report's year." }),
    quarter: t.exposeInt("quarter", { description: "The quarter, 1–4." }),
    firstDay: t.field({
      description: "The quarter's first day.",
      type: "Date",
      resolve: (r) => r.content.firstDay,
    }),
    lastDay: t.field({
      description: "The quarter's last day.",
      type: "Date",
      resolve: (r) => r.content.lastDay,
    }),
    summary: t.exposeString("summary", {
      description: "The coordinator's summary; empty until written.",
    }),
    sentOn: t.field({
      type: "Date",
      nullable: true,
      description: "The day it was sent; null while it is being written.",
      resolve: (r) => r.sentOn,
    }),
    updatedAt: t.field({
      description: "When the summary was last saved; null when never.",
      type: "DateTime",
      nullable: true,
      resolve: (r) => r.updatedAt,
    }),
    findingsByTheme: t.field({
      type: [ReportThemeFindings],
      description:
        "The findings first published in the quarter (Stockholm time) and published still (as sent), by theme: a finding with two themes counts in both.",
      resolve: (r) => r.content.findingsByTheme,
    }),
    newChallenges: t.int({
      description: "Distinct new published challenges.",
      resolve: (r) => r.content.findingTotals.challenges,
    }),
    newGoodExamples: t.int({
      description: "Distinct new published good examples.",
      resolve: (r) => r.content.findingTotals.goodExamples,
    }),
    meetingsHeld: t.field({
      type: [ReportMeeting],
      description: "The meetings held in the quarter (not the seminars of a conference).",
      resolve: (r) => r.content.meetingsHeld,
    }),
    organisationCount: t.int({
      description: "Distinct organisations that took part in any of the meetings held.",
      resolve: (r) => r.content.organisationCount,
    }),
    visits: t.field({
      type: [ReportVisit],
      description: "The municipality visits held (or written up) in the quarter, by date.",
      resolve: (r) => r.content.visits,
    }),
    measurement: t.field({
      description: "The latest time-use measurement's headline figures; null when there is none.",
      type: ReportMeasurement,
      nullable: true,
      resolve: (r) => r.content.measurement,
    }),
    commitmentChanges: t.field({
      description: "The commitments whose status changed in the quarter.",
      type: [ReportCommitmentChange],
      resolve: (r) => r.content.commitmentChanges,
    }),
    invented: t.boolean({
      description: "Some figure of the report comes from made-up demonstration data.",
      resolve: (r) => r.content.inventedParts.length > 0,
    }),
    inventedParts: t.stringList({
      description: 'Which parts count made-up data: "findings", "visits", "measurement".',
      resolve: (r) => r.content.inventedParts,
    }),
  }),
});

const QuarterlyReportSummary = builder
  .objectRef<QuarterlyReportRow>("QuarterlyReportSummary")
  .implement({
    description: "A saved quarterly report.",
    fields: (t) => ({
      year: t.exposeInt("year", { description: "The report's year." }),
      quarter: t.exposeInt("quarter", { description: "The quarter, 1–4." }),
      sentOn: t.field({
        description: "The day it was sent to the minister; null while not sent.",
        type: "Date",
        nullable: true,
        resolve: (r) => r.sentOn,
      }),
      updatedAt: t.field({
        description: "When it was last saved.",
        type: "DateTime",
        resolve: (r) => r.updatedAt,
      }),
      summaryLength: t.exposeInt("summaryLength", {
        description: "How many characters the summary holds.",
      }),
    }),
  });

builder.queryFields((t) => ({
  quarterlyReport: t.field({
    type: QuarterlyReport,
    description:
      "The report to the minister for a quarter (1–4) of a year (2015–2030), as sent or as it stands (coordinator).",
    args: {
      year: t.arg.int({ description: "The report's year.", required: true }),
      quarter: t.arg.int({ description: "The quarter, 1–4.", required: true }),
    },
    resolve: (_root, args, ctx) =>
      readReport(ctx.database.db, { year: args.year, quarter: args.quarter }),
  }),
  quarterlyReports: t.field({
    type: [QuarterlyReportSummary],
    description: "The saved quarterly reports, latest quarter first (coordinator).",
    resolve: (_root, _args, ctx) => listReports(ctx.database.db),
  }),
}));

builder.mutationFields((t) => ({
  saveQuarterlyReportSummary: t.field({
    type: QuarterlyReport,
    description:
      "Writes the coordinator's summary of a quarter's report (at most 20 000 characters); refused once the report is sent.",
    errors: {},
    args: {
      year: t.arg.int({ description: "The report's year.", required: true }),
      quarter: t.arg.int({ description: "The quarter, 1–4.", required: true }),
      summary: t.arg.string({
        description: "The coordinator's summary, at most 20 000 characters.",
        required: true,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const quarter = { year: args.year, quarter: args.quarter };
      await saveReportSummary(ctx.database.db, ctx.services, coordinator(ctx), {
        ...quarter,
        summary: args.summary,
      });
      return readReport(ctx.database.db, quarter);
    },
  }),
  markQuarterlyReportSent: t.field({
    type: QuarterlyReport,
    description:
      "Marks a quarter's report as sent on `sentOn` (from the quarter's first day up to today) and keeps its content as it is now; a sent report stays as sent.",
    errors: {},
    args: {
      year: t.arg.int({ description: "The report's year.", required: true }),
      quarter: t.arg.int({ description: "The quarter, 1–4.", required: true }),
      sentOn: t.arg({
        description: "The day it was sent to the minister.",
        type: "Date",
        required: true,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const quarter = { year: args.year, quarter: args.quarter };
      await markReportSent(ctx.database.db, ctx.services, coordinator(ctx), {
        ...quarter,
        sentOn: args.sentOn,
      });
      return readReport(ctx.database.db, quarter);
    },
  }),
}));
