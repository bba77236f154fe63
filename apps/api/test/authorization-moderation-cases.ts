/**
 * The authorization table's cases for moderation: reports, the queue, hiding, threads and blocks.
 * Every attempt gets a fresh target (comment, theme or person) stored directly.
 */
import { schema as tables } from "@kraftsamling/db";
import { expect } from "vitest";
import { type Actor, answer, type Case, type World } from "./authorization-cases";

async function openThemeId(w: World): Promise<string> {
  const theme = await w.api.database.db.query.themes.findFirst({
    where: { status: "open" },
    orderBy: { slug: "asc" },
  });
  if (!theme) throw new Error("no open theme");
  return theme.id;
}

const colleagueOf = (w: World, actor: Actor) => w.colleague[w.organisationOf(actor)]?.id ?? "";
/** Someone other than the actor's colleague, to report or to be reported by. */
const otherColleagueOf = (w: World, actor: Actor) =>
  w.colleague[w.organisationOf(actor) === w.ssr ? w.rb : w.ssr]?.id ?? "";

async function freshComment(
  w: World,
  actor: Actor,
  values: { hiddenAt?: Date; hiddenBy?: "reports" | "moderator"; hiddenReason?: string } = {},
): Promise<string> {
  const [row] = await w.api.database.db
    .insert(tables.comments)
    .values({
      themeId: await openThemeId(w),
      authorId: colleagueOf(w, actor),
      body: `Prov ${Math.random()}`,
      ...values,
    })
    .returning({ id: tables.comments.id });
  if (!row) throw new Error("no comment");
  return row.id;
}

async function freshTheme(w: World): Promise<string> {
  const slug = `prov-${Math.random().toString(36).slice(2)}`;
  const [row] = await w.api.database.db
    .insert(tables.themes)
    .values({ slug, title: `Prov ${slug}` })
    .returning({ id: tables.themes.id });
  if (!row) throw new Error("no theme");
  return row.id;
}

async function freshPerson(w: World): Promise<string> {
  const [row] = await w.api.database.db
    .insert(tables.people)
    .values({ name: "Prov", email: w.unique("blockable") })
    .returning({ id: tables.people.id });
  if (!row) throw new Error("no person");
  return row.id;
}

const comment = (w: World, id: string) =>
  w.api.database.db.query.comments.findFirst({ where: { id } });
const theme = (w: World, id: string) => w.api.database.db.query.themes.findFirst({ where: { id } });
const blocksOf = (w: World, personId: string) =>
  w.api.database.db.query.participantBlocks.findMany({ where: { personId } });

/** The actor reads a theme's thread asking for a moderators' field of Comment. */
function commentFieldCase(field: string): Case {
  return async (w, actor) => {
    const id = await freshComment(w, actor);
    await w.api.database.db
      .insert(tables.commentReports)
      .values({ commentId: id, reporterId: otherColleagueOf(w, actor), reason: "spam" });
    const slug = (await theme(w, await openThemeId(w)))?.slug;
    return {
      viewer: await w.viewerFor(actor),
      // The newest comments: the one just written is the thread's last.
      source: `query ($slug: String!) { theme(slug: $slug) { commentsConnection(last: 5) { nodes { id ${field} } } } }`,
      variables: { slug },
      allowed: (data) => {
        const page = answer(data, "theme").commentsConnection as {
          nodes: Record<string, unknown>[];
        };
        const comments = page.nodes;
        const mine = comments.find((c) => c.id === id);
        expect(mine?.[field.split(" ")[0] ?? field]).toBeDefined();
      },
    };
  };
}

