/**
 * The authorization table's cases for the findings: recording, editing, reviewing and publishing
 * them are the coordinator's alone; reading the published ones is everyone's (a public query).
 */
import { schema as tables } from "@kraftsamling/db";
import { expect } from "vitest";
import { answer, type Case, type World } from "./authorization-cases";

type Status = "draft" | "in_review" | "published" | "unpublished";

/** A finding of its own for one attempt, in the status the operation starts from. */
async function freshFinding(w: World, status: Status): Promise<string> {
  const { db } = w.api.database;
  const [theme] = await db.select({ id: tables.themes.id }).from(tables.themes).limit(1);
  if (!theme) throw new Error("no theme");
  const [finding] = await db
    .insert(tables.findings)
    .values({
      title: `Iakttagelse ${w.unique("finding")}`,
      body: "Handläggarna har lite tid med barnen.",
      source: "survey",
      phaseNumber: 1,
      status,
      publishedAt: status === "published" || status === "unpublished" ? new Date() : null,
      unpublishedReason: status === "unpublished" ? "Felaktig uppgift" : null,
    })
    .returning({ id: tables.findings.id });
  if (!finding) throw new Error("no finding");
  await db.insert(tables.findingThemes).values({ findingId: finding.id, themeId: theme.id });
  return finding.id;
}

const findingRow = (w: World, id: string) =>
  w.api.database.db.query.findings.findFirst({ where: { id } });

const result = (field: string) => `${field} { __typename ... on InputError { code message } }`;

/** A status change: denied, the finding keeps its status; allowed, it has the new one. */
function move(field: string, mutation: string, from: Status, to: Status, args = ""): Case {
  return async (w, actor) => {
    const id = await freshFinding(w, from);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { ${result(`${mutation}(id: $id${args})`)} }`,
      variables: { id },
      unchanged: async () => expect((await findingRow(w, id))?.status).toBe(from),
      allowed: async (data) => {
        expect(answer(data, field).__typename).toMatch(/Success$/);
        expect((await findingRow(w, id))?.status).toBe(to);
      },
    };
  };
}

async function input(w: World, title: string) {
  const [theme] = await w.api.database.db
    .select({ id: tables.themes.id })
    .from(tables.themes)
    .limit(1);
  return {
    title,
    body: "Socialsekreterarna ägnar en liten del av sin tid åt barnen.",
    kind: "CHALLENGE",
    source: "SURVEY",
    themeIds: [theme?.id],
    phaseNumber: 1,
  };
}

export const findingCases: Record<string, Case> = {
  "Mutation.createFinding": async (w, actor) => {
    const title = `Ny iakttagelse ${w.unique("finding")}`;
    const find = () => w.api.database.db.query.findings.findFirst({ where: { title } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($input: FindingInput!) { ${result("createFinding(input: $input)")} }`,
      variables: { input: await input(w, title) },
      unchanged: async () => expect(await find()).toBeUndefined(),
      allowed: async (data) => {
        expect(answer(data, "createFinding").__typename).toBe("MutationCreateFindingSuccess");
        expect((await find())?.status).toBe("draft");
      },
    };
  },

  "Mutation.updateFinding": async (w, actor) => {
    const id = await freshFinding(w, "draft");
    const title = `Ändrad iakttagelse ${w.unique("finding")}`;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $input: FindingInput!) { ${result("updateFinding(id: $id, input: $input)")} }`,
      variables: { id, input: await input(w, title) },
      unchanged: async () => expect((await findingRow(w, id))?.version).toBe(1),
      allowed: async () => {
        const row = await findingRow(w, id);
        expect(row?.title).toBe(title);
        expect(row?.version).toBe(2);
      },
    };
  },

  "Mutation.submitFindingForReview": move(
    "submitFindingForReview",
    "submitFindingForReview",
    "draft",
    "in_review",
  ),
  "Mutation.returnFindingToDraft": move(
    "returnFindingToDraft",
    "returnFindingToDraft",
    "in_review",
    "draft",
    ', reason: "Källan saknas"',
  ),
  "Mutation.publishFinding": move("publishFinding", "publishFinding", "in_review", "published"),
  "Mutation.unpublishFinding": move(
    "unpublishFinding",
    "unpublishFinding",
    "published",
    "unpublished",
    ', reason: "Felaktig uppgift"',
  ),
};
