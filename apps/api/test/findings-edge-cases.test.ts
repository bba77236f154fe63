import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { schema } from "../src/schema";
import { costOptions, operationCost } from "../src/shared/query-cost";
import { type TestApi, testApi } from "./support";

const cost = (query: string) =>
  operationCost(
    schema,
    parse(query).definitions[0] as OperationDefinitionNode,
    {},
    costOptions,
    {},
  );

describe("the cost of asking for findings", () => {
  it("counts a page by its limit and a finding's themes and versions by what they may hold", () => {
    expect(cost(`{ findings(limit: 200) { id themes { id } } }`)).toBe(200 * (1 + 10));
    expect(cost(`{ findings { id } }`)).toBe(50);
    // Every version of every finding on a page of 200, with their themes, is too much at once.
    expect(cost(`{ findings(limit: 200) { revisions { themes { id } } } }`)).toBeGreaterThan(
      costOptions.maxCost,
    );
  });
});

describe("findings at the edges", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let themeId: string;

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    const [theme] = await api.database.db.select({ id: tables.themes.id }).from(tables.themes);
    if (!theme) throw new Error("no theme");
    themeId = theme.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  const create = async (input: Record<string, unknown>) => {
    const data = await api.query<{
      createFinding: { __typename: string; code?: string; data?: { id: string } };
    }>(
      `mutation ($input: FindingInput!) { createFinding(input: $input) { __typename ... on InputError { code } ... on MutationCreateFindingSuccess { data { id } } } }`,
      {
        input: {
          title: "Stödet till familjehemmen räcker inte",
          body: "Familjehemmen efterfrågar mer handledning.",
          kind: "CHALLENGE",
          source: "SURVEY",
          themeIds: [themeId],
          phaseNumber: 2,
          ...input,
        },
      },
      coordinator,
    );
    const id = data.createFinding.data?.id;
    if (!id) throw new Error(`not created: ${data.createFinding.code}`);
    return id;
  };
  const run = (mutation: string, id: string) =>
    api.query(`mutation ($id: ID!) { ${mutation}(id: $id) { __typename } }`, { id }, coordinator);

  it("shows the meeting a published finding came from only to those who may see the meeting", async () => {
    const meeting = await api.database.db.query.meetings.findFirst({
      where: { kind: "webinar" },
      columns: { id: true, status: true },
    });
    if (!meeting) throw new Error("no webinar in the seed");
    const id = await create({ source: "WEBINAR", meetingId: meeting.id });
    await run("submitFindingForReview", id);
    await run("publishFinding", id);
    const read = (viewer: Viewer | null) =>
      api.query<{ finding: { meeting: { id: string } | null } }>(
        `query ($id: ID!) { finding(id: $id) { meeting { id } } }`,
        { id },
        viewer,
      );
    await api.database.db
      .update(tables.meetings)
      .set({ status: "draft" })
      .where(eq(tables.meetings.id, meeting.id));
    expect((await read(null)).finding.meeting).toBeNull();
    expect((await read(coordinator)).finding.meeting?.id).toBe(meeting.id);
    await api.database.db
      .update(tables.meetings)
      .set({ status: meeting.status })
      .where(eq(tables.meetings.id, meeting.id));
    if (meeting.status !== "draft") expect((await read(null)).finding.meeting?.id).toBe(meeting.id);
  });

  it("refuses a title of invisible characters, a phase that cannot be and a day before 2000, naming the field", async () => {
    const refusal = async (input: Record<string, unknown>) =>
      (
        await api.query<{ createFinding: { code?: string; field?: string } }>(
          `mutation ($input: FindingInput!) { createFinding(input: $input) { ... on InputError { code field } } }`,
          {
            input: {
              title: "Rubrik",
              body: "Text.",
              kind: "CHALLENGE",
              source: "SURVEY",
              themeIds: [themeId],
              phaseNumber: 2,
              ...input,
            },
          },
          coordinator,
        )
      ).createFinding;
    expect(await refusal({ title: "\u200B\u200B\u202E" })).toEqual({
      code: "TITLE_EMPTY",
      field: "title",
    });
    expect(await refusal({ phaseNumber: 2_147_483_647 })).toEqual({
      code: "NOT_FOUND",
      field: "phaseNumber",
    });
    expect(await refusal({ observedOn: "1900-01-01" })).toEqual({
      code: "OUT_OF_RANGE",
      field: "observedOn",
    });
    const id = await create({ title: "Mer\u202E tid\u200B med barnen" });
    const stored = await api.database.db.query.findings.findFirst({ where: { id } });
    expect(stored?.title).toBe("Mer tid med barnen");
  });

  it("keeps a draft's versions without saying it was revised, as it was never published", async () => {
    const id = await create({});
    await api.query(
      `mutation ($id: ID!, $input: FindingInput!) { updateFinding(id: $id, input: $input) { __typename } }`,
      {
        id,
        input: {
          title: "Stödet till familjehemmen räcker sällan",
          body: "Familjehemmen efterfrågar mer handledning.",
          kind: "GOOD_EXAMPLE",
          source: "RESEARCH",
          themeIds: [themeId],
          phaseNumber: 3,
        },
      },
      coordinator,
    );
    const { finding } = await api.query<{
      finding: {
        version: number;
        revisedAt: string | null;
        kind: string;
        phase: { number: number };
      };
    }>(
      `query ($id: ID!) { finding(id: $id) { version revisedAt kind phase { number } } }`,
      { id },
      coordinator,
    );
    expect(finding).toEqual({
      version: 2,
      revisedAt: null,
      kind: "GOOD_EXAMPLE",
      phase: { number: 3 },
    });
    const rows = await api.database.db
      .select()
      .from(tables.findingRevisions)
      .where(eq(tables.findingRevisions.findingId, id));
    expect(rows.map((r) => [r.version, r.phaseNumber, r.editedById]).sort()).toEqual([
      [1, 2, coordinator.personId],
      [2, 3, coordinator.personId],
    ]);
  });

  it("reads a page of findings with their themes, place, phase and meeting in two statements, whatever the page holds", async () => {
    for (const title of ["Första sidans iakttagelse", "Andra sidans iakttagelse"]) {
      const id = await create({ title });
      await run("submitFindingForReview", id);
      await run("publishFinding", id);
    }
    api.clearStatements();
    const { findings } = await api.query<{ findings: unknown[] }>(
      `{ findings(limit: 20) { title themes { slug } municipality { name county { name } group { code } } phase { name } round meeting { slug } recordedBy { name } revisions { version } } }`,
    );
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(api.statements).toHaveLength(2);
  });

  it("answers an id that cannot be one with no finding, and a refusal for a change", async () => {
    expect(
      (await api.query<{ finding: null }>(`{ finding(id: "inte-ett-id") { id } }`, {}, null))
        .finding,
    ).toBeNull();
    const refused = await api.query<{ publishFinding: { __typename: string; code: string } }>(
      `mutation { publishFinding(id: "inte-ett-id") { __typename ... on InputError { code } } }`,
      {},
      coordinator,
    );
    expect(refused.publishFinding).toEqual({ __typename: "InputError", code: "NOT_FOUND" });
  });
});
