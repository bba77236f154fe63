/**
 * The authorization table's cases for the quarterly report to the minister: reading, writing and
 * marking it sent are the coordinator's alone.
 */
import { schema as tables } from "@kraftsamling/db";
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { answer, type Case, type World } from "./authorization-cases";

const result = (field: string) => `${field} { __typename ... on InputError { code message } }`;

async function reportRow(w: World, year: number, quarter: number) {
  const [row] = await w.api.database.db
    .select()
    .from(tables.quarterlyReports)
    .where(
      and(eq(tables.quarterlyReports.year, year), eq(tables.quarterlyReports.quarter, quarter)),
    );
  return row ?? null;
}

export const reportCases: Record<string, Case> = {
  "Query.quarterlyReport": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: "{ quarterlyReport(year: 2016, quarter: 3) { year quarter sentOn newChallenges } }",
    allowed: async (data) => {
      expect(answer(data, "quarterlyReport")).toMatchObject({ year: 2016, quarter: 3 });
    },
  }),

  "Query.quarterlyReports": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: "{ quarterlyReports { year quarter sentOn } }",
    allowed: async (data) => {
      expect(Array.isArray((data as { quarterlyReports: unknown }).quarterlyReports)).toBe(true);
    },
  }),

  "Mutation.saveQuarterlyReportSummary": async (w, actor) => {
    const before = await reportRow(w, 2016, 2);
    const summary = `Sammanfattning av ${actor}.`;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($summary: String!) { ${result("saveQuarterlyReportSummary(year: 2016, quarter: 2, summary: $summary)")} }`,
      variables: { summary },
      unchanged: async () => expect(await reportRow(w, 2016, 2)).toEqual(before),
      allowed: async (data) => {
        expect(answer(data, "saveQuarterlyReportSummary").__typename).toBe(
          "MutationSaveQuarterlyReportSummarySuccess",
        );
        expect((await reportRow(w, 2016, 2))?.summary).toBe(summary);
      },
    };
  },

  "Mutation.markQuarterlyReportSent": async (w, actor) => {
    const year = 2017;
    const quarter = 4;
    const before = await reportRow(w, year, quarter);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation { ${result(`markQuarterlyReportSent(year: ${year}, quarter: ${quarter}, sentOn: "2017-12-20")`)} }`,
      unchanged: async () => expect(await reportRow(w, year, quarter)).toEqual(before),
      allowed: async (data) => {
        expect(answer(data, "markQuarterlyReportSent").__typename).toBe(
          "MutationMarkQuarterlyReportSentSuccess",
        );
        expect((await reportRow(w, year, quarter))?.sentOn).toBe("2017-12-20");
      },
    };
  },
};
