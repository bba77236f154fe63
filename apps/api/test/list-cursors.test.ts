import { schema as tables } from "@kraftsamling/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { invalidCursorMessage } from "../src/error-masking";
import { withoutMark } from "../src/shared/list-cursors";
import { type TestApi, testApi } from "./support";

type Page = {
  nodes: { id: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

const findingsPage = `query ($filter: FindingFilter, $orderBy: FindingOrder, $after: String) {
  findingsConnection(filter: $filter, orderBy: $orderBy, first: 2, after: $after) {
    nodes { id } pageInfo { endCursor hasNextPage }
  }
}`;

const threadPage = `query ($slug: String!, $after: String) {
  theme(slug: $slug) { commentsConnection(first: 1, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }
}`;

/** The refusal of a cursor some other list gave out, on the argument that brought it. */
const refusal = (field: string) => [
  { message: invalidCursorMessage, code: "BAD_USER_INPUT", reason: "INVALID_CURSOR", field },
];

describe("a cursor belongs to the list that gave it out", () => {
  let api: TestApi;
  let member: Viewer;
  const errorsOf = async (source: string, variables: Record<string, unknown>, viewer?: Viewer) =>
    (await api.execute(source, variables, viewer ?? null)).errors?.map((error) => ({
      message: error.message,
      ...error.extensions,
    }));
  const findings = async (variables: Record<string, unknown>) =>
    (await api.query<{ findingsConnection: Page }>(findingsPage, variables)).findingsConnection;

  beforeAll(async () => {
    api = await testApi();
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  it("refuses another list's cursor instead of reading it as a position and ending the list", async () => {
    const meetings = await api.query<{ meetingsConnection: Page }>(
      "{ meetingsConnection(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } }",
    );
    const cursor = meetings.meetingsConnection.pageInfo.endCursor;
    expect(cursor).not.toBeNull();
    expect(await errorsOf(findingsPage, { after: cursor })).toEqual(refusal("after"));
  });

  it("refuses a cursor of another order or another filter, and pages on with its own", async () => {
    const oldest = await findings({ orderBy: "OLDEST" });
    expect(oldest.pageInfo.hasNextPage).toBe(true);
    const cursor = oldest.pageInfo.endCursor;
    expect(await errorsOf(findingsPage, { after: cursor })).toEqual(refusal("after"));
    expect(await errorsOf(findingsPage, { orderBy: "NEWEST", after: cursor })).toEqual(
      refusal("after"),
    );
    expect(
      await errorsOf(findingsPage, {
        orderBy: "OLDEST",
        filter: { kinds: ["CHALLENGE"] },
        after: cursor,
      }),
    ).toEqual(refusal("after"));
    const next = await findings({ orderBy: "OLDEST", after: cursor });
    expect(next.nodes).toHaveLength(2);
    expect(next.nodes.map((n) => n.id)).not.toContain(oldest.nodes[0]?.id);
  });

  it("takes the same filter written in another order, or with a field left null, as the same list", async () => {
    const filter = { kinds: ["CHALLENGE", "GOOD_EXAMPLE"], phaseNumbers: [1, 2, 3, 4, 5] };
    const first = await findings({ filter });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const again = await findings({
      filter: { phaseNumbers: [1, 2, 3, 4, 5], search: null, kinds: ["CHALLENGE", "GOOD_EXAMPLE"] },
      after: first.pageInfo.endCursor,
    });
    expect(again.nodes.map((n) => n.id)).not.toContain(first.nodes[0]?.id);
  });

  it("tells times apart in the arguments, and takes null for an argument's default", async () => {
    const meetingsPage = `query ($from: DateTime, $period: MeetingPeriod, $after: String) {
      meetingsConnection(from: $from, period: $period, first: 1, after: $after) {
        nodes { id } pageInfo { endCursor hasNextPage }
      }
    }`;
    const from2015 = { from: "2015-01-01T00:00:00Z" };
    const first = (
      await api.query<{ meetingsConnection: Page }>(meetingsPage, { ...from2015, period: null })
    ).meetingsConnection;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const after = first.pageInfo.endCursor;
    // The same list with its default written out, or left to be the default: the cursor holds.
    const next = await api.query<{ meetingsConnection: Page }>(meetingsPage, {
      ...from2015,
      period: "ALL",
      after,
    });
    expect(next.meetingsConnection.nodes.map((n) => n.id)).not.toEqual(
      first.nodes.map((n) => n.id),
    );
    expect(await errorsOf(meetingsPage, { from: "2099-01-01T00:00:00Z", after })).toEqual(
      refusal("after"),
    );
  });

  it("reads a cursor that is its list's mark and nothing more as none, as an empty one", async () => {
    const first = await findings({});
    const cursor = first.pageInfo.endCursor ?? "";
    const mark = cursor.slice(0, cursor.length - withoutMark(cursor).length);
    const again = await findings({ after: mark });
    expect(again.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
  });

  it("refuses one thread's cursor in another thread", async () => {
    const db = api.database.db;
    const themes = await db.query.themes.findMany({
      where: { status: "open" },
      orderBy: { slug: "asc" },
      limit: 2,
    });
    const threads: { slug: string; page: Page }[] = [];
    for (const theme of themes) {
      for (const body of ["Ett första inlägg.", "Ett andra inlägg."])
        await db
          .insert(tables.comments)
          .values({ themeId: theme.id, authorId: member.personId, body });
      const answer = await api.query<{ theme: { commentsConnection: Page } }>(
        threadPage,
        { slug: theme.slug },
        member,
      );
      threads.push({ slug: theme.slug, page: answer.theme.commentsConnection });
    }
    const [one, other] = threads;
    if (!one || !other) throw new Error("the seed has no two open themes");
    const cursor = one.page.pageInfo.endCursor;
    expect(await errorsOf(threadPage, { slug: other.slug, after: cursor }, member)).toEqual(
      refusal("after"),
    );
    const next = await api.query<{ theme: { commentsConnection: Page } }>(
      threadPage,
      { slug: one.slug, after: cursor },
      member,
    );
    expect(next.theme.commentsConnection.nodes.map((n) => n.id)).not.toEqual(
      one.page.nodes.map((n) => n.id),
    );
  });
});
