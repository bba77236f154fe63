import { schema as tables } from "@kraftsamling/db";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "../src/accounts/viewer";
import { invalidCursorMessage } from "../src/error-masking";
import { withoutMark } from "../src/shared/list-cursors";
import { type TestApi, testApi } from "./support";

const cursor = (text: string) => Buffer.from(text).toString("base64");
const uuid = "00000000-0000-4000-8000-000000000000";
/** A cursor's value that is an id. */
const uuidChunk = /^S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

  it("is refused as INVALID_CURSOR, naming its argument, when it holds fewer values than the list's order or a malformed id", async () => {
    const theme = await api.database.db.query.themes.findFirst({ orderBy: { slug: "asc" } });
    if (!theme) throw new Error("no theme");
    await api.database.db.insert(tables.comments).values(
      ["Första", "Andra", "Tredje"].map((body) => ({
        themeId: theme.id,
        authorId: coordinator.personId,
        body,
      })),
    );
    // Each list with its arguments, in each of the orders its cursors may be given for.
    const pages: [string, string, Viewer | null][] = [
      ["findingsConnection", "", null],
      ["findingsConnection", "orderBy: OLDEST", coordinator],
      ["findingsConnection", `orderBy: RELEVANCE, filter: { search: "barn" }`, null],
      ["blogPostsConnection", "", null],
      ["meetingsConnection", "period: PAST", null],
      ["commitmentsConnection", "", null],
      ["organisationsConnection", "", null],
      [`theme(slug: "${theme.slug}") { commentsConnection`, "", coordinator],
    ];
    for (const [field, args, viewer] of pages) {
      const nested = field.includes("{");
      const source = (paging: string) =>
        `{ ${field}(${[args, paging].filter(Boolean).join(", ")}) { pageInfo { endCursor } edges { cursor } } ${nested ? "}" : ""} }`;
      const answer = await api.query<Record<string, unknown>>(source("first: 2"), {}, viewer);
      const connection = (
        nested ? Object.values(Object.values(answer)[0] as object)[0] : Object.values(answer)[0]
      ) as {
        pageInfo: { endCursor: string | null };
      };
      const given = connection.pageInfo.endCursor ?? "";
      expect(given, `${field}(${args}): a page with a cursor`).not.toBe("");
      const mark = given.slice(0, given.length - withoutMark(given).length);
      const values: string[] = JSON.parse(
        Buffer.from(withoutMark(given), "base64")
          .toString("utf8")
          .replace(/^DC:T:/, ""),
      );
      expect(values.length, field).toBeGreaterThan(1);
      const malformed = values.map((value) => (uuidChunk.test(value) ? "S:1234" : value));
      expect(malformed, field).not.toEqual(values);
      // A number, or no number at all, where the list holds a time as text.
      // A time the calendar has but the database does not: the year 0, an offset of 99 hours.
      const times = [
        "N:abc",
        "N:1e21",
        "N:8640000000000001",
        "S:2017-13-45 99:00:00+00",
        "S:0000-06-01 12:00:00+00",
        "S:2017-06-01 12:00:00+99",
        "S:2017-06-01 12:00:00+16:00",
        "S:2017-06-01 12:00:00+02:60",
      ].map((forged) =>
        values.map((value) => (/^S:\d{4}-\d{2}-\d{2} /.test(value) ? forged : value)),
      );
      // A time held as an instant, out of the database's years.
      const instants = [
        `D:${Date.parse("0000-06-01T00:00:00Z")}`,
        `D:${Date.parse("+010000-01-01T00:00:00Z")}`,
      ].map((forged) => values.map((value) => (/^D:/.test(value) ? forged : value)));
      const numbered = [...times, ...instants].filter((held) => held.join() !== values.join());
      for (const held of [values.slice(0, -1), values.slice(0, 1), malformed, ...numbered]) {
        const forgedCursor = `${mark}${cursor(`DC:T:${JSON.stringify(held)}`)}`;
        for (const [paging, argument] of [
          [`first: 2, after: "${forgedCursor}"`, "after"],
          [`last: 2, before: "${forgedCursor}"`, "before"],
        ]) {
          const { errors } = await api.execute(source(paging ?? ""), {}, viewer);
          expect(
            errors?.map((error) => ({ message: error.message, ...error.extensions })),
            `${field}(${args}) ${argument} ${JSON.stringify(held)}`,
          ).toEqual([
            {
              message: invalidCursorMessage,
              code: "BAD_USER_INPUT",
              reason: "INVALID_CURSOR",
              field: argument,
            },
          ]);
        }
      }
      // The cursor as given still pages on.
      const next = await api.execute(source(`first: 2, after: "${given}"`), {}, viewer);
      expect(next.errors, field).toBeUndefined();
    }
  });

  it("refuses a number worked out for the order (a rank, a parent's number) that is not one", async () => {
    // Each list, its arguments, and which of its cursor's values is the worked-out number.
    const pages: [string, string, number, string[]][] = [
      [
        "findingsConnection",
        `orderBy: RELEVANCE, filter: { search: "barn" }`,
        0,
        [
          "S:abc",
          "S:infinity",
          "S:NaN",
          "S:1e400",
          `S:0.${"0".repeat(5000)}1`,
          "S:1;select 1",
          "N:1e300",
        ],
      ],
      [
        "commitmentsConnection",
        "",
        1,
        ["S:abc", `I:${"9".repeat(60)}`, "N:1.5", "N:-1e308", "S:12.5", `S:${"9".repeat(20)}`],
      ],
    ];
    for (const [field, args, index, numbers] of pages) {
      const source = (paging: string) =>
        `{ ${field}(${[args, paging].filter(Boolean).join(", ")}) { pageInfo { endCursor } } }`;
      const answer = await api.query<Record<string, { pageInfo: { endCursor: string | null } }>>(
        source("first: 2"),
        {},
        null,
      );
      const given = Object.values(answer)[0]?.pageInfo.endCursor ?? "";
      expect(given, `${field}: a page with a cursor`).not.toBe("");
      const mark = given.slice(0, given.length - withoutMark(given).length);
      const values: string[] = JSON.parse(
        Buffer.from(withoutMark(given), "base64")
          .toString("utf8")
          .replace(/^DC:T:/, ""),
      );
      for (const number of numbers) {
        const held = values.map((value, at) => (at === index ? number : value));
        const forgedCursor = `${mark}${cursor(`DC:T:${JSON.stringify(held)}`)}`;
        const { errors } = await api.execute(
          source(`first: 2, after: "${forgedCursor}"`),
          {},
          null,
        );
        expect(
          errors?.map((error) => error.extensions?.reason),
          `${field} ${number.slice(0, 40)}`,
        ).toEqual(["INVALID_CURSOR"]);
      }
      // The number as the list gave it still pages on.
      const next = await api.execute(source(`first: 2, after: "${given}"`), {}, null);
      expect(next.errors, field).toBeUndefined();
    }
  });
});
