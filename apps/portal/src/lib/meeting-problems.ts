import type { ProblemTexts } from "../components/form";

/** Texts for every refusal of registering, withdrawing and picking seminars. */
export const meetingRegistrationProblemTexts: ProblemTexts = {
  NOT_FOUND: "meetings.problem.NOT_FOUND",
  MEETING_CANCELLED: "meetings.problem.MEETING_CANCELLED",
  REGISTRATION_NOT_OPEN: "meetings.problem.REGISTRATION_NOT_OPEN",
  REGISTRATION_CLOSED: "meetings.problem.REGISTRATION_CLOSED",
  SEMINAR_IN_PROGRAMME: "meetings.problem.SEMINAR_IN_PROGRAMME",
  NOT_A_MEMBER: "meetings.problem.NOT_A_MEMBER",
  NOT_INVITED: "meetings.problem.NOT_INVITED",
  ALREADY_REGISTERED: "meetings.problem.ALREADY_REGISTERED",
  NOT_REGISTERED: "meetings.problem.NOT_REGISTERED",
  MEETING_STARTED: "meetings.problem.MEETING_STARTED",
  SEMINAR_FULL: "meetings.problem.SEMINAR_FULL",
  SEMINAR_CANCELLED: "meetings.problem.SEMINAR_CANCELLED",
  NOT_A_SEMINAR: "meetings.problem.NOT_A_SEMINAR",
};
