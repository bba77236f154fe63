import { randomUUID } from "node:crypto";
import { schema as tables } from "@kraftsamling/db";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { erasePerson, exportPersonData } from "../src/accounts/personal-data";
import type { Viewer } from "../src/context";
import { findingTransition } from "../src/findings/rules";
import { type TestApi, testApi } from "./support";

const coordinatorEmail = "samordnare@kraftsamling.example";
const memberEmail = "medlem.raddabarnen@kraftsamling.example";
const day = 24 * 3600_000;

const findingFields = `
  id title body kind source status version invented observedOn publishedAt revisedAt
  themes { id slug } phase { number } municipality { code county { code } group { code } }
  round meeting { id } unpublishedReason visit { id } recordedBy { id name }
  revisions { version title themes { id } phase { number } municipality { code } editedBy { id } editedAt }
  createdAt updatedAt viewerCanEdit
`;

interface FindingData {
  id: string;
  title: string;
  body: string;
  kind: string;
  source: string;
  status: string;
  version: number;
  publishedAt: string | null;
  revisedAt: string | null;
  themes: { id: string; slug: string }[];
  municipality: { code: string; county: { code: string }; group: { code: string } } | null;
  round: number | null;
  meeting: { id: string } | null;
  unpublishedReason: string | null;
  visit: { id: string } | null;
  recordedBy: { id: string; name: string } | null;
  revisions: {
    version: number;
    title: string;
    themes: { id: string }[];
    editedBy: { id: string } | null;
    editedAt: string;
  }[];
  createdAt: string | null;
  updatedAt: string | null;
  viewerCanEdit: boolean;
}
type Result = {
  __typename: string;
  code?: string;
  message?: string;
  field?: string;
  data?: FindingData;
};

const mutationResult = (field: string, success: string) => `
  ${field} {
    __typename
    ... on InputError { code message field }
    ... on ${success} { data { ${findingFields} } }
  }`;
const createMutation = `mutation ($input: FindingInput!) {
  ${mutationResult("createFinding(input: $input)", "MutationCreateFindingSuccess")}
}`;
const updateMutation = `mutation ($id: ID!, $input: FindingInput!) {
  ${mutationResult("updateFinding(id: $id, input: $input)", "MutationUpdateFindingSuccess")}
}`;
const moves = {
  submit: ["submitFindingForReview", "MutationSubmitFindingForReviewSuccess"],
  return: ["returnFindingToDraft", "MutationReturnFindingToDraftSuccess"],
  publish: ["publishFinding", "MutationPublishFindingSuccess"],
  unpublish: ["unpublishFinding", "MutationUnpublishFindingSuccess"],
} as const;

describe("the workflow of a finding, without the database", () => {
  it("moves from the statuses each action starts from, and names both statuses when it cannot", () => {
    expect(findingTransition("submit", "draft")).toEqual({ ok: true, to: "in_review" });
    expect(findingTransition("publish", "unpublished")).toEqual({ ok: true, to: "published" });
    const refused = findingTransition("publish", "draft");
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.refusal.code).toBe("FINDING_STATUS");
      expect(refused.refusal.message).toContain("DRAFT");
      expect(refused.refusal.message).toContain("PUBLISHED");
    }
  });
});

