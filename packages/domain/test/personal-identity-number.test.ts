import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  couldBePhoneNumber,
  findPersonalIdentityNumbers,
  holdsPersonalIdentityNumber,
  normalisedDigits,
} from "../src";

/** Where the last digit of a text is. */
const lastDigit = (text: string) => text.length - 1 - [...text].reverse().join("").search(/\d/);

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

describe("personal identity numbers in disguise", () => {
  it.each([
    ["a zero-width space inside the digits", "1212\u200b12-1212"],
    ["a soft hyphen inside the digits", "121212\u00ad-1212"],
    ["fullwidth digits", "１２１２１２－１２１２"],
    ["Arabic-Indic digits", "١٢١٢١٢-١٢١٢"],
    ["Extended Arabic-Indic digits", "۱۲۱۲۱۲-۱۲۱۲"],
    ["an en dash", "121212–1212"],
    ["a U+2010 hyphen", "121212\u20101212"],
    ["a U+2212 minus", "121212\u22121212"],
    ["a non-breaking space", "121212\u00a01212"],
    ["a narrow no-break space", "121212\u202f1212"],
    ["a dot", "121212.1212"],
    ["a slash", "121212/1212"],
    ["a space", "121212 1212"],
    ["spaced dashes", "121212 - 1212"],
    ["the date in groups", "1212 12 1212"],
    ["every pair apart", "12 12 12 12 12"],
    ["the date with dots", "12.12.12-1212"],
    ["the century apart", "19 12 12 12-1212"],
    ["the long form in groups", "1912 12 12 1212"],
    ["superscript digits", "¹²¹²¹²-¹²¹²"],
    ["a coordination number with a dot", "701063.2391"],
    ["mathematical digits, outside the BMP", "𝟏𝟐𝟏𝟐𝟏𝟐-𝟏𝟐𝟏𝟐"],
    ["circled numbers", "⑫⑫⑫-⑫⑫"],
  ])("finds a number with %s", (_what, text) => {
    expect(holdsPersonalIdentityNumber(`Barnet ${text} placerades.`)).toBe(true);
    const [match] = findPersonalIdentityNumbers(`Barnet ${text} placerades.`);
    expect(match?.index).toBe(7);
    expect(match?.length).toBe(text.length);
  });

  it.each([
    "Ring 070-123 45 67 eller 070 123 45 67.",
    "Växeln: 08-121 212 12.",
    "Mötet 2012-12-12 12.12 i Malmö.",
    "Mötet 2017-08-29 10.30–12.00.",
    "Budgeten är 1 212 121 212 kronor.",
    "Tel. +46 70 121 21 21",
  ])("lets pass grouped phone numbers, dates with times and amounts: %s", (text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(false);
  });

  it("tells when a number found could be a phone number written without spaces", () => {
    const text = "Ring 0701231235";
    const [match] = findPersonalIdentityNumbers(text);
    expect(match).toBeDefined();
    expect(match && couldBePhoneNumber(text, match)).toBe(true);
    const child = "Barnet 19121212-1212";
    const [other] = findPersonalIdentityNumbers(child);
    expect(other && couldBePhoneNumber(child, other)).toBe(false);
  });

  it("reads every script's digits as ASCII", () => {
    expect(normalisedDigits("٠٧٠ ١٢٣ ٤٥ ٦٧ / ０８ / ०९")).toBe("0701234567" + "08" + "09");
  });
});

