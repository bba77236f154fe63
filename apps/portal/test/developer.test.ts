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
import { browserContexts } from "./fixtures";

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
});
