import type { Plural } from "./types";

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
  "organisation.membersPages": "Sidor i listan över medlemmar",
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
  "organisation.pendingPages": "Sidor i listan över inbjudningar som väntar",

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
