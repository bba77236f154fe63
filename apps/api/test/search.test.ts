import { schema } from "@kraftsamling/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

type Hit = { kind: string; themeSlug: string; commentId: string | null; snippet: string };
const searchQuery = `query ($text: String!) { search(text: $text) { kind themeSlug commentId snippet } }`;

describe("Swedish full-text search", () => {
  let api: TestApi;
  let member: Viewer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await testApi();
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const theme = await api.database.db.query.themes.findFirst({ where: { status: "open" } });
    const texts = {
      inflected: "Många socialsekreterare slutar inom två år.",
      other: "Familjehemmen behöver mer stöd.",
      markup: "Barnens röst <script>alert(1)</script> måste höras i utredningen.",
    };
    for (const [key, body] of Object.entries(texts)) {
      const [row] = await api.database.db
        .insert(schema.comments)
        .values({ themeId: theme?.id ?? "", authorId: member.personId, body })
        .returning({ id: schema.comments.id });
      ids[key] = row?.id ?? "";
    }
    const [gone] = await api.database.db
      .insert(schema.comments)
      .values({
        themeId: theme?.id ?? "",
        authorId: member.personId,
        body: "Borttagen om socialsekreterarnas arbetsmiljö.",
        deletedAt: new Date(),
      })
      .returning({ id: schema.comments.id });
    ids.deleted = gone?.id ?? "";
    const [hidden] = await api.database.db
      .insert(schema.comments)
      .values({
        themeId: theme?.id ?? "",
        authorId: member.personId,
        body: "Dold om socialsekreterarnas löner.",
        hiddenAt: new Date(),
        hiddenBy: "reports",
      })
      .returning({ id: schema.comments.id });
    ids.hidden = hidden?.id ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  it("finds a comment that uses another form of the word, with the word marked", async () => {
    const { search } = await api.query<{ search: Hit[] }>(
      searchQuery,
      { text: "socialsekreterarna" },
      member,
    );
    const hit = search.find((h) => h.commentId === ids.inflected);
    expect(hit?.kind).toBe("COMMENT");
    expect(hit?.snippet).toContain("<mark>socialsekreterare</mark>");
    expect(search.map((h) => h.commentId)).not.toContain(ids.other);
    expect(search.map((h) => h.commentId)).not.toContain(ids.deleted);
    expect(search.map((h) => h.commentId)).not.toContain(ids.hidden);
  });

  it("finds themes by their title and description", async () => {
    const { search } = await api.query<{ search: Hit[] }>(searchQuery, { text: "nivåer" });
    expect(search.map((h) => h.themeSlug)).toContain("samverkan-mellan-nivaer");
    expect(search.every((h) => h.kind === "THEME")).toBe(true);
  });

  it("shows comments only to signed-in people", async () => {
    const { search } = await api.query<{ search: Hit[] }>(searchQuery, { text: "familjehemmens" });
    expect(search.filter((h) => h.kind === "COMMENT")).toEqual([]);
    const signedIn = await api.query<{ search: Hit[] }>(
      searchQuery,
      { text: "familjehemmens" },
      member,
    );
    expect(signedIn.search.map((h) => h.commentId)).toContain(ids.other);
  });

  it("escapes the text, so a snippet carries no markup but the marks", async () => {
    const { search } = await api.query<{ search: Hit[] }>(
      searchQuery,
      { text: "utredningar" },
      member,
    );
    const hit = search.find((h) => h.commentId === ids.markup);
    expect(hit?.snippet).toContain("&lt;script&gt;");
    expect(hit?.snippet).not.toContain("<script>");
  });

  it("refuses a search of one character", async () => {
    const { errors } = await api.execute(searchQuery, { text: "a" });
    expect(errors?.[0]).toMatchObject({
      message: "Search for 2 to 200 characters.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