describe("personal identity numbers hidden by what a screen shows", () => {
  it.each([
    ["a combining grapheme joiner", "1212\u034f12-1212"],
    ["an emoji variation selector", "121212\ufe0f-1212"],
    ["a variation selector", "12\ufe0012121212"],
    ["a supplementary variation selector", "121212-12\u{e0100}12"],
    ["Mongolian variation selectors", "1\u180b21212\u180c-1212\u180d"],
    ["a combining accent on a digit", "1912121\u03012-1212"],
    [
      "keycaps",
      "1\ufe0f\u20e32\ufe0f\u20e31\u20e32\u20e31\u20e32\u20e3-1\u20e32\u20e31\u20e32\u20e3",
    ],
  ])("finds a number with %s", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      { index: 7, length: text.length, kind: "personnummer" },
    ]);
  });

  it.each([
    ["bold parts", "**121212**-**1212**"],
    ["bold inside the last four", "19121212-**12**12"],
    ["an emphasised first digit", "*1*21212-1212"],
    ["an empty link between the parts", "1212[](https://x.se)121212"],
    ["a link around the date", "[121212](https://x.se)-1212"],
    ["an image's text", "![121212](bild.png)-1212"],
    ["code spans and a spaced dash", "`121212` - `1212`"],
    ["emphasis and a spaced dash", "*121212* - *1212*"],
    ["bold italics", "***121212***-***1212***"],
    ["a struck-through dash", "121212~~-~~1212"],
    ["tags", "<b>121212</b>-<i>1212</i>"],
    ["emphasis inside a link", "[**121212**](https://x.se)-1212"],
  ])("finds a number parted by Markdown's %s, where it is written", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      {
        index: 7 + text.search(/\d/),
        length: lastDigit(text) + 1 - text.search(/\d/),
        kind: "personnummer",
      },
    ]);
  });

  it("lets Markdown pass whose shown digits form no number", () => {
    for (const text of ["**12**-**2026**", "*3* x *4* = 12", "[kl. 12](https://x.se) den _12/12_"])
      expect(holdsPersonalIdentityNumber(text), text).toBe(false);
  });

  it.each([
    ["an override", "\u202e2121-21212191\u202c"],
    ["an override, short form", "Barnet \u202e2121-212121\u202c placerades."],
    ["an embedding, the groups turned", "\u202b3234 640823\u202c"],
    ["an isolate, the groups turned", "\u20673234-23 08 64\u2069"],
    ["a right-to-left mark", "\u200f3234 640823"],
  ])("finds a number that shows right to left through %s", (_what, text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(true);
    expect(holdsPersonalIdentityNumber(text.replace(/[\u200f\u202b\u202e\u2067]/g, ""))).toBe(
      false,
    );
  });

  it("marks where a number shown right to left is written", () => {
    const text = "Barnet \u202e2121-21212191\u202c placerades.";
    expect(findPersonalIdentityNumbers(text)).toEqual([
      { index: 8, length: 13, kind: "personnummer" },
    ]);
  });

  it("lets pass right-to-left text whose digits form no number either way", () => {
    expect(holdsPersonalIdentityNumber("\u202bטלפון 070-123 45 67\u202c")).toBe(false);
    expect(holdsPersonalIdentityNumber("\u200fהפגישה 2017-08-29 10.30")).toBe(false);
  });

  it.each([
    ["a Hangul filler", "121212\u31641212"],
    ["a halfwidth Hangul filler", "121212\uffa01212"],
    ["a Hangul choseong filler", "121212\u115f1212"],
    ["a Hangul jungseong filler", "121212\u11601212"],
    ["a blank braille pattern", "121212\u28001212"],
    ["three spaces", "121212   1212"],
    ["three ideographic spaces", "121212\u3000\u3000\u30001212"],
    ["a double dash", "121212--1212"],
    ["a spaced double dash", "121212 -- 1212"],
    ["an underscore", "121212_1212"],
    ["a colon", "121212:1212"],
    ["a comma", "121212,1212"],
    ["a tilde", "121212~1212"],
    ["a number sign", "121212#1212"],
    ["an apostrophe", "121212'1212"],
    ["a middle dot", "121212\u00b71212"],
    ["the date's parts with colons", "12:12:12:1212"],
    ["the date's parts with underscores", "1912_12_12_1212"],
  ])("finds a number parted by %s", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      { index: 7, length: text.length, kind: "personnummer" },
    ]);
  });

  it("finds a number apart from the digits before it, and not one joined to them", () => {
    expect(holdsPersonalIdentityNumber("Barn 1: 121212-1212")).toBe(true);
    expect(holdsPersonalIdentityNumber("Barn 1 # 121212-1212")).toBe(true);
    expect(holdsPersonalIdentityNumber("Barn 1_121212-1212")).toBe(true);
    expect(holdsPersonalIdentityNumber("Mötet 2012-12-12 12.12")).toBe(false);
    expect(holdsPersonalIdentityNumber("Klockan 12:12:12:12:12")).toBe(false);
  });

  it("lets pass digits parted by four spaces or four other characters", () => {
    expect(holdsPersonalIdentityNumber("121212    1212")).toBe(false);
    expect(holdsPersonalIdentityNumber("121212----1212")).toBe(false);
  });

  it.each([
    ["l for 1", "121212-l2l2"],
    ["I for 1", "I2I2I2-I2I2"],
    ["| for 1", "|21212-1212"],
    ["O for 0", "20IOOIOI-OOO6"],
    ["o for 0", "201oo1o1-ooo6"],
    [
      "Cyrillic and Greek look-alikes",
      "20\u0406\u041e\u041e\u0406\u039f\u0399-\u03bf\u043e\u039f6",
    ],
  ])("finds a number with %s", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      { index: 7, length: text.length, kind: "personnummer" },
    ]);
  });

  it.each([
    "Olle och Lisa kom 10 oktober.",
    "Lisa, 12 l mjölk, 12 ml, 12 l 1212 12 12",
    "Rum IO 121212 l2l2x",
    "Koden 121212-lol2",
    "Tabellen: 121212|1212",
  ])("reads look-alike letters as digits only in a word of digits: %s", (text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(text.endsWith("|1212"));
  });

  it.each([
    ["a Markdown escape", "121212\\-1212"],
    ["escaped dots", "12\\.12\\.12\\-1212"],
    ["a decimal reference for a digit", "&#49;21212-1212"],
    ["a hexadecimal reference for a digit", "&#x31;21212-1212"],
    ["a decimal reference for a dash", "121212&#45;1212"],
    ["a named reference for a dash", "121212&ndash;1212"],
    ["a named reference for a space", "121212&nbsp;1212"],
    ["a named reference for a soft hyphen", "1212&shy;12-1212"],
    ["references for every digit", "&#49;&#50;&#x31;&#x32;&#49;&#50;-&#49;&#50;&#49;&#50;"],
    ["percent-encoded digits", "%31%32%31%32%31%32%2D%31%32%31%32"],
    ["a percent-encoded dash", "121212%2D1212"],
    ["a percent-encoded fullwidth digit", "%EF%BC%9121212-1212"],
  ])("finds a number written as %s", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      { index: 7, length: text.length, kind: "personnummer" },
    ]);
  });

  it("reads an unknown reference and a broken percent sign as written", () => {
    expect(holdsPersonalIdentityNumber("121212&auml;1212")).toBe(false);
    expect(holdsPersonalIdentityNumber("Andelen var 12%, 30 % och 1212")).toBe(false);
    expect(holdsPersonalIdentityNumber("%ZZ121212-1212")).toBe(true);
  });
});

