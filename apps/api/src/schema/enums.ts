import { schema } from "@kraftsamling/db";
import { builder } from "../builder";

/** A GraphQL enum whose values are the database enum's, in upper case, each with its meaning. */
function enumOf<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  description: string,
  meanings: { [K in T[number] as Uppercase<K>]: string },
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [
        value.toUpperCase(),
        { value, description: (meanings as Record<string, string>)[value.toUpperCase()] },
      ]),
    ) as unknown as {
      [K in T[number] as Uppercase<K>]: { value: K; description: string };
    },
  });
}

export const OrganisationKind = enumOf(
  "OrganisationKind",
  schema.organisationKind.enumValues,
  "What kind of body an organisation is.",
  {
    ARBETSGIVARORGANISATION: "An employers' organisation.",
    FACKFORBUND: "A trade union.",
    FOU_MILJO: "A research and development unit (FoU-miljö).",
    INTRESSEORGANISATION: "An interest organisation, for example of children or families.",
    KOMMUN: "A municipality.",
    LAROSATE: "A university or university college (lärosäte).",
    MYNDIGHET: "A government agency (myndighet).",
    REGION: "A region.",
    VARDFORETAG: "A private care provider (vårdföretag).",
  },
);
export const Circle = enumOf(
  "Circle",
  schema.circle.enumValues,
  "The mission's three circles: SAMARBETE (collaboration), SAMRAD (consultation), BRED_DELAKTIGHET (broad participation).",
  {
    SAMARBETE: "Collaboration: the closest partners, who work with the mission.",
    SAMRAD: "Consultation: those the mission consults regularly.",
    BRED_DELAKTIGHET: "Broad participation: everyone else who takes part.",
  },
);
export const ThemeStatus = enumOf(
  "ThemeStatus",
  schema.themeStatus.enumValues,
  "Whether a theme takes comments.",
  {
    OPEN: "Takes comments.",
    CLOSED: "Readable, but takes no new comments.",
    ARCHIVED: "Done with: left out of the theme lists.",
  },
);
export const ProposalStatus = enumOf(
  "ProposalStatus",
  schema.proposalStatus.enumValues,
  "DECIDED by the government, or IN_PREPARATION (bereds) in the Government Offices.",
  {
    DECIDED: "Decided by the government.",
    IN_PREPARATION: "Being prepared (bereds) in the Government Offices.",
  },
);
export const MeetingKind = enumOf(
  "MeetingKind",
  schema.meetingKind.enumValues,
  "The kinds of meeting of the mission's method.",
  {
    NATIONAL_DIALOGUE: "A national dialogue meeting.",
    DIALOGUE_MEETING: "A dialogue meeting.",
    HEARING: "A hearing, with questions from the audience.",
    ROUND_TABLE: "A round table.",
    WEBINAR: "A webinar, with questions from the audience.",
    REGIONAL_CONFERENCE: "A regional conference, with seminars in its programme.",
    SEMINAR: "A seminar within a regional conference's programme.",
  },
);
export const MeetingStatus = enumOf(
  "MeetingStatus",
  schema.meetingStatus.enumValues,
  "Where a meeting is in its life.",
  {
    DRAFT: "Being planned: the coordinator's only.",
    PUBLISHED: "Announced: anyone sees it, and people may register.",
    CANCELLED: "Cancelled, with a message to those registered.",
    HELD: "Has taken place.",
  },
);
export const MeetingAudience = enumOf(
  "MeetingAudience",
  schema.meetingAudience.enumValues,
  "OPEN to all, or only to INVITED organisations.",
  {
    OPEN: "Any organisation may register.",
    INVITED: "Only invited organisations may register.",
  },
);
export const RegistrationStatus = enumOf(
  "RegistrationStatus",
  schema.registrationStatus.enumValues,
  "CONFIRMED: holds a place; WAITLISTED: on the waiting list, promoted in turn; CANCELLED: withdrawn.",
  {
    CONFIRMED: "Holds a place.",
    WAITLISTED: "On the waiting list, promoted in turn when a place frees.",
    CANCELLED: "Withdrawn.",
  },
);
export const FindingSource = enumOf(
  "FindingSource",
  schema.findingSource.enumValues,
  "Where a finding was heard: at a municipality VISIT, a DIALOGUE_MEETING, HEARING, ROUND_TABLE or WEBINAR, in a SURVEY or in RESEARCH.",
  {
    VISIT: "Heard at a municipality visit.",
    DIALOGUE_MEETING: "Heard at a dialogue meeting.",
    HEARING: "Heard at a hearing.",
    ROUND_TABLE: "Heard at a round table.",
    WEBINAR: "Heard at a webinar.",
    SURVEY: "Read in a survey.",
    RESEARCH: "Read in research.",
  },
);
export const FindingKind = enumOf(
  "FindingKind",
  schema.findingKind.enumValues,
  "What a finding tells of: a CHALLENGE or a GOOD_EXAMPLE; the national picture counts both alike.",
  {
    CHALLENGE: "A challenge: something that does not work well.",
    GOOD_EXAMPLE: "A good example: something that works and others may learn from.",
  },
);
export const FindingStatus = enumOf(
  "FindingStatus",
  schema.findingStatus.enumValues,
  "Where a finding stands: DRAFT, IN_REVIEW, PUBLISHED, or UNPUBLISHED (taken back, with a reason). Only PUBLISHED findings leave the coordinator's office.",
  {
    DRAFT: "Being written in the coordinator's office.",
    IN_REVIEW: "Written, waiting for review in the coordinator's office.",
    PUBLISHED: "Public: everyone reads it, and it counts in the national picture.",
    UNPUBLISHED: "Taken back after publication, with a reason.",
  },
);
export const PortalRole = enumOf(
  "PortalRole",
  schema.portalRole.enumValues,
  "A person's role across the portal: COORDINATOR (everything), MODERATOR, MEMBER (partner member), OBSERVER (reads only).",
  {
    COORDINATOR: "The coordinator's office: may do everything.",
    MODERATOR: "Moderates the dialogue.",
    MEMBER: "A member of a partner organisation: comments, registers for meetings.",
    OBSERVER: "Reads only.",
  },
);
export const CommentHiddenBy = enumOf(
  "CommentHiddenBy",
  schema.commentHiddenBy.enumValues,
  "Who hid a comment: REPORTS from several participants, until a moderator decides, or a MODERATOR.",
  {
    REPORTS: "Reports from several participants hid it until a moderator decides.",
    MODERATOR: "A moderator hid it.",
  },
);
export const MembershipRole = enumOf(
  "MembershipRole",
  schema.membershipRole.enumValues,
  "MEMBER or ADMIN of an organisation.",
  {
    MEMBER: "A member of the organisation.",
    ADMIN: "An admin of the organisation: invites members and approves its positions.",
  },
);

