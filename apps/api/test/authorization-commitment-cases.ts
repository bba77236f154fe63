/**
 * The authorization table's cases for the commitments: recording a status change and linking the
 * findings and meetings behind one are the coordinator's alone; reading them is everyone's (public
 * queries).
 */
import { schema as tables } from "@kraftsamling/db";
import { count, eq } from "drizzle-orm";
import { expect } from "vitest";
import { answer, type Case, type World } from "./authorization-cases";

const result = (field: string) => `${field} { __typename ... on InputError { code message } }`;

async function commitmentId(w: World, slug: string): Promise<string> {
  const row = await w.api.database.db.query.commitments.findFirst({ where: { slug } });
  if (!row) throw new Error(`no commitment ${slug}`);
  return row.id;
}

async function changesOf(w: World, id: string): Promise<number> {
  const [row] = await w.api.database.db
    .select({ n: count() })
    .from(tables.commitmentStatusChanges)
    .where(eq(tables.commitmentStatusChanges.commitmentId, id));
  return row?.n ?? 0;
}

export const commitmentCases: Record<string, Case> = {
  "Mutation.recordCommitmentStatus": async (w, actor) => {
    const id = await commitmentId(w, "forslag-9");
    const before = await changesOf(w, id);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${result(`recordCommitmentStatus(commitmentId: $id, status: REPORTED, changedOn: "2017-09-29", note: "Redovisat till regeringen.")`)} }`,
      variables: { id },
      unchanged: async () => expect(await changesOf(w, id)).toBe(before),
      allowed: async (data) => {
        expect(answer(data, "recordCommitmentStatus").__typename).toBe(
          "MutationRecordCommitmentStatusSuccess",
        );
        expect(await changesOf(w, id)).toBe(before + 1);
      },
    };
  },

  "Mutation.setCommitmentLinks": async (w, actor) => {
    const id = await commitmentId(w, "skl-omrade-2-punkt-3");
    const meeting = await w.api.database.db.query.meetings.findFirst({
      where: { slug: "dialogmote-organisationer-2015-04-20" },
    });
    const links = () =>
      w.api.database.db
        .select()
        .from(tables.commitmentMeetings)
        .where(eq(tables.commitmentMeetings.commitmentId, id));
    const before = await links();
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $meetingIds: [ID!]!) { ${result("setCommitmentLinks(commitmentId: $id, findingIds: [], meetingIds: $meetingIds)")} }`,
      variables: { id, meetingIds: [meeting?.id] },
      unchanged: async () => expect(await links()).toEqual(before),
      allowed: async (data) => {
        expect(answer(data, "setCommitmentLinks").__typename).toBe(
          "MutationSetCommitmentLinksSuccess",
        );
        expect((await links()).map((l) => l.meetingId)).toEqual([meeting?.id]);
      },
    };
  },
};
