/**
 * The time-use page's choices as they live in the portal's address (?matning=<id>&indelning=grupp)
 * and what they become for the API and for /measurement/direct-time.csv.
 */

export const SURVEY_GROUPINGS = [
  "TOTAL",
  "GROUP",
  "COUNTY",
  "ROLE",
  "GROUP_ROLE",
  "COUNTY_ROLE",
] as const;
export type SurveyGrouping = (typeof SURVEY_GROUPINGS)[number];

export const RESPONDENT_ROLES = ["SOCIALSEKRETERARE", "ARBETSLEDARE", "CHEF", "OTHER"] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export const SURVEY_ROUNDS = ["BEFORE_VISIT_1", "BEFORE_VISIT_2"] as const;
export type SurveyRound = (typeof SURVEY_ROUNDS)[number];

/** The address's short Swedish words for the groupings. */
export const GROUPING_PARAM: Record<SurveyGrouping, string> = {
  TOTAL: "alla",
  GROUP: "grupp",
  COUNTY: "lan",
  ROLE: "roll",
  GROUP_ROLE: "grupp-roll",
  COUNTY_ROLE: "lan-roll",
};

export const MEASUREMENT_PARAM = { survey: "matning", grouping: "indelning" } as const;

/** The grouping shown when the address names none (or one the portal does not know). */
export const DEFAULT_GROUPING: SurveyGrouping = "GROUP";

export interface MeasurementChoice {
  /** The survey's id, or null for the latest. */
  surveyId: string | null;
  grouping: SurveyGrouping;
}

export function readMeasurementChoice(params: URLSearchParams): MeasurementChoice {
  const word = params.get(MEASUREMENT_PARAM.grouping);
  const grouping =
    SURVEY_GROUPINGS.find((g) => GROUPING_PARAM[g] === word) ??
    (DEFAULT_GROUPING as SurveyGrouping);
  const surveyId = params.get(MEASUREMENT_PARAM.survey)?.trim() || null;
  return { surveyId, grouping };
}

/** The public page's address for a survey and grouping. */
export function measurementHref(surveyId: string | null, grouping?: SurveyGrouping): string {
  const params = new URLSearchParams();
  if (surveyId) params.set(MEASUREMENT_PARAM.survey, surveyId);
  if (grouping) params.set(MEASUREMENT_PARAM.grouping, GROUPING_PARAM[grouping]);
  const query = params.toString();
  return query ? `/tidsmatning?${query}` : "/tidsmatning";
}

/** The API's CSV of one survey's distribution in one grouping. */
export function measurementCsvHref(surveyId: string, grouping: SurveyGrouping): string {
  const params = new URLSearchParams({ survey: surveyId, grouping });
  return `/measurement/direct-time.csv?${params}`;
}

/** Which keys a grouping's cells carry. */
export function groupingKeys(grouping: SurveyGrouping): {
  group: boolean;
  county: boolean;
  role: boolean;
} {
  return {
    group: grouping === "GROUP" || grouping === "GROUP_ROLE",
    county: grouping === "COUNTY" || grouping === "COUNTY_ROLE",
    role: grouping === "ROLE" || grouping === "GROUP_ROLE" || grouping === "COUNTY_ROLE",
  };
}
