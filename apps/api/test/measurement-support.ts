import { randomUUID } from "node:crypto";
import { schema as tables } from "@kraftsamling/db";
import { seededRandom } from "@kraftsamling/domain";
import type { TestApi } from "./support";

export interface TestRespondent {
  municipalityCode: string;
  groupCode: string;
  countyCode: string;
  role: "socialsekreterare" | "arbetsledare" | "chef" | "other";
  /** Hours or shares, as the file gives them: direkt, dokumentation, administration, resor, övrigt. */
  values: [number, number, number, number, number];
}

const roles = ["socialsekreterare", "arbetsledare", "chef", "other"] as const;

/** Municipalities of several groups and counties, from the reference data. */
export async function someMunicipalities(api: TestApi, count: number) {
  const all = await api.database.db
    .select({
      code: tables.municipalities.code,
      groupCode: tables.municipalities.groupCode,
      countyCode: tables.municipalities.countyCode,
    })
    .from(tables.municipalities)
    .orderBy(tables.municipalities.code);
  const step = Math.floor(all.length / count);
  return Array.from({ length: count }, (_, i) => all[i * step] as (typeof all)[number]);
}

/** Respondents with shares summing to 1 (three decimals), deterministic for a seed. */
export function respondents(
  municipalities: { code: string; groupCode: string; countyCode: string }[],
  count: number,
  seed: number,
): TestRespondent[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const m = municipalities[
      Math.floor(random() * municipalities.length)
    ] as (typeof municipalities)[number];
    const direct = Math.round((0.1 + random() * 0.3) * 1000);
    const documentation = Math.round(random() * (1000 - direct));
    const administration = Math.round(random() * (1000 - direct - documentation));
    const travel = Math.round(random() * (1000 - direct - documentation - administration));
    const other = 1000 - direct - documentation - administration - travel;
    return {
      municipalityCode: m.code,
      groupCode: m.groupCode,
      countyCode: m.countyCode,
      role: roles[Math.floor(random() * roles.length)] as TestRespondent["role"],
      values: [direct, documentation, administration, travel, other].map(
        (v) => v / 1000,
      ) as TestRespondent["values"],
    };
  });
}

/** A survey file as Excel writes it: a header and one line per respondent. */
export function surveyCsv(
  rows: TestRespondent[],
  options: { separator?: "," | ";"; decimalComma?: boolean; bom?: boolean; header?: string[] } = {},
): string {
  const separator = options.separator ?? ",";
  const number = (v: number) => {
    const text = String(v);
    if (!options.decimalComma) return text;
    const swedish = text.replace(".", ",");
    return separator === "," ? `"${swedish}"` : swedish;
  };
  const header = options.header ?? [
    "kommunkod",
    "roll",
    "direkt",
    "dokumentation",
    "administration",
    "resor",
    "övrigt",
  ];
  const lines = [
    header.join(separator),
    ...rows.map((r) => [r.municipalityCode, r.role, ...r.values.map(number)].join(separator)),
  ];
  return `${options.bom ? "\ufeff" : ""}${lines.join("\r\n")}\r\n`;
}

/** The median and quartiles as PostgreSQL's percentile_cont computes them. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (position - low);
}

export interface UploadAnswer {
  import?: {
    id: string;
    status: string;
    rowsRead: number;
    problems: { row: number; reason: string }[];
    surveyId: string | null;
  };
  error?: { code: string; message: string; field?: string };
}

/** Posts a survey file to the import route as the portal does. */
export async function uploadSurvey(
  url: string,
  cookie: string | null,
  csv: string | Buffer,
  fields: Partial<Record<"name" | "periodStart" | "periodEnd" | "round" | "importId", string>> = {},
  options: { csrf?: boolean } = {},
): Promise<{ status: number; body: UploadAnswer }> {
  const form = new FormData();
  const all = {
    name: `Tidsmätning ${randomUUID().slice(0, 8)}`,
    periodStart: "2016-02-01",
    periodEnd: "2016-02-12",
    round: "BEFORE_VISIT_2",
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) form.append(name, value);
  form.append("file", new Blob([csv]), "tidsmatning.csv");
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (options.csrf !== false) headers["apollo-require-preflight"] = "true";
  const response = await fetch(`${url}/measurement/surveys`, {
    method: "POST",
    body: form,
    headers,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
}
