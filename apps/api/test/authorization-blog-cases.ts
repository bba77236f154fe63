/**
 * The authorization table's cases for the blog and notifications: the coordinator writes posts,
 * moderators lock and slow their comments, and each signed-in person reads and sets their own
 * notifications.
 */
import { schema as tables } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { type Actor, answer, type Case, type World } from "./authorization-cases";

const colleagueOf = (w: World, actor: Actor) => w.colleague[w.organisationOf(actor)]?.id ?? "";

async function freshPost(w: World): Promise<{ id: string; slug: string }> {
  const slug = `prov-${Math.random().toString(36).slice(2)}`;
  const [row] = await w.api.database.db
    .insert(tables.blogPosts)
    .values({
      slug,
      title: `Prov ${slug}`,
      body: "Text",
      publishedAt: new Date(Date.now() - 60_000),
    })
    .returning({ id: tables.blogPosts.id, slug: tables.blogPosts.slug });
  if (!row) throw new Error("no post");
  return row;
}

const post = (w: World, id: string) =>
  w.api.database.db.query.blogPosts.findFirst({ where: { id } });

/** A notification for the actor's own person (or, for anonymous, for nobody in particular). */
async function notificationFor(w: World, actor: Actor): Promise<string | null> {
  const viewer = await w.viewerFor(actor);
  if (!viewer) return null;
  const [row] = await w.api.database.db
    .insert(tables.notifications)
    .values({ personId: viewer.personId, kind: "blocked", reason: "Prov", until: new Date() })
    .returning({ id: tables.notifications.id });
  return row?.id ?? null;
}

