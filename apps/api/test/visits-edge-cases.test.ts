import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

const previewQuery = `query ($size: Int, $seed: Int!, $lockedIn: [String!], $lockedOut: [String!]) {
  visitSelectionPreview(size: $size, seed: $seed, lockedIn: $lockedIn, lockedOut: $lockedOut) {
    __typename
    ... on InputError { code message field }
    ... on QueryVisitSelectionPreviewSuccess { data { size picks { municipalityCode } } }
  }
}`;

type Preview = {
  visitSelectionPreview: {
    __typename: string;
    code?: string;
    field?: string | null;
    data?: { size: number; picks: { municipalityCode: string }[] };
  };
};

describe("the selection of municipalities to visit, given careless or hostile input", () => {
  let api: TestApi;
  let coordinator: Viewer;

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  const preview = async (variables: Record<string, unknown>) =>
    (await api.query<Preview>(previewQuery, variables, coordinator)).visitSelectionPreview;

  it("points at the list that holds a code no municipality has", async () => {
    expect(await preview({ seed: 1, lockedIn: ["0180", "9999"] })).toMatchObject({
      code: "UNKNOWN_MUNICIPALITY",
      field: "lockedIn",
    });
    expect(await preview({ seed: 1, lockedOut: ["19121212-1212"] })).toMatchObject({
      code: "UNKNOWN_MUNICIPALITY",
      field: "lockedOut",
    });
  });

  it("answers negative and huge sizes, any seed and a long list of codes with a conflict or a selection", async () => {
    expect(await preview({ size: -5, seed: 1 })).toMatchObject({ code: "SIZE_NOT_WHOLE" });
    expect(await preview({ size: 2_147_483_647, seed: 1 })).toMatchObject({
      code: "NOT_ENOUGH_LEFT",
      field: "size",
    });
    for (const seed of [-2_147_483_648, 0, 2_147_483_647]) {
      const result = await preview({ seed });
      expect(result.data?.picks).toHaveLength(50);
    }
    const many = Array.from({ length: 20_000 }, () => "0180");
    const repeated = await preview({ seed: 1, lockedIn: many });
    expect(repeated.data?.picks.map((p) => p.municipalityCode)).toContain("0180");
  });
});

describe("dates that are no day", () => {
  let api: TestApi;
  let coordinator: Viewer;
  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  it("refuses 30 February and 31 April as input, saying what a date must be", async () => {
    const visit = await api.database.db.query.visits.findFirst({
      columns: { id: true, visitDate: true },
    });
    if (!visit) throw new Error("the demo seed has visits");
    for (const date of ["2016-02-30", "2015-04-31", "2016-13-01"]) {
      const answer = await api.execute(
        `mutation ($id: ID!, $date: Date!) { updateVisit(id: $id, input: { date: $date }) { __typename } }`,
        { id: visit.id, date },
        coordinator,
      );
      expect(answer.errors?.[0]?.extensions?.code, date).toBe("BAD_USER_INPUT");
      expect(answer.errors?.[0]?.message, date).toContain("Date must be YYYY-MM-DD");
    }
    const after = await api.database.db.query.visits.findFirst({ where: { id: visit.id } });
    expect(after?.visitDate).toBe(visit.visitDate);
  });
});
