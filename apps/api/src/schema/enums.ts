import { schema } from "@kraftsamling/db";
import { builder } from "../builder";

/** A GraphQL enum whose values are the database enum's, in upper case. */
function enumOf<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  description: string,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value.toUpperCase(), { value }])) as {
      [K in T[number] as Uppercase<K>]: { value: K };
    },
  });
}

export const OrganisationKind = enumOf(
  "OrganisationKind",
  schema.organisationKind.enumValues,
  "What kind of body an organisation is.",
);
export const Circle = enumOf(
  "Circle",
  schema.circle.enumValues,
  "The mission's three circles: SAMARBETE (collaboration), SAMRAD (consultation), BRED_DELAKTIGHET (broad participation).",
);
export const ThemeStatus = enumOf(
  "ThemeStatus",
  schema.themeStatus.enumValues,
  "Whether a theme takes comments.",
);
export const ProposalStatus = enumOf(
  "ProposalStatus",
  schema.proposalStatus.enumValues,
  "DECIDED by the government, or IN_PREPARATION (bereds) in the Government Offices.",
);
export const MeetingKind = enumOf(
  "MeetingKind",
  schema.meetingKind.enumValues,
  "The kinds of meeting of the mission's method.",
);
export const MeetingStatus = enumOf(
  "MeetingStatus",
  schema.meetingStatus.enumValues,
  "Where a meeting is in its life.",
);
export const MeetingAudience = enumOf(
  "MeetingAudience",
  schema.meetingAudience.enumValues,
  "OPEN to all, or only to INVITED organisations.",
);
export const RegistrationStatus = enumOf(
  "RegistrationStatus",
  schema.registrationStatus.enumValues,
  "CONFIRMED: holds a place; WAITLISTED: on the waiting list, promoted in turn; CANCELLED: withdrawn.",
);
export const FindingSource = enumOf(
  "FindingSource",
  schema.findingSource.enumValues,
  "Where a finding was heard: at a municipality VISIT, a DIALOGUE_MEETING, HEARING, ROUND_TABLE or WEBINAR, in a SURVEY or in RESEARCH.",
);
export const FindingKind = enumOf(
  "FindingKind",
  schema.findingKind.enumValues,
  "What a finding tells of: a CHALLENGE or a GOOD_EXAMPLE; the national picture counts both alike.",
);
export const FindingStatus = enumOf(
  "FindingStatus",
  schema.findingStatus.enumValues,
  "Where a finding stands: DRAFT, IN_REVIEW, PUBLISHED, or UNPUBLISHED (taken back, with a reason). Only PUBLISHED findings leave the coordinator's office.",
);
export const PortalRole = enumOf(
  "PortalRole",
  schema.portalRole.enumValues,
  "A person's role across the portal: COORDINATOR (everything), MODERATOR, MEMBER (partner member), OBSERVER (reads only).",
);
export const CommentHiddenBy = enumOf(
  "CommentHiddenBy",
  schema.commentHiddenBy.enumValues,
  "Who hid a comment: REPORTS from several participants, until a moderator decides, or a MODERATOR.",
);
export const MembershipRole = enumOf(
  "MembershipRole",
  schema.membershipRole.enumValues,
  "MEMBER or ADMIN of an organisation.",
);

export const VisitStatus = enumOf(
  "VisitStatus",
  schema.visitStatus.enumValues,
  "Where a municipality visit stands: PLANNED, HELD, then WRITTEN_UP.",
);

export const CommitmentKind = enumOf(
  "CommitmentKind",
  schema.commitmentKind.enumValues,
  'What a commitment is: a PROPOSAL to the government (seed 001), or a part of SKL\'s action plan (seed 004): an ACTION_AREA, an ACTION_ITEM under it ("SKL ska verka för"), or a STABILITY_FACTOR.',
);
export const CommitmentStatus = enumOf(
  "CommitmentStatus",
  schema.commitmentStatus.enumValues,
  "Where a commitment stands: PROPOSED, DECIDED, BEING_PREPARED, UNDER_WAY, REPORTED, DONE.",
);

export const LinkState = builder.enumType("LinkState", {
  description: "Where an e-mailed link stands: usable, or why not.",
  values: ["VALID", "EXPIRED", "USED", "REVOKED"] as const,
});
