import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApi, testApi } from "./support";

/** Columns of `people` that no answer about a comment's author may read. */
const secretColumns = ["password_hash", "email", "notification_mail"];

describe("the SQL of a thread", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("reads only the columns of the authors that the answer shows, never a password hash or an e-mail address", async () => {
    const member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const theme = await api.database.db.query.themes.findFirst();
    await api.query(
      `mutation ($themeId: ID!) { writeComment(input: { themeId: $themeId, body: "Vi behöver fler handläggare." }) { __typename } }`,
      { themeId: theme?.id },
      member,
    );
    api.clearStatements();
    const data = await api.query<{
      theme: { comments: { author: { id: string; name: string; title: string | null } | null }[] };
    }>(
      `query ($slug: String!) { theme(slug: $slug) { title comments { id body bodyHtml depth parentId createdAt author { id name title } } } }`,
      { slug: theme?.slug },
      member,
    );
    expect(data.theme.comments.map((c) => c.author?.name)).toContain(member.name);
    const statements = api.statements.join("\n");
    expect(statements).toContain('"people"');
    for (const column of secretColumns) expect(statements).not.toContain(`"${column}"`);
  });

  it("reads no token hash for a person's sessions or a sender's invitations", async () => {
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    api.clearStatements();
    await api.query(
      `{ mySessions { id current userAgent } invitations { id email invitedBy { name } } }`,
      {},
      coordinator,
    );
    const statements = api.statements.join("\n");
    expect(statements).toContain('"sessions"');
    expect(statements).not.toContain('"token_hash"');
    expect(statements).not.toContain('"password_hash"');
  });
});
