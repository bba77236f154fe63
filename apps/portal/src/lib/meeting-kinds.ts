/** The kinds of meeting a visitor can filter by (seminars are found in their conference's programme). */
export const meetingKinds = [
  "NATIONAL_DIALOGUE",
  "DIALOGUE_MEETING",
  "HEARING",
  "ROUND_TABLE",
  "WEBINAR",
  "REGIONAL_CONFERENCE",
] as const;

export type MeetingKind = (typeof meetingKinds)[number] | "SEMINAR";
