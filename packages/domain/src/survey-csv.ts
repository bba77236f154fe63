/**
 * The time-use survey as a CSV file: read in chunks (UTF-8 with or without a byte-order mark, `,` or
 * `;` between fields as Excel writes it in Sweden, CRLF or LF), its header mapped to the columns
 * the measurement knows, and each row checked and turned into shares of the working time, or a
 * reason in Swedish why it cannot be.
 */

export const respondentRoles = ["socialsekreterare", "arbetsledare", "chef", "other"] as const;
export type RespondentRole = (typeof respondentRoles)[number];

/** The five parts of the working time, in the order the file and the database keep them. */
export const timeColumns = [
  "direct",
  "documentation",
  "administration",
  "travel",
  "other",
] as const;
export type TimeColumn = (typeof timeColumns)[number];
export type Shares = Record<TimeColumn, number>;

/** The column names the messages use, as the coordinator writes them. */
const columnNames: Record<TimeColumn | "municipality" | "role", string> = {
  municipality: "kommunkod",
  role: "roll",
  direct: "direkt",
  documentation: "dokumentation",
  administration: "administration",
  travel: "resor",
  other: "övrigt",
};

/** The longest header line, and the longest record (all its fields), in characters. */
export const maximumHeaderLength = 64 * 1024;
export const maximumRecordLength = 1024 * 1024;

/**
 * A line (or a record, with the line breaks of its quoted fields) longer than the reader takes:
 * the file is refused as soon as the limit is passed, with the file's row number (the header is
 * row 1) and the reason in Swedish.
 */
export class CsvRecordTooLong extends Error {
  override name = "CsvRecordTooLong";
  constructor(
    readonly row: number,
    readonly limit: number,
  ) {
    super(`raden är för lång (mer än ${limit.toLocaleString("sv-SE")} tecken)`);
  }
}

/**
 * Reads CSV records from text that arrives in pieces: `push` takes the next piece and answers the
 * records it completed, `end` the last one. Fields may be quoted ("" is a quote inside them) and
 * hold separators and line breaks. The separator is `;` when the first line holds more semicolons
 * than commas outside quotes, else `,`. A leading byte-order mark is dropped. Each character is
 * looked at once, however the text is cut; a header line longer than `maximumHeaderLength` or a
 * record longer than `maximumRecordLength` throws `CsvRecordTooLong` before more is kept, and so
 * does every later call.
 */
export class CsvRecordReader {
  private buffer = "";
  private separator: string | null = null;
  private started = false;
  /** While the first line is read: how far the buffer has been looked at, and inside quotes? */
  private headerScanned = 0;
  private headerQuoted = false;
  private field = "";
  private record: string[] = [];
  private recordLength = 0;
  private records = 0;
  private refusal: CsvRecordTooLong | null = null;
  private quoted = false;
  /** Inside a quoted field, the last character was a quote: it ends the field or doubles. */
  private quoteSeen = false;
  private pendingCr = false;

  /** `,` or `;`, once the first line is read. */
  get delimiter(): string | null {
    return this.separator;
  }

