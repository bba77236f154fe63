import {
  curlExamples,
  endCursorPlaceholder,
  graphqlExamples,
  themeIdPlaceholder,
} from "@kraftsamling/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../src/api-keys/service";
import { httpServer } from "./meetings-support";
import { type TestApi, testApi } from "./support";

/** The developer page's examples, run as a third party would run them, anonymously. */
describe("the developer page's examples", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  /** What the placeholders stand for, from the answers of the examples before. */
  const filled: Record<string, unknown> = {};
  /** A key as a reader gets one, for the example that sends it. */
  let key: string;

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    const reader = await api.viewer("observator@kraftsamling.example");
    key = (await createApiKey(api.database.db, reader, "Exemplen")).secret;
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const fill = (variables: Record<string, unknown> | undefined) =>
    Object.fromEntries(
      Object.entries(variables ?? {}).map(([name, value]) => [
        name,
        typeof value === "string" && value in filled ? filled[value] : value,
      ]),
    );

  it.each(
    graphqlExamples.map((e) => [e.name, e]),
  )("%s answers without errors", async (_name, example) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: example.query, variables: fill(example.variables) }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: unknown[];
    };
    expect(body.errors, example.name).toBeUndefined();
    expect(response.status).toBe(200);
    const data = body.data ?? {};
    if (example.name === "themes-and-counties") {
      // The themes of the demo findings in Stockholms län, so that the next example has pages.
      const themes = data.themes as { id: string }[];
      expect(themes.length).toBeGreaterThan(0);
      filled[themeIdPlaceholder] = themes[0]?.id;
    }
    if (example.name === "findings-for-county-and-theme") {
      const page = data.findingsConnection as {
        totalCount: number;
        pageInfo: { endCursor: string | null };
      };
      expect(page.totalCount).toBeGreaterThanOrEqual(0);
      filled[endCursorPlaceholder] = page.pageInfo.endCursor;
    }
  });

  it.each(curlExamples.map((e) => [e.name, e]))("%s answers 200", async (_name, example) => {
    const send = (secret?: string) =>
      fetch(`${server.url}${example.path}`, {
        method: example.query ? "POST" : "GET",
        headers: {
          ...(example.query ? { "content-type": "application/json" } : {}),
          ...(secret ? { authorization: `Bearer ${secret}` } : {}),
        },
        body: example.query ? JSON.stringify({ query: example.query }) : undefined,
      });
    const response = await send(example.withKey ? key : undefined);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    if (example.query) expect(JSON.parse(text).errors).toBeUndefined();
    // The key is read, not ignored: a wrong one is refused.
    if (example.withKey) expect((await send(`${key}x`)).status).toBe(401);
  });
});
