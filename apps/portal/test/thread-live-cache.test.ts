import { freePort, type RunningServer, startServer, tempFolder } from "@kraftsamling/api/testing";
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
    server = await startServer({ DATA_DIR: tempFolder(), PORT: String(await freePort()) });
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
