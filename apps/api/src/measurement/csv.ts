import { type Db, schema } from "@kraftsamling/db";
import type { SurveyGrouping } from "@kraftsamling/domain";
import { directTimeDistribution, type SurveyRow } from "./service";

/** The role as the file names it. */
const roleNames: Record<string, string> = {
  socialsekreterare: "socialsekreterare",
  arbetsledare: "arbetsledare",
  chef: "chef",
  other: "övrig",
};

export const directTimeCsvHeader = [
  "undersökning",
  "kommungrupp",
  "län",
  "roll",
  "antal svarande",
  "medelvärde direkt tid",
  "median direkt tid",
  "första kvartil",
  "tredje kvartil",
  "påhittad",
];

const share = (value: number | null) => (value === null ? "" : value.toFixed(4));

/**
 * The direct-time distribution of one grouping of a survey as CSV rows, with the same suppression
 * as the API: a suppressed cell says "färre än 5" for its count and leaves its statistics empty.
 */
export async function directTimeCsvRows(
  db: Db,
  survey: SurveyRow,
  grouping: SurveyGrouping,
): Promise<string[][]> {
  const [cells, groups, counties] = await Promise.all([
    directTimeDistribution(db, survey.id, grouping),
    db.select().from(schema.municipalityGroups),
    db.select().from(schema.counties),
  ]);
  const groupName = new Map(groups.map((g) => [g.code, `${g.code} ${g.name}`]));
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  return cells.map((cell) => [
    survey.name,
    cell.groupCode
      ? (groupName.get(cell.groupCode) ?? cell.groupCode)
      : grouping.includes("group")
        ? ""
        : "alla",
    cell.countyCode
      ? (countyName.get(cell.countyCode) ?? cell.countyCode)
      : grouping.includes("county")
        ? ""
        : "alla",
    cell.role ? (roleNames[cell.role] ?? cell.role) : "alla",
    cell.suppressed ? (cell.label ?? "") : String(cell.n),
    share(cell.mean),
    share(cell.median),
    share(cell.q1),
    share(cell.q3),
    survey.invented ? "ja" : "nej",
  ]);
}
