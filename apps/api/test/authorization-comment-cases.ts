/**
 * The authorization table's cases for the dialogue: comments, replies, agreement and positions.
 * Each attempt gets a fresh comment, stored directly so that the rate limits do not come into it.
 */
import { schema as tables } from "@kraftsamling/db";
import { expect } from "vitest";
import type { Viewer } from "../src/context";
import { type Actor, answer, type Case, type World } from "./authorization-cases";

async function openThemeId(w: World): Promise<string> {
  const theme = await w.api.database.db.query.themes.findFirst({
    where: { status: "open" },
    orderBy: { slug: "asc" },
  });
  if (!theme) throw new Error("no open theme");
  return theme.id;
}

/** A comment written by the given person (the actor's organisation's colleague when none). */
async function commentBy(
  w: World,
  authorId: string,
  options: { organisationId?: string; positionProposed?: boolean } = {},
): Promise<string> {
  const [row] = await w.api.database.db
    .insert(tables.comments)
    .values({
      themeId: await openThemeId(w),
      authorId,
      organisationId: options.organisationId ?? null,
      body: `Prov ${Math.random()}`,
      positionProposed: options.positionProposed ?? false,
    })
    .returning({ id: tables.comments.id });
  if (!row) throw new Error("no comment");
  return row.id;
}

const comment = (w: World, id: string) =>
  w.api.database.db.query.comments.findFirst({ where: { id } });
const colleagueOf = (w: World, actor: Actor) => w.colleague[w.organisationOf(actor)]?.id ?? "";

/** The actor's own comment: by a stand-in with the actor's role, or by a colleague for anonymous. */
async function ownComment(w: World, actor: Actor): Promise<{ viewer: Viewer | null; id: string }> {
  const viewer = await w.standIn(actor);
  return { viewer, id: await commentBy(w, viewer?.personId ?? colleagueOf(w, actor)) };
}

export const commentCases: Record<string, Case> = {
  "Mutation.writeComment": async (w, actor) => {
    const viewer = await w.standIn(actor);
    const body = `En ny kommentar ${Math.random()}`;
    const written = () => w.api.database.db.query.comments.findFirst({ where: { body } });
    return {
      viewer,
      source: `mutation ($input: WriteCommentInput!) { writeComment(input: $input) { __typename ... on InputError { code } } }`,
      variables: { input: { themeId: await openThemeId(w), body } },
      unchanged: async () => expect(await written()).toBeUndefined(),
      allowed: async (data) => {
        expect(answer(data, "writeComment").__typename).toBe("MutationWriteCommentSuccess");
        expect(await written()).toMatchObject({ authorId: viewer?.personId });
      },
    };
  },

  "Mutation.editComment": async (w, actor) => {
    const { viewer, id } = await ownComment(w, actor);
    return {
      viewer,
      source: `mutation ($id: ID!) { editComment(id: $id, body: "Ny lydelse") { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.body).not.toBe("Ny lydelse"),
      allowed: async () => expect((await comment(w, id))?.body).toBe("Ny lydelse"),
    };
  },

  "Mutation.editComment (another person's comment)": async (w, actor) => {
    const id = await commentBy(w, colleagueOf(w, actor));
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { editComment(id: $id, body: "Ny lydelse") { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.body).not.toBe("Ny lydelse"),
    };
  },

  "Mutation.deleteComment": async (w, actor) => {
    const { viewer, id } = await ownComment(w, actor);
    return {
      viewer,
      source: `mutation ($id: ID!) { deleteComment(id: $id) }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.deletedAt).toBeNull(),
      allowed: async () => expect((await comment(w, id))?.deletedAt).toBeInstanceOf(Date),
    };
  },

  "Mutation.deleteComment (another person's comment)": async (w, actor) => {
    const id = await commentBy(w, colleagueOf(w, actor));
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { deleteComment(id: $id) }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.deletedAt).toBeNull(),
      allowed: async () => expect((await comment(w, id))?.deletedAt).toBeInstanceOf(Date),
    };
  },

  "Mutation.agreeWithComment": async (w, actor) => {
    const id = await commentBy(w, colleagueOf(w, actor));
    const count = async () =>
      (await w.api.database.db.query.commentAgreements.findMany({ where: { commentId: id } }))
        .length;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { agreeWithComment(id: $id, agree: true) { __typename } }`,
      variables: { id },
      unchanged: async () => expect(await count()).toBe(0),
      allowed: async () => expect(await count()).toBe(1),
    };
  },

  "Mutation.approveOrganisationPosition": async (w, actor) => {
    const organisationId = w.organisationOf(actor);
    const id = await commentBy(w, colleagueOf(w, actor), {
      organisationId,
      positionProposed: true,
    });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { approveOrganisationPosition(id: $id) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await comment(w, id))?.positionApprovedAt).toBeNull(),
      allowed: async () => expect((await comment(w, id))?.positionApprovedAt).toBeInstanceOf(Date),
    };
  },

  // Comments are reached through a theme's thread; the Comment type's own scope is tried that way.
  "Comment.author (the type's own scope)": async (w, actor) => {
    const attempt = await commentCases["Theme.commentsConnection"]?.(w, actor);
    if (!attempt) throw new Error("no Theme.commentsConnection case");
    return {
      ...attempt,
      source: `query ($slug: String!) { theme(slug: $slug) { commentsConnection(last: 5) { nodes { id author { name } } } } }`,
    };
  },

  // The deprecated list: the first 100 of the thread, which other cases have long filled.
  "Theme.comments": async (w, actor) => {
    await commentBy(w, colleagueOf(w, actor));
    const theme = await w.api.database.db.query.themes.findFirst({
      where: { id: await openThemeId(w) },
    });
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($slug: String!) { theme(slug: $slug) { comments { id body agreeCount } } }`,
      variables: { slug: theme?.slug },
      allowed: (data) => {
        const comments = answer(data, "theme").comments as { id: string }[];
        expect(comments.length).toBeGreaterThan(0);
        expect(comments.length).toBeLessThanOrEqual(100);
      },
    };
  },

  "Theme.commentsConnection": async (w, actor) => {
    const id = await commentBy(w, colleagueOf(w, actor));
    const theme = await w.api.database.db.query.themes.findFirst({
      where: { id: await openThemeId(w) },
    });
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($slug: String!) { theme(slug: $slug) { commentsConnection(last: 5) { nodes { id body agreeCount } } } }`,
      variables: { slug: theme?.slug },
      allowed: (data) => {
        const page = answer(data, "theme").commentsConnection as { nodes: { id: string }[] };
        expect(page.nodes.map((c) => c.id)).toContain(id);
      },
    };
  },
};
