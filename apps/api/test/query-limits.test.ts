import { getIntrospectionQuery, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema";
import { costOptions, operationCost } from "../src/shared/query-cost";
import { httpServer } from "./meetings-support";
import { type TestApi, testApi } from "./support";

/** Eight levels of county ↔ municipality: passes the depth limit, and would return millions of rows. */
const cyclingCounties = `{ counties { municipalities { county { municipalities { county { municipalities { county { municipalities { name } } } } } } } } }`;

describe("a query's cost counts what its lists return", () => {
  let api: TestApi;
  let server: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const post = (body: unknown) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("refuses the county ↔ municipality cycle before it runs, naming the limit and the cost, while /healthz answers", async () => {
    const refused = post({ query: cyclingCounties });
    // Sent while the costly query is under way: answered at once, not after it.
    const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    expect(health.status).toBe(200);
    const response = await refused;
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string; cost: number; maxCost: number } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      maxCost: costOptions.maxCost,
    });
    expect(body.errors[0]?.extensions.cost).toBeGreaterThan(100_000_000);
    expect(body.errors[0]?.message).toContain(
      `limit of ${costOptions.maxCost.toLocaleString("en")}`,
    );
    expect(body.errors[0]?.message).toContain(body.errors[0]?.extensions.cost.toLocaleString("en"));
  });

  it("refuses the cycle one and two levels shallower as well", async () => {
    for (const query of [
      `{ counties { municipalities { county { municipalities { county { municipalities { name } } } } } } }`,
      `{ counties { municipalities { county { municipalities { name } } } } }`,
    ]) {
      const response = await post({ query });
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
          ?.extensions.code,
      ).toBe("QUERY_TOO_COSTLY");
    }
  });

  it("answers a list of counties with their municipalities: 290 rows are within the limit", async () => {
    const response = await post({ query: `{ counties { name municipalities { name } } }` });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { counties: { municipalities: unknown[] }[] };
    };
    expect(data.counties).toHaveLength(21);
    expect(data.counties.flatMap((c) => c.municipalities)).toHaveLength(290);
  });

  it("counts a page's size from its limit argument, in the query or in a variable", async () => {
    const query = `query ($limit: Int) { meetings(limit: $limit) { organisations { name } } }`;
    const small = await post({ query, variables: { limit: 5 } });
    expect(small.status).toBe(200);
    const large = await post({ query, variables: { limit: 1_000_000 } });
    expect(large.status).toBe(400);
    // Each meeting is an object of its own: a million of them is too many even without lists inside.
    const inline = await post({ query: `{ meetings(limit: 1000000) { title } }` });
    expect(inline.status).toBe(400);
    expect((await post({ query: `{ meetings(limit: 40) { title } }` })).status).toBe(200);
    const nested = await post({
      query: `{ meetings(limit: 1000000) { organisations { name } } }`,
    });
    expect(nested.status).toBe(400);
  });

  it("counts a thread's comments at the most a list or page returns: threads nested in threads are refused", async () => {
    // The plain list returns at most 100 comments, a page at most 100: three levels ask for a million.
    for (const query of [
      `{ theme(slug: "barnets-basta-och-delaktighet") { comments { theme { comments { theme { comments { id } } } } } } }`,
      `{ theme(slug: "barnets-basta-och-delaktighet") { commentsConnection(first: 100) { nodes { theme { commentsConnection(first: 100) { nodes { theme { commentsConnection(first: 100) { nodes { id } } } } } } } } } }`,
    ]) {
      const response = await post({ query });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("QUERY_TOO_COSTLY");
    }
  });

  it("counts a page left to a variable's default, null, zero or less as the resolver will read it", () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      const operation = document.definitions[0] as OperationDefinitionNode;
      return operationCost(schema, operation, {}, costOptions, variables);
    };
    const withDefault = `query ($n: Int = 500) { meetings(limit: $n) { seminars { id } } }`;
    expect(cost(withDefault)).toBe(cost(withDefault, { n: 500 }));
    expect(cost(withDefault)).toBe(cost(`{ meetings(limit: 500) { seminars { id } } }`));
    // The resolver reads null as its default of 100, and clamps zero or less to one.
    expect(cost(`{ meetings(limit: null) { seminars { id } } }`)).toBe(
      cost(`{ meetings(limit: 100) { seminars { id } } }`),
    );
    expect(cost(`{ meetings(limit: -1) { seminars { id } } }`)).toBe(
      cost(`{ meetings(limit: 1) { seminars { id } } }`),
    );
    expect(cost(`{ meetings(limit: 0) { seminars { id } } }`)).toBeGreaterThan(0);
  });

  it("lets anonymous callers introspect the schema, as GraphiQL and code generators do", async () => {
    const response = await post({
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(100);
  });

  it("holds introspection to the same cost limit: nested type lists are refused", async () => {
    const response = await post({
      query: `{ ${["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].map((alias) => `${alias}: __schema { types { fields { type { fields { name } } } } }`).join(" ")} }`,
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe("QUERY_TOO_COSTLY");
  });

  it("counts fragments and inline fragments like the fields they hold", async () => {
    const response = await post({
      query: `query { counties { ...C } } fragment C on County { municipalities { county { ... on County { municipalities { county { municipalities { name } } } } } } }`,
    });
    expect(response.status).toBe(400);
  });
});
