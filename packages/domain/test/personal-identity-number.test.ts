import { describe, expect, it } from "vitest";
import { findPersonalIdentityNumbers, holdsPersonalIdentityNumber } from "../src";

// Skatteverket's published test numbers and numbers built with a correct check digit.
const valid = [
  "19121212-1212",
  "121212-1212",
  "201212121212",
  "1212121212",
  "121212+1212",
  "19640823-3234",
  "640823-3234",
  "20100101-0006",
];

describe("personal identity numbers in free text", () => {
  it.each(valid)("finds %s, alone and inside a sentence", (number) => {
    expect(holdsPersonalIdentityNumber(number)).toBe(true);
    expect(findPersonalIdentityNumbers(`Barnet (${number}) placerades i familjehem.`)).toEqual([
      { index: 8, length: number.length, kind: "personnummer" },
    ]);
  });

  it("finds coordination numbers, whose day is 60 more", () => {
    expect(findPersonalIdentityNumbers("701063-2391")).toEqual([
      { index: 0, length: 11, kind: "samordningsnummer" },
    ]);
  });

  it.each([
    ["a wrong check digit", "19121212-1213"],
    ["a wrong check digit, short form", "640823-3235"],
    ["a month that does not exist", "19121312-1212"],
    ["a day that does not exist", "19120231-1212"],
    ["a plus sign with the century", "19121212+1212"],
  ])("lets pass %s", (_what, text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(false);
  });

  it.each([
    "Mötet hölls 2017-08-29 i Malmö.",
    "Rapporten kom 20170829.",
    "Ring 070-123 45 67 eller 08-123 456 78.",
    "Mobil: +46 70 123 45 67",
    "Diarienummer S2015/01234/FST",
    "Under 2015–2017 besöktes 50 kommuner, 290 totalt.",
    "Telefon 0701234561",
  ])("lets pass dates and phone numbers: %s", (text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(false);
  });

  it("finds every number in a longer text", () => {
    const text = "Syskonen 121212-1212 och 640823-3234 har samma handläggare.";
    expect(
      findPersonalIdentityNumbers(text).map((m) => text.slice(m.index, m.index + m.length)),
    ).toEqual(["121212-1212", "640823-3234"]);
  });
});
