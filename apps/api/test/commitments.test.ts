import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestStatus, statusChangeRefusal } from "../src/commitments/rules";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

const coordinatorEmail = "samordnare@kraftsamling.example";
const memberEmail = "medlem.raddabarnen@kraftsamling.example";
const moderatorEmail = "moderator@kraftsamling.example";
/** The clock of these tests: a day in August 2017, before the regional conferences. */
const today = "2017-08-20";

const commitmentFields = `
  id slug kind number title summary actor status updatedAt viewerCanRecordStatus
  parent { slug title } children { slug number }
  timeline { status changedOn dateAssumed note recordedBy { name } }
  findings { id title } meetings { slug }
`;

interface Step {
  status: string;
  changedOn: string;
  dateAssumed: boolean;
  note: string;
  recordedBy: { name: string } | null;
}
interface CommitmentData {
  id: string;
  slug: string;
  kind: string;
  number: number;
  title: string;
  actor: string;
  status: string;
  viewerCanRecordStatus: boolean;
  parent: { slug: string; title: string } | null;
  children: { slug: string; number: number }[];
  timeline: Step[];
  findings: { id: string; title: string }[];
  meetings: { slug: string }[];
}

const oneQuery = `query ($slug: String!) { commitment(slug: $slug) { ${commitmentFields} } }`;
const listQuery = `query ($filter: CommitmentFilter, $limit: Int) {
  commitments(filter: $filter, limit: $limit) { slug kind status actor parent { slug } }
  commitmentCount(filter: $filter)
}`;
const recordMutation = `mutation ($id: ID!, $status: CommitmentStatus!, $on: Date!, $note: String!) {
  recordCommitmentStatus(commitmentId: $id, status: $status, changedOn: $on, note: $note) {
    __typename
    ... on InputError { code message field }
    ... on MutationRecordCommitmentStatusSuccess { data { ${commitmentFields} } }
  }
}`;
const linksMutation = `mutation ($id: ID!, $findingIds: [ID!]!, $meetingIds: [ID!]!) {
  setCommitmentLinks(commitmentId: $id, findingIds: $findingIds, meetingIds: $meetingIds) {
    __typename
    ... on InputError { code message field }
    ... on MutationSetCommitmentLinksSuccess { data { ${commitmentFields} } }
  }
}`;
type Result = {
  __typename: string;
  code?: string;
  message?: string;
  field?: string;
  data?: CommitmentData;
};

describe("the rules of a status change, without the database", () => {
  it("takes a day from 2015 up to today and a note of 1–1000 characters, and names what is wrong", () => {
    const ok = { changedOn: "2017-08-15", note: "Beslutat", today };
    expect(statusChangeRefusal(ok)).toBeNull();
    expect(statusChangeRefusal({ ...ok, changedOn: "2014-12-31" })).toMatchObject({
      code: "DATE_TOO_EARLY",
      field: "changedOn",
    });
    expect(statusChangeRefusal({ ...ok, changedOn: "2017-08-21" })?.message).toContain(today);
    expect(statusChangeRefusal({ ...ok, note: "" })?.code).toBe("NOTE_EMPTY");
    expect(statusChangeRefusal({ ...ok, note: "x".repeat(1001) })?.message).toContain("1001");
    expect(statusChangeRefusal({ ...ok, note: "x".repeat(1000) })).toBeNull();
  });

  it("ends a timeline at its latest day, and of one day at the change recorded last", () => {
    const at = (ms: number) => new Date(ms);
    expect(
      latestStatus([
        { status: "proposed", changedOn: "2016-09-15", recordedAt: at(1) },
        { status: "done", changedOn: "2016-01-01", recordedAt: at(3) },
        { status: "decided", changedOn: "2017-01-01", recordedAt: at(1) },
        { status: "under_way", changedOn: "2017-01-01", recordedAt: at(2) },
      ]),
    ).toBe("under_way");
  });
});

