import { createServer } from "node:http";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import { curlCommand, curlExamples, graphqlExamples, openDatasets } from "@kraftsamling/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo } from "./fixtures";

describe("the developer page and GraphiQL, in browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();
  const origin = () => new URL(server.url).origin;

  /** Every address the page asks for from now on. */
  function requests(page: Page): string[] {
    const seen: string[] = [];
    page.on("request", (request) => {
      seen.push(request.url());
    });
    return seen;
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await contexts.closeAll();
    await browser?.close();
    if (server?.child.exitCode === null) server.child.kill("SIGTERM");
  });

  it("shows the examples, the datasets and their columns, from the footer's link", async () => {
    const page = await contexts.freshPage();
    const asked = requests(page);
    await page.goto(url("/"));
    await page.getByRole("link", { name: "För utvecklare: API och öppna data" }).click();
    await page
      .getByRole("heading", { level: 1, name: "För utvecklare: API och öppna data" })
      .waitFor();
    await page.getByText("direkt från webbläsaren (CORS)", { exact: false }).waitFor();
    const code = await page.locator("pre code").allTextContents();
    for (const example of graphqlExamples) expect(code).toContain(example.query);
    for (const example of curlExamples) expect(code).toContain(curlCommand(example, origin()));
    for (const dataset of openDatasets) {
      const columns = page
        .getByRole("table", { name: "Kolumner" })
        .nth(openDatasets.indexOf(dataset));
      for (const column of dataset.columns) {
        await expect.poll(() => columns.textContent()).toContain(column.csv);
      }
    }
    await expect
      .poll(() => page.getByRole("link", { name: "CC0 1.0 Universal" }).getAttribute("href"))
      .toBe("https://creativecommons.org/publicdomain/zero/1.0/");
    expect(
      await page.getByRole("link", { name: "Skaffa en API-nyckel" }).first().getAttribute("href"),
    ).toBe("/api-nyckel");
    expect(await accessibilityViolations(page)).toEqual([]);
    // GraphiQL is a chunk of its own, which the ordinary pages never load.
    expect(asked.filter((a) => /graphiql/i.test(a))).toEqual([]);
    expect(asked.filter((a) => !a.startsWith(origin()))).toEqual([]);
  });

  it("opens in English from a link that asks for it, and keeps that language", async () => {
    const page = await contexts.freshPage();
    await page.goto(url("/utvecklare?lang=en"));
    await page
      .getByRole("heading", { level: 1, name: "For developers: API and open data" })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.goto(url("/utvecklare"));
    await page
      .getByRole("heading", { level: 1, name: "For developers: API and open data" })
      .waitFor();
    await page.goto(url("/utvecklare?lang=sv"));
    await page
      .getByRole("heading", { level: 1, name: "För utvecklare: API och öppna data" })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
  });

  it("speaks the browser's language until the visitor chooses one: English, Swedish, or Swedish for neither", async () => {
    const heading = {
      en: "For developers: API and open data",
      sv: "För utvecklare: API och öppna data",
    };
    for (const [locale, language] of [
      ["en-GB", "en"],
      ["sv-FI", "sv"],
      ["de-DE", "sv"],
    ] as const) {
      const context = await browser.newContext({ locale });
      try {
        const page = await context.newPage();
        await page.goto(url("/utvecklare"));
        await page.getByRole("heading", { level: 1, name: heading[language] }).waitFor();
        expect(await page.locator("html").getAttribute("lang"), locale).toBe(language);
        if (language !== "en") continue;
        // A choice made with the switch outlasts the browser's language.
        await page.getByRole("button", { name: "Svenska" }).click();
        await page.locator("html[lang=sv]").waitFor();
        await page.goto(url("/utvecklare"));
        await page.getByRole("heading", { level: 1, name: heading.sv }).waitFor();
      } finally {
        await context.close();
      }
    }
  });

  it("runs the example query in GraphiQL, served from the portal alone", async () => {
    const page = await contexts.freshPage();
    const asked = requests(page);
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(url("/utvecklare"));
    await page.getByRole("link", { name: "Pröva frågorna i GraphiQL" }).click();
    await page.getByRole("heading", { level: 1, name: "GraphiQL" }).waitFor();
    await expect
      .poll(() => page.locator(".graphiql-query-editor").innerText())
      .toContain("query CountsByThemeAndGroup");
    // Its own stylesheet has come with it: the editor sits beside the answer.
    expect(
      await page.locator(".graphiql-container").evaluate((e) => getComputedStyle(e).display),
    ).toBe("flex");
    await page.getByRole("button", { name: /Execute query/ }).click();
    const answer = () => page.locator(".graphiql-response").innerText();
    await expect.poll(answer, { timeout: 15_000 }).toContain('"findingCounts"');
    expect(await answer()).toContain('"total"');
    expect(await answer()).not.toContain('"errors"');
    expect(asked.filter((a) => !a.startsWith(origin()) && !a.startsWith("data:"))).toEqual([]);
    expect(refused).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("sends a browser opening /graphql to GraphiQL", async () => {
    const page = await contexts.freshPage();
    await page.goto(url("/graphql"));
    await page.getByRole("heading", { level: 1, name: "GraphiQL" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/utvecklare/graphiql");
  });
  it("lets a page of another site read findings and a download, but not with the visitor's session", async () => {
    // A researcher's page on a site of its own (another port: another origin), opened by someone
    // signed in to the portal in the same browser.
    const otherSite = createServer((_req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end("<!doctype html><title>Forskningsprojekt</title><h1>Forskningsprojekt</h1>");
    });
    await new Promise<void>((resolve) => otherSite.listen(0, "127.0.0.1", resolve));
    try {
      const address = otherSite.address();
      if (!address || typeof address === "string") throw new Error("the other site has no port");
      const page = await contexts.signedInPage(server.url, demo.member.email, "/");
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.getByRole("heading", { name: "Forskningsprojekt" }).waitFor();
      const seen = await page.evaluate(async (api) => {
        const ask = (query: string, credentials: RequestCredentials) =>
          fetch(`${api}/graphql`, {
            method: "POST",
            credentials,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query }),
          });
        const findings = await ask(
          "{ findingsConnection(first: 3) { nodes { title } } me { email } }",
          "omit",
        );
        const body = (await findings.json()) as {
          data: { findingsConnection: { nodes: { title: string }[] }; me: unknown };
        };
        const download = await fetch(`${api}/open-data/findings.csv`);
        const csvHead = (await download.text()).split("\n")[0];
        let withSession = "answered";
        try {
          await ask("{ me { email } }", "include");
        } catch (error) {
          withSession = (error as Error).name;
        }
        return {
          titles: body.data.findingsConnection.nodes.map((n) => n.title),
          me: body.data.me,
          csvHead,
          withSession,
        };
      }, origin());
      expect(seen.titles).toHaveLength(3);
      // Anonymous: the page reads what anyone may, not who the visitor is.
      expect(seen.me).toBeNull();
      expect(seen.csvHead).toContain("rubrik");
      // A request carrying the visitor's cookie is refused by the browser: the answer allows any
      // site, so it may not carry anyone's session.
      expect(seen.withSession).toBe("TypeError");
    } finally {
      await new Promise((resolve) => otherSite.close(resolve));
    }
  });
});
