/**
 * The authorization table's cases for the municipality visits: choosing the municipalities and
 * planning, recording and following the visits are the coordinator's alone.
 */
import { schema as tables } from "@kraftsamling/db";
import { desc, eq, inArray, isNull } from "drizzle-orm";
import { expect } from "vitest";
import { answer, type Case, type World } from "./authorization-cases";

const selectionSeed = 2015;

/** The id of the saved selection, saving one by the API as the coordinator when there is none. */
async function currentSelectionId(w: World): Promise<string> {
  const current = async () =>
    (
      await w.api.database.db
        .select({ id: tables.visitSelections.id })
        .from(tables.visitSelections)
        .where(isNull(tables.visitSelections.replacedAt))
    )[0]?.id;
  const id = await current();
  if (id) return id;
  const { errors } = await w.api.execute(
    `mutation ($seed: Int!) { saveVisitSelection(seed: $seed) { __typename } }`,
    { seed: selectionSeed },
    w.coordinator,
  );
  const saved = await current();
  if (errors?.length || !saved) throw new Error(`no selection: ${JSON.stringify(errors)}`);
  return saved;
}

/** A municipality of the saved selection and a round it has no visit in yet. */
async function freeRound(w: World): Promise<{ municipalityCode: string; round: 1 | 2 }> {
  const selectionId = await currentSelectionId(w);
  const { db } = w.api.database;
  const picks = await db
    .select({ code: tables.visitSelectionPicks.municipalityCode })
    .from(tables.visitSelectionPicks)
    .where(eq(tables.visitSelectionPicks.selectionId, selectionId))
    .orderBy(tables.visitSelectionPicks.position);
  const visits = await db.select().from(tables.visits);
  for (const round of [1, 2] as const) {
    const pick = picks.find(
      (p) => !visits.some((v) => v.municipalityCode === p.code && v.round === round),
    );
    if (pick) return { municipalityCode: pick.code, round };
  }
  // The demo seed visits every pick in both rounds: one of its invented visits makes room.
  const [freed] = await db
    .delete(tables.visits)
    .where(
      inArray(
        tables.visits.id,
        db
          .select({ id: tables.visits.id })
          .from(tables.visits)
          .where(eq(tables.visits.invented, true))
          .orderBy(desc(tables.visits.visitDate))
          .limit(1),
      ),
    )
    .returning({ municipalityCode: tables.visits.municipalityCode, round: tables.visits.round });
  if (!freed) throw new Error("every round of every municipality is planned");
  return { municipalityCode: freed.municipalityCode, round: freed.round === 1 ? 1 : 2 };
}

/** A planned visit of its own for one attempt. */
async function freshVisit(w: World): Promise<string> {
  const { municipalityCode, round } = await freeRound(w);
  const [visit] = await w.api.database.db
    .insert(tables.visits)
    .values({
      municipalityCode,
      round,
      visitDate: round === 1 ? "2015-10-01" : "2016-04-01",
      notes: "Prov",
    })
    .returning({ id: tables.visits.id });
  if (!visit) throw new Error("no visit");
  return visit.id;
}

const visitRow = (w: World, id: string) =>
  w.api.database.db.query.visits.findFirst({ where: { id } });

const typename = (field: string) => `${field} { __typename ... on InputError { code message } }`;