describe("commitments through the API", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  let moderator: Viewer;

  beforeAll(async () => {
    api = await testApi({ demoDate: new Date(`${today}T10:00:00+02:00`) });
    coordinator = await api.viewer(coordinatorEmail);
    member = await api.viewer(memberEmail);
    moderator = await api.viewer(moderatorEmail);
  });
  afterAll(async () => {
    await api?.close();
  });

  const one = async (slug: string, viewer: Viewer | null = null) =>
    (await api.query<{ commitment: CommitmentData | null }>(oneQuery, { slug }, viewer)).commitment;
  const record = async (
    variables: { id: string; status: string; on: string; note: string },
    viewer: Viewer | null = coordinator,
  ) =>
    (await api.query<{ recordCommitmentStatus: Result }>(recordMutation, variables, viewer))
      .recordCommitmentStatus;

  it("shows everyone the proposals, the action plan's areas with their items, and the stability factors", async () => {
    const all = await api.query<{
      commitments: {
        slug: string;
        kind: string;
        status: string;
        parent: { slug: string } | null;
      }[];
      commitmentCount: number;
    }>(listQuery, { limit: 100 });
    expect(all.commitmentCount).toBe(all.commitments.length);
    const kinds = all.commitments.map((c) => c.kind);
    // In the sources' order: the proposals first, the stability factors last.
    expect(kinds.indexOf("ACTION_AREA")).toBe(10);
    expect(kinds.slice(0, 10)).toEqual(Array(10).fill("PROPOSAL"));
    expect(kinds.at(-1)).toBe("STABILITY_FACTOR");
    expect(kinds.filter((k) => k === "STABILITY_FACTOR")).toHaveLength(4);

    const area = await one("skl-omrade-3");
    expect(area).toMatchObject({ kind: "ACTION_AREA", title: "Forskning och utveckling" });
    expect(area?.children.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const item = await one(area?.children[2]?.slug ?? "");
    expect(item?.title).toBe("Utveckling av resultatmått för arbetet med barn och unga");
    expect(item?.parent?.title).toBe("Forskning och utveckling");
    expect(item?.viewerCanRecordStatus).toBe(false);
    expect(await one("ingen-sadan")).toBeNull();
  });

  it("refuses a filter naming more actors than there can be, in the list and in the count", async () => {
    const actors = Array.from({ length: 101 }, (_, i) => `Aktör ${i}`);
    for (const field of [
      "commitments(filter: $filter) { slug }",
      "commitmentCount(filter: $filter)",
    ]) {
      const answer = await api.execute(`query ($filter: CommitmentFilter) { ${field} }`, {
        filter: { actors },
      });
      expect(answer.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
      expect(answer.errors?.[0]?.message, field).toContain("at most 100 actors");
    }
  });

  it("filters by actor, status and kind, together", async () => {
    const { commitmentActors } = await api.query<{ commitmentActors: string[] }>(
      "{ commitmentActors }",
    );
    expect(commitmentActors).toEqual(
      [...commitmentActors].sort((a, b) => a.localeCompare(b, "en")),
    );
    expect(commitmentActors).toEqual(
      expect.arrayContaining([
        "Socialstyrelsen",
        "Sveriges Kommuner och Landsting (SKL)",
        "Växjö kommun",
      ]),
    );
    const socialstyrelsen = await api.query<{
      commitments: { slug: string; actor: string }[];
      commitmentCount: number;
    }>(listQuery, { filter: { actors: ["Socialstyrelsen"] } });
    expect(socialstyrelsen.commitments.map((c) => c.slug)).toEqual(["forslag-4", "forslag-6"]);
    expect(socialstyrelsen.commitmentCount).toBe(2);

    const sklDecided = await api.query<{ commitments: { slug: string; status: string }[] }>(
      listQuery,
      {
        filter: {
          actors: ["Sveriges Kommuner och Landsting (SKL)"],
          statuses: ["DECIDED"],
          kinds: ["PROPOSAL"],
        },
      },
    );
    expect(sklDecided.commitments.map((c) => c.slug)).toEqual([
      "forslag-1",
      "forslag-7",
      "forslag-8",
    ]);
    const { errors } = await api.execute(listQuery, { limit: 101 });
    expect(errors?.[0]?.message).toContain("between 1 and 100");
  });

  it("lets the coordinator mark proposal 5 decided with a note, and the public timeline shows it", async () => {
    const before = await one("forslag-5");
    expect(before?.status).toBe("BEING_PREPARED");
    expect(before?.timeline.map((s) => [s.status, s.dateAssumed])).toEqual([
      ["PROPOSED", true],
      ["BEING_PREPARED", true],
    ]);
    const note = "Regeringen har beslutat om vägledning för sökbara anmälningar.";
    const done = await record({ id: before?.id ?? "", status: "DECIDED", on: "2017-08-15", note });
    expect(done.__typename).toBe("MutationRecordCommitmentStatusSuccess");
    expect(done.data?.status).toBe("DECIDED");
    expect(done.data?.timeline.at(-1)?.recordedBy?.name).toBe(coordinator.name);

    const seen = await one("forslag-5");
    expect(seen?.status).toBe("DECIDED");
    expect(seen?.timeline.at(-1)).toEqual({
      status: "DECIDED",
      changedOn: "2017-08-15",
      dateAssumed: false,
      note,
      recordedBy: null,
    });
    const decided = await api.query<{ commitments: { slug: string }[] }>(listQuery, {
      filter: { statuses: ["BEING_PREPARED"] },
    });
    expect(decided.commitments.map((c) => c.slug)).not.toContain("forslag-5");

    const [audit] = await api.database.db
      .select()
      .from(tables.auditLog)
      .where(eq(tables.auditLog.subjectId, before?.id ?? ""));
    expect(audit).toMatchObject({ action: "commitment.status", actorName: coordinator.name });
    expect(audit?.before).toEqual({ status: "being_prepared" });

    // A step dated before the latest fills in the history without moving the status back.
    const earlier = await record({
      id: before?.id ?? "",
      status: "UNDER_WAY",
      on: "2017-07-01",
      note: "Remiss skickad.",
    });
    expect(earlier.data?.status).toBe("DECIDED");
    expect(earlier.data?.timeline.map((s) => s.changedOn)).toEqual([
      "2016-09-15",
      "2017-06-20",
      "2017-07-01",
      "2017-08-15",
    ]);
  });

  it("refuses a day in the future or before 2015, an empty or too long note, and no such commitment", async () => {
    const target = await one("forslag-2");
    const id = target?.id ?? "";
    const refused = async (on: string, note: string) => {
      const result = await record({ id, status: "UNDER_WAY", on, note });
      expect(result.__typename).toBe("InputError");
      return result;
    };
    expect(await refused("2017-08-21", "Igång")).toMatchObject({
      code: "DATE_IN_FUTURE",
      field: "changedOn",
      message: expect.stringContaining("after today (2017-08-20)"),
    });
    expect(await refused("2014-06-01", "Igång")).toMatchObject({ code: "DATE_TOO_EARLY" });
    expect(await refused("2017-08-01", "   ")).toMatchObject({ code: "NOTE_EMPTY", field: "note" });
    expect(await refused("2017-08-01", "x".repeat(1001))).toMatchObject({ code: "TOO_LONG" });
    const none = await record({
      id: "00000000-0000-0000-0000-000000000000",
      status: "DONE",
      on: "2017-08-01",
      note: "Klart",
    });
    expect(none).toMatchObject({ code: "NOT_FOUND", field: "commitmentId" });
    const after = await one("forslag-2");
    expect(after?.status).toBe("DECIDED");
    expect(after?.timeline).toHaveLength(2);
  });

  it("refuses everyone but the coordinator, and changes nothing", async () => {
    const target = await one("forslag-3");
    for (const viewer of [null, member, moderator]) {
      const { errors } = await api.execute(
        recordMutation,
        { id: target?.id, status: "DONE", on: "2017-08-01", note: "Klart" },
        viewer,
      );
      expect(errors?.[0]?.extensions?.code).toBe(viewer ? "FORBIDDEN" : "UNAUTHENTICATED");
      const links = await api.execute(
        linksMutation,
        { id: target?.id, findingIds: [], meetingIds: [] },
        viewer,
      );
      expect(links.errors?.[0]?.extensions?.code).toBe(viewer ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    expect((await one("forslag-3", member))?.timeline).toHaveLength(2);
    expect((await one("forslag-3", member))?.viewerCanRecordStatus).toBe(false);
    expect((await one("forslag-3", coordinator))?.viewerCanRecordStatus).toBe(true);
  });

  it("links findings and meetings, and shows the public only published findings and meetings that are not drafts", async () => {
    const { db } = api.database;
    const [theme] = await db.select({ id: tables.themes.id }).from(tables.themes).limit(1);
    const finding = async (title: string, status: "draft" | "published") => {
      const [row] = await db
        .insert(tables.findings)
        .values({
          title,
          body: "Anmälningar som inte leder till utredning går inte att söka fram.",
          source: "survey",
          phaseNumber: 3,
          status,
          publishedAt: status === "published" ? new Date() : null,
        })
        .returning({ id: tables.findings.id });
      if (!row || !theme) throw new Error("no finding");
      await db.insert(tables.findingThemes).values({ findingId: row.id, themeId: theme.id });
      return row.id;
    };
    const published = await finding("Anmälningar går inte att söka", "published");
    const draft = await finding("Utkast om anmälningar", "draft");
    const [draftMeeting] = await db
      .insert(tables.meetings)
      .values({
        slug: "utkast-rundabordssamtal-anmalningar",
        title: "Rundabordssamtal om anmälningar",
        kind: "round_table",
        startsAt: new Date("2017-09-05T09:00:00+02:00"),
        endsAt: new Date("2017-09-05T12:00:00+02:00"),
        status: "draft",
      })
      .returning({ id: tables.meetings.id });
    const dialogue = await db.query.meetings.findFirst({
      where: { slug: "nationell-dialog-2015-03-16" },
    });
    const target = await one("skl-omrade-1-punkt-1");
    const linked = await api.query<{ setCommitmentLinks: Result }>(
      linksMutation,
      {
        id: target?.id,
        findingIds: [published, draft],
        meetingIds: [dialogue?.id, draftMeeting?.id],
      },
      coordinator,
    );
    expect(linked.setCommitmentLinks.data?.findings).toHaveLength(2);
    expect(linked.setCommitmentLinks.data?.meetings).toHaveLength(2);

    const seen = await one("skl-omrade-1-punkt-1");
    expect(seen?.findings.map((f) => f.id)).toEqual([published]);
    expect(seen?.meetings.map((m) => m.slug)).toEqual(["nationell-dialog-2015-03-16"]);
    expect((await one("skl-omrade-1-punkt-1", member))?.findings.map((f) => f.id)).toEqual([
      published,
    ]);

    const wrong = await api.query<{ setCommitmentLinks: Result }>(
      linksMutation,
      { id: target?.id, findingIds: ["00000000-0000-0000-0000-000000000000"], meetingIds: [] },
      coordinator,
    );
    expect(wrong.setCommitmentLinks).toMatchObject({ code: "NOT_FOUND", field: "findingIds" });
    const cleared = await api.query<{ setCommitmentLinks: Result }>(
      linksMutation,
      { id: target?.id, findingIds: [], meetingIds: [dialogue?.id] },
      coordinator,
    );
    expect(cleared.setCommitmentLinks.data?.findings).toEqual([]);
    const audits = await db
      .select({ action: tables.auditLog.action })
      .from(tables.auditLog)
      .where(eq(tables.auditLog.subjectId, target?.id ?? ""));
    expect(audits.map((a) => a.action)).toEqual(["commitment.links", "commitment.links"]);
  });
});
