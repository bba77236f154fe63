import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CsvRecordReader,
  CsvRecordTooLong,
  csvRecords,
  mapSurveyHeader,
  maximumHeaderLength,
  maximumRecordLength,
  readSurveyRow,
  type SurveyHeader,
  timeColumns,
} from "../src/survey-csv";

/** A field as a spreadsheet writes it: quoted when it holds a separator, a quote or a line break. */
const quote = (field: string) =>
  /[",;\r\n]/.test(field) || field === "" ? `"${field.replaceAll('"', '""')}"` : field;

function csvText(records: string[][], separator: string, lineEnd: string, finalLineEnd: boolean) {
  const text = records.map((r) => r.map(quote).join(separator)).join(lineEnd);
  return finalLineEnd ? text + lineEnd : text;
}

/** The bytes cut at the given places, possibly inside a multi-byte character. */
function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    pieces.push(bytes.slice(from, p));
    from = p;
  }
  return pieces;
}

async function read(chunks: Iterable<Uint8Array | string>) {
  const out: { row: number; fields: string[] }[] = [];
  for await (const record of csvRecords(chunks)) out.push(record);
  return out;
}

const field = fc.string({
  unit: fc.constantFrom("a", "ö", "Å", " ", ",", ";", '"', "\n", "\r\n", "1", "0,5", "€"),
  maxLength: 8,
});

describe("reading a CSV file in chunks", () => {
  it("gives back the records written, whatever the separator, line ends, BOM and chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 6 }).chain((width) =>
          fc.array(fc.array(field, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 12,
          }),
        ),
        fc.constantFrom(",", ";"),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (records, separator, lineEnd, bom, finalLineEnd, cuts) => {
          const text = (bom ? "\ufeff" : "") + csvText(records, separator, lineEnd, finalLineEnd);
          const read1 = await read(cut(new TextEncoder().encode(text), cuts));
          expect(read1.map((r) => r.fields)).toEqual(records);
          expect(read1.map((r) => r.row)).toEqual(records.map((_, i) => i + 1));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads a semicolon file with decimal commas as Excel writes it in Sweden", async () => {
    const text =
      "\ufeffKommunkod;Roll;Direkt;Dokumentation;Administration;Resor;Övrigt\r\n0180;chef;0,3;0,2;0,2;0,1;0,2\r\n";
    const records = await read([text]);
    expect(records.map((r) => r.fields)).toEqual([
      ["Kommunkod", "Roll", "Direkt", "Dokumentation", "Administration", "Resor", "Övrigt"],
      ["0180", "chef", "0,3", "0,2", "0,2", "0,1", "0,2"],
    ]);
  });
});

const codes = new Set(["0180", "0114", "1280"]);
const headerOf = (fields: string[]): SurveyHeader => {
  const result = mapSurveyHeader(fields);
  if (!result.ok) throw new Error(result.reasons.join("; "));
  return result.header;
};
const sharesHeader = headerOf([
  "kommunkod",
  "roll",
  "direkt",
  "dokumentation",
  "administration",
  "resor",
  "övrigt",
]);
const hoursHeader = headerOf([
  "Kommunkod",
  "Roll",
  "Direkt (h)",
  "Dokumentation (h)",
  "Administration (h)",
  "Resor (h)",
  "Övrigt (h)",
]);

describe("a line too long", () => {
  const piece = "x".repeat(64 * 1024);
  /** A file of `before`, then `pieces` times 64 KiB with no line end, counting the pieces taken. */
  function longFile(before: string, pieces: number) {
    const taken = { count: 0 };
    function* chunks() {
      yield new TextEncoder().encode(before);
      for (let i = 0; i < pieces; i++) {
        taken.count++;
        yield piece;
      }
    }
    return { chunks: chunks(), taken };
  }

  async function refusal(chunks: Iterable<Uint8Array | string>) {
    const rows: number[] = [];
    try {
      for await (const { row } of csvRecords(chunks)) rows.push(row);
    } catch (error) {
      return { rows, error };
    }
    return { rows, error: null };
  }

  it("refuses a 30 MB data line, stopping soon after the limit, with its row and the reason", async () => {
    const { chunks, taken } = longFile("kommunkod,roll,direkt\n0180,chef,1\n0180,", 480);
    const { rows, error } = await refusal(chunks);
    expect(error).toBeInstanceOf(CsvRecordTooLong);
    expect((error as CsvRecordTooLong).row).toBe(3);
    expect((error as Error).message).toMatch(/^raden är för lång/);
    expect(rows).toEqual([1, 2]);
    // Read no further than the limit and a piece.
    expect(taken.count).toBeLessThanOrEqual(maximumRecordLength / piece.length + 1);
  });

  it("refuses a 30 MB header with no line end, or one quoted field that never closes", async () => {
    for (const start of ["kommunkod,roll,", '"kommunkod,roll,']) {
      const { chunks, taken } = longFile(start, 480);
      const { rows, error } = await refusal(chunks);
      expect(error, start).toBeInstanceOf(CsvRecordTooLong);
      expect((error as CsvRecordTooLong).row).toBe(1);
      expect((error as Error).message).toMatch(/^raden är för lång/);
      expect(rows).toEqual([]);
      expect(taken.count).toBeLessThanOrEqual(maximumHeaderLength / piece.length + 1);
    }
  });

  it("refuses every later piece once refused, and reads lines just under the limits", () => {
    const reader = new CsvRecordReader();
    expect(() => reader.push("a".repeat(maximumHeaderLength + 1))).toThrow(CsvRecordTooLong);
    expect(() => reader.push("\n")).toThrow(/raden är för lång/);
    expect(() => reader.end()).toThrow(/raden är för lång/);

    const fine = new CsvRecordReader();
    const header = "h".repeat(maximumHeaderLength - 1);
    const record = "r".repeat(maximumRecordLength - 1);
    const records = [
      ...fine.push(header.slice(0, 1000)),
      ...fine.push(`${header.slice(1000)}\n`),
      ...fine.push(record),
      ...fine.push("\n"),
      ...fine.end(),
    ];
    expect(records.map((r) => r[0]?.length)).toEqual([header.length, record.length]);
  });
});