describe("findings through the API", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  let themes: { id: string; slug: string }[];
  let visit1: { id: string; municipalityCode: string };
  let visit2: { id: string; municipalityCode: string };
  let hearing: { id: string };
  let participantName: string;
  let m1: { code: string; countyCode: string; groupCode: string };
  let m2: { code: string; countyCode: string; groupCode: string };

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer(coordinatorEmail);
    member = await api.viewer(memberEmail);
    const { db } = api.database;
    themes = await db
      .select({ id: tables.themes.id, slug: tables.themes.slug })
      .from(tables.themes)
      .orderBy(tables.themes.slug)
      .limit(12);
    // Two municipalities of different counties and groups, without a visit of the round yet.
    const free = (round: number) =>
      db
        .select({
          code: tables.municipalities.code,
          county_code: tables.municipalities.countyCode,
          group_code: tables.municipalities.groupCode,
        })
        .from(tables.municipalities)
        .where(
          sql`not exists (select 1 from ${tables.visits} v where v.municipality_code = ${tables.municipalities.code} and v.round = ${round})`,
        )
        .orderBy(tables.municipalities.code);
    const freeIn1 = await free(1);
    const freeIn2 = await free(2);
    const first = freeIn1[0];
    const second = freeIn2.find(
      (m) => m.county_code !== first?.county_code && m.group_code !== first?.group_code,
    );
    if (!first || !second) throw new Error("no free municipalities");
    m1 = { code: first.code, countyCode: first.county_code, groupCode: first.group_code };
    m2 = { code: second.code, countyCode: second.county_code, groupCode: second.group_code };
    const [v1, v2] = await db
      .insert(tables.visits)
      .values([
        { municipalityCode: m1.code, round: 1, visitDate: "2015-10-06", notes: "" },
        { municipalityCode: m2.code, round: 2, visitDate: "2016-04-12", notes: "" },
      ])
      .returning({ id: tables.visits.id, municipalityCode: tables.visits.municipalityCode });
    if (!v1 || !v2) throw new Error("no visits");
    visit1 = v1;
    visit2 = v2;
    const [person] = await db
      .insert(tables.people)
      .values({ name: "Gunnel Testberg-Ekholm", email: "gunnel.ekholm@kommun.example" })
      .returning({ id: tables.people.id, name: tables.people.name });
    if (!person) throw new Error("no person");
    participantName = person.name;
    await db
      .insert(tables.visitParticipants)
      .values({ visitId: visit1.id, personId: person.id, position: 1 });
    const meeting = await db.query.meetings.findFirst({
      where: { kind: "hearing", status: { ne: "draft" } },
      columns: { id: true },
    });
    if (!meeting) throw new Error("no published hearing in the seed");
    hearing = meeting;
  });
  afterAll(async () => {
    await api?.close();
  });

  const input = (over: Record<string, unknown> = {}) => ({
    title: "Lite direkttid med barnen",
    body: "Socialsekreterarna ägnar en liten del av sin tid åt barn och familjer.",
    kind: "CHALLENGE",
    source: "SURVEY",
    themeIds: [themes[0]?.id],
    phaseNumber: 1,
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}, viewer = coordinator) =>
    (await api.query<{ createFinding: Result }>(createMutation, { input: input(over) }, viewer))
      .createFinding;
  const update = async (id: string, over: Record<string, unknown>) =>
    (
      await api.query<{ updateFinding: Result }>(
        updateMutation,
        { id, input: input(over) },
        coordinator,
      )
    ).updateFinding;
  const move = async (action: keyof typeof moves, id: string, reason?: string) => {
    const [field, success] = moves[action];
    const args = reason === undefined ? "id: $id" : "id: $id, reason: $reason";
    const vars = reason === undefined ? "$id: ID!" : "$id: ID!, $reason: String!";
    const data = await api.query<Record<string, Result>>(
      `mutation (${vars}) { ${mutationResult(`${field}(${args})`, success)} }`,
      { id, reason },
      coordinator,
    );
    return data[field] as Result;
  };
  /** A finding of its own in a status, through the API. */
  const findingIn = async (
    status: "draft" | "in_review" | "published" | "unpublished",
    over: Record<string, unknown> = {},
  ): Promise<string> => {
    const id = (await create(over)).data?.id;
    if (!id) throw new Error("not created");
    if (status === "draft") return id;
    await move("submit", id);
    if (status === "in_review") return id;
    await move("publish", id);
    if (status === "unpublished") await move("unpublish", id, "Uppgiften stämde inte");
    return id;
  };
  const read = async (id: string, viewer: Viewer | null) =>
    (
      await api.query<{ finding: FindingData | null }>(
        `query ($id: ID!) { finding(id: $id) { ${findingFields} } }`,
        { id },
        viewer,
      )
    ).finding;
  const list = async (variables: Record<string, unknown>, viewer: Viewer | null = null) =>
    await api.query<{ findings: FindingData[]; findingCount: number }>(
      `query ($filter: FindingFilter, $order: FindingOrder, $limit: Int, $offset: Int) {
        findings(filter: $filter, order: $order, limit: $limit, offset: $offset) { id title status }
        findingCount(filter: $filter)
      }`,
      variables,
      viewer,
    );

  it("records a finding from a visit, reviews, publishes, revises, takes back and republishes it", async () => {
    const created = await create({
      title: "Barnets bästa saknas i uppföljningen",
      source: "VISIT",
      visitId: visit1.id,
      themeIds: [themes[0]?.id, themes[1]?.id],
      observedOn: "2015-10-06",
    });
    expect(created.__typename).toBe("MutationCreateFindingSuccess");
    const first = created.data as FindingData;
    expect(first).toMatchObject({
      status: "DRAFT",
      version: 1,
      source: "VISIT",
      round: 1,
      municipality: { code: m1.code, county: { code: m1.countyCode } },
      visit: { id: visit1.id },
      recordedBy: { id: coordinator.personId },
      publishedAt: null,
      revisedAt: null,
      viewerCanEdit: true,
    });
    expect(first.themes.map((t) => t.id).sort()).toEqual([themes[0]?.id, themes[1]?.id].sort());
    expect(first.revisions.map((r) => r.version)).toEqual([1]);
    const id = first.id;

    expect((await move("submit", id)).data?.status).toBe("IN_REVIEW");
    const published = (await move("publish", id)).data as FindingData;
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeTruthy();
    expect(published.revisedAt).toBeNull();

    api.moveClock(day);
    const revised = (
      await update(id, {
        title: "Barnets bästa saknas ofta i uppföljningen",
        source: "VISIT",
        visitId: visit1.id,
        themeIds: [themes[1]?.id],
      })
    ).data as FindingData;
    api.moveClock(0);
    expect(revised.version).toBe(2);
    expect(revised.status).toBe("PUBLISHED");
    expect(revised.publishedAt).toBe(published.publishedAt);
    expect(new Date(revised.revisedAt ?? 0).getTime()).toBeGreaterThan(
      new Date(published.publishedAt ?? 0).getTime() + day / 2,
    );
    expect(revised.themes.map((t) => t.id)).toEqual([themes[1]?.id]);
    expect(revised.revisions.map((r) => [r.version, r.title])).toEqual([
      [2, "Barnets bästa saknas ofta i uppföljningen"],
      [1, "Barnets bästa saknas i uppföljningen"],
    ]);
    expect(revised.revisions[1]?.themes.map((t) => t.id).sort()).toEqual(
      [themes[0]?.id, themes[1]?.id].sort(),
    );
    expect(revised.revisions[0]?.editedBy?.id).toBe(coordinator.personId);

    // The same content again is no new version.
    const same = (
      await update(id, {
        title: "Barnets bästa saknas ofta i uppföljningen",
        source: "VISIT",
        visitId: visit1.id,
        themeIds: [themes[1]?.id],
      })
    ).data as FindingData;
    expect(same.version).toBe(2);
    expect(same.revisedAt).toBe(revised.revisedAt);

    const taken = (await move("unpublish", id, "  Kommunen har rättat uppgiften  "))
      .data as FindingData;
    expect(taken).toMatchObject({
      status: "UNPUBLISHED",
      unpublishedReason: "Kommunen har rättat uppgiften",
    });
    const again = (await move("publish", id)).data as FindingData;
    expect(again).toMatchObject({ status: "PUBLISHED", unpublishedReason: null });
    expect(again.publishedAt).toBe(published.publishedAt);

    const audit = await api.database.db.query.auditLog.findMany({
      where: { subjectId: id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "finding.create",
      "finding.submit",
      "finding.publish",
      "finding.update",
      "finding.unpublish",
      "finding.publish",
    ]);
    const updated = audit.find((a) => a.action === "finding.update");
    expect(updated?.before).toMatchObject({
      title: "Barnets bästa saknas i uppföljningen",
      version: 1,
    });
    expect(updated?.after).toMatchObject({
      title: "Barnets bästa saknas ofta i uppföljningen",
      version: 2,
    });
    expect(audit.find((a) => a.action === "finding.unpublish")?.after).toMatchObject({
      status: "unpublished",
      reason: "Kommunen har rättat uppgiften",
    });
  });

  it("refuses every move the finding's status does not allow, naming both statuses, and changes nothing", async () => {
    const draft = await findingIn("draft");
    const published = await findingIn("published");
    const inReview = await findingIn("in_review");
    const refusals: [keyof typeof moves, string, string | undefined, string, string][] = [
      ["publish", draft, undefined, "DRAFT", "PUBLISHED"],
      ["unpublish", draft, "Fel", "DRAFT", "UNPUBLISHED"],
      ["return", draft, undefined, "DRAFT", "DRAFT"],
      ["submit", published, undefined, "PUBLISHED", "IN_REVIEW"],
      ["return", published, undefined, "PUBLISHED", "DRAFT"],
      ["publish", published, undefined, "PUBLISHED", "PUBLISHED"],
      ["submit", inReview, undefined, "IN_REVIEW", "IN_REVIEW"],
      ["unpublish", inReview, "Fel", "IN_REVIEW", "UNPUBLISHED"],
    ];
    const before = await api.database.db.select().from(tables.findings);
    for (const [action, id, reason, from, to] of refusals) {
      const result = await move(action, id, reason);
      expect(result, `${action} from ${from}`).toMatchObject({
        __typename: "InputError",
        code: "FINDING_STATUS",
      });
      expect(result.message).toContain(`is ${from} cannot become ${to}`);
    }
    expect(await move("unpublish", published, "   ")).toMatchObject({
      code: "REASON_REQUIRED",
      field: "reason",
    });
    expect(await move("unpublish", published, "x".repeat(501))).toMatchObject({
      code: "TOO_LONG",
      field: "reason",
    });
    expect(await move("return", inReview, "x".repeat(501))).toMatchObject({ code: "TOO_LONG" });
    expect(await move("publish", "00000000-0000-0000-0000-000000000000")).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await api.database.db.select().from(tables.findings)).toEqual(before);
    expect((await move("return", inReview, "Källan saknas")).data?.status).toBe("DRAFT");
  });

  it("refuses content that cannot be right, naming the field, and records nothing", async () => {
    const tooManyThemes = Array.from({ length: 11 }, () => randomUUID());
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ title: "  " }, "TITLE_EMPTY", "title", "has a title"],
      [{ title: "t".repeat(201) }, "TOO_LONG", "title", "at most 200"],
      [{ body: "" }, "BODY_EMPTY", "body", "Write what was found"],
      [{ body: "b".repeat(5001) }, "TOO_LONG", "body", "at most 5000"],
      [{ themeIds: [] }, "THEME_REQUIRED", "themeIds", "at least one theme"],
      [{ themeIds: tooManyThemes }, "TOO_MANY_THEMES", "themeIds", "at most 10"],
      [
        { themeIds: ["00000000-0000-0000-0000-000000000000"] },
        "NOT_FOUND",
        "themeIds",
        "no such theme",
      ],
      [{ phaseNumber: 9 }, "NOT_FOUND", "phaseNumber", "no phase 9"],
      [{ municipalityCode: "9999" }, "NOT_FOUND", "municipalityCode", "no municipality 9999"],
      [{ source: "VISIT" }, "VISIT_REQUIRED", "visitId", "names the visit"],
      [
        { visitId: visit1.id },
        "VISIT_NOT_ALLOWED",
        "visitId",
        "Only a finding whose source is VISIT",
      ],
      [{ meetingId: hearing.id }, "MEETING_NOT_ALLOWED", "meetingId", "names a meeting"],
      [
        { source: "HEARING", meetingId: "00000000-0000-0000-0000-000000000000" },
        "NOT_FOUND",
        "meetingId",
        "no such meeting",
      ],
      [
        { source: "VISIT", visitId: visit1.id, municipalityCode: m2.code },
        "MUNICIPALITY_MISMATCH",
        "municipalityCode",
        `(${m1.code}), not ${m2.code}`,
      ],
    ];
    const before = await api.database.db.select().from(tables.findings);
    for (const [over, code, field, message] of cases) {
      const result = await create(over);
      expect(result, JSON.stringify(over).slice(0, 80)).toMatchObject({
        __typename: "InputError",
        code,
        field,
      });
      expect(result.message).toContain(message);
    }
    expect(await api.database.db.select().from(tables.findings)).toEqual(before);

    // The meeting sources take their meeting; the visit's municipality may be repeated.
    const fromHearing = await create({ source: "HEARING", meetingId: hearing.id });
    expect(fromHearing.data?.meeting?.id).toBe(hearing.id);
    const fromVisit = await create({
      source: "VISIT",
      visitId: visit2.id,
      municipalityCode: m2.code,
    });
    expect(fromVisit.data).toMatchObject({ municipality: { code: m2.code }, round: 2 });
  });

  it("refuses a title or text that names a person, in any case, but not one word of a name", async () => {
    const coordinatorName = coordinator.name;
    expect(coordinatorName.trim()).toContain(" ");
    const inTitle = await create({ title: `Samtal med ${coordinatorName.toUpperCase()} om tiden` });
    expect(inTitle).toMatchObject({
      __typename: "InputError",
      code: "NAMES_A_PERSON",
      field: "title",
    });
    const inBody = await create({
      body: `Enligt ${participantName.toLowerCase()}, socialchef, saknas tid.`,
    });
    expect(inBody).toMatchObject({ code: "NAMES_A_PERSON", field: "body" });
    expect(inBody.message).toContain(participantName);
    const id = (await create()).data?.id as string;
    expect(
      await update(id, { body: `Gunnel berättade om ${participantName} och barnen.` }),
    ).toMatchObject({
      code: "NAMES_A_PERSON",
    });
    const firstName = participantName.split(" ")[0];
    expect(
      (await create({ body: `${firstName} är ett vanligt namn i kommunen.` })).__typename,
    ).toBe("MutationCreateFindingSuccess");
  });

  it("shows the public and partners published findings only, never who recorded them or their history", async () => {
    const word = "kvasttomte";
    const body = `Barnen får för lite tid med sin handläggare (${word}).`;
    const ids = {
      draft: await findingIn("draft", { body, source: "VISIT", visitId: visit1.id }),
      in_review: await findingIn("in_review", { body, source: "VISIT", visitId: visit1.id }),
      unpublished: await findingIn("unpublished", { body, source: "VISIT", visitId: visit1.id }),
      published: await findingIn("published", { body, source: "HEARING", meetingId: hearing.id }),
    };
    for (const viewer of [null, member]) {
      for (const hidden of [ids.draft, ids.in_review, ids.unpublished]) {
        expect(await read(hidden, viewer)).toBeNull();
      }
      const shown = (await read(ids.published, viewer)) as FindingData;
      expect(shown).toMatchObject({
        status: "PUBLISHED",
        unpublishedReason: null,
        visit: null,
        recordedBy: null,
        revisions: [],
        createdAt: null,
        updatedAt: null,
        viewerCanEdit: false,
        meeting: { id: hearing.id },
      });
      // Asking for drafts is refused, saying why, rather than quietly answered with others.
      const asked = await api.execute(
        `query ($filter: FindingFilter) { findings(filter: $filter) { id } }`,
        { filter: { search: word, statuses: ["DRAFT", "IN_REVIEW"] } },
        viewer,
      );
      expect(asked.errors?.[0]?.message).toContain(
        "statuses asks for findings that are not published (DRAFT, IN_REVIEW)",
      );
      const listed = await list({ filter: { search: word } }, viewer);
      expect(listed.findings.map((f) => f.id)).toEqual([ids.published]);
      expect(listed.findingCount).toBe(1);
      const meeting = await api.query<{ meeting: { findings: { id: string; status: string }[] } }>(
        `query ($id: ID!) { meeting(id: $id) { findings { id status recordedBy { id } } } }`,
        { id: hearing.id },
        viewer,
      );
      expect(meeting.meeting.findings.every((f) => f.status === "PUBLISHED")).toBe(true);
      expect(meeting.meeting.findings.map((f) => f.id)).toContain(ids.published);
    }
    const denied = await api.execute(
      `query ($id: ID!) { visit(id: $id) { findings { id } } }`,
      { id: visit1.id },
      null,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const deniedMember = await api.execute(
      `query ($id: ID!) { visit(id: $id) { findings { id } } }`,
      { id: visit1.id },
      member,
    );
    expect(deniedMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // The coordinator's office sees every status, the visit's findings and the reasons.
    const office = await list({ filter: { search: word } }, coordinator);
    expect(office.findingCount).toBe(4);
    const drafts = await list({ filter: { search: word, statuses: ["DRAFT"] } }, coordinator);
    expect(drafts.findings.map((f) => f.id)).toEqual([ids.draft]);
    const visit = await api.query<{ visit: { findings: { id: string }[] } }>(
      `query ($id: ID!) { visit(id: $id) { findings { id } } }`,
      { id: visit1.id },
      coordinator,
    );
    const visitFindings = visit.visit.findings.map((f) => f.id);
    expect(visitFindings).toEqual(
      expect.arrayContaining([ids.draft, ids.in_review, ids.unpublished]),
    );
    expect(visitFindings).not.toContain(ids.published);
    expect((await read(ids.unpublished, coordinator))?.unpublishedReason).toBe(
      "Uppgiften stämde inte",
    );
  });

  it("chooses published findings by theme, county, group, kind, source, round and Swedish words", async () => {
    const word = "tussilagoblomma";
    const body = (text: string) => `${text} ${word}.`;
    const title = "Iakttagelse från kommunen";
    const a = await findingIn("published", {
      body: body("Barn väntar länge på utredning"),
      title,
      source: "VISIT",
      visitId: visit1.id,
      themeIds: [themes[0]?.id],
    });
    const b = await findingIn("published", {
      body: body("Familjer får stöd tidigt"),
      title,
      kind: "GOOD_EXAMPLE",
      source: "VISIT",
      visitId: visit2.id,
      themeIds: [themes[1]?.id],
    });
    const c = await findingIn("published", {
      body: body("Handläggarna har svårt att hinna med"),
      title,
      source: "RESEARCH",
      themeIds: [themes[0]?.id, themes[2]?.id],
    });
    await findingIn("draft", { title, body: body("Barn i utkast"), themeIds: [themes[0]?.id] });
    const found = async (filter: Record<string, unknown>) =>
      (await list({ filter: { search: word, ...filter }, limit: 100 })).findings
        .map((f) => f.id)
        .sort();
    expect(await found({})).toEqual([a, b, c].sort());
    expect(await found({ themeIds: [themes[0]?.id] })).toEqual([a, c].sort());
    expect(await found({ themeIds: [] })).toEqual([]);
    expect(await found({ countyCodes: [m1.countyCode] })).toEqual([a]);
    expect(await found({ groupCodes: [m2.groupCode] })).toEqual([b]);
    expect(await found({ municipalityCodes: [m2.code] })).toEqual([b]);
    expect(await found({ kinds: ["GOOD_EXAMPLE"] })).toEqual([b]);
    expect(await found({ sources: ["RESEARCH"] })).toEqual([c]);
    expect(await found({ rounds: [2] })).toEqual([b]);
    expect(await found({ rounds: [1], kinds: ["CHALLENGE"] })).toEqual([a]);
    expect(await found({ search: `barnen ${word}` })).toEqual([a]);
    expect((await list({ filter: { search: `barnen ${word}` } })).findingCount).toBe(1);

    // Relevance puts the best match first; newest puts the latest published first.
    const other = "ormbunksblad";
    const often = await findingIn("published", {
      title,
      body: `Handläggare efter handläggare slutar; handläggarna hinner inte (${other}).`,
    });
    const once = await findingIn("published", {
      title,
      body: `En handläggare berättade (${other}).`,
    });
    const by = async (order: string) =>
      (await list({ filter: { search: `handläggaren ${other}` }, order })).findings.map(
        (f) => f.id,
      );
    expect(await by("RELEVANCE")).toEqual([often, once]);
    expect(await by("NEWEST")).toEqual([once, often]);
    const newest = await list({ filter: { search: word }, limit: 100 });
    expect(newest.findings.map((f) => f.id)).toEqual([c, b, a]);

    // A page at a time.
    const page = await list({ filter: { search: word }, limit: 2, offset: 1 });
    expect(page.findings.map((f) => f.id)).toEqual([b, a]);
    expect(page.findingCount).toBe(3);
  });

  it("refuses pages outside 1–200 and filters that cannot be right, with a message", async () => {
    for (const [variables, text] of [
      [{ limit: 0 }, "limit must be between 1 and 200, got 0"],
      [{ limit: 201 }, "limit must be between 1 and 200, got 201"],
      [{ offset: -1 }, "offset may not be negative"],
      [
        { filter: { countyCodes: ["1"] } },
        'countyCodes has a code that cannot be one: "1"; a county code is two digits, such as "01" for Stockholms län',
      ],
      [
        { filter: { themeIds: ["barnets-basta-och-delaktighet"] } },
        'themeIds takes ids, and "barnets-basta-och-delaktighet" is none (a theme\'s id is a uuid, not its slug or name); the query `themes` lists every theme with its id.',
      ],
      [
        { filter: { countyCodes: ["12", "99"] } },
        'countyCodes names no county with the code "99"; the query `counties` lists every county with its code.',
      ],
      [
        { filter: { groupCodes: ["A9"] } },
        'groupCodes names no municipality group with the code "A9"; the query `municipalityGroups` lists',
      ],
      [
        { filter: { municipalityCodes: ["0180", "0100"] } },
        'municipalityCodes names no municipality with the code "0100"; the query `municipalities` lists',
      ],
      [{ filter: { rounds: [3] } }, "rounds must be whole numbers 1–2"],
      [
        { filter: { themeIds: ["00000000-0000-4000-8000-000000000001"] } },
        'themeIds names no theme with the id "00000000-0000-4000-8000-000000000001"; the query `themes` lists',
      ],
      [
        { filter: { meetingId: "00000000-0000-4000-8000-000000000002" } },
        'meetingId names no meeting with the id "00000000-0000-4000-8000-000000000002"; the query `meetingsConnection` lists',
      ],
      [
        { filter: { visitId: "00000000-0000-4000-8000-000000000003" } },
        'visitId names no visit with the id "00000000-0000-4000-8000-000000000003"; the query `visits` lists',
      ],
      [
        { filter: { statuses: ["PUBLISHED", "DRAFT"] } },
        "statuses asks for findings that are not published (DRAFT), which only the coordinator's office sees: leave statuses out, or ask for PUBLISHED.",
      ],
    ] as const) {
      const result = await api.execute(
        `query ($filter: FindingFilter, $limit: Int, $offset: Int) { findings(filter: $filter, limit: $limit, offset: $offset) { id } }`,
        variables,
        null,
      );
      expect(result.errors?.[0]?.message, JSON.stringify(variables)).toContain(text);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const count = await api.execute(`{ findingCount(filter: { rounds: [0] }) }`, {}, null);
    expect(count.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists a person's findings in their data export, and keeps the findings when the person is erased", async () => {
    const [person] = await api.database.db
      .insert(tables.people)
      .values({
        name: "Tillfällig Samordnare",
        email: "tillfallig@kraftsamling.example",
        role: "coordinator",
      })
      .returning({ id: tables.people.id });
    if (!person) throw new Error("no person");
    const viewer = await api.viewer("tillfallig@kraftsamling.example");
    const id = (await create({ title: "En iakttagelse att exportera" }, viewer)).data?.id as string;
    const exported = (await exportPersonData(api.database.db, person.id)) as {
      findingsYouRecorded: { id: string; title: string }[];
      findingVersionsYouWrote: { findingId: string; version: number; title: string }[];
    };
    expect(exported.findingsYouRecorded).toMatchObject([
      { id, title: "En iakttagelse att exportera" },
    ]);
    expect(exported.findingVersionsYouWrote).toMatchObject([
      { findingId: id, version: 1, title: "En iakttagelse att exportera" },
    ]);
    await erasePerson(api.database.db, person.id);
    const [left] = await api.database.db
      .select()
      .from(tables.findings)
      .where(eq(tables.findings.id, id));
    expect(left).toMatchObject({ title: "En iakttagelse att exportera", recordedById: null });
    const revisions = await api.database.db
      .select()
      .from(tables.findingRevisions)
      .where(inArray(tables.findingRevisions.findingId, [id]));
    expect(revisions.map((r) => r.editedById)).toEqual([null]);
  });
});
