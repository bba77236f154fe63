import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import { openDatabase } from "@kraftsamling/db";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { launchBrowser } from "./browser";

/** The demo people's password (packages/db's demo seed). */
const demoPassword = "kraftsamling-demo";
const reader = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
const writer = { email: "admin.ssr@kraftsamling.example", name: "Sara Lund" };
const moderator = { email: "moderator@kraftsamling.example", name: "Jonas Ek" };
const theme = { slug: "barnets-basta-och-delaktighet", title: "Barnets bästa och delaktighet" };

const first = "Vi har börjat fråga barnen själva vad som gjorde skillnad för dem.";
const edited = "Vi har börjat fråga barnen själva, efteråt, vad som gjorde skillnad för dem.";
const second = "Kom ihåg att också fråga de barn som inte själva söker kontakt.";
const reply = "Det gör vi genom skolkuratorerna, som känner barnen.";
const hideReason = "Kommentaren tas om hand av moderatorerna.";

/**
 * One member keeps a theme's thread open while others write, agree, edit and hide through the API:
 * the page shows each change from its live update alone, and asks for the thread only once.
 */
describe("a thread kept up to date in place, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let themeId: string;
  let asWriter: Request;
  let asModerator: Request;
  /** The operation name of every GraphQL request the page sent over HTTP, in order. */
  const operations: string[] = [];
  const threadQueries = () => operations.filter((name) => name === "Discussion_ThemeThread").length;

  const url = (path: string) => new URL(path, server.url).toString();
  const articleWith = (text: string) => page.getByRole("article").filter({ hasText: text });

  async function write(request: Request, body: string): Promise<string> {
    const { writeComment } = await request<{
      writeComment: { __typename: string; data?: { id: string } };
    }>(
      `mutation ($input: WriteCommentInput!) {
        writeComment(input: $input) {
          __typename
          ... on MutationWriteCommentSuccess { data { id } }
        }
      }`,
      { input: { themeId, body } },
    );
    if (!writeComment.data) throw new Error(`the comment was refused: ${writeComment.__typename}`);
    return writeComment.data.id;
  }

  async function expectSuccess(answer: Record<string, { __typename: string }>) {
    for (const [field, value] of Object.entries(answer))
      expect(value.__typename, field).toMatch(/Success$/);
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("opens the thread once, signed in, with its live updates", async () => {
    context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("request", (request) => {
      if (request.method() !== "POST" || new URL(request.url()).pathname !== "/graphql") return;
      const body = request.postDataJSON() as { operationName?: string } | null;
      operations.push(body?.operationName ?? "(unnamed)");
    });
    /** The page asks the server for the thread's live updates over its WebSocket. */
    const subscribed = new Promise<void>((resolve) => {
      page.on("websocket", (socket) =>
        socket.on("framesent", (frame) => {
          if (typeof frame.payload === "string" && frame.payload.includes("Discussion_Activity"))
            resolve();
        }),
      );
    });

    await page.goto(url(`teman/${theme.slug}`));
    await page.getByRole("heading", { name: theme.title, level: 1 }).waitFor();
    await page.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await page.getByLabel("E-postadress").fill(reader.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { name: "Skriv en kommentar" }).waitFor();
    await page.getByText("Ingen har skrivit något ännu.").waitFor();
    await subscribed;
    expect(threadQueries()).toBe(1);

    // The others sign in after the page has subscribed: the server has its subscription by then.
    asWriter = await signedInClient(server.url, writer.email, demoPassword);
    asModerator = await signedInClient(server.url, moderator.email, demoPassword);
    const { theme: found } = await asWriter<{ theme: { id: string } }>(
      `query ($slug: String!) { theme(slug: $slug) { id } }`,
      { slug: theme.slug },
    );
    themeId = found.id;
  });

  it("shows another's new comment, an agreement, an edit and a hide without asking again", async () => {
    const firstId = await write(asWriter, first);
    const firstArticle = articleWith(first);
    await firstArticle.getByRole("heading", { name: writer.name }).waitFor();
    await page.getByText("1 kommentar").waitFor();

    await write(asModerator, second);
    await articleWith(second).getByRole("heading", { name: moderator.name }).waitFor();
    await page.getByText("2 kommentarer").waitFor();

    await expectSuccess(
      await asModerator(
        `mutation ($id: ID!) { agreeWithComment(id: $id, agree: true) { __typename } }`,
        { id: firstId },
      ),
    );
    const agree = firstArticle.getByRole("button", { name: "Håller med (1)" });
    await agree.waitFor();
    expect(await agree.getAttribute("aria-pressed")).toBe("false");

    await expectSuccess(
      await asWriter(
        `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { __typename } }`,
        { id: firstId, body: edited },
      ),
    );
    const editedArticle = articleWith(edited);
    await editedArticle.getByText("redigerad").waitFor();
    await editedArticle.getByText("Visa den tidigare lydelsen").waitFor();
    expect(await editedArticle.getByRole("button", { name: "Håller med (1)" }).count()).toBe(1);

    await expectSuccess(
      await asModerator(
        `mutation ($id: ID!, $reason: String!) { hideComment(id: $id, reason: $reason) { __typename } }`,
        { id: firstId, reason: hideReason },
      ),
    );
    await page
      .getByRole("article", { name: "Dold kommentar" })
      .getByText("Kommentaren är dold. Svaren på den finns kvar.")
      .waitFor();
    expect(await page.getByText(edited).count()).toBe(0);
    expect(await page.getByText(writer.name).count()).toBe(0);

    expect(threadQueries()).toBe(1);
  });

  it("shows the member's own reply from the mutation's answer, without asking for the thread", async () => {
    const secondArticle = articleWith(second);
    await secondArticle.getByRole("button", { name: "Svara" }).click();
    await page.getByLabel(`Ditt svar till ${moderator.name}`).fill(reply);
    await page.getByRole("button", { name: "Skicka svaret" }).click();
    await secondArticle.getByText("Svaret är publicerat.").waitFor();
    const answer = page.getByRole("article", { name: reader.name });
    await answer.getByText(reply).waitFor();
    await page.getByRole("heading", { name: reader.name, level: 4 }).waitFor();
    await page.getByText("3 kommentarer").waitFor();
    // The reply sits under the comment it answers.
    const parentItem = page.locator(".thread > li").filter({ has: secondArticle });
    expect(await parentItem.getByText(reply).count()).toBe(1);

    expect(threadQueries()).toBe(1);
    expect(operations.filter((name) => name === "CommentForm_Write")).toHaveLength(1);
    console.info(`GraphQL requests over HTTP from the page: ${operations.join(", ")}`);
  });
});

