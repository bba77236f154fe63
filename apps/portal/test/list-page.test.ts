import { describe, expect, it } from "vitest";
import {
  firstListPage,
  listPageRange,
  listPageSearch,
  listPageVariables,
  nextListPage,
  previousListPage,
  readListPage,
  withoutListPage,
} from "../src/lib/list-page";

const info = (hasNextPage: boolean) => ({ hasNextPage, startCursor: "s", endCursor: "e" });

describe("where a page of a list lies", () => {
  it("reads the first page from a plain address, and from a page number without a cursor", () => {
    expect(readListPage(new URLSearchParams("status=DRAFT"))).toEqual(firstListPage);
    expect(readListPage(new URLSearchParams("sida=3"))).toEqual(firstListPage);
    expect(readListPage(new URLSearchParams("sida=3&efter=abc"))).toEqual({
      number: 3,
      after: "abc",
      before: null,
    });
    expect(readListPage(new URLSearchParams("sida=x&fore=abc"))).toEqual({
      number: 2,
      after: null,
      before: "abc",
    });
  });

  it("asks for the first items after a cursor forwards, and the last before one backwards", () => {
    expect(listPageVariables(firstListPage, 50)).toEqual({
      first: 50,
      after: undefined,
      last: undefined,
      before: undefined,
    });
    expect(listPageVariables({ number: 3, after: "c", before: null }, 50)).toMatchObject({
      first: 50,
      after: "c",
    });
    expect(listPageVariables({ number: 2, after: null, before: "c" }, 50)).toEqual({
      first: undefined,
      after: undefined,
      last: 50,
      before: "c",
    });
  });

  it("numbers the items forwards and backwards alike", () => {
    expect(listPageRange(firstListPage, 50, 50, 240)).toEqual({ from: 1, to: 50, total: 240 });
    expect(listPageRange({ number: 2, after: "c", before: null }, 50, 50, 240)).toEqual({
      from: 51,
      to: 100,
      total: 240,
    });
    expect(listPageRange({ number: 5, after: "c", before: null }, 50, 40, 240)).toEqual({
      from: 201,
      to: 240,
      total: 240,
    });
    // Back from page 3 to page 2 by `last`/`before`: the same numbers as forwards.
    expect(listPageRange({ number: 2, after: null, before: "c" }, 50, 50, 240)).toEqual({
      from: 51,
      to: 100,
      total: 240,
    });
    expect(listPageRange({ number: 3, after: "c", before: null }, 50, 0, 100)).toEqual({
      from: 0,
      to: 0,
      total: 100,
    });
    // A list that shrank under the page counts the page from the list's end.
    expect(listPageRange({ number: 3, after: "c", before: null }, 50, 10, 60)).toEqual({
      from: 51,
      to: 60,
      total: 60,
    });
  });

  it("steps forwards after the page's last item, and back before its first", () => {
    const third = { number: 3, after: "c", before: null };
    expect(nextListPage(third, 50, 50, 240, info(true))).toEqual({
      number: 4,
      after: "e",
      before: null,
    });
    expect(nextListPage(third, 50, 50, 150, info(false))).toBeNull();
    expect(previousListPage(third, info(true))).toEqual({ number: 2, after: null, before: "s" });
    expect(previousListPage(firstListPage, info(true))).toBeNull();
    // Paged back to, a page has the page the reader came from after it.
    const secondBack = { number: 2, after: null, before: "c" };
    expect(nextListPage(secondBack, 50, 50, 240, info(false))).toEqual({
      number: 3,
      after: "e",
      before: null,
    });
  });

  it("goes back from page 2 to the plain address, keeping the filters", () => {
    const params = new URLSearchParams("status=DRAFT&sida=2&efter=c");
    const second = readListPage(params);
    const back = previousListPage(second, info(true));
    expect(back).toEqual(firstListPage);
    expect(listPageSearch(params, back ?? second)).toBe("?status=DRAFT");
    expect(listPageSearch(new URLSearchParams("sida=2&efter=c"), firstListPage)).toBe("");
    expect(listPageSearch(params, { number: 3, after: "d", before: null })).toBe(
      "?status=DRAFT&sida=3&efter=d",
    );
    expect(listPageSearch(params, { number: 2, after: null, before: "b" })).toBe(
      "?status=DRAFT&sida=2&fore=b",
    );
    expect(withoutListPage(params).toString()).toBe("status=DRAFT");
  });
});