  push(text: string): string[][] {
    if (this.refusal) throw this.refusal;
    if (!this.started) {
      if (this.buffer === "" && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.buffer += text;
      const firstLineEnd = this.firstLineEnd();
      if (firstLineEnd < 0) {
        if (this.buffer.length > maximumHeaderLength) this.refuse(maximumHeaderLength);
        return [];
      }
      if (firstLineEnd > maximumHeaderLength) this.refuse(maximumHeaderLength);
      this.separator = separatorOf(this.buffer.slice(0, firstLineEnd));
      this.started = true;
      const all = this.buffer;
      this.buffer = "";
      return this.scan(all);
    }
    return this.scan(text);
  }

  end(): string[][] {
    if (this.refusal) throw this.refusal;
    if (!this.started) {
      this.started = true;
      this.separator = separatorOf(this.buffer);
      const rest = this.buffer;
      this.buffer = "";
      const records = this.scan(rest);
      return [...records, ...this.flush()];
    }
    return this.flush();
  }

  private refuse(limit: number): never {
    this.buffer = "";
    this.field = "";
    this.record = [];
    this.refusal = new CsvRecordTooLong(this.records + 1, limit);
    throw this.refusal;
  }

  /**
   * Where the first line ends (a CR or LF outside quotes), or -1 when it has not ended yet: goes
   * on from where the last piece stopped.
   */
  private firstLineEnd(): number {
    const text = this.buffer;
    let quoted = this.headerQuoted;
    for (let i = this.headerScanned; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (!quoted && (c === 0x0a || c === 0x0d)) return i;
    }
    this.headerScanned = text.length;
    this.headerQuoted = quoted;
    return -1;
  }

  private flush(): string[][] {
    this.pendingCr = false;
    if (this.field === "" && this.record.length === 0 && !this.quoted && !this.quoteSeen) return [];
    this.record.push(this.field);
    const last = this.record;
    this.field = "";
    this.record = [];
    this.recordLength = 0;
    this.records++;
    this.quoted = false;
    this.quoteSeen = false;
    return [last];
  }

  private scan(text: string): string[][] {
    const out: string[][] = [];
    const separator = this.separator ?? ",";
    let field = this.field;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === "\n") continue;
      }
      if (++this.recordLength > maximumRecordLength) {
        this.field = field;
        this.refuse(maximumRecordLength);
      }
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          this.quoted = false;
          // Falls through: the character after a closing quote is read as outside quotes.
        } else if (c === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          field += c;
          continue;
        }
      }
      if (c === '"' && field === "") {
        this.quoted = true;
      } else if (c === separator) {
        this.record.push(field);
        field = "";
      } else if (c === "\n" || c === "\r") {
        this.record.push(field);
        field = "";
        out.push(this.record);
        this.record = [];
        this.recordLength = 0;
        this.records++;
        if (c === "\r") this.pendingCr = true;
      } else {
        field += c;
      }
    }
    this.field = field;
    return out;
  }
}

function separatorOf(line: string): string {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * The records of a CSV file that arrives in chunks of bytes (UTF-8) or text, one at a time, with
 * the file's row number (the header is row 1).
 */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<{ row: number; fields: string[] }> {
  const reader = new CsvRecordReader();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let row = 0;
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    for (const fields of reader.push(text)) yield { row: ++row, fields };
  }
  const rest = decoder.decode();
  for (const fields of [...reader.push(rest), ...reader.end()]) yield { row: ++row, fields };
}

/** How the time columns are given: hours (any non-negative numbers) or shares (0–1 or percent). */
export type SurveyUnit = "hours" | "shares";

export interface SurveyHeader {
  /** The index of each known column in a record. */
  columns: Record<TimeColumn | "municipality" | "role", number>;
  unit: SurveyUnit;
}

export type HeaderResult = { ok: true; header: SurveyHeader } | { ok: false; reasons: string[] };

/** Lower case, no diacritics, letters and digits only: "Övrigt (h)" → "ovrigth". */
function normalised(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9%]/g, "");
}

const columnPrefixes: [TimeColumn | "municipality" | "role", string[]][] = [
  ["municipality", ["kommunkod", "kommunnr", "kommun", "municipality"]],
  ["role", ["roll", "role", "yrkesroll", "befattning"]],
  ["direct", ["direkt", "tidmedbarn", "barnochfamilj", "direct"]],
  ["documentation", ["dokumentation", "dok", "documentation"]],
  ["administration", ["administration", "admin"]],
  ["travel", ["resor", "restid", "resa", "travel"]],
  ["other", ["ovrigt", "ovrig", "annat", "other"]],
];

/** A header's unit: "timmar", "tim" or "(h)" means hours; "andel", "procent" or "%" shares. */
function unitOfName(name: string): SurveyUnit | null {
  const n = name.toLowerCase();
  if (/timmar|\btim\b|\(h\)|[\s_-]h$/.test(n)) return "hours";
  if (/andel|procent|%/.test(n)) return "shares";
  return null;
}

/**
 * Maps the header to the known columns, by Swedish (or English) names in any case and with or
 * without diacritics: kommunkod, roll, direkt, dokumentation, administration, resor, övrigt. A name
 * may carry its unit ("direkt_timmar", "resor (h)", "direkt andel", "direkt %"); a file states
 * hours once in any time column's name, and is read as shares otherwise.
 */
export function mapSurveyHeader(fields: readonly string[]): HeaderResult {
  const columns: Partial<Record<TimeColumn | "municipality" | "role", number>> = {};
  let unit: SurveyUnit | null = null;
  fields.forEach((raw, index) => {
    const name = normalised(raw);
    if (name === "") return;
    const match = columnPrefixes.find(([, prefixes]) => prefixes.some((p) => name.startsWith(p)));
    if (!match) return;
    const [column] = match;
    if (columns[column] !== undefined) return;
    columns[column] = index;
    if (column !== "municipality" && column !== "role") {
      const given = unitOfName(raw);
      if (given === "hours" || (given === "shares" && unit === null)) unit = given;
    }
  });
  const missing = (Object.keys(columnNames) as (keyof typeof columnNames)[]).filter(
    (column) => columns[column] === undefined,
  );
  if (missing.length > 0) {
    return {
      ok: false,
      reasons: missing.map((column) => `kolumnen ${columnNames[column]} saknas`),
    };
  }
  return {
    ok: true,
    header: {
      columns: columns as SurveyHeader["columns"],
      unit: unit ?? "shares",
    },
  };
}