// An oracle of its own, written apart from the code under test: the digits form a real date with
// a correct check digit (a coordination number's day is 60 more).
function formsValidNumber(digits: string): boolean {
  if (digits.length !== 10 && digits.length !== 12) return false;
  if (digits.length === 12 && !["18", "19", "20"].includes(digits.slice(0, 2))) return false;
  const ten = digits.slice(-10);
  const years =
    digits.length === 12
      ? [Number(digits.slice(0, 4))]
      : [1900, 2000].map((c) => c + Number(ten.slice(0, 2)));
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60;
  const dateOk = years.some((year) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    return month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1;
  });
  const sum = [...ten]
    .map(Number)
    .map((d, i) => (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d))
    .reduce((a, b) => a + b, 0);
  return dateOk && sum % 10 === 0;
}

const two = (n: number) => String(n).padStart(2, "0");

/** A valid number: its date, three digits and the check digit that makes the Luhn sum right. */
const validNumber = fc
  .record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    long: fc.boolean(),
  })
  .map(({ year, month, day, coordination, serial, long }) => {
    const nine = `${two(year % 100)}${two(month)}${two(coordination ? day + 60 : day)}${String(serial).padStart(3, "0")}`;
    const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((c) => formsValidNumber(nine + c)) ?? 0;
    const ten = `${nine}${check}`;
    return { digits: long ? `${String(year).slice(0, 2)}${ten}` : ten };
  });

