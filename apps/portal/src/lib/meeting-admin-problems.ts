import type { ProblemTexts } from "../components/form";

/** The coordinator's meeting editor: each of the meetings API's codes in words of its own. */
export const meetingAdminTexts: ProblemTexts = {
  TITLE_EMPTY: "meetingAdmin.problem.TITLE_EMPTY",
  TOO_LONG: "meetingAdmin.problem.TOO_LONG",
  INVALID_TIMES: "meetingAdmin.problem.INVALID_TIMES",
  TIMES_MISSING: "meetingAdmin.problem.TIMES_MISSING",
  INVALID_CAPACITY: "meetingAdmin.problem.INVALID_CAPACITY",
  INVALID_REGISTRATION_WINDOW: "meetingAdmin.problem.INVALID_REGISTRATION_WINDOW",
  INVALID_URL: "meetingAdmin.problem.INVALID_URL",
  INVALID_SLUG: "meetingAdmin.problem.INVALID_SLUG",
  SLUG_TAKEN: "meetingAdmin.problem.SLUG_TAKEN",
  NOT_FOUND: "meetingAdmin.problem.NOT_FOUND",
  SLOT_MISSING: "meetingAdmin.problem.SLOT_MISSING",
  NOT_A_SEMINAR: "meetingAdmin.problem.NOT_A_SEMINAR",
  SEMINAR_TIMES_FOLLOW_SLOT: "meetingAdmin.problem.SEMINAR_TIMES_FOLLOW_SLOT",
  NOT_A_DRAFT: "meetingAdmin.problem.NOT_A_DRAFT",
  CONFERENCE_NOT_PUBLISHED: "meetingAdmin.problem.CONFERENCE_NOT_PUBLISHED",
  MESSAGE_EMPTY: "meetingAdmin.problem.MESSAGE_EMPTY",
  INVALID_STATUS: "meetingAdmin.problem.INVALID_STATUS",
  NOT_STARTED: "meetingAdmin.problem.NOT_STARTED",
  NOT_CONFIRMED: "meetingAdmin.problem.NOT_CONFIRMED",
  PERSONAL_DATA: "problem.PERSONAL_DATA",
};

/** The agenda's codes: the API names the item in English, the portal says what to fix. */
export const agendaTexts: ProblemTexts = {
  ...meetingAdminTexts,
  TITLE_EMPTY: "meetingAdmin.problem.ITEM_TITLE_EMPTY",
  INVALID_TIMES: "meetingAdmin.problem.AGENDA_TIMES",
  OUTSIDE_MEETING: "meetingAdmin.problem.OUTSIDE_MEETING",
};

/** A conference's slots. */
export const slotTexts: ProblemTexts = {
  ...meetingAdminTexts,
  INVALID_TITLE: "meetingAdmin.problem.INVALID_TITLE",
  INVALID_TIMES: "meetingAdmin.problem.SLOT_TIMES",
  OUTSIDE_CONFERENCE: "meetingAdmin.problem.OUTSIDE_CONFERENCE",
  SLOT_EXISTS: "meetingAdmin.problem.SLOT_EXISTS",
  SLOT_NOT_EMPTY: "meetingAdmin.problem.SLOT_NOT_EMPTY",
};
