import { schema as tables } from "@kraftsamling/db";
import { getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { isConnectionField } from "../src/input-guard";
import { schema } from "../src/schema";
import { withoutMark } from "../src/shared/list-cursors";
import { type TestApi, testApi } from "./support";

interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const pageFields = (node: string) =>
  `totalCount nodes { ${node} } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

describe("meetings, the blog and the commitments as connections", () => {
  let api: TestApi;
  let office: Viewer;
  let member: Viewer;

  /** Every item of a connection, a page of `size` at a time, forwards. */
  async function walk<T extends { id: string }>(
    field: string,
    args: string,
    node: string,
    size: number,
    viewer: Viewer | null = null,
  ): Promise<{ ids: string[]; totalCount: number; nodes: T[] }> {
    const ids: string[] = [];
    const nodes: T[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let guard = 0; guard < 100; guard++) {
      const answer: Record<string, Page<T>> = await api.query(
        `query ($after: String) { page: ${field}(${args}${args ? ", " : ""}first: ${size}, after: $after) { ${pageFields(node)} } }`,
        { after },
        viewer,
      );
      const page = answer.page as Page<T>;
      totalCount = page.totalCount;
      ids.push(...page.nodes.map((n) => n.id));
      nodes.push(...page.nodes);
      expect(page.edges.map((e) => e.node.id)).toEqual(page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, totalCount, nodes };
  }

  beforeAll(async () => {
    api = await testApi({ today: new Date("2026-11-23T12:00:00Z") });
    office = await api.viewer("samordnare@kraftsamling.example");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const author = await api.database.db.query.people.findFirst({
      where: { email: "samordnare@kraftsamling.example" },
    });
    const now = api.services.clock.now().getTime();
    await api.database.db.insert(tables.blogPosts).values([
      { slug: "ett-utkast", title: "Ett utkast", body: "Inte klart.", authorId: author?.id },
      {
        slug: "schemalagt",
        title: "Schemalagt",
        body: "Kommer sen.",
        authorId: author?.id,
        publishedAt: new Date(now + 7 * 24 * 3600_000),
      },
      ...Array.from({ length: 5 }, (_, i) => ({
        slug: `publicerat-${i}`,
        title: `Publicerat ${i}`,
        body: "Klart.",
        authorId: author?.id,
        // Two posts share their publication time: the id keeps them apart.
        publishedAt: new Date(now - (i < 2 ? 1 : i) * 3600_000),
      })),
    ]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it("pages through the meetings in the order of the plain list, for every period", async () => {
    for (const period of ["ALL", "UPCOMING", "PAST"]) {
      const plain = await api.query<{ meetings: { id: string }[] }>(
        `{ meetings(period: ${period}) { id } }`,
      );
      const paged = await walk<{ id: string }>("meetingsConnection", `period: ${period}`, "id", 3);
      expect(paged.ids, period).toEqual(plain.meetings.map((m) => m.id));
      expect(paged.totalCount, period).toBe(plain.meetings.length);
    }
    const seminars = await walk<{ id: string }>("meetingsConnection", "kinds: [SEMINAR]", "id", 50);
    expect(seminars.ids.length).toBeGreaterThan(0);
  });

  it("pages back through the meetings from the last page", async () => {
    const all = await walk<{ id: string }>("meetingsConnection", "", "id", 100);
    const last = await api.query<{ meetingsConnection: Page<{ id: string }> }>(
      `{ meetingsConnection(last: 2) { ${pageFields("id")} } }`,
    );
    expect(last.meetingsConnection.nodes.map((n) => n.id)).toEqual(all.ids.slice(-2));
    const before = await api.query<{ meetingsConnection: Page<{ id: string }> }>(
      `query ($before: String) { meetingsConnection(last: 2, before: $before) { ${pageFields("id")} } }`,
      { before: last.meetingsConnection.pageInfo.startCursor },
    );
    expect(before.meetingsConnection.nodes.map((n) => n.id)).toEqual(all.ids.slice(-4, -2));
  });

  it("shows anonymous callers no draft and no online link; the coordinator drafts when asked", async () => {
    type M = { id: string; status: string; onlineUrl: string | null };
    const anonymous = await walk<M>("meetingsConnection", "", "id status onlineUrl", 100);
    expect(anonymous.nodes.some((m) => m.status === "DRAFT")).toBe(false);
    expect(anonymous.nodes.every((m) => m.onlineUrl === null)).toBe(true);
    const asked = await walk<M>(
      "meetingsConnection",
      "statuses: [DRAFT]",
      "id status onlineUrl",
      100,
    );
    expect(asked.ids).toEqual([]);
    expect(asked.totalCount).toBe(0);
    const drafts = await walk<M>(
      "meetingsConnection",
      "statuses: [DRAFT]",
      "id status onlineUrl",
      100,
      office,
    );
    expect(drafts.nodes.every((m) => m.status === "DRAFT")).toBe(true);
  });

  it("refuses a month that cannot be one, naming it", async () => {
    const result = await api.execute(`{ meetingsConnection(month: "juni") { totalCount } }`);
    expect(result.errors?.[0]?.message).toContain(
      'month must be a month written YYYY-MM, got "juni"',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through the published blog posts, newest first, never drafts or scheduled posts for anyone but the coordinator", async () => {
    type P = { id: string; slug: string; publishedAt: string | null };
    const plain = await api.query<{ blogPosts: { id: string }[] }>(`{ blogPosts { id } }`);
    for (const viewer of [null, member]) {
      const posts = await walk<P>("blogPostsConnection", "", "id slug publishedAt", 2, viewer);
      const slugs = posts.nodes.map((p) => p.slug);
      expect(slugs).not.toContain("ett-utkast");
      expect(slugs).not.toContain("schemalagt");
      expect(slugs).toEqual(expect.arrayContaining(["publicerat-0", "publicerat-4"]));
      expect(posts.ids).toEqual(plain.blogPosts.map((p) => p.id));
      expect(posts.totalCount).toBe(plain.blogPosts.length);
      const times = posts.nodes.map((p) => p.publishedAt ?? "");
      expect(times).toEqual([...times].sort().reverse());
    }
    const all = await walk<P>("blogPostsConnection", "", "id slug publishedAt", 2, office);
    expect(all.nodes.slice(0, 2).map((p) => p.slug)).toEqual(["ett-utkast", "schemalagt"]);
    expect(all.totalCount).toBe(plain.blogPosts.length + 2);
    const anonymousCount = await api.query<{ blogPostsConnection: { totalCount: number } }>(
      `{ blogPostsConnection { totalCount } }`,
    );
    expect(anonymousCount.blogPostsConnection.totalCount).toBe(plain.blogPosts.length);
    // A cursor holds the post's time of publication and its id; when a post was written (a
    // draft begun) only in the coordinator's.
    const heldBy = async (viewer: Viewer | null) => {
      const { blogPostsConnection } = await api.query<{
        blogPostsConnection: { pageInfo: { endCursor: string } };
      }>(`{ blogPostsConnection(first: 1) { pageInfo { endCursor } } }`, {}, viewer);
      const text = Buffer.from(withoutMark(blogPostsConnection.pageInfo.endCursor), "base64");
      return JSON.parse(text.toString("utf8").replace(/^DC:T:/, "")) as string[];
    };
    for (const viewer of [null, member]) expect(await heldBy(viewer)).toHaveLength(2);
    expect(await heldBy(office)).toHaveLength(3);
  });

  it("lists a theme's blog posts only under that theme", async () => {
    const theme = await api.database.db.query.themes.findFirst({ orderBy: { slug: "asc" } });
    const post = await api.database.db.query.blogPosts.findFirst({
      where: { slug: "publicerat-3" },
    });
    if (!theme || !post) throw new Error("no theme or post");
    await api.database.db
      .insert(tables.blogPostThemes)
      .values({ postId: post.id, themeId: theme.id });
    const plain = await api.query<{ blogPosts: { id: string }[] }>(
      `{ blogPosts(themeSlug: "${theme.slug}") { id } }`,
    );
    const paged = await walk<{ id: string }>(
      "blogPostsConnection",
      `themeSlug: "${theme.slug}"`,
      "id",
      1,
    );
    expect(paged.ids).toContain(post.id);
    expect(paged.ids).toEqual(plain.blogPosts.map((p) => p.id));
    const none = await walk<{ id: string }>("blogPostsConnection", `themeSlug: "ingen"`, "id", 5);
    expect(none.ids).toEqual([]);
  });

  it("pages through the commitments in their sources' order, with the filters of the plain list", async () => {
    for (const filter of ["{}", "{ kinds: [PROPOSAL] }", "{ statuses: [UNDER_WAY, DONE] }"]) {
      const plain = await api.query<{ commitments: { id: string }[]; commitmentCount: number }>(
        `{ commitments(filter: ${filter}, limit: 100) { id } commitmentCount(filter: ${filter}) }`,
      );
      const paged = await walk<{ id: string }>(
        "commitmentsConnection",
        `filter: ${filter}`,
        "id",
        7,
      );
      expect(paged.ids, filter).toEqual(plain.commitments.map((c) => c.id));
      expect(paged.totalCount, filter).toBe(plain.commitmentCount);
    }
  });

  it("refuses a negative first or last on every connection, whatever the query selects of it", async () => {
    const slugOf = async (query: string) =>
      Object.values(
        await api.query<Record<string, { nodes: { slug: string }[] }>>(query, {}, office),
      )[0]?.nodes[0]?.slug;
    const theme = await api.database.db.query.themes.findFirst({ orderBy: { slug: "asc" } });
    // Where each type's connections are read from: a root field, or an object one names.
    const parents: Record<string, string> = {
      Query: "",
      Theme: `theme(slug: "${theme?.slug}")`,
      BlogPost: `blogPost(slug: "${await slugOf("{ p: blogPostsConnection(first: 1) { nodes { slug } } }")}")`,
      Meeting: `meeting(slug: "${await slugOf("{ p: meetingsConnection(first: 1) { nodes { slug } } }")}")`,
      Organisation: `organisation(slug: "${await slugOf("{ p: organisationsConnection(first: 1) { nodes { slug } } }")}")`,
    };
    const requiredArgs: Record<string, string> = { "Query.searchConnection": `text: "barn"` };
    // Every connection of the schema, known by its arguments, so that a new one is checked too.
    const connections = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith("__"))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => isConnectionField(field.args.map((arg) => arg.name)))
          .map((field) => ({ type: type.name, field })),
      );
    expect(connections.length).toBeGreaterThanOrEqual(19);
    for (const { type, field } of connections) {
      const name = `${type}.${field.name}`;
      const parent = parents[type];
      expect(parent, `${name}: a parent to read it from`).toBeDefined();
      const connectionType = getNamedType(field.type);
      const counted = isObjectType(connectionType) && "totalCount" in connectionType.getFields();
      const selections = [
        ...(counted ? ["totalCount"] : []),
        "__typename",
        "pageInfo { hasNextPage }",
        "edges { cursor }",
        "nodes { __typename }",
      ];
      for (const size of ["first", "last"]) {
        for (const selection of selections) {
          const args = [requiredArgs[name], `${size}: -5`].filter(Boolean).join(", ");
          const inner = `${field.name}(${args}) { ${selection} }`;
          const { errors } = await api.execute(
            parent ? `{ parent: ${parent} { ${inner} } }` : `{ ${inner} }`,
            {},
            office,
          );
          expect(
            errors?.map((error) => [error.message, error.extensions?.code]),
            `${name}(${size}: -5) { ${selection} }`,
          ).toEqual([[`Argument "${size}" must be a non-negative integer`, "BAD_USER_INPUT"]]);
        }
      }
    }
  });
});