describe("the header", () => {
  it("names each missing column", () => {
    expect(
      mapSurveyHeader(["kommunkod", "direkt", "dokumentation", "administration", "övrigt"]),
    ).toEqual({
      ok: false,
      reasons: ["kolumnen roll saknas", "kolumnen resor saknas"],
    });
  });
  it("finds the columns in any order and case, with or without diacritics, and the unit", () => {
    const header = headerOf([
      "ROLL",
      "ovrigt_timmar",
      "Resor_timmar",
      "Administration_timmar",
      "Dokumentation_timmar",
      "Direkt_timmar",
      "KOMMUNKOD",
    ]);
    expect(header.columns).toEqual({
      role: 0,
      other: 1,
      travel: 2,
      administration: 3,
      documentation: 4,
      direct: 5,
      municipality: 6,
    });
    expect(header.unit).toBe("hours");
    expect(sharesHeader.unit).toBe("shares");
  });
});

describe("a row", () => {
  const row = (fields: string[], header = sharesHeader) => readSurveyRow(fields, header, codes);

  it("names an unknown municipality", () => {
    expect(row(["9999", "chef", "0,2", "0,2", "0,2", "0,2", "0,2"])).toEqual({
      ok: false,
      reason: "okänd kommunkod 9999",
    });
  });
  it("tells what shares that do not add up sum to", () => {
    expect(row(["0180", "chef", "0,2", "0,2", "0,2", "0,1", "0,15"])).toEqual({
      ok: false,
      reason: "andelarna summerar till 0,85, inte 1",
    });
    expect(row(["0180", "chef", "20", "20", "20", "10", "15"])).toEqual({
      ok: false,
      reason: "andelarna summerar till 85, inte 100",
    });
  });
  it("refuses negative hours", () => {
    expect(row(["0180", "chef", "10", "-2", "5", "1", "1"], hoursHeader)).toEqual({
      ok: false,
      reason: "negativa timmar",
    });
  });
  it("names a column the row lacks", () => {
    expect(row(["0180", "chef", "0,2", "0,2", "0,2"])).toEqual({
      ok: false,
      reason: "kolumnen resor saknas",
    });
  });
  it("names an unknown role", () => {
    expect(row(["0180", "kurator", "0,2", "0,2", "0,2", "0,2", "0,2"])).toEqual({
      ok: false,
      reason: "okänd roll kurator",
    });
  });
  it("reads percentages, decimal points, Excel's lost leading zero and an empty cell as 0", () => {
    const result = row(["114", "Socialsekreterare", "25 %", "35", "20", "", "20"]);
    expect(result.ok).toBe(true);
    if (result.ok !== true) return;
    expect(result.respondent.municipalityCode).toBe("0114");
    expect(result.respondent.role).toBe("socialsekreterare");
    expect(result.respondent.shares.direct).toBeCloseTo(0.25, 10);
    expect(result.respondent.shares.travel).toBe(0);
  });
  it("turns hours into the shares of their sum, summing to 1", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 4000 }), { minLength: 5, maxLength: 5 })
          .filter((h) => h.some((x) => x > 0)),
        (tenths) => {
          const hours = tenths.map((t) => t / 10);
          const result = row(
            ["1280", "arbetsledare", ...hours.map((h) => String(h).replace(".", ","))],
            hoursHeader,
          );
          expect(result.ok).toBe(true);
          if (result.ok !== true) return;
          const sum = hours.reduce((a, b) => a + b, 0);
          timeColumns.forEach((column, i) => {
            expect(result.respondent.shares[column]).toBeCloseTo((hours[i] as number) / sum, 12);
          });
          const total = timeColumns.reduce((a, c) => a + result.respondent.shares[c], 0);
          expect(Math.abs(total - 1)).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
