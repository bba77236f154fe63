import type { Plural, Translation } from "./types";

/**
 * Organisations: the organisation-*.tsx pages, their members and invitations to them.
 * Keys: `organisations.*`, `organisation.*`, `organisationKind.*`, `circle.*`, `circleDescription.*`, `membershipRole.*`, `invitations.*`, `invite.*`.
 */
export const sv = {
  "circle.SAMARBETE": "Samarbete",
  "circle.SAMRAD": "Samråd",
  "circle.BRED_DELAKTIGHET": "Bred delaktighet",
  "circleDescription.SAMARBETE":
    "Sveriges Kommuner och Landsting (SKL) och de regionala utvecklingsledarna, som samordnaren arbetar tillsammans med.",
  "circleDescription.SAMRAD":
    "Myndigheter och organisationer som samordnaren samråder med under hela uppdraget.",
  "circleDescription.BRED_DELAKTIGHET":
    "Fackförbund, intresseorganisationer, vårdgivare, lärosäten och FoU-miljöer som deltar i dialogen.",

  "organisationKind.KOMMUN": "Kommun",
  "organisationKind.REGION": "Region",
  "organisationKind.MYNDIGHET": "Myndighet",
  "organisationKind.INTRESSEORGANISATION": "Intresseorganisation",
  "organisationKind.FACKFORBUND": "Fackförbund",
  "organisationKind.ARBETSGIVARORGANISATION": "Arbetsgivarorganisation",
  "organisationKind.VARDFORETAG": "Vårdföretag",
  "organisationKind.LAROSATE": "Lärosäte",
  "organisationKind.FOU_MILJO": "FoU-miljö",

  "organisations.documentTitle": "Organisationer",
  "organisations.heading": "Organisationer",
  "organisations.intro":
    "Organisationerna som deltar i dialogen, i uppdragets tre kretsar: samarbete, samråd och bred delaktighet.",
  "organisations.count": { one: "{count} organisation", other: "{count} organisationer" },
  "organisations.website": "Webbplats",
  "organisations.kind": "Typ",
  "organisations.empty": "Det finns inga organisationer i den här kretsen ännu.",

  "membershipRole.ADMIN": "Administratör",
  "membershipRole.MEMBER": "Medlem",

  "organisation.back": "Alla organisationer",
  "organisation.circle": "Krets",
  "organisation.municipality": "Kommun",
  "organisation.membersHeading": "Medlemmar",
  "organisation.membersSignIn": "Logga in för att se organisationens medlemmar.",
  "organisation.membersCaption": "Organisationens medlemmar och deras roller",
  "organisation.noMembers": "Organisationen har inga medlemmar i portalen ännu.",
  "organisation.role": "Roll",
  "organisation.since": "Medlem sedan",
  "organisation.makeAdmin": "Gör till administratör",
  "organisation.makeAdminLabel": "Gör till administratör: {name}",
  "organisation.makeMember": "Gör till medlem",
  "organisation.makeMemberLabel": "Gör till medlem: {name}",
  "organisation.roleChanged": "{name} är nu {role}.",
  "organisation.notYourself": "Din egen roll ändrar en annan administratör eller samordnaren.",
  "organisation.remove": "Ta bort",
  "organisation.removeLabel": "Ta bort {name}",
  "organisation.removeQuestion": "Ta bort {name} ur organisationen?",
  "organisation.removeConfirm": "Ja, ta bort",
  "organisation.removed": "{name} är borttagen ur organisationen.",
  "organisation.newMembersHeading": "Nya medlemmar",
  "organisation.inviteHeading": "Bjud in med e-post",
  "organisation.inviteIntro":
    "Den du bjuder in får ett mejl med en länk som gäller i sju dagar, och väljer själv namn och lösenord.",
  "organisation.inviteName": "Namn",
  "organisation.inviteNameHint": "Frivilligt: den inbjudna kan ändra det.",
  "organisation.invite": "Skicka inbjudan",
  "organisation.invited": "En inbjudan är skickad till {email}.",
  "organisation.personExists":
    "Det finns redan ett konto med den e-postadressen. Lägg till personen som medlem i stället.",
  "organisation.addHeading": "Lägg till någon som har ett konto",
  "organisation.addIntro": "Personen blir medlem direkt, utan inbjudan.",
  "organisation.add": "Lägg till",
  "organisation.added": "{email} är tillagd som medlem.",
  "organisation.pendingHeading": "Inbjudningar som väntar",
  "organisation.pendingCaption": "Inbjudningar till organisationen som inte har använts ännu",

  "invitations.empty": "Det finns inga inbjudningar som väntar.",
  "invitations.organisation": "Organisation",
  "invitations.role": "Roll",
  "invitations.invitedBy": "Inbjuden av",
  "invitations.sent": "Skickad",
  "invitations.expires": "Gäller till",
  "invitations.expired": "Har gått ut",
  "invitations.revoke": "Dra tillbaka",
  "invitations.revokeLabel": "Dra tillbaka inbjudan till {email}",
  "invitations.revokeQuestion":
    "Dra tillbaka inbjudan till {email}? Länken i mejlet slutar då att fungera.",
  "invitations.revokeConfirm": "Ja, dra tillbaka",

  "invite.heading": "Bjud in en person",
  "invite.intro":
    "Inbjudan skickas med e-post och gäller i sju dagar. Utan e-postserver hamnar den i utkorgen, där du kan hämta länken.",
  "invite.portalRole": "Roll i portalen",
  "invite.organisation": "Organisation",
  "invite.noOrganisation": "Ingen organisation",
  "invite.membershipRole": "Roll i organisationen",
  "invite.submit": "Skicka inbjudan",
  "invite.sent": "En inbjudan är skickad till {email}.",
  "organisations.pages": "Sidor i {circle}",
} satisfies Record<string, string | Plural>;

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
