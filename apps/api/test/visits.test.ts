import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { erasePerson } from "../src/accounts/personal-data";
import type { Viewer } from "../src/context";
import { pickReasonSentence, swedishOrdinal } from "../src/visits/reasons";
import { statusChangeRefusal } from "../src/visits/rules";
import { type TestApi, testApi } from "./support";

const coordinatorEmail = "samordnare@kraftsamling.example";
const memberEmail = "medlem.raddabarnen@kraftsamling.example";
const moderatorEmail = "moderator@kraftsamling.example";

const selectionFields = `
  id size seed lockedIn lockedOut savedAt savedByName
  groups { groupCode municipalities quota seats }
  picks { municipalityCode municipalityName countyCode countyName groupCode reasonKind reason seat order }
`;

const previewQuery = `query ($size: Int, $seed: Int!, $lockedIn: [String!], $lockedOut: [String!]) {
  visitSelectionPreview(size: $size, seed: $seed, lockedIn: $lockedIn, lockedOut: $lockedOut) {
    __typename
    ... on InputError { code message field }
    ... on QueryVisitSelectionPreviewSuccess { data { ${selectionFields} } }
  }
}`;

const saveMutation = `mutation ($size: Int, $seed: Int!, $lockedIn: [String!], $lockedOut: [String!]) {
  saveVisitSelection(size: $size, seed: $seed, lockedIn: $lockedIn, lockedOut: $lockedOut) {
    __typename
    ... on InputError { code message field }
    ... on MutationSaveVisitSelectionSuccess { data { ${selectionFields} } }
  }
}`;

const visitFields = `
  id round date status notes
  municipality { code name county { code } }
  participants { id role person { id name } organisation { id name } }
  answers { questionNumber answer question { number text } }
`;

const visitResult = (field: string, success: string) => `
  ${field} {
    __typename
    ... on InputError { code message field }
    ... on ${success} { data { ${visitFields} } }
  }`;

const planMutation = `mutation ($input: PlanVisitInput!) {
  ${visitResult("planVisit(input: $input)", "MutationPlanVisitSuccess")}
}`;
const updateMutation = `mutation ($id: ID!, $input: UpdateVisitInput!) {
  ${visitResult("updateVisit(id: $id, input: $input)", "MutationUpdateVisitSuccess")}
}`;
const participantsMutation = `mutation ($id: ID!, $participants: [VisitParticipantInput!]!) {
  ${visitResult("setVisitParticipants(id: $id, participants: $participants)", "MutationSetVisitParticipantsSuccess")}
}`;
const answersMutation = `mutation ($id: ID!, $answers: [VisitAnswerInput!]!) {
  ${visitResult("setVisitAnswers(id: $id, answers: $answers)", "MutationSetVisitAnswersSuccess")}
}`;
const statusMutation = `mutation ($id: ID!, $status: VisitStatus!, $reason: String) {
  ${visitResult("setVisitStatus(id: $id, status: $status, reason: $reason)", "MutationSetVisitStatusSuccess")}
}`;

interface Pick {
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  countyName: string;
  groupCode: string;
  reasonKind: string;
  reason: string;
  seat: number;
  order: number;
}
interface SelectionData {
  id: string | null;
  size: number;
  seed: number;
  lockedIn: string[];
  lockedOut: string[];
  savedAt: string | null;
  savedByName: string | null;
  groups: { groupCode: string; municipalities: number; quota: number; seats: number }[];
  picks: Pick[];
}
type Result<T> = { __typename: string; code?: string; message?: string; field?: string; data?: T };
interface VisitData {
  id: string;
  round: number;
  date: string;
  status: string;
  notes: string;
  municipality: { code: string; name: string; county: { code: string } };
  participants: {
    id: string;
    role: string | null;
    person: { id: string; name: string } | null;
    organisation: { id: string; name: string } | null;
  }[];
  answers: { questionNumber: number; answer: string; question: { number: number; text: string } }[];
}

