import { describe, expect, it } from "vitest";
import { searchableText } from "../src/shared/search-words";

describe("a search text as the full-text search reads it", () => {
  it("drops an OR that joins nothing: at either end, or after another", () => {
    expect(searchableText("familjehem OR")).toBe("familjehem");
    expect(searchableText("or familjehem")).toBe("familjehem");
    expect(searchableText("familjehem OR OR skola")).toBe("familjehem OR skola");
    expect(searchableText("OR Or oR")).toBe("");
    expect(searchableText("barn OR,")).toBe("barn");
    expect(searchableText("(OR) familjehem")).toBe("familjehem");
  });

  it("leaves an OR between words, words in quotes and other words as written", () => {
    expect(searchableText("familjehem or skola")).toBe("familjehem or skola");
    expect(searchableText('"barn OR" -skola')).toBe('"barn OR" -skola');
    expect(searchableText("ordet orden")).toBe("ordet orden");
    expect(searchableText('familjehem "OR')).toBe('familjehem "OR');
  });
});
