import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The reference data folder, with its attribution in SOURCES.md. */
const folder = new URL("../../reference-data/", import.meta.url);

/** Reads one of the reference CSV files (UTF-8, comma-separated, unquoted) into rows keyed by header. */
export function readReferenceCsv(name: string): Record<string, string>[] {
  const text = readFileSync(fileURLToPath(new URL(name, folder)), "utf8");
  const [header, ...lines] = text.split("\n").filter((line) => line.trim() !== "");
  if (!header) throw new Error(`${name} is empty`);
  const columns = header.split(",");
  return lines.map((line, index) => {
    const cells = line.split(",");
    if (cells.length !== columns.length) {
      throw new Error(
        `${name}, line ${index + 2}: ${cells.length} cells where the header has ${columns.length}`,
      );
    }
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}

export interface CountyRow {
  code: string;
  name: string;
}
export interface MunicipalityGroupRow {
  code: string;
  name: string;
  mainGroupCode: string;
  mainGroupName: string;
}
export interface MunicipalityRow {
  code: string;
  name: string;
  countyCode: string;
  groupCode: string;
  population: number | null;
}

export function counties(): CountyRow[] {
  return readReferenceCsv("lan.csv").map((r) => ({
    code: need(r, "lanskod"),
    name: need(r, "lan"),
  }));
}

export function municipalityGroups(): MunicipalityGroupRow[] {
  return readReferenceCsv("kommungrupper.csv").map((r) => ({
    code: need(r, "kommungrupp_kod"),
    name: need(r, "kommungrupp"),
    mainGroupCode: need(r, "huvudgrupp_kod"),
    mainGroupName: need(r, "huvudgrupp"),
  }));
}

export function municipalities(): MunicipalityRow[] {
  return readReferenceCsv("kommuner.csv").map((r) => ({
    code: need(r, "kommunkod"),
    name: need(r, "kommun"),
    countyCode: need(r, "lanskod"),
    groupCode: need(r, "kommungrupp_kod"),
    population: r.folkmangd ? Number(r.folkmangd) : null,
  }));
}

function need(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (!value)
    throw new Error(`reference data: column ${column} is empty in ${JSON.stringify(row)}`);
  return value;
}

/** The codes of the counties, municipality groups and municipalities, read once. */
export interface ReferenceCodes {
  countyCodes: ReadonlySet<string>;
  groupCodes: ReadonlySet<string>;
  municipalityCodes: ReadonlySet<string>;
}

let codes: ReferenceCodes | undefined;

export function referenceCodes(): ReferenceCodes {
  codes ??= {
    countyCodes: new Set(counties().map((c) => c.code)),
    groupCodes: new Set(municipalityGroups().map((g) => g.code)),
    municipalityCodes: new Set(municipalities().map((m) => m.code)),
  };
  return codes;
}