export const VisitStatus = enumOf(
  "VisitStatus",
  schema.visitStatus.enumValues,
  "Where a municipality visit stands: PLANNED, HELD, then WRITTEN_UP.",
  {
    PLANNED: "Planned, not yet held.",
    HELD: "Held; its answers are being written up.",
    WRITTEN_UP: "Held and written up.",
  },
);

export const CommitmentKind = enumOf(
  "CommitmentKind",
  schema.commitmentKind.enumValues,
  'What a commitment is: a PROPOSAL to the government (seed 001), or a part of SKL\'s action plan (seed 004): an ACTION_AREA, an ACTION_ITEM under it ("SKL ska verka för"), or a STABILITY_FACTOR.',
  {
    PROPOSAL: "A proposal to the government (seed 001).",
    ACTION_AREA: "An action area of SKL's action plan (seed 004).",
    ACTION_ITEM: 'An action under an action area ("SKL ska verka för").',
    STABILITY_FACTOR: "A stability factor of SKL's action plan.",
  },
);
export const CommitmentStatus = enumOf(
  "CommitmentStatus",
  schema.commitmentStatus.enumValues,
  "Where a commitment stands: PROPOSED, DECIDED, BEING_PREPARED, UNDER_WAY, REPORTED, DONE.",
  {
    PROPOSED: "Proposed, not yet decided.",
    DECIDED: "Decided.",
    BEING_PREPARED: "Being prepared.",
    UNDER_WAY: "Under way.",
    REPORTED: "Reported on.",
    DONE: "Done.",
  },
);

export const LinkState = builder.enumType("LinkState", {
  description: "Where an e-mailed link stands: usable, or why not.",
  values: {
    VALID: { description: "The link may be used." },
    EXPIRED: { description: "The link's time has run out." },
    USED: { description: "The link has been used; it works once." },
    REVOKED: { description: "The link was taken back." },
  },
});