export const moderationCases: Record<string, Case> = {
  "Mutation.reportComment": async (w, actor) => {
    const id = await freshComment(w, actor);
    const count = async () =>
      (await w.api.database.db.query.commentReports.findMany({ where: { commentId: id } })).length;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { reportComment(id: $id, reason: OFFENSIVE, note: "Prov") { __typename ... on InputError { code } } }`,
      variables: { id },
      unchanged: async () => expect(await count()).toBe(0),
      allowed: async (data) => {
        expect(answer(data, "reportComment").__typename).toBe("MutationReportCommentSuccess");
        expect(await count()).toBe(1);
      },
    };
  },

  "Mutation.hideComment": async (w, actor) => {
    const id = await freshComment(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { hideComment(id: $id, reason: "Prov") { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.hiddenAt).toBeNull(),
      allowed: async () => expect((await comment(w, id))?.hiddenReason).toBe("Prov"),
    };
  },

  "Mutation.restoreComment": async (w, actor) => {
    const id = await freshComment(w, actor, {
      hiddenAt: new Date(),
      hiddenBy: "moderator",
      hiddenReason: "Prov",
    });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { restoreComment(id: $id) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.hiddenAt).toBeInstanceOf(Date),
      allowed: async () => expect((await comment(w, id))?.hiddenAt).toBeNull(),
    };
  },

  "Mutation.dismissReports": async (w, actor) => {
    const id = await freshComment(w, actor);
    const [report] = await w.api.database.db
      .insert(tables.commentReports)
      .values({ commentId: id, reporterId: otherColleagueOf(w, actor), reason: "spam" })
      .returning();
    const resolvedAt = async () =>
      (await w.api.database.db.query.commentReports.findFirst({ where: { id: report?.id } }))
        ?.resolvedAt;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { dismissReports(id: $id) { __typename } }`,
      variables: { id },
      unchanged: async () => expect(await resolvedAt()).toBeNull(),
      allowed: async () => expect(await resolvedAt()).toBeInstanceOf(Date),
    };
  },

  "Mutation.lockTheme": async (w, actor) => {
    const id = await freshTheme(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { lockTheme(themeId: $id, locked: true) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await theme(w, id))?.lockedAt).toBeNull(),
      allowed: async () => expect((await theme(w, id))?.lockedAt).toBeInstanceOf(Date),
    };
  },

  "Mutation.setSlowMode": async (w, actor) => {
    const id = await freshTheme(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { setSlowMode(themeId: $id, seconds: 30) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await theme(w, id))?.slowModeSeconds).toBe(0),
      allowed: async () => expect((await theme(w, id))?.slowModeSeconds).toBe(30),
    };
  },

  "Mutation.blockParticipant": async (w, actor) => {
    const personId = await freshPerson(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!, $until: DateTime!) { blockParticipant(personId: $id, until: $until, reason: "Prov") { __typename } }`,
      variables: { id: personId, until: new Date(Date.now() + 3600_000).toISOString() },
      unchanged: async () => expect(await blocksOf(w, personId)).toEqual([]),
      allowed: async () => expect(await blocksOf(w, personId)).toHaveLength(1),
    };
  },

  "Mutation.unblockParticipant": async (w, actor) => {
    const personId = await freshPerson(w);
    const until = new Date(Date.now() + 3600_000);
    await w.api.database.db
      .insert(tables.participantBlocks)
      .values({ personId, until, reason: "Prov" });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { unblockParticipant(personId: $id) { __typename } }`,
      variables: { id: personId },
      unchanged: async () => expect((await blocksOf(w, personId))[0]?.until).toEqual(until),
      allowed: async () =>
        expect((await blocksOf(w, personId))[0]?.until.getTime()).toBeLessThanOrEqual(Date.now()),
    };
  },

  "Query.moderationQueue": async (w, actor) => {
    const id = await freshComment(w, actor, {
      hiddenAt: new Date(),
      hiddenBy: "moderator",
      hiddenReason: "Prov",
    });
    return {
      viewer: await w.viewerFor(actor),
      source: `{ moderationQueue { id hidden reportCount } }`,
      allowed: (data) => {
        const queue = data?.moderationQueue as { id: string }[];
        expect(queue.map((c) => c.id)).toContain(id);
      },
    };
  },

  "Query.moderationQueueConnection": async (w, actor) => {
    const id = await freshComment(w, actor, {
      hiddenAt: new Date(),
      hiddenBy: "moderator",
      hiddenReason: "Prov",
    });
    return {
      viewer: await w.viewerFor(actor),
      source: `{ moderationQueueConnection(first: 100) { nodes { id hidden } } }`,
      allowed: (data) => {
        const queue = data?.moderationQueueConnection as { nodes: { id: string }[] };
        expect(queue.nodes.map((c) => c.id)).toContain(id);
      },
    };
  },

  "Query.moderationLogConnection": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ moderationLogConnection(first: 5) { totalCount nodes { id action } } }`,
    allowed: (data) =>
      expect(typeof (data?.moderationLogConnection as { totalCount: number }).totalCount).toBe(
        "number",
      ),
  }),

  "Query.moderationLogCsv": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ moderationLogCsv }`,
    allowed: (data) =>
      expect(String(data?.moderationLogCsv)).toMatch(/^time,moderator,action,comment,reason\r\n/),
  }),

  "Query.myWritingBlock": async (w, actor) => {
    // A stand-in, so that the block keeps none of the actor's other cases from writing.
    const viewer = await w.standIn(actor);
    if (viewer) {
      await w.api.database.db.insert(tables.participantBlocks).values({
        personId: viewer.personId,
        until: new Date(Date.now() + 60_000),
        reason: "Prov",
      });
    }
    return {
      viewer,
      source: `{ myWritingBlock { until reason } }`,
      allowed: (data) => expect(answer(data, "myWritingBlock").reason).toBe("Prov"),
    };
  },

  "Comment.reportCount": commentFieldCase("reportCount"),
  "Comment.reports": commentFieldCase("reports { reason note }"),
  "Comment.authorWritingBlock": commentFieldCase("authorWritingBlock { until }"),
};