export interface SurveyRespondent {
  municipalityCode: string;
  role: RespondentRole;
  shares: Shares;
}

export type RowResult =
  | { ok: true; respondent: SurveyRespondent }
  | { ok: false; reason: string }
  /** An empty line, as Excel leaves at the end: neither a respondent nor a problem. */
  | { ok: "empty" };

/** How far shares may be from 1 (or percentages from 100) and still be read as adding up. */
export const shareTolerance = 0.01;

/** A number as the file writes it: decimal comma or point, spaces and a trailing % allowed. */
export function parseSwedishNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/%$/, "")
    .replace(/^−/, "-")
    .replace(",", ".");
  if (cleaned === "") return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** A number the Swedish way, at most two decimals: 0.85 → "0,85". */
export function swedishNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}

const roleNames: Record<string, RespondentRole> = {
  socialsekreterare: "socialsekreterare",
  arbetsledare: "arbetsledare",
  chef: "chef",
  other: "other",
  ovrigt: "other",
  ovrig: "other",
  annan: "other",
  annat: "other",
};

/**
 * One data record checked against the header and the municipalities that exist: the respondent
 * with shares that sum to exactly 1, or the first reason it is bad, in Swedish. Hours become the
 * shares of their sum; shares are fractions (summing to 1) or percentages (summing to 100), each
 * within the tolerance. An empty time cell counts as 0.
 */
export function readSurveyRow(
  fields: readonly string[],
  header: SurveyHeader,
  municipalityCodes: ReadonlySet<string>,
): RowResult {
  if (fields.every((f) => f.trim() === "")) return { ok: "empty" };
  const { columns } = header;
  const lastNeeded = (Object.keys(columns) as (keyof typeof columns)[]).find(
    (column) => columns[column] >= fields.length,
  );
  if (lastNeeded !== undefined)
    return { ok: false, reason: `kolumnen ${columnNames[lastNeeded]} saknas` };

  const rawCode = (fields[columns.municipality] ?? "").trim();
  const code = /^\d{3}$/.test(rawCode) ? `0${rawCode}` : rawCode;
  if (code === "") return { ok: false, reason: "kommunkod saknas" };
  if (!municipalityCodes.has(code)) return { ok: false, reason: `okänd kommunkod ${rawCode}` };

  const rawRole = (fields[columns.role] ?? "").trim();
  const role = roleNames[normalised(rawRole)];
  if (!role) {
    return {
      ok: false,
      reason: rawRole === "" ? "roll saknas" : `okänd roll ${rawRole}`,
    };
  }

  const values = {} as Shares;
  for (const column of timeColumns) {
    const raw = fields[columns[column]] ?? "";
    const value = parseSwedishNumber(raw);
    if (value !== null && Number.isNaN(value)) {
      return { ok: false, reason: `${columnNames[column]}: ${raw.trim()} är inget tal` };
    }
    values[column] = value ?? 0;
  }
  const negative = timeColumns.find((column) => values[column] < 0);
  if (negative) {
    return {
      ok: false,
      reason:
        header.unit === "hours"
          ? "negativa timmar"
          : `negativ andel i kolumnen ${columnNames[negative]}`,
    };
  }
  const sum = timeColumns.reduce((total, column) => total + values[column], 0);
  if (header.unit === "hours") {
    if (sum <= 0) return { ok: false, reason: "inga timmar" };
  } else {
    const fraction = Math.abs(sum - 1) <= shareTolerance;
    const percent = Math.abs(sum - 100) <= shareTolerance * 100;
    if (!fraction && !percent) {
      const asPercent = timeColumns.some((column) => values[column] > 1);
      return {
        ok: false,
        reason: `andelarna summerar till ${swedishNumber(sum)}, inte ${asPercent ? "100" : "1"}`,
      };
    }
  }
  const shares = {} as Shares;
  for (const column of timeColumns) shares[column] = values[column] / sum;
  return { ok: true, respondent: { municipalityCode: code, role, shares } };
}