describe("the reason sentences", () => {
  it("writes Swedish ordinals", () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 111].map(swedishOrdinal)).toEqual([
      "1:a",
      "2:a",
      "3:e",
      "4:e",
      "10:e",
      "11:e",
      "12:e",
      "13:e",
      "21:a",
      "22:a",
      "23:e",
      "101:a",
      "111:e",
    ]);
  });

  it("says why each kind of pick was made", () => {
    const base = { countyName: "Gotlands län", groupCode: "B5", seat: 3 };
    expect(pickReasonSentence({ ...base, reason: { kind: "ONLY_IN_COUNTY" } })).toBe(
      "enda kommunen i Gotlands län",
    );
    expect(
      pickReasonSentence({
        ...base,
        countyName: "Jämtlands län",
        reason: { kind: "COVERS_COUNTY" },
      }),
    ).toBe("täcker Jämtlands län");
    expect(pickReasonSentence({ ...base, reason: { kind: "GROUP_SEAT" } })).toBe(
      "grupp B5:s 3:e plats",
    );
    expect(pickReasonSentence({ ...base, reason: { kind: "LOCKED_IN" } })).toBe(
      "låst av samordnaren",
    );
  });
});

describe("the status of a visit", () => {
  it("moves one step forward, or one step back with a reason", () => {
    expect(statusChangeRefusal("planned", "held", null)).toBeNull();
    expect(statusChangeRefusal("held", "written_up", null)).toBeNull();
    expect(statusChangeRefusal("planned", "written_up", null)).toBe("SKIPS_STATUS");
    expect(statusChangeRefusal("written_up", "planned", "fel")).toBe("SKIPS_STATUS");
    expect(statusChangeRefusal("held", "planned", " ")).toBe("REASON_REQUIRED");
    expect(statusChangeRefusal("held", "planned", "Besöket ställdes in")).toBeNull();
    expect(statusChangeRefusal("held", "held", null)).toBe("SAME_STATUS");
  });
});