export const visitCases: Record<string, Case> = {
  "Mutation.saveVisitSelection": async (w, actor) => {
    const before = await currentSelectionId(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($seed: Int!) { ${typename("saveVisitSelection(seed: $seed)")} }`,
      variables: { seed: selectionSeed },
      unchanged: async () => expect(await currentSelectionId(w)).toBe(before),
      allowed: async (data) => {
        expect(answer(data, "saveVisitSelection").__typename).toBe(
          "MutationSaveVisitSelectionSuccess",
        );
        expect(await currentSelectionId(w)).not.toBe(before);
      },
    };
  },

  "Mutation.planVisit": async (w, actor) => {
    const target = await freeRound(w);
    const find = () =>
      w.api.database.db.query.visits.findFirst({
        where: { municipalityCode: target.municipalityCode, round: target.round },
      });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($input: PlanVisitInput!) { ${typename("planVisit(input: $input)")} }`,
      variables: {
        input: {
          ...target,
          date: target.round === 1 ? "2015-10-01" : "2016-04-01",
        },
      },
      unchanged: async () => expect(await find()).toBeUndefined(),
      allowed: async (data) => {
        expect(answer(data, "planVisit").__typename).toBe("MutationPlanVisitSuccess");
        expect((await find())?.status).toBe("planned");
      },
    };
  },

  "Mutation.updateVisit": async (w, actor) => {
    const id = await freshVisit(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${typename('updateVisit(id: $id, input: { notes: "Ändrad" })')} }`,
      variables: { id },
      unchanged: async () => expect((await visitRow(w, id))?.notes).toBe("Prov"),
      allowed: async () => expect((await visitRow(w, id))?.notes).toBe("Ändrad"),
    };
  },

  "Mutation.setVisitParticipants": async (w, actor) => {
    const id = await freshVisit(w);
    const rows = () =>
      w.api.database.db
        .select()
        .from(tables.visitParticipants)
        .where(eq(tables.visitParticipants.visitId, id));
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${typename('setVisitParticipants(id: $id, participants: [{ role: "socialchef" }])')} }`,
      variables: { id },
      unchanged: async () => expect(await rows()).toEqual([]),
      allowed: async () => expect((await rows()).map((r) => r.role)).toEqual(["socialchef"]),
    };
  },

  "Mutation.setVisitAnswers": async (w, actor) => {
    const id = await freshVisit(w);
    const rows = () =>
      w.api.database.db
        .select()
        .from(tables.visitAnswers)
        .where(eq(tables.visitAnswers.visitId, id));
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${typename('setVisitAnswers(id: $id, answers: [{ questionNumber: 1, answer: "Svar" }])')} }`,
      variables: { id },
      unchanged: async () => expect(await rows()).toEqual([]),
      allowed: async () => expect((await rows()).map((r) => r.answer)).toEqual(["Svar"]),
    };
  },

  "Mutation.setVisitStatus": async (w, actor) => {
    const id = await freshVisit(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${typename("setVisitStatus(id: $id, status: HELD)")} }`,
      variables: { id },
      unchanged: async () => expect((await visitRow(w, id))?.status).toBe("planned"),
      allowed: async () => expect((await visitRow(w, id))?.status).toBe("held"),
    };
  },

  "Query.visitSelectionPreview": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ visitSelectionPreview(seed: 1) { __typename ... on QueryVisitSelectionPreviewSuccess { data { picks { municipalityCode reason } } } } }`,
    allowed: (data) =>
      expect(
        (answer(data, "visitSelectionPreview").data as { picks: unknown[] }).picks,
      ).toHaveLength(50),
  }),

  "Query.visitSelection": async (w, actor) => {
    const id = await currentSelectionId(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `{ visitSelection { id picks { municipalityCode } } }`,
      allowed: (data) => expect(answer(data, "visitSelection").id).toBe(id),
    };
  },

  "Query.visits": async (w, actor) => {
    await freshVisit(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `{ visits(limit: 5) { id municipality { code } } }`,
      allowed: (data) => expect((data?.visits as unknown[]).length).toBeGreaterThan(0),
    };
  },

  "Query.visitCount": async (w, actor) => {
    await freshVisit(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `{ visitCount }`,
      allowed: (data) => expect(data?.visitCount).toBeGreaterThan(0),
    };
  },

  "Query.visit": async (w, actor) => {
    const id = await freshVisit(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($id: ID!) { visit(id: $id) { id participants { role } answers { answer } } }`,
      variables: { id },
      allowed: (data) => expect(answer(data, "visit").id).toBe(id),
    };
  },
};
