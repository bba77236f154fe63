import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/lib/csv";

describe("the moderation log's CSV, read back", () => {
  it("reads records separated by CRLF, with a final line break that adds no record", () => {
    expect(parseCsv("time,moderator,action\r\n2017-01-01T10:00:00.000Z,Jonas Ek,hide\r\n")).toEqual(
      [
        ["time", "moderator", "action"],
        ["2017-01-01T10:00:00.000Z", "Jonas Ek", "hide"],
      ],
    );
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,"Skäl, med komma","Han sa ""nej""","två\r\nrader"\r\n')).toEqual([
      ["a", "Skäl, med komma", 'Han sa "nej"', "två\r\nrader"],
    ]);
  });

  it("keeps empty fields, at the end of a record too", () => {
    expect(parseCsv("a,,b,\r\n,\r\n")).toEqual([
      ["a", "", "b", ""],
      ["", ""],
    ]);
  });

  it("reads a last record without a final line break, and nothing from nothing", () => {
    expect(parseCsv("x,y")).toEqual([["x", "y"]]);
    expect(parseCsv("")).toEqual([]);
  });
});