describe("choosing the municipalities and visiting them", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  let moderator: Viewer;
  let saved: SelectionData;

  beforeAll(async () => {
    api = await testApi();
    // These tests begin where the coordinator begins, before any selection or visit: the demo
    // seed's invented ones go (their findings keep their text, without the visit).
    await api.database.db.delete(tables.visits);
    await api.database.db.delete(tables.visitSelections);
    coordinator = await api.viewer(coordinatorEmail);
    member = await api.viewer(memberEmail);
    moderator = await api.viewer(moderatorEmail);
  });
  afterAll(async () => {
    await api?.close();
  });

  const preview = async (variables: Record<string, unknown>) =>
    (
      await api.query<{ visitSelectionPreview: Result<SelectionData> }>(
        previewQuery,
        variables,
        coordinator,
      )
    ).visitSelectionPreview;
  const save = async (variables: Record<string, unknown>) =>
    (
      await api.query<{ saveVisitSelection: Result<SelectionData> }>(
        saveMutation,
        variables,
        coordinator,
      )
    ).saveVisitSelection;
  const plan = async (input: Record<string, unknown>) =>
    (await api.query<{ planVisit: Result<VisitData> }>(planMutation, { input }, coordinator))
      .planVisit;
  const selectionRows = () => api.database.db.select().from(tables.visitSelections);

  it("previews 50 municipalities covering all 21 counties and every group, each with its reason", async () => {
    const result = await preview({ seed: 2015 });
    expect(result.__typename).toBe("QueryVisitSelectionPreviewSuccess");
    const selection = result.data as SelectionData;
    expect(selection.id).toBeNull();
    expect(selection.size).toBe(50);
    expect(selection.picks).toHaveLength(50);
    expect(new Set(selection.picks.map((p) => p.municipalityCode)).size).toBe(50);
    expect(new Set(selection.picks.map((p) => p.countyCode)).size).toBe(21);
    const groups = new Set(selection.picks.map((p) => p.groupCode));
    expect(groups.size).toBe(9);
    expect(selection.groups.map((g) => g.groupCode).sort()).toEqual([...groups].sort());
    expect(selection.groups.reduce((sum, g) => sum + g.seats, 0)).toBe(50);
    for (const g of selection.groups) {
      expect(selection.picks.filter((p) => p.groupCode === g.groupCode)).toHaveLength(g.seats);
    }
    for (const pick of selection.picks) {
      expect(pick.reason.length, pick.municipalityName).toBeGreaterThan(0);
      expect(pick.reason).toBe(
        pickReasonSentence({ ...pick, reason: { kind: pick.reasonKind as "GROUP_SEAT" } }),
      );
    }
    // Gotland is the only municipality of its county.
    expect(selection.picks.find((p) => p.municipalityCode === "0980")?.reason).toBe(
      "enda kommunen i Gotlands län",
    );
    expect(selection.picks.map((p) => p.order)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    // The same seed gives the same selection.
    expect((await preview({ seed: 2015 })).data).toEqual(selection);
  });

  it("tells the caller of a conflict with its code and message, and saves nothing", async () => {
    const tooFew = await preview({ size: 10, seed: 1 });
    expect(tooFew).toMatchObject({
      __typename: "InputError",
      code: "TOO_FEW_SEATS",
      field: "size",
    });
    expect(tooFew.message).toContain("pick at least 21");

    const lockedBoth = await save({ seed: 1, lockedIn: ["0980"], lockedOut: ["0980"] });
    expect(lockedBoth).toMatchObject({ __typename: "InputError", code: "LOCKED_IN_AND_OUT" });
    expect(lockedBoth.message).toContain("Gotland (0980)");
    const allOut = await save({ seed: 1, lockedOut: ["0980"] });
    expect(allOut).toMatchObject({ __typename: "InputError", code: "COUNTY_ALL_LOCKED_OUT" });
    expect(allOut.message).toContain("Gotlands län");
    expect(await selectionRows()).toEqual([]);
    const read = await api.query<{ visitSelection: SelectionData | null }>(
      `{ visitSelection { id } }`,
      {},
      coordinator,
    );
    expect(read.visitSelection).toBeNull();
  });

  it("saves the selection the server computes and reads it back, keeping the earlier one as history", async () => {
    const first = await save({ seed: 7, lockedIn: ["0180"] });
    expect(first.__typename).toBe("MutationSaveVisitSelectionSuccess");
    const expected = (await preview({ seed: 7, lockedIn: ["0180"] })).data as SelectionData;
    expect(first.data?.picks).toEqual(expected.picks);
    expect(first.data?.picks.find((p) => p.municipalityCode === "0180")?.reason).toBe(
      "låst av samordnaren",
    );

    saved = (await save({ seed: 11 })).data as SelectionData;
    expect(saved.id).toBeTruthy();
    expect(saved.savedByName).toBeTruthy();
    expect(saved.savedAt).toBeTruthy();
    const read = await api.query<{ visitSelection: SelectionData }>(
      `{ visitSelection { ${selectionFields} } }`,
      {},
      coordinator,
    );
    expect(read.visitSelection).toEqual(saved);
    expect(read.visitSelection.groups).toEqual(
      ((await preview({ seed: 11 })).data as SelectionData).groups,
    );

    const rows = await selectionRows();
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.replacedAt === null).map((r) => r.id)).toEqual([saved.id]);
    const audit = await api.database.db.query.auditLog.findMany({
      where: { action: "visitSelection.save" },
    });
    expect(audit).toHaveLength(2);
  });

  it("refuses the selection and the visits to anonymous readers and to everyone but the coordinator", async () => {
    const operations: [string, Record<string, unknown>][] = [
      [previewQuery, { seed: 1 }],
      [saveMutation, { seed: 1 }],
      [`{ visitSelection { id } }`, {}],
      [`{ visits { id } }`, {}],
      [`{ visitCount }`, {}],
      [planMutation, { input: { municipalityCode: "0980", round: 1, date: "2015-10-01" } }],
    ];
    const before = await selectionRows();
    for (const [source, variables] of operations) {
      const anonymous = await api.execute(source, variables, null);
      expect(anonymous.errors?.[0]?.extensions?.code, source).toBe("UNAUTHENTICATED");
      for (const viewer of [member, moderator]) {
        const denied = await api.execute(source, variables, viewer);
        expect(denied.errors?.[0]?.extensions?.code, source).toBe("FORBIDDEN");
      }
    }
    expect(await selectionRows()).toEqual(before);
    expect(await api.database.db.select().from(tables.visits)).toEqual([]);
  });

  it("plans both rounds of a visit, once each, only in the selection", async () => {
    const [first] = saved.picks;
    if (!first) throw new Error("no pick");
    const round1 = await plan({
      municipalityCode: first.municipalityCode,
      round: 1,
      date: "2015-10-06",
      notes: "Träff med socialtjänstens ledning.",
    });
    expect(round1.__typename).toBe("MutationPlanVisitSuccess");
    expect(round1.data).toMatchObject({
      round: 1,
      date: "2015-10-06",
      status: "PLANNED",
      notes: "Träff med socialtjänstens ledning.",
      municipality: { code: first.municipalityCode, county: { code: first.countyCode } },
      participants: [],
      answers: [],
    });

    const early = await plan({
      municipalityCode: first.municipalityCode,
      round: 2,
      date: "2015-09-01",
    });
    expect(early).toMatchObject({ __typename: "InputError", code: "ROUND_ORDER" });
    const round2 = await plan({
      municipalityCode: first.municipalityCode,
      round: 2,
      date: "2016-03-15",
    });
    expect(round2.__typename).toBe("MutationPlanVisitSuccess");

    const again = await plan({
      municipalityCode: first.municipalityCode,
      round: 1,
      date: "2015-11-01",
    });
    expect(again).toMatchObject({ __typename: "InputError", code: "VISIT_EXISTS" });
    expect(again.message).toContain(first.municipalityName);

    const chosen = new Set(saved.picks.map((p) => p.municipalityCode));
    const outside = (await api.database.db.select().from(tables.municipalities)).find(
      (m) => !chosen.has(m.code),
    );
    if (!outside) throw new Error("every municipality is chosen");
    const refused = await plan({ municipalityCode: outside.code, round: 1, date: "2015-10-01" });
    expect(refused).toMatchObject({ __typename: "InputError", code: "NOT_IN_SELECTION" });
    const badRound = await plan({
      municipalityCode: first.municipalityCode,
      round: 3,
      date: "2015-10-01",
    });
    expect(badRound).toMatchObject({ __typename: "InputError", code: "NO_SUCH_ROUND" });

    const visits = await api.database.db.select().from(tables.visits);
    expect(visits).toHaveLength(2);
    const audit = await api.database.db.query.auditLog.findMany({
      where: { action: "visit.plan" },
    });
    expect(audit).toHaveLength(2);
  });

  it("refuses a selection that would leave out a municipality with visits, naming it", async () => {
    const [first] = saved.picks;
    if (!first) throw new Error("no pick");
    const result = await save({ seed: 11, lockedOut: [first.municipalityCode] });
    expect(result).toMatchObject({ __typename: "InputError", code: "DROPS_VISITED_MUNICIPALITY" });
    expect(result.message).toContain(`${first.municipalityName} (${first.municipalityCode})`);
    const current = await api.query<{ visitSelection: SelectionData }>(
      `{ visitSelection { id } }`,
      {},
      coordinator,
    );
    expect(current.visitSelection.id).toBe(saved.id);
    // Locked in, it stays.
    const kept = await save({ seed: 12, lockedIn: [first.municipalityCode] });
    expect(kept.__typename).toBe("MutationSaveVisitSelectionSuccess");
    saved = kept.data as SelectionData;
  });

  it("records participants and answers, changes the visit and moves its status", async () => {
    const [visit] = await api.database.db
      .select()
      .from(tables.visits)
      .where(eq(tables.visits.round, 1));
    if (!visit) throw new Error("no visit");
    const person = await api.database.db.query.people.findFirst({ where: { email: memberEmail } });
    const ssr = await api.database.db.query.organisations.findFirst({
      where: { slug: "akademikerforbundet-ssr" },
    });
    if (!person || !ssr) throw new Error("no demo person or organisation");

    const participants = await api.query<{ setVisitParticipants: Result<VisitData> }>(
      participantsMutation,
      {
        id: visit.id,
        participants: [
          { personId: person.id },
          { organisationId: ssr.id, role: "socialchef" },
          { organisationId: ssr.id },
          { role: "nämndordförande" },
        ],
      },
      coordinator,
    );
    expect(participants.setVisitParticipants.__typename).toBe(
      "MutationSetVisitParticipantsSuccess",
    );
    expect(participants.setVisitParticipants.data?.participants).toMatchObject([
      { person: { id: person.id }, organisation: null, role: null },
      { person: null, organisation: { id: ssr.id }, role: "socialchef" },
      { person: null, organisation: { id: ssr.id }, role: null },
      { person: null, organisation: null, role: "nämndordförande" },
    ]);
    for (const wrong of [[{}], [{ personId: person.id, role: "socialchef" }]]) {
      const refused = await api.query<{ setVisitParticipants: Result<VisitData> }>(
        participantsMutation,
        { id: visit.id, participants: wrong },
        coordinator,
      );
      expect(refused.setVisitParticipants.__typename).toBe("InputError");
    }

    const answered = await api.query<{ setVisitAnswers: Result<VisitData> }>(
      answersMutation,
      {
        id: visit.id,
        answers: [
          { questionNumber: 3, answer: "Barnets bästa finns med i egenkontrollen." },
          { questionNumber: 1, answer: "Personalen byts ofta." },
        ],
      },
      coordinator,
    );
    expect(answered.setVisitAnswers.data?.answers).toMatchObject([
      { questionNumber: 1, answer: "Personalen byts ofta.", question: { number: 1 } },
      { questionNumber: 3, answer: "Barnets bästa finns med i egenkontrollen." },
    ]);
    const changed = await api.query<{ setVisitAnswers: Result<VisitData> }>(
      answersMutation,
      {
        id: visit.id,
        answers: [
          { questionNumber: 1, answer: "" },
          { questionNumber: 7, answer: "Ja." },
        ],
      },
      coordinator,
    );
    expect(changed.setVisitAnswers.data?.answers.map((a) => a.questionNumber)).toEqual([3, 7]);
    const unknown = await api.query<{ setVisitAnswers: Result<VisitData> }>(
      answersMutation,
      { id: visit.id, answers: [{ questionNumber: 8, answer: "Nej." }] },
      coordinator,
    );
    expect(unknown.setVisitAnswers).toMatchObject({ code: "NO_SUCH_QUESTION" });

    const updated = await api.query<{ updateVisit: Result<VisitData> }>(
      updateMutation,
      { id: visit.id, input: { date: "2015-10-08", notes: "Flyttat två dagar." } },
      coordinator,
    );
    expect(updated.updateVisit.data).toMatchObject({
      date: "2015-10-08",
      notes: "Flyttat två dagar.",
    });

    const status = async (to: string, reason?: string) =>
      (
        await api.query<{ setVisitStatus: Result<VisitData> }>(
          statusMutation,
          { id: visit.id, status: to, reason },
          coordinator,
        )
      ).setVisitStatus;
    expect(await status("WRITTEN_UP")).toMatchObject({ code: "SKIPS_STATUS" });
    expect((await status("HELD")).data?.status).toBe("HELD");
    expect(await status("PLANNED")).toMatchObject({ code: "REASON_REQUIRED" });
    expect((await status("PLANNED", "Markerat av misstag")).data?.status).toBe("PLANNED");
    expect((await status("HELD")).data?.status).toBe("HELD");
    expect((await status("WRITTEN_UP")).data?.status).toBe("WRITTEN_UP");

    const one = await api.query<{ visit: VisitData }>(
      `query ($id: ID!) { visit(id: $id) { ${visitFields} } }`,
      { id: visit.id },
      coordinator,
    );
    expect(one.visit).toMatchObject({ status: "WRITTEN_UP", date: "2015-10-08" });
    expect(one.visit.participants).toHaveLength(4);
    expect(one.visit.answers).toHaveLength(2);

    const actions = (
      await api.database.db.query.auditLog.findMany({ where: { subjectId: visit.id } })
    )
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(
      expect.arrayContaining([
        "visit.answers",
        "visit.participants",
        "visit.status",
        "visit.update",
      ]),
    );
  });

  it("lists the visits by round, status and county, a page at a time", async () => {
    const [first] = saved.picks;
    if (!first) throw new Error("no pick");
    const list = async (filter: Record<string, unknown>, limit = 50, offset = 0) =>
      api.query<{ visits: VisitData[]; visitCount: number }>(
        `query ($filter: VisitFilter, $limit: Int, $offset: Int) {
          visits(filter: $filter, limit: $limit, offset: $offset) { id round status municipality { code } }
          visitCount(filter: $filter)
        }`,
        { filter, limit, offset },
        coordinator,
      );
    expect((await list({})).visits.map((v) => v.round)).toEqual([1, 2]);
    expect((await list({})).visitCount).toBe(2);
    expect((await list({ round: 2 })).visits.map((v) => v.round)).toEqual([2]);
    expect((await list({ status: "WRITTEN_UP" })).visits.map((v) => v.round)).toEqual([1]);
    expect((await list({ countyCode: first.countyCode })).visitCount).toBe(2);
    const other = first.countyCode === "01" ? "03" : "01";
    expect((await list({ countyCode: other })).visits).toEqual([]);
    expect((await list({}, 1, 1)).visits.map((v) => v.round)).toEqual([2]);

    // A page of visits with their municipality, participants and answers is one SQL statement.
    api.clearStatements();
    await api.query(
      `{ visits(limit: 100) {
        id municipality { name county { name } group { code } }
        participants { role person { name } organisation { name } }
        answers { answer question { text } }
      } }`,
      {},
      coordinator,
    );
    expect(api.statements).toHaveLength(1);
  });

  it("refuses a personal identity number in notes or an answer and stores nothing", async () => {
    const [visit] = await api.database.db
      .select()
      .from(tables.visits)
      .where(eq(tables.visits.round, 2));
    if (!visit) throw new Error("no visit");
    const notes = await api.query<{ updateVisit: Result<VisitData> }>(
      updateMutation,
      { id: visit.id, input: { notes: "Pojken 19121212-1212 nämndes." } },
      coordinator,
    );
    expect(notes.updateVisit).toMatchObject({ __typename: "InputError", code: "PERSONAL_DATA" });
    const answer = await api.query<{ setVisitAnswers: Result<VisitData> }>(
      answersMutation,
      { id: visit.id, answers: [{ questionNumber: 2, answer: "Gäller 121212-1212." }] },
      coordinator,
    );
    expect(answer.setVisitAnswers).toMatchObject({
      __typename: "InputError",
      code: "PERSONAL_DATA",
    });
    const role = await api.query<{ setVisitParticipants: Result<VisitData> }>(
      participantsMutation,
      { id: visit.id, participants: [{ role: "191212121212" }] },
      coordinator,
    );
    expect(role.setVisitParticipants).toMatchObject({
      __typename: "InputError",
      code: "PERSONAL_DATA",
    });
    const planned = await plan({
      municipalityCode: saved.picks[1]?.municipalityCode,
      round: 1,
      date: "2015-10-20",
      notes: "121212-1212",
    });
    expect(planned).toMatchObject({ __typename: "InputError", code: "PERSONAL_DATA" });

    const [after] = await api.database.db
      .select()
      .from(tables.visits)
      .where(eq(tables.visits.id, visit.id));
    expect(after?.notes).toBe(visit.notes);
    expect(
      await api.database.db
        .select()
        .from(tables.visitAnswers)
        .where(eq(tables.visitAnswers.visitId, visit.id)),
    ).toEqual([]);
    expect(
      await api.database.db
        .select()
        .from(tables.visitParticipants)
        .where(eq(tables.visitParticipants.visitId, visit.id)),
    ).toEqual([]);
    expect(await api.database.db.select().from(tables.visits)).toHaveLength(2);
  });

  it("puts a participant's visits in their data export and removes them from visits on erasure", async () => {
    const [visit] = await api.database.db
      .select()
      .from(tables.visits)
      .where(eq(tables.visits.round, 2));
    if (!visit) throw new Error("no visit");
    const [person] = await api.database.db
      .insert(tables.people)
      .values({ name: "Besökt Deltagare", email: "besokt.deltagare@prov.example" })
      .returning();
    if (!person) throw new Error("no person");
    await api.query(
      participantsMutation,
      { id: visit.id, participants: [{ personId: person.id }, { role: "socialchef" }] },
      coordinator,
    );
    const viewer = await api.viewer(person.email);
    const exported = await api.query<{ exportMyData: { person: Record<string, unknown> } }>(
      `{ exportMyData }`,
      {},
      viewer,
    );
    expect(exported.exportMyData.person.visitParticipations).toMatchObject([
      {
        visit: {
          round: 2,
          visitDate: visit.visitDate,
          municipality: { code: visit.municipalityCode },
        },
      },
    ]);

    await erasePerson(api.database.db, person.id);
    const left = await api.database.db
      .select()
      .from(tables.visitParticipants)
      .where(eq(tables.visitParticipants.visitId, visit.id));
    expect(left.map((p) => ({ personId: p.personId, role: p.role }))).toEqual([
      { personId: null, role: "socialchef" },
    ]);
  });
});
