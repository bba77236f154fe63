import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { type TestApi, testApi } from "./support";

const cursor = (text: string) => Buffer.from(text).toString("base64");
const uuid = "00000000-0000-4000-8000-000000000000";

/** Cursors no page ever gave: empty, the wrong number of values, values of the wrong kind. */
const forged = [
  "DC:T:[]",
  'DC:T:["S:x","S:y"]',
  'DC:T:["S:1"]',
  `DC:T:["S:2026-13-45","S:${uuid}"]`,
  `DC:T:["S:2026-01-01T00:00:00Z","S:${uuid}","S:3"]`,
  `DC:T:["S:${"9".repeat(5000)}","S:${uuid}"]`,
  "DC:T:[1,2]",
  "DC:T:[null,null]",
  'DC:T:{"a":1}',
].map(cursor);

describe("a cursor no page gave", () => {
  let api: TestApi;
  let coordinator: Viewer;
  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  const lists: [string, Viewer | null][] = [
    ["findingsConnection", null],
    ["blogPostsConnection", null],
    ["meetingsConnection", null],
    ["organisationsConnection", null],
    ["commitmentsConnection", null],
    ["apiKeysConnection", "coordinator" as unknown as Viewer],
  ];

  it("is refused as the caller's mistake on every list, never as an internal error, and logs nothing", async () => {
    const logged = vi.spyOn(api.services.log, "error");
    let refused = 0;
    for (const [field, who] of lists) {
      const viewer = who ? coordinator : null;
      for (const after of forged) {
        for (const direction of ["after", "before"]) {
          const { errors } = await api.execute(
            `query ($c: String) { ${field}(first: 1, ${direction}: $c) { pageInfo { endCursor } } }`,
            { c: after },
            viewer,
          );
          // Refused as the caller's mistake, or (a cursor whose values the list's order can hold,
          // such as a name for the organisations, or nulls) answered with a page: never internal.
          for (const error of errors ?? [])
            expect(error.extensions?.code, `${field} ${direction} ${after}`).toBe("BAD_USER_INPUT");
          // A refusal does not repeat a long forged value back.
          expect(errors?.[0]?.message.length ?? 0).toBeLessThan(300);
          refused += errors?.length ?? 0;
        }
      }
    }
    expect(logged).not.toHaveBeenCalled();
    // Most of them are refused: empty, malformed dates and numbers, values of the wrong kind.
    expect(refused).toBeGreaterThan(70);
  });
});
