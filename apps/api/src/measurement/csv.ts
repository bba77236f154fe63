import { type Db, schema } from "@kraftsamling/db";
import { openDataset, type SurveyGrouping } from "@kraftsamling/domain";
import { type DirectTimeCellView, directTimeDistribution, type SurveyRow } from "./service";

/** The role as the file names it. */
const roleNames: Record<string, string> = {
  socialsekreterare: "socialsekreterare",
  arbetsledare: "arbetsledare",
  chef: "chef",
  other: "övrig",
};

/** The CSV file's headings: the open-data catalogue's `direct-time` columns. */
export const directTimeCsvHeader = (openDataset("direct-time")?.columns ?? []).map((c) => c.csv);

/** One cell of the direct-time distribution as the open data gives it. */
export interface DirectTimeRecord {
  survey: string;
  municipalityGroup: string | null;
  county: string | null;
  role: string | null;
  /** Null when the cell is suppressed. */
  respondents: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  invented: boolean;
}

const share = (value: number | null) => (value === null ? "" : value.toFixed(4));

/**
 * The direct-time distribution of one grouping of a survey, with the same suppression as the API:
 * each cell as a record and as a CSV row, where a suppressed cell says "färre än 5" for its count
 * and leaves its statistics empty.
 */
export async function directTimeDownloadRows(
  db: Db,
  survey: SurveyRow,
  grouping: SurveyGrouping,
): Promise<{ record: DirectTimeRecord; csv: string[] }[]> {
  const [cells, groups, counties] = await Promise.all([
    directTimeDistribution(db, survey.id, grouping),
    db.select().from(schema.municipalityGroups),
    db.select().from(schema.counties),
  ]);
  const groupName = new Map(groups.map((g) => [g.code, `${g.code} ${g.name}`]));
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const csvRow = (cell: DirectTimeCellView) => [
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
  ];
  return cells.map((cell) => ({
    record: {
      survey: survey.name,
      municipalityGroup: cell.groupCode,
      county: cell.countyCode,
      role: cell.role,
      respondents: cell.suppressed ? null : cell.n,
      mean: cell.mean,
      median: cell.median,
      q1: cell.q1,
      q3: cell.q3,
      invented: survey.invented,
    },
    csv: csvRow(cell),
  }));
}