/**
 * A thread longer than a page: live updates reach the loaded page, and what lies beyond it shows in
 * how many comments remain, until the person asks for them.
 */
describe("a long thread kept up to date while its end is not loaded, in a browser", () => {
  const dataDir = demoDataFolder();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const operations: string[] = [];
  const count = (name: string) => operations.filter((n) => n === name).length;
  const articleWith = (text: string) => page.getByRole("article").filter({ hasText: text });
  const stop = async () => {
    server.child.kill("SIGTERM");
    await server.exited;
  };

  beforeAll(async () => {
    const port = String(await freePort());
    server = await startServer({ DATA_DIR: dataDir, PORT: port });
    await stop();
    // 60 comments written straight into the database: the API lets one person write one per ten seconds.
    const database = await openDatabase({ dataDir });
    const client = (
      database.db as unknown as {
        $client: { query(text: string, values?: unknown[]): Promise<unknown> };
      }
    ).$client;
    await client.query(
      `insert into comments (theme_id, author_id, body, created_at)
       select t.id, p.id, 'Tidigare inlägg ' || n || ' om skolans roll.',
         timestamptz '2026-01-05T08:00:00Z' + n * interval '1 minute'
       from themes t, people p, generate_series(1, 60) as n
       where t.slug = $1 and p.email = $2`,
      [theme.slug, moderator.email],
    );
    await database.close();
    server = await startServer({ DATA_DIR: dataDir, PORT: port });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (server) await stop();
  });

  it("counts another's new comment among those left, shows one's own reply and an edit at once, and the rest on request", async () => {
    context = await browser.newContext({ locale: "sv-SE", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("request", (request) => {
      if (request.method() !== "POST" || new URL(request.url()).pathname !== "/graphql") return;
      const body = request.postDataJSON() as { operationName?: string } | null;
      operations.push(body?.operationName ?? "(unnamed)");
    });
    const subscribed = new Promise<void>((resolve) => {
      page.on("websocket", (socket) =>
        socket.on("framesent", (frame) => {
          if (typeof frame.payload === "string" && frame.payload.includes("Discussion_Activity"))
            resolve();
        }),
      );
    });
    await page.goto(new URL(`teman/${theme.slug}`, server.url).toString());
    await page.getByRole("heading", { name: theme.title, level: 1 }).waitFor();
    await page.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await page.getByLabel("E-postadress").fill(reader.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { name: "Skriv en kommentar" }).waitFor();
    await page.getByText("60 kommentarer").waitFor();
    await subscribed;
    const more = page.getByRole("button", { name: /^Visa fler kommentarer/ });
    expect(await more.textContent()).toBe("Visa fler kommentarer (10 kvar)");

    const asWriter = await signedInClient(server.url, writer.email, demoPassword);
    const asModerator = await signedInClient(server.url, moderator.email, demoPassword);
    const { theme: found } = await asWriter<{ theme: { id: string } }>(
      `query ($slug: String!) { theme(slug: $slug) { id } }`,
      { slug: theme.slug },
    );
    await asWriter(
      `mutation ($input: WriteCommentInput!) { writeComment(input: $input) { __typename } }`,
      { input: { themeId: found.id, body: second } },
    );
    // Past the loaded page: it is counted, not shown.
    await page.getByRole("button", { name: "Visa fler kommentarer (11 kvar)" }).waitFor();
    await page.getByText("61 kommentarer").waitFor();
    expect(await page.getByText(second).count()).toBe(0);

    // An edit of a comment on the loaded page shows in place.
    const { theme: listed } = await asModerator<{
      theme: { commentsConnection: { nodes: { id: string; body: string }[] } };
    }>(
      `query ($slug: String!) { theme(slug: $slug) { commentsConnection(first: 1) { nodes { id body } } } }`,
      { slug: theme.slug },
    );
    const firstComment = listed.commentsConnection.nodes[0];
    await asModerator(
      `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { __typename } }`,
      { id: firstComment?.id, body: edited },
    );
    await articleWith(edited).getByText("redigerad").waitFor();

    // One's own reply to a loaded comment shows at once, under it.
    const parent = articleWith("Tidigare inlägg 3 om skolans roll.");
    await parent.getByRole("button", { name: "Svara" }).click();
    await page.getByLabel(`Ditt svar till ${moderator.name}`).fill(reply);
    await page.getByRole("button", { name: "Skicka svaret" }).click();
    await page.getByRole("article", { name: reader.name }).getByText(reply).waitFor();
    await page.getByText("62 kommentarer").waitFor();
    expect(
      await page.getByRole("button", { name: "Visa fler kommentarer (11 kvar)" }).count(),
    ).toBe(1);

    await page.getByRole("button", { name: "Visa fler kommentarer (11 kvar)" }).click();
    await articleWith(second).waitFor();
    expect(await page.getByText(reply).count()).toBe(1);
    expect(await more.count()).toBe(0);
    expect(await page.getByRole("article").filter({ hasText: "Tidigare inlägg" }).count()).toBe(60);

    expect(count("Discussion_ThemeThread")).toBe(1);
    expect(count("Discussion_ThemeThreadMore")).toBe(1);
  });
});