const dashes = ["-", "–", "\u2010", "\u2011", "\u2212", "—", "﹣", "－"];
const spaces = [" ", "\u00a0", "\u202f", "\u2009", "\u3000"];
const invisible = ["\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"];
const digitSets = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];

/** The digits written as someone who wants them past a filter might. */
const disguised = fc
  .record({
    number: validNumber,
    beforeLastFour: fc.constantFrom("", ...dashes, ...spaces, ".", "/", " - ", "+"),
    dateSeparator: fc.constantFrom(" ", ".", "/", "-", "\u00a0", "–"),
    /** Where the date's pairs of digits are parted: "1212 12", "12 12 12", "19 1212 12". */
    dateSplits: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    splitLastFour: fc.boolean(),
    digitSet: fc.constantFrom(...digitSets),
    hidden: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...invisible)), { maxLength: 3 }),
  })
  .map(({ number, beforeLastFour, dateSeparator, dateSplits, splitLastFour, digitSet, hidden }) => {
    const { digits } = number;
    const date = digits.slice(0, -4);
    const last = digits.slice(-4);
    // The plus sign belongs with the short form.
    const separator = beforeLastFour === "+" && digits.length === 12 ? "-" : beforeLastFour;
    const datePart = (date.match(/\d\d/g) ?? [])
      .map((pair, i) => (i > 0 && dateSplits[i] ? dateSeparator : "") + pair)
      .join("");
    const lastPart = splitLastFour ? `${last.slice(0, 2)} ${last.slice(2)}` : last;
    let text = [...`${datePart}${separator}${lastPart}`]
      .map((c) => (/\d/.test(c) ? String.fromCodePoint(digitSet + Number(c)) : c))
      .join("");
    for (const [at, mark] of hidden) {
      const units = [...text];
      units.splice(1 + (at % (units.length - 1)), 0, mark);
      text = units.join("");
    }
    return { digits, text };
  });

const words = fc.constantFrom(
  "Barnet",
  "placerades",
  "i familjehem",
  "enligt",
  "socialtjänsten",
  "Mötet",
  "ring",
  "kostade",
  "kronor",
  "den",
  "kl.",
);

