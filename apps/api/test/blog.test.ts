import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { blogAtomFeed } from "../src/blog/atom-feed";
import { renderMissingPostHtml } from "../src/blog/post-html";
import { type TestApi, testApi } from "./support";

const create = `mutation ($input: BlogPostInput!) {
  createBlogPost(input: $input) {
    __typename
    ... on MutationCreateBlogPostSuccess { data { id slug publishedAt themes { slug } } }
    ... on InputError { code field }
  }
}`;
const update = `mutation ($id: ID!, $input: BlogPostInput!) {
  updateBlogPost(id: $id, input: $input) {
    __typename
    ... on MutationUpdateBlogPostSuccess { data { slug title publishedAt } }
    ... on InputError { code field }
  }
}`;
const list = `{ blogPosts { slug title publishedAt } }`;
const write = `mutation ($input: WriteCommentInput!) {
  writeComment(input: $input) { __typename ... on MutationWriteCommentSuccess { data { id post { slug } theme { slug } } } ... on InputError { code field } }
}`;

type Created = {
  createBlogPost: {
    __typename: string;
    data?: { id: string; slug: string; publishedAt: string | null; themes: { slug: string }[] };
    code?: string;
    field?: string;
  };
};

describe("the coordinator's blog", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  let moderator: Viewer;

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  const slugsSeenBy = async (viewer: Viewer | null) =>
    (await api.query<{ blogPosts: { slug: string }[] }>(list, {}, viewer)).blogPosts.map(
      (p) => p.slug,
    );

  it("holds seed 001 as a published post, rendered from Markdown, with its themes", async () => {
    const data = await api.query<{
      blogPost: {
        title: string;
        publishedAt: string;
        bodyHtml: string;
        excerpt: string;
        authorName: string;
        themes: { slug: string }[];
      };
    }>(
      `{ blogPost(slug: "sammanfattning-av-tio-regeringsuppdrag") { title publishedAt bodyHtml excerpt authorName themes { slug } } }`,
      {},
      null,
    );
    const post = data.blogPost;
    expect(post.title).toBe("Sammanfattning av tio regeringsuppdrag");
    expect(post.publishedAt.startsWith("2017-06-20")).toBe(true);
    expect(post.bodyHtml).toContain(
      "<strong>1. Finansiering av stöd för användardriven innovation",
    );
    expect(post.bodyHtml).toContain("<strong>10. Utvecklingsprojekt för att behålla och rekrytera");
    expect(post.bodyHtml).toContain("Nu är det dags att öppna anmälan");
    expect(post.excerpt.startsWith("Nu är det dags att öppna anmälan")).toBe(true);
    expect(post.excerpt.length).toBeLessThan(260);
    expect(post.themes.map((t) => t.slug)).toContain("tidiga-och-samordnade-insatser");
  });

  it("keeps drafts and scheduled posts from everyone but the coordinator until their time", async () => {
    const draft = await api.query<Created>(
      create,
      { input: { title: "Utkast om placerade barns skolgång", body: "Ännu inte klart." } },
      coordinator,
    );
    expect(draft.createBlogPost.data?.slug).toBe("utkast-om-placerade-barns-skolgang");
    const later = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    const scheduled = await api.query<Created>(
      create,
      { input: { title: "Inför konferensen i Luleå", body: "Välkomna!", publishedAt: later } },
      coordinator,
    );
    expect(scheduled.createBlogPost.data?.publishedAt).toBe(later);

    for (const viewer of [null, member]) {
      const seen = await slugsSeenBy(viewer);
      expect(seen).not.toContain("utkast-om-placerade-barns-skolgang");
      expect(seen).not.toContain("infor-konferensen-i-lulea");
      const direct = await api.query<{ blogPost: unknown }>(
        `{ blogPost(slug: "utkast-om-placerade-barns-skolgang") { id } }`,
        {},
        viewer,
      );
      expect(direct.blogPost).toBeNull();
    }
    expect(await slugsSeenBy(coordinator)).toEqual(
      expect.arrayContaining(["utkast-om-placerade-barns-skolgang", "infor-konferensen-i-lulea"]),
    );

    // Publishing it now shows it to everyone, newest first.
    const published = await api.query<{ updateBlogPost: { data?: { publishedAt: string } } }>(
      update,
      {
        id: draft.createBlogPost.data?.id,
        input: {
          title: "Utkast om placerade barns skolgång",
          slug: "placerade-barns-skolgang",
          body: "Nu klart: **SiSam** ska omfatta fler placeringsformer.",
          publishedAt: new Date().toISOString(),
        },
      },
      coordinator,
    );
    expect(published.updateBlogPost.data?.publishedAt).toBeTruthy();
    expect((await slugsSeenBy(null))[0]).toBe("placerade-barns-skolgang");
  });

  it("shows a scheduled post to everyone once the blog's clock has reached its time", async () => {
    expect(await slugsSeenBy(member)).not.toContain("infor-konferensen-i-lulea");
    api.moveClock(8 * 24 * 3600_000);
    try {
      expect(await slugsSeenBy(member)).toContain("infor-konferensen-i-lulea");
      expect(await slugsSeenBy(null)).toContain("infor-konferensen-i-lulea");
    } finally {
      api.moveClock(0);
    }
  });

  it("publishes at once by the blog's clock, which DEMO_DATE may have moved back", async () => {
    const yearsBack = -9 * 365 * 24 * 3600_000;
    api.moveClock(yearsBack);
    try {
      const created = await api.query<Created>(
        create,
        {
          input: {
            title: "Publicerad i demoläget",
            slug: "publicerad-i-demolaget",
            body: "Skriven medan klockan gick som i 2017.",
            publishNow: true,
            publishedAt: new Date().toISOString(),
          },
        },
        coordinator,
      );
      // The portal reckons its "now" by the same clock.
      const { now } = await api.query<{ now: string }>("{ now }", {}, null);
      expect(Math.abs(new Date(now).getTime() - (Date.now() + yearsBack))).toBeLessThan(60_000);
      const publishedAt = new Date(created.createBlogPost.data?.publishedAt ?? "");
      expect(Math.abs(publishedAt.getTime() - (Date.now() + yearsBack))).toBeLessThan(60_000);
      expect(await slugsSeenBy(null)).toContain("publicerad-i-demolaget");
    } finally {
      api.moveClock(0);
    }
  });

  it("lets the coordinator alone edit a post", async () => {
    const query = `{ blogPost(slug: "sammanfattning-av-tio-regeringsuppdrag") { viewerCanEdit } }`;
    const canEdit = async (viewer: Viewer | null) =>
      (await api.query<{ blogPost: { viewerCanEdit: boolean } }>(query, {}, viewer)).blogPost
        .viewerCanEdit;
    expect(await canEdit(coordinator)).toBe(true);
    expect(await canEdit(moderator)).toBe(false);
    expect(await canEdit(member)).toBe(false);
    expect(await canEdit(null)).toBe(false);
  });

  it("refuses a personal identity number, a taken address and a short title, storing nothing", async () => {
    const before = await api.database.db.select().from(schema.blogPosts);
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { title: "Ett ärende", body: "Barnet 19811218-9876 behöver stöd." },
        "PERSONAL_DATA",
        "body",
      ],
      [{ title: "Om 811218-9876", body: "Text" }, "PERSONAL_DATA", "title"],
      [
        { title: "Dubblett", slug: "sammanfattning-av-tio-regeringsuppdrag", body: "Text" },
        "SLUG_TAKEN",
        "slug",
      ],
      [{ title: "Ab", body: "Text" }, "TITLE_LENGTH", "title"],
      [{ title: "Tom text", body: "   " }, "BODY_EMPTY", "body"],
      [
        { title: "Okänt tema", body: "Text", themeIds: ["00000000-0000-0000-0000-000000000000"] },
        "NOT_FOUND",
        "themeIds",
      ],
    ];
    for (const [input, code, field] of cases) {
      const data = await api.query<Created>(create, { input }, coordinator);
      expect(data.createBlogPost, JSON.stringify(input)).toMatchObject({ code, field });
    }
    expect(await api.database.db.select().from(schema.blogPosts)).toEqual(before);
  });

  it("takes comments and replies under a published post, with the same moderation as themes", async () => {
    const post = await api.database.db.query.blogPosts.findFirst({
      where: { slug: "sammanfattning-av-tio-regeringsuppdrag" },
    });
    const postId = post?.id;
    const first = await api.query<{
      writeComment: { data?: { id: string; post: { slug: string } | null; theme: unknown } };
    }>(write, { input: { postId, body: "Bra sammanfattning av *alla* tio uppdragen." } }, member);
    expect(first.writeComment.data?.post?.slug).toBe("sammanfattning-av-tio-regeringsuppdrag");
    expect(first.writeComment.data?.theme).toBeNull();

    const thread = await api.query<{
      blogPost: { commentCount: number; comments: { id: string; bodyHtml: string }[] };
    }>(
      `{ blogPost(slug: "sammanfattning-av-tio-regeringsuppdrag") { commentCount comments { id bodyHtml } } }`,
      {},
      member,
    );
    expect(thread.blogPost.commentCount).toBe(1);
    expect(thread.blogPost.comments[0]?.bodyHtml).toContain("<em>alla</em>");

    // A moderator locks the comments: no one writes more until unlocked.
    await api.query(
      `mutation ($id: ID!) { lockBlogPost(postId: $id, locked: true) { __typename } }`,
      { id: postId },
      moderator,
    );
    await api.database.db
      .update(schema.comments)
      .set({ createdAt: new Date(Date.now() - 3600_000) });
    const locked = await api.query<{ writeComment: { code?: string; field?: string } }>(
      write,
      { input: { postId, body: "Ett svar till", parentId: first.writeComment.data?.id } },
      member,
    );
    expect(locked.writeComment).toMatchObject({ code: "THREAD_LOCKED", field: "postId" });
    await api.query(
      `mutation ($id: ID!) { lockBlogPost(postId: $id, locked: false) { __typename } }`,
      { id: postId },
      moderator,
    );

    // The personal identity number guard holds here as well.
    const refused = await api.query<{ writeComment: { code?: string } }>(
      write,
      { input: { postId, body: "Gäller 19811218-9876" } },
      member,
    );
    expect(refused.writeComment.code).toBe("PERSONAL_DATA");

    // A draft takes no comments; naming both a theme and a post is refused.
    const [draft] = await api.database.db
      .insert(schema.blogPosts)
      .values({ slug: "ett-utkast", title: "Ett utkast", body: "Text" })
      .returning();
    const onDraft = await api.query<{ writeComment: { code?: string } }>(
      write,
      { input: { postId: draft?.id, body: "Kommentar på utkast" } },
      member,
    );
    expect(onDraft.writeComment.code).toBe("NOT_FOUND");
    const theme = await api.database.db.query.themes.findFirst({ where: { status: "open" } });
    const both = await api.query<{ writeComment: { code?: string } }>(
      write,
      { input: { postId, themeId: theme?.id, body: "Båda på en gång" } },
      member,
    );
    expect(both.writeComment.code).toBe("THREAD_REQUIRED");
  });

  it("stores a post's HTML when it is written and edited, and answers the stored HTML", async () => {
    const storedHtml = async (id: string | undefined) =>
      (await api.database.db.query.blogPosts.findFirst({ where: { id } }))?.bodyHtml;
    const created = await api.query<Created>(
      create,
      {
        input: {
          title: "Barnets röst i utredningen",
          body: "Barnets **röst** ska höras.",
          publishNow: true,
        },
      },
      coordinator,
    );
    const id = created.createBlogPost.data?.id;
    expect(await storedHtml(id)).toBe("<p>Barnets <strong>röst</strong> ska höras.</p>\n");

    await api.query(
      update,
      {
        id,
        input: {
          title: "Barnets röst i utredningen",
          slug: "barnets-rost-i-utredningen",
          body: "Barnets röst ska *alltid* höras.",
          publishNow: true,
        },
      },
      coordinator,
    );
    expect(await storedHtml(id)).toBe("<p>Barnets röst ska <em>alltid</em> höras.</p>\n");

    // HTML that rendering the body would never give: the answers can only have read it.
    const stored = "<p>Lagrad <strong>HTML</strong></p>\n";
    await api.database.db
      .update(schema.blogPosts)
      .set({ bodyHtml: stored })
      .where(eq(schema.blogPosts.id, id ?? ""));
    const one = await api.query<{ blogPost: { bodyHtml: string } }>(
      `{ blogPost(slug: "barnets-rost-i-utredningen") { bodyHtml } }`,
      {},
      null,
    );
    expect(one.blogPost.bodyHtml).toBe(stored);
    const page = await api.query<{
      blogPostsConnection: { nodes: { slug: string; bodyHtml: string }[] };
    }>(`{ blogPostsConnection(first: 50) { nodes { slug bodyHtml } } }`, {}, member);
    expect(
      page.blogPostsConnection.nodes.find((p) => p.slug === "barnets-rost-i-utredningen")?.bodyHtml,
    ).toBe(stored);
    const feed = await blogAtomFeed(api.database, "https://kraftsamling.example.se/");
    expect(feed).toContain("&lt;p&gt;Lagrad &lt;strong&gt;HTML&lt;/strong&gt;&lt;/p&gt;");
  });

  it("renders the HTML of posts without it when read, writing nothing, and stores it at start-up", async () => {
    // Written by a tool that does not render, an hour apart: the newer first on the page.
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
    await api.database.db.insert(schema.blogPosts).values([
      {
        slug: "utan-html-ett",
        title: "Utan html ett",
        body: "Först *ett*.",
        publishedAt: hoursAgo(2),
      },
      {
        slug: "utan-html-tva",
        title: "Utan html två",
        body: "Sedan **två**.",
        publishedAt: hoursAgo(1),
      },
    ]);
    const htmlOf = async () =>
      (
        await api.query<{ blogPostsConnection: { nodes: { slug: string; bodyHtml: string }[] } }>(
          `{ blogPostsConnection(first: 50) { nodes { slug bodyHtml } } }`,
          {},
          null,
        )
      ).blogPostsConnection.nodes.filter((p) => p.slug.startsWith("utan-html-"));
    const storedHtml = () =>
      api.database.db.query.blogPosts.findMany({
        where: { slug: { in: ["utan-html-ett", "utan-html-tva"] } },
        columns: { slug: true, bodyHtml: true },
        orderBy: { slug: "asc" },
      });
    const writes = () => api.statements.filter((s) => /update\s+blog_posts/i.test(s));
    const answered = [
      { slug: "utan-html-tva", bodyHtml: "<p>Sedan <strong>två</strong>.</p>\n" },
      { slug: "utan-html-ett", bodyHtml: "<p>Först <em>ett</em>.</p>\n" },
    ];

    api.clearStatements();
    expect(await htmlOf()).toEqual(answered);
    const feed = await blogAtomFeed(api.database, "https://kraftsamling.example.se/");
    expect(feed).toContain("&lt;p&gt;Sedan &lt;strong&gt;två&lt;/strong&gt;.&lt;/p&gt;");
    expect(writes()).toHaveLength(0);
    expect((await storedHtml()).map((row) => row.bodyHtml)).toEqual([null, null]);

    // What start-up does: these two (and the seeded posts, which the seed cannot render) stored in
    // one statement, and a second run finds nothing to do.
    expect(await renderMissingPostHtml(api.database.db)).toBeGreaterThanOrEqual(2);
    expect(await storedHtml()).toEqual([...answered].reverse());
    expect(await renderMissingPostHtml(api.database.db)).toBe(0);
    expect(await htmlOf()).toEqual(answered);
  });

  it("publishes an Atom feed of the published posts that an XML parser reads", async () => {
    const feed = await blogAtomFeed(api.database, "https://kraftsamling.example.se/");
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed) as {
      feed: {
        "@_xmlns": string;
        id: string;
        updated: string;
        entry: {
          id: string;
          title: string;
          link: { "@_href": string };
          content: { "#text": string; "@_type": string };
          published: string;
        }[];
      };
    };
    expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = parsed.feed.entry;
    const titles = entries.map((e) => e.title);
    expect(titles).toContain("Sammanfattning av tio regeringsuppdrag");
    expect(titles).not.toContain("Inför konferensen i Luleå");
    expect(titles).not.toContain("Ett utkast");
    const seed = entries.find((e) => e.title === "Sammanfattning av tio regeringsuppdrag");
    expect(seed?.link["@_href"]).toBe(
      "https://kraftsamling.example.se/blogg/sammanfattning-av-tio-regeringsuppdrag",
    );
    expect(seed?.content["@_type"]).toBe("html");
    expect(seed?.content["#text"]).toContain("<strong>1. Finansiering");
    expect(Number.isNaN(Date.parse(parsed.feed.updated))).toBe(false);
  });
});