export const blogCases: Record<string, Case> = {
  "Mutation.createBlogPost": async (w, actor) => {
    const title = `Prov ${w.unique("post")}`;
    const find = () => w.api.database.db.query.blogPosts.findFirst({ where: { title } });
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($title: String!) { createBlogPost(input: { title: $title, body: "Text" }) { __typename } }`,
      variables: { title },
      unchanged: async () => expect(await find()).toBeUndefined(),
      allowed: async () => expect((await find())?.body).toBe("Text"),
    };
  },

  "Mutation.updateBlogPost": async (w, actor) => {
    const { id } = await freshPost(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { updateBlogPost(id: $id, input: { title: "Ny rubrik", body: "Ny text" }) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await post(w, id))?.body).toBe("Text"),
      allowed: async () => expect((await post(w, id))?.body).toBe("Ny text"),
    };
  },

  "Mutation.lockBlogPost": async (w, actor) => {
    const { id } = await freshPost(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { lockBlogPost(postId: $id, locked: true) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await post(w, id))?.lockedAt).toBeNull(),
      allowed: async () => expect((await post(w, id))?.lockedAt).toBeInstanceOf(Date),
    };
  },

  "Mutation.setBlogPostSlowMode": async (w, actor) => {
    const { id } = await freshPost(w);
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation ($id: ID!) { setBlogPostSlowMode(postId: $id, seconds: 30) { __typename } }`,
      variables: { id },
      unchanged: async () => expect((await post(w, id))?.slowModeSeconds).toBe(0),
      allowed: async () => expect((await post(w, id))?.slowModeSeconds).toBe(30),
    };
  },

  "BlogPost.comments": async (w, actor) => {
    const { id, slug } = await freshPost(w);
    const [comment] = await w.api.database.db
      .insert(tables.comments)
      .values({ postId: id, authorId: colleagueOf(w, actor), body: "Prov under inlägget" })
      .returning({ id: tables.comments.id });
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($slug: String!) { blogPost(slug: $slug) { comments { id body } } }`,
      variables: { slug },
      allowed: (data) => {
        const comments = answer(data, "blogPost").comments as { id: string }[];
        expect(comments.map((c) => c.id)).toEqual([comment?.id]);
      },
    };
  },

  "BlogPost.commentsConnection": async (w, actor) => {
    const { id, slug } = await freshPost(w);
    const [comment] = await w.api.database.db
      .insert(tables.comments)
      .values({ postId: id, authorId: colleagueOf(w, actor), body: "Prov under inlägget" })
      .returning({ id: tables.comments.id });
    return {
      viewer: await w.viewerFor(actor),
      source: `query ($slug: String!) { blogPost(slug: $slug) { commentsConnection(first: 10) { totalCount nodes { id body } } } }`,
      variables: { slug },
      allowed: (data) => {
        const page = answer(data, "blogPost").commentsConnection as {
          totalCount: number;
          nodes: { id: string }[];
        };
        expect(page.nodes.map((c) => c.id)).toEqual([comment?.id]);
        expect(page.totalCount).toBe(1);
      },
    };
  },

  "Query.myNotificationsConnection": async (w, actor) => {
    const id = await notificationFor(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `{ myNotificationsConnection(first: 100) { nodes { id kind } } }`,
      allowed: (data) => {
        const mine = (data?.myNotificationsConnection as { nodes: { id: string; kind: string }[] })
          .nodes;
        expect(mine.find((n) => n.id === id)?.kind).toBe("BLOCKED");
      },
    };
  },

  "Query.myNotifications": async (w, actor) => {
    const id = await notificationFor(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `{ myNotifications { id kind reason } }`,
      allowed: (data) => {
        const mine = data?.myNotifications as { id: string; kind: string }[];
        expect(mine.find((n) => n.id === id)?.kind).toBe("BLOCKED");
      },
    };
  },

  "Query.unreadNotificationCount": async (w, actor) => {
    await notificationFor(w, actor);
    return {
      viewer: await w.viewerFor(actor),
      source: `{ unreadNotificationCount }`,
      allowed: (data) => expect(data?.unreadNotificationCount).toBeGreaterThan(0),
    };
  },

  "Mutation.markNotificationsRead": async (w, actor) => {
    const id = await notificationFor(w, actor);
    const readAt = async () =>
      id
        ? (await w.api.database.db.query.notifications.findFirst({ where: { id } }))?.readAt
        : null;
    return {
      viewer: await w.viewerFor(actor),
      source: `mutation { markNotificationsRead }`,
      unchanged: async () => expect(await readAt()).toBeNull(),
      allowed: async (data) => {
        expect(data?.markNotificationsRead).toBeGreaterThan(0);
        expect(await readAt()).toBeInstanceOf(Date);
      },
    };
  },

  "Mutation.setNotificationMail": async (w, actor) => {
    const viewer = await w.viewerFor(actor);
    const mail = async () =>
      viewer
        ? (
            await w.api.database.db.query.people.findFirst({
              where: { id: viewer.personId },
              columns: { notificationMail: true },
            })
          )?.notificationMail
        : undefined;
    const before = await mail();
    return {
      viewer,
      source: `mutation { setNotificationMail(mail: DAILY) }`,
      unchanged: async () => expect(await mail()).toBe(before),
      allowed: async () => {
        expect(await mail()).toBe("daily");
        await w.api.database.db
          .update(tables.people)
          .set({ notificationMail: "immediate" })
          .where(eq(tables.people.id, viewer?.personId ?? ""));
      },
    };
  },

  "Person.notificationMail (one's own)": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `{ me { id notificationMail } }`,
    allowed: (data) => {
      const me = data?.me as { notificationMail?: string } | null;
      if (me) expect(me.notificationMail).toMatch(/^(OFF|IMMEDIATE|DAILY)$/);
      else expect(me).toBeNull();
    },
  }),

  "Person.notificationMail (another person's)": async (w, actor) => ({
    viewer: await w.viewerFor(actor),
    source: `query ($slug: String!) { organisation(slug: $slug) { members { person { id notificationMail } } } }`,
    variables: { slug: w.slugOf(actor) },
    allowed: (data) => {
      const members = answer(data, "organisation").members as {
        person: { notificationMail: string };
      }[];
      expect(members.map((m) => m.person.notificationMail)).toContain("IMMEDIATE");
    },
  }),
};
