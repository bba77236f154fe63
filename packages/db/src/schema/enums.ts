import { pgEnum } from "drizzle-orm/pg-core";

export const organisationKind = pgEnum("organisation_kind", [
  "kommun",
  "region",
  "myndighet",
  "intresseorganisation",
  "fackforbund",
  "arbetsgivarorganisation",
  "vardforetag",
  "larosate",
  "fou_miljo",
]);

/** The three circles of the mission (seed 000, slides 12–13). */
export const circle = pgEnum("organisation_circle", ["samarbete", "samrad", "bred_delaktighet"]);

/** A person's role across the portal; third parties have no account at all. */
export const portalRole = pgEnum("portal_role", ["coordinator", "moderator", "member", "observer"]);

export const membershipRole = pgEnum("membership_role", ["member", "admin"]);

export const themeStatus = pgEnum("theme_status", ["open", "closed", "archived"]);

export const proposalStatus = pgEnum("proposal_status", ["decided", "in_preparation"]);

export const meetingKind = pgEnum("meeting_kind", [
  "national_dialogue",
  "dialogue_meeting",
  "hearing",
  "round_table",
  "webinar",
  "regional_conference",
  "seminar",
]);

export const meetingStatus = pgEnum("meeting_status", ["draft", "published", "cancelled", "held"]);

export const meetingAudience = pgEnum("meeting_audience", ["open", "invited"]);

/** A registration holds a place, waits for one, or was withdrawn. */
export const registrationStatus = pgEnum("registration_status", [
  "confirmed",
  "waitlisted",
  "cancelled",
]);

/** Where a finding was heard: at a municipality visit, a kind of meeting, a survey or in research. */
export const findingSource = pgEnum("finding_source", [
  "visit",
  "dialogue_meeting",
  "hearing",
  "round_table",
  "webinar",
  "survey",
  "research",
]);

/** A finding is written as a draft, read in review, then published; it can be taken back with a reason. */
export const findingStatus = pgEnum("finding_status", [
  "draft",
  "in_review",
  "published",
  "unpublished",
]);

/** A finding tells of a challenge or of a good example; the picture counts both alike. */
export const findingKind = pgEnum("finding_kind", ["challenge", "good_example"]);

/** Why a participant reports a comment to the moderators. */
export const commentReportReason = pgEnum("comment_report_reason", [
  "spam",
  "offensive",
  "personal_data",
  "off_topic",
  "other",
]);

/** Who hid a comment: reports from several people (until a moderator decides), or a moderator. */
export const commentHiddenBy = pgEnum("comment_hidden_by", ["reports", "moderator"]);

/** When a person hears of their notifications by e-mail: never, at once, or in one mail a day. */
export const notificationMail = pgEnum("notification_mail", ["off", "immediate", "daily"]);

/** What a notification tells: a reply to one's comment, or a moderator's decision about it. */
export const notificationKind = pgEnum("notification_kind", [
  "reply",
  "comment_hidden",
  "comment_restored",
  "blocked",
]);

/** Which measurement round a survey belongs to: before visit round 1 or before round 2. */
export const surveyRound = pgEnum("survey_round", ["before_visit_1", "before_visit_2"]);

/** A respondent's role in the time-use measurement. */
export const respondentRole = pgEnum("respondent_role", [
  "socialsekreterare",
  "arbetsledare",
  "chef",
  "other",
]);

/** Where an import of a survey file stands. */
export const surveyImportStatus = pgEnum("survey_import_status", [
  "running",
  "refused",
  "imported",
]);

/** What a commitment is: a proposal to the government, or a part of SKL's action plan. */
export const commitmentKind = pgEnum("commitment_kind", [
  "proposal",
  "action_area",
  "action_item",
  "stability_factor",
]);

/** Where a commitment stands. */
export const commitmentStatus = pgEnum("commitment_status", [
  "proposed",
  "decided",
  "being_prepared",
  "under_way",
  "reported",
  "done",
]);
