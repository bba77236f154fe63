/**
 * The authorization table's cases for the time-use measurement: the surveys' imports, their list
 * with the retention, and the retention setting are the coordinator's alone; the distribution is
 * everyone's (public queries).
 */
import { schema as tables } from "@kraftsamling/db";
import { expect } from "vitest";
import { answer, type Case, type World } from "./authorization-cases";

/** An import of its own for one attempt. */
async function freshImport(w: World): Promise<string> {
  const [row] = await w.api.database.db
    .insert(tables.surveyImports)
    .values({
      name: `Import ${w.unique("import")}`,
      status: "refused",
      problems: [{ row: 2, reason: "okänd kommunkod 9999" }],
    })
    .returning({ id: tables.surveyImports.id });
  if (!row) throw new Error("no import");
  return row.id;
}

const retention = async (w: World) =>
  (await w.api.database.db.query.measurementSettings.findFirst({ where: { id: 1 } }))
    ?.respondentRetentionDays ?? 365;

let nextDays = 400;

export const measurementCases: Record<string, Case> = {
  "Query.surveys": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: "{ surveys { id name respondentCount respondentsKept respondentsDeleteOn } }",
    allowed: async (data) => {
      const surveys = (data as { surveys: { respondentsKept: number | null }[] }).surveys;
      expect(surveys.length).toBeGreaterThanOrEqual(2);
      expect(surveys.every((s) => typeof s.respondentsKept === "number")).toBe(true);
    },
  }),

  "Query.surveyImport": async (w, actor) => {
    const id = await freshImport(w);
    return {
      viewer: await w.viewerFor(actor),
      source: "query ($id: ID!) { surveyImport(id: $id) { id status problems { row reason } } }",
      variables: { id },
      allowed: async (data) => {
        expect(answer(data, "surveyImport")).toEqual({
          id,
          status: "REFUSED",
          problems: [{ row: 2, reason: "okänd kommunkod 9999" }],
        });
      },
    };
  },

  "Query.surveyImports": async (w, actor) => {
    const id = await freshImport(w);
    return {
      viewer: await w.viewerFor(actor),
      source: "{ surveyImports(limit: 100) { id status rowsRead } }",
      allowed: async (data) => {
        const list = (data as { surveyImports: { id: string }[] }).surveyImports;
        expect(list.map((i) => i.id)).toContain(id);
      },
    };
  },

  "Mutation.setRespondentRetention": async (w, actor) => {
    const days = ++nextDays;
    const before = await retention(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($days: Int!) { setRespondentRetention(days: $days) { __typename ... on MutationSetRespondentRetentionSuccess { data { respondentRetentionDays } } ... on InputError { code } } }`,
      variables: { days },
      unchanged: async () => expect(await retention(w)).toBe(before),
      allowed: async (data) => {
        expect(answer(data, "setRespondentRetention")).toEqual({
          __typename: "MutationSetRespondentRetentionSuccess",
          data: { respondentRetentionDays: days },
        });
        expect(await retention(w)).toBe(days);
      },
    };
  },
};
