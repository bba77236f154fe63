import type { sv } from "./organisation";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "circle.SAMARBETE": "Collaboration",
  "circle.SAMRAD": "Consultation",
  "circle.BRED_DELAKTIGHET": "Broad participation",
  "circleDescription.SAMARBETE":
    "The Swedish Association of Local Authorities and Regions (SKL) and the regional development leaders, whom the coordinator works with.",
  "circleDescription.SAMRAD":
    "Agencies and organisations that the coordinator consults throughout the mission.",
  "circleDescription.BRED_DELAKTIGHET":
    "Trade unions, NGOs, care providers, universities and R&D units that take part in the dialogue.",

  "organisationKind.KOMMUN": "Municipality",
  "organisationKind.REGION": "Region",
  "organisationKind.MYNDIGHET": "Government agency",
  "organisationKind.INTRESSEORGANISATION": "Interest organisation",
  "organisationKind.FACKFORBUND": "Trade union",
  "organisationKind.ARBETSGIVARORGANISATION": "Employers' organisation",
  "organisationKind.VARDFORETAG": "Care provider",
  "organisationKind.LAROSATE": "University",
  "organisationKind.FOU_MILJO": "R&D unit",

  "organisations.documentTitle": "Organisations",
  "organisations.heading": "Organisations",
  "organisations.intro":
    "The organisations taking part in the dialogue, in the mission's three circles: collaboration, consultation and broad participation.",
  "organisations.count": { one: "{count} organisation", other: "{count} organisations" },
  "organisations.website": "Website",
  "organisations.kind": "Kind",
  "organisations.empty": "There are no organisations in this circle yet.",

  "membershipRole.ADMIN": "Administrator",
  "membershipRole.MEMBER": "Member",

  "organisation.back": "All organisations",
  "organisation.circle": "Circle",
  "organisation.municipality": "Municipality",
  "organisation.membersHeading": "Members",
  "organisation.membersSignIn": "Sign in to see the organisation's members.",
  "organisation.membersCaption": "The organisation's members and their roles",
  "organisation.membersPages": "Pages of the list of members",
  "organisation.noMembers": "The organisation has no members in the portal yet.",
  "organisation.role": "Role",
  "organisation.since": "Member since",
  "organisation.makeAdmin": "Make administrator",
  "organisation.makeAdminLabel": "Make administrator: {name}",
  "organisation.makeMember": "Make member",
  "organisation.makeMemberLabel": "Make member: {name}",
  "organisation.roleChanged": "{name} is now {role}.",
  "organisation.notYourself": "Another administrator or the coordinator changes your own role.",
  "organisation.remove": "Remove",
  "organisation.removeLabel": "Remove {name}",
  "organisation.removeQuestion": "Remove {name} from the organisation?",
  "organisation.removeConfirm": "Yes, remove",
  "organisation.removed": "{name} has been removed from the organisation.",
  "organisation.newMembersHeading": "New members",
  "organisation.inviteHeading": "Invite by e-mail",
  "organisation.inviteIntro":
    "The person you invite gets an e-mail with a link valid for seven days, and chooses their own name and password.",
  "organisation.inviteName": "Name",
  "organisation.inviteNameHint": "Optional: the invited person can change it.",
  "organisation.invite": "Send invitation",
  "organisation.invited": "An invitation has been sent to {email}.",
  "organisation.personExists":
    "There is an account with that e-mail address already. Add the person as a member instead.",
  "organisation.addHeading": "Add someone who has an account",
  "organisation.addIntro": "The person becomes a member at once, without an invitation.",
  "organisation.add": "Add",
  "organisation.added": "{email} has been added as a member.",
  "organisation.pendingHeading": "Pending invitations",
  "organisation.pendingCaption": "Invitations to the organisation not used yet",
  "organisation.pendingPages": "Pages of the list of pending invitations",

  "invitations.empty": "There are no pending invitations.",
  "invitations.organisation": "Organisation",
  "invitations.role": "Role",
  "invitations.invitedBy": "Invited by",
  "invitations.sent": "Sent",
  "invitations.expires": "Valid until",
  "invitations.expired": "Expired",
  "invitations.revoke": "Withdraw",
  "invitations.revokeLabel": "Withdraw the invitation to {email}",
  "invitations.revokeQuestion":
    "Withdraw the invitation to {email}? The link in the e-mail then stops working.",
  "invitations.revokeConfirm": "Yes, withdraw",

  "invite.heading": "Invite a person",
  "invite.intro":
    "The invitation goes by e-mail and is valid for seven days. Without a mail server it is kept in the outbox, where you can copy the link.",
  "invite.portalRole": "Role in the portal",
  "invite.organisation": "Organisation",
  "invite.noOrganisation": "No organisation",
  "invite.membershipRole": "Role in the organisation",
  "invite.submit": "Send invitation",
  "invite.sent": "An invitation has been sent to {email}.",
  "organisations.pages": "Pages of {circle}",
};