describe("personal identity numbers, whatever the disguise (properties)", () => {
  it("finds every valid number in every disguise, inside any text", () => {
    fc.assert(
      fc.property(words, disguised, words, (before, { digits, text }, after) => {
        const sentence = `${before} ${text} ${after}`;
        const found = findPersonalIdentityNumbers(sentence);
        expect(found).toHaveLength(1);
        const [match] = found;
        if (!match) return;
        expect(match.index).toBe(before.length + 1);
        expect(match.length).toBe(text.length);
        expect(normalisedDigits(sentence.slice(match.index, match.index + match.length))).toBe(
          digits,
        );
      }),
      { numRuns: 2000 },
    );
  });

  const date = fc
    .record({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      form: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ year, month, day, hour, minute, form }) => {
      const time = `${two(hour)}.${two(minute)}`;
      return [
        `${year}-${two(month)}-${two(day)}`,
        `${year}-${two(month)}-${two(day)} ${time}`,
        `${day}/${month} ${year}`,
        `${two(day)}.${two(month)}.${year}`,
        `${year}${two(month)}${two(day)}`,
        `${year}-${two(month)}-${two(day)} kl. ${time}–${two((hour + 2) % 24)}.00`,
      ][form] as string;
    });

  const digitsOf = (length: number) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
      .map((d) => d.join(""));

  /** Mobile and landline numbers as Swedes group them. */
  const groupedPhone = fc
    .record({
      prefix: fc.constantFrom("070", "072", "073", "076", "079"),
      rest: digitsOf(7),
      area: digitsOf(8),
      form: fc.integer({ min: 0, max: 4 }),
    })
    .map(
      ({ prefix, rest, area, form }) =>
        [
          `${prefix}-${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
          `${prefix} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
          `+46 ${prefix.slice(1)} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
          `08-${area.slice(0, 3)} ${area.slice(3, 6)} ${area.slice(6)}`,
          `${prefix}-${rest}`,
        ][form] as string,
    );

  const amount = fc.integer({ min: 0, max: 9_999_999_999 }).map((n) => {
    const grouped = n.toLocaleString("sv-SE");
    return `${grouped} kr`;
  });

  it("lets dates, grouped phone numbers and amounts pass", () => {
    fc.assert(
      fc.property(fc.oneof(date, groupedPhone, amount), words, (harmless, word) => {
        expect(findPersonalIdentityNumbers(`${word} ${harmless} ${word}`)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a phone number written without spaces only where its digits form a valid number", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("070", "072", "073", "076", "079", "08"),
        digitsOf(8),
        (prefix, rest) => {
          const phone = `${prefix}${rest}`.slice(0, 10);
          expect(holdsPersonalIdentityNumber(`Ring ${phone}.`)).toBe(formsValidNumber(phone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds, in any text, nothing whose digits do not form a valid number", () => {
    const pieces = fc.oneof(date, groupedPhone, amount, words, fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }),
        fc.constantFrom(" ", ", ", ". ", "\n"),
        (parts, glue) => {
          const text = parts.join(glue);
          for (const match of findPersonalIdentityNumbers(text)) {
            const written = text.slice(match.index, match.index + match.length);
            expect(formsValidNumber(normalisedDigits(written)), written).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("personal identity numbers spelled out digit by digit", () => {
  it.each([
    ["a space between every digit", "8 1 1 2 1 8 9 8 7 6"],
    ["a space between every digit, the long form with a dash", "1 9 8 1 1 2 1 8 - 9 8 7 6"],
    ["a dot between every digit", "8.1.1.2.1.8.9.8.7.6"],
    ["a dash between every digit", "8-1-1-2-1-8-9-8-7-6"],
    ["a slash between every digit", "8/1/1/2/1/8/9/8/7/6"],
    ["an underscore between every digit", "8_1_1_2_1_8_9_8_7_6"],
    [
      "a non-breaking space between every digit",
      "8\u00a01\u00a01\u00a02\u00a01\u00a08\u00a09\u00a08\u00a07\u00a06",
    ],
    ["a comma and a space between every digit", "8, 1, 1, 2, 1, 8, 9, 8, 7, 6"],
    ["dots, and a dash before the last four", "8.1.1.2.1.8-9.8.7.6"],
    ["spaces, and a plus before the last four", "8 1 1 2 1 8+9 8 7 6"],
    ["fullwidth digits and spaces", "８ １ １ ２ １ ８ ９ ８ ７ ６"],
    ["a zero-width space beside a separator", "8 1 1\u200b 2 1 8 9 8 7 6"],
  ])("finds a number with %s", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      { index: 7, length: text.length, kind: "personnummer" },
    ]);
  });

  it("finds a coordination number spelled out", () => {
    expect(findPersonalIdentityNumbers("Nr 7 0 1 0 6 3 2 3 9 1.")).toEqual([
      { index: 3, length: 19, kind: "samordningsnummer" },
    ]);
  });

  it("points at a number spelled out inside a longer Swedish sentence", () => {
    const number = "1 9 8 1 1 2 1 8 - 9 8 7 6";
    const text = `Enligt beslutet den 3 maj 2016 ska barnet med personnummer ${number} flytta till familjehemmet i Lund den 1 juni.`;
    const found = findPersonalIdentityNumbers(text);
    expect(found).toEqual([
      { index: text.indexOf(number), length: number.length, kind: "personnummer" },
    ]);
    const [match] = found;
    expect(match && text.slice(match.index, match.index + match.length)).toBe(number);
  });

  it("finds every spelled-out number in a longer text, each where it is written", () => {
    const text =
      "Syskonen 8.1.1.2.1.8.9.8.7.6 och 1 2 1 2 1 2 1 2 1 2 bor hos mormor sedan 2016-03-02.";
    expect(
      findPersonalIdentityNumbers(text).map((m) => text.slice(m.index, m.index + m.length)),
    ).toEqual(["8.1.1.2.1.8.9.8.7.6", "1 2 1 2 1 2 1 2 1 2"]);
  });

  it.each([
    ["a list of small numbers", "Poängen var 1 2 3 4 5 6 7 8 9 0 i tur och ordning."],
    ["a wrong check digit", "Barnet 8 1 1 2 1 8 9 8 7 7 placerades."],
    ["a list longer than a number", "Svaren: 5 8 1 1 2 1 8 9 8 7 6."],
    ["a list longer than a number, with dots", "Version 8.1.1.2.1.8.9.8.7.6.1"],
    ["digits parted by separators that differ", "Koden 8 1.1 2.1 8 9 8 7 6."],
    ["a plus with the century", "1 9 8 1 1 2 1 8+9 8 7 6"],
    ["a plus between every digit", "8+1+1+2+1+8+9+8+7+6"],
  ])("lets pass %s", (_what, text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(false);
  });
});

describe("personal identity numbers with a separator inside the last four", () => {
  it.each([
    ["a dot after a dash", "81.12.18-98.76"],
    ["a dash after a dash", "811218-98-76"],
    ["the long form, a dot after a dash", "19811218-98.76"],
    ["a slash after a dash", "811218-98/76"],
    ["an en dash after an en dash", "811218–98–76"],
    ["a dot after a double dash", "811218--98.76"],
    ["a dot after a plus", "811218+98.76"],
    ["the long form in parts", "19-81-12-18-98-76"],
  ])("finds a number with %s", (_what, text) => {
    expect(findPersonalIdentityNumbers(`Barnet ${text} placerades.`)).toEqual([
      { index: 7, length: text.length, kind: "personnummer" },
    ]);
  });

  it("points at such a number inside a longer Swedish sentence", () => {
    const number = "81.12.18-98.76";
    const text = `Handläggaren skrev att pojken, ${number}, har bott i Malmö sedan den 2 mars 2016 och går i årskurs 4.`;
    expect(findPersonalIdentityNumbers(text)).toEqual([
      { index: text.indexOf(number), length: number.length, kind: "personnummer" },
    ]);
  });

  // 1212121212 is a valid number, so only the separators tell these from one.
  it.each([
    "Mötet 2012-12-12 12.12 i Malmö.",
    "Mötet 2012-12-12 12:12 i Malmö.",
    "Mötet 2012-12-12, 12.12 i Malmö.",
    "Mötet 2012-12-12,12.12",
    "Mötet 2012-12-12; 12.12",
    "Mötet 2012-12-12 - 12.12",
    "Klockan 12.12.12.12.12",
    "Kostnad 2012-12-12: 12,12 kr",
  ])("lets pass a date followed by a time or an amount: %s", (text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(false);
  });

  it.each([
    "Ring 070-123-45-67 eller 070.123.45.67.",
    "Växeln: 08-121-212-12 eller 08.121.212.12.",
    "Ring 070-121 21-21.",
    "Ring 070/121 21 21.",
  ])("lets pass phone numbers with other separators: %s", (text) => {
    expect(holdsPersonalIdentityNumber(text)).toBe(false);
  });
});

describe("personal identity numbers spelled out or parted inside the last four (properties)", () => {
  const betweenDigits = [
    " ",
    ".",
    "-",
    "/",
    "_",
    ":",
    ",",
    "~",
    "#",
    "'",
    "|",
    "\u00b7",
    "\u00a0",
    "\u3000",
    "–",
    ", ",
    " - ",
  ];

  /** A valid number with the same separator between every two digits, another before the last four. */
  const spelledOut = fc
    .record({
      number: validNumber,
      separator: fc.constantFrom(...betweenDigits),
      beforeLastFour: fc.constantFrom(null, "-", " - ", " ", "–", "+"),
      digitSet: fc.constantFrom(...digitSets),
      hidden: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...invisible)), { maxLength: 2 }),
    })
    .map(({ number, separator, beforeLastFour, digitSet, hidden }) => {
      const { digits } = number;
      const plusWithCentury = beforeLastFour === "+" && digits.length === 12;
      const exception = beforeLastFour === null || plusWithCentury ? separator : beforeLastFour;
      let text = [...digits]
        .map((d) => String.fromCodePoint(digitSet + Number(d)))
        .map((d, i) => (i === 0 ? "" : i === digits.length - 4 ? exception : separator) + d)
        .join("");
      for (const [at, mark] of hidden) {
        const units = [...text];
        units.splice(1 + (at % (units.length - 1)), 0, mark);
        text = units.join("");
      }
      return { digits, text };
    });

  /** A valid number with a separator other than a space in the middle of its last four. */
  const partedLastFour = fc
    .record({
      number: validNumber,
      inside: fc.constantFrom(".", "-", "/", "_", ":", "–", "\u2212", "'"),
      before: fc.constantFrom("-", "–", "\u2212", "--", "+"),
      dateSeparator: fc.constantFrom("", " ", ".", "-", "/"),
    })
    .map(({ number, inside, before, dateSeparator }) => {
      const { digits } = number;
      const plusWithCentury = before === "+" && digits.length === 12;
      const beforeLastFour = plusWithCentury ? "-" : before;
      const date = (digits.slice(0, -4).match(/\d\d/g) ?? []).join(dateSeparator);
      const last = digits.slice(-4);
      return {
        digits,
        text: `${date}${beforeLastFour}${last.slice(0, 2)}${inside}${last.slice(2)}`,
      };
    });

  it("finds every valid number spelled out digit by digit, inside any text, where it is written", () => {
    fc.assert(
      fc.property(words, spelledOut, words, (before, { digits, text }, after) => {
        const sentence = `${before} ${text} ${after}`;
        const found = findPersonalIdentityNumbers(sentence);
        expect(found, sentence).toHaveLength(1);
        const [match] = found;
        if (!match) return;
        expect(match.index).toBe(before.length + 1);
        expect(match.length).toBe(text.length);
        expect(normalisedDigits(sentence.slice(match.index, match.index + match.length))).toBe(
          digits,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("finds every valid number with a separator inside its last four, where it is written", () => {
    fc.assert(
      fc.property(words, partedLastFour, words, (before, { digits, text }, after) => {
        const sentence = `${before} ${text} ${after}`;
        const found = findPersonalIdentityNumbers(sentence);
        expect(found, sentence).toHaveLength(1);
        const [match] = found;
        if (!match) return;
        expect(match.index).toBe(before.length + 1);
        expect(match.length).toBe(text.length);
        expect(normalisedDigits(text)).toBe(digits);
      }),
      { numRuns: 2000 },
    );
  });

  const digitsOf = (length: number) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
      .map((d) => d.join(""));

  /** Mobile and Stockholm numbers in the groupings Swedes use, with a space, a dash, a dot or a slash. */
  const phone = fc
    .record({
      prefix: fc.constantFrom("070", "072", "073", "076", "079"),
      rest: digitsOf(7),
      stockholm: digitsOf(8),
      afterPrefix: fc.constantFrom("-", " ", ".", "/", " - "),
      inside: fc.constantFrom(" ", "-", ".", "\u00a0"),
      form: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ prefix, rest, stockholm, afterPrefix, inside, form }) => {
      const mobile = [rest.slice(0, 3), rest.slice(3, 5), rest.slice(5)].join(inside);
      return [
        `${prefix}${afterPrefix}${mobile}`,
        `+46 ${prefix.slice(1)} ${mobile}`,
        `08${afterPrefix}${[stockholm.slice(0, 3), stockholm.slice(3, 6), stockholm.slice(6)].join(inside)}`,
        `+46 8 ${[stockholm.slice(0, 3), stockholm.slice(3, 6), stockholm.slice(6)].join(inside)}`,
      ][form] as string;
    });

  it("lets pass phone numbers in their usual groupings, whatever the separators", () => {
    fc.assert(
      fc.property(words, phone, words, (before, number, after) => {
        expect(findPersonalIdentityNumbers(`${before} ${number} ${after}`), number).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a list of single digits only where the whole list forms a valid number", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 14 }),
        fc.constantFrom(" ", ", ", ".", "-"),
        (list, separator) => {
          const digits = list.join("");
          expect(holdsPersonalIdentityNumber(`Svaren: ${list.join(separator)}.`)).toBe(
            formsValidNumber(digits),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
