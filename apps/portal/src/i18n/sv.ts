/** A message that depends on a number: chosen with Intl.PluralRules ("one" or "other"). */
export type Plural = { one: string; other: string };

/**
 * Swedish, the source of truth: every visible string of the portal. Keys are flat, dotted by area;
 * `{name}` is replaced by the value of `name` (numbers are formatted for the locale).
 */
export const sv = {
  "app.name": "Kraftsamling",
  "app.tagline": "Nationell samordning för den sociala barn- och ungdomsvården",
  "app.documentTitle": "{page} – Kraftsamling",

  "layout.skipLink": "Hoppa till innehållet",
  "layout.navLabel": "Huvudmeny",
  "layout.otherLanguage": "English",
  "layout.footerAbout":
    "Kraftsamling är portalen för den nationella samordningen av den sociala barn- och ungdomsvården.",
  "layout.referenceData": "Kommunkoder: SCB. Kommungrupper: SKR, kommungruppsindelning 2023.",

  "nav.start": "Start",
  "nav.municipalities": "Kommuner",
  "nav.organisations": "Organisationer",
  "nav.proposals": "Förslag",

  "common.loading": "Hämtar uppgifter …",
  "common.error": "Det gick inte att hämta uppgifterna. Försök igen om en stund.",
  "common.retry": "Försök igen",

  "start.documentTitle": "Start",
  "start.heading": "Tillsammans för barn och unga i socialtjänsten",
  "start.intro":
    "Regeringens nationella samordnare för den sociala barn- och ungdomsvården för en dialog med kommuner, myndigheter, fackförbund och ideella organisationer och besöker minst 50 kommuner två gånger. Här möts parterna, och här samlas och publiceras det som dialogen lär oss, som underlag för förslag till regeringen.",
  "start.meetingsHeading": "Kommande möten",
  "start.meetingsEmpty": "Inga kommande möten är planerade just nu.",
  "start.themesHeading": "Teman",
  "start.themesIntro": "Det som dialogen, kommentarerna och iakttagelserna handlar om.",
  "start.themesEmpty": "Det finns inga teman ännu.",
  "start.phasesHeading": "Uppdragets fem faser",

  "meeting.when": "Tid",
  "meeting.where": "Plats",
  "meeting.kind": "Typ av möte",
  "meeting.cancelled": "Inställt",

  "theme.noPhase": "Ingen fas",

  "phase.number": "Fas {number}",
  "phase.periodUnknown": "Tid inte fastställd",
  "phase.from": "Från {date}",
  "phase.until": "Till {date}",

  "meetingKind.NATIONAL_DIALOGUE": "Nationell dialog",
  "meetingKind.DIALOGUE_MEETING": "Dialogmöte",
  "meetingKind.HEARING": "Hearing",
  "meetingKind.ROUND_TABLE": "Rundabordssamtal",
  "meetingKind.WEBINAR": "Webbinarium",
  "meetingKind.REGIONAL_CONFERENCE": "Regional konferens",
  "meetingKind.SEMINAR": "Seminarium",

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

  "proposalStatus.DECIDED": "Beslutat",
  "proposalStatus.IN_PREPARATION": "Bereds",

  "municipalities.documentTitle": "Kommuner",
  "municipalities.heading": "Kommuner",
  "municipalities.intro":
    "Sveriges 290 kommuner med kommunkod, län och kommungrupp. Kommunerna till kommunbesöken väljs så att de varierar i storlek och geografi, med hjälp av SKR:s kommungrupper och med minst en kommun i varje län.",
  "municipalities.filtersLabel": "Filtrera kommuner",
  "municipalities.county": "Län",
  "municipalities.allCounties": "Alla län",
  "municipalities.group": "Kommungrupp",
  "municipalities.allGroups": "Alla kommungrupper",
  "municipalities.groupOption": "{code} {name}",
  "municipalities.search": "Sök på namn",
  "municipalities.clearFilters": "Visa alla kommuner",
  "municipalities.count": { one: "{count} kommun", other: "{count} kommuner" },
  "municipalities.caption": "Kommuner med kommunkod, län och kommungrupp",
  "municipalities.columnName": "Kommun",
  "municipalities.columnCode": "Kommunkod",
  "municipalities.columnCounty": "Län",
  "municipalities.columnGroup": "Kommungrupp",
  "municipalities.empty": "Ingen kommun matchar filtret.",

  "organisations.documentTitle": "Organisationer",
  "organisations.heading": "Organisationer",
  "organisations.intro":
    "Organisationerna som deltar i dialogen, i uppdragets tre kretsar: samarbete, samråd och bred delaktighet.",
  "organisations.count": { one: "{count} organisation", other: "{count} organisationer" },
  "organisations.website": "Webbplats",
  "organisations.kind": "Typ",
  "organisations.empty": "Det finns inga organisationer i den här kretsen ännu.",

  "proposals.documentTitle": "Förslag",
  "proposals.heading": "Förslag till regeringen",
  "proposals.intro":
    "Samordnarens förslag till regeringen, vem som ansvarar för att genomföra dem och var de står i dag.",
  "proposals.tally": "Beslutade: {decided}. Bereds: {inPreparation}.",
  "proposals.number": "Förslag {number}",
  "proposals.status": "Status",
  "proposals.responsibleBody": "Ansvarig",
  "proposals.reportDue": "Återrapportering senast",
  "proposals.empty": "Det finns inga förslag ännu.",

  "notFound.documentTitle": "Sidan finns inte",
  "notFound.heading": "Sidan finns inte",
  "notFound.text":
    "Det finns ingen sida på den här adressen. Kontrollera adressen eller börja om från startsidan.",
  "notFound.home": "Till startsidan",

  "routeError.documentTitle": "Något gick fel",
  "routeError.heading": "Något gick fel",
  "routeError.text": "Sidan kunde inte visas. Ladda om sidan eller börja om från startsidan.",

  "common.save": "Spara",
  "common.saved": "Sparat.",
  "common.cancel": "Avbryt",
  "common.search": "Sök",
  "common.actions": "Åtgärder",

  "nav.myOrganisations": "Mina organisationer",
  "nav.admin": "Administration",

  "layout.signedInAs": "Inloggad som",
  "layout.actingFor": "Företräder",

  "notice.signedOut": "Du är utloggad.",
  "notice.signedOutEverywhere": "Du är utloggad i alla webbläsare.",
  "notice.accountDeleted": "Ditt konto är raderat. Tack för att du deltog i dialogen.",

  "access.forbidden": "Du har inte behörighet att se den här sidan.",
  "access.signInNeeded": "Du behöver logga in för att se den här sidan.",

  "account.signIn": "Logga in",
  "account.signOut": "Logga ut",
  "account.toSignIn": "Till inloggningen",
  "account.email": "E-postadress",
  "account.password": "Lösenord",
  "account.name": "Namn",
  "account.newPassword": "Nytt lösenord",
  "account.choosePassword": "Välj ett lösenord",
  "account.repeatPassword": "Upprepa lösenordet",
  "account.passwordHint":
    "Minst 12 tecken. Ett bra lösenord är flera ord i följd, till exempel fyra ord du kommer ihåg.",

  "problem.INVALID_CREDENTIALS": "E-postadressen eller lösenordet stämmer inte.",
  "problem.ACCOUNT_LOCKED":
    "Kontot är låst efter för många misslyckade försök. Försök igen efter kl. {time}.",
  "problem.ACCOUNT_LOCKED_LATER":
    "Kontot är låst efter för många misslyckade försök. Försök igen om en stund.",
  "problem.TOO_MANY_ATTEMPTS":
    "För många misslyckade inloggningar från din adress. Försök igen efter kl. {time}.",
  "problem.TOO_MANY_ATTEMPTS_LATER":
    "För många misslyckade inloggningar från din adress. Försök igen om en stund.",
  "problem.PASSWORD_TOO_SHORT": "Lösenordet måste ha minst 12 tecken.",
  "problem.PASSWORD_IS_EMAIL": "Lösenordet får inte vara din e-postadress.",
  "problem.PASSWORDS_DIFFER": "Lösenorden är inte likadana. Skriv samma lösenord två gånger.",
  "problem.EMAIL_MISSING": "Skriv en e-postadress.",
  "problem.PASSWORD_MISSING": "Skriv ditt lösenord.",
  "problem.LINK_INVALID": "Länken är inte giltig. Kontrollera att du har fått med hela adressen.",
  "problem.LINK_USED": "Länken har redan använts.",
  "problem.LINK_EXPIRED": "Länken har gått ut.",
  "problem.LINK_REVOKED": "Inbjudan har dragits tillbaka.",
  "problem.NAME_LENGTH": "Skriv ett namn med 2–120 tecken.",
  "problem.EMAIL_INVALID": "Skriv en hel e-postadress, till exempel namn@kommun.se.",
  "problem.PERSON_EXISTS": "Det finns redan ett konto med den här e-postadressen.",
  "problem.NOT_FOUND": "Det du ville ändra finns inte längre. Ladda om sidan.",
  "problem.NO_ACCOUNT": "Ingen har ett konto med den e-postadressen. Skicka en inbjudan i stället.",
  "problem.ALREADY_MEMBER": "Personen är redan medlem i organisationen.",
  "problem.NOT_A_MEMBER": "Personen är inte medlem i organisationen.",
  "problem.WRONG_PASSWORD": "Lösenordet stämmer inte.",
  "problem.OWN_ROLE": "Du kan inte ta samordnarens roll från dig själv.",
  "problem.OWN_ACCOUNT": "Ditt eget konto raderar du från din profil.",
  "problem.NAME_TAKEN": "Det finns redan en organisation med det namnet.",
  "problem.WEBSITE_INVALID":
    "Skriv webbplatsen som en hel adress, till exempel https://www.exempel.se.",
  "problem.FORBIDDEN": "Du har inte behörighet att göra det här.",
  "problem.UNAUTHENTICATED": "Du är inte inloggad längre. Logga in och försök igen.",
  "problem.FAILED": "Det gick inte att nå portalen. Försök igen om en stund.",
  "problem.other": "Det gick inte: {message}",

  "portalRole.COORDINATOR": "Samordnare",
  "portalRole.MODERATOR": "Moderator",
  "portalRole.MEMBER": "Medlem",
  "portalRole.OBSERVER": "Observatör",

  "membershipRole.ADMIN": "Administratör",
  "membershipRole.MEMBER": "Medlem",

  "signIn.documentTitle": "Logga in",
  "signIn.heading": "Logga in",
  "signIn.intro":
    "Logga in med din e-postadress och ditt lösenord. Ett konto får du genom en inbjudan från samordnaren eller från din organisation.",
  "signIn.alreadySignedIn": "Du är redan inloggad som {name}.",
  "signIn.toProfile": "Till din profil",
  "signIn.forgotPassword": "Glömt lösenordet?",

  "forgotPassword.documentTitle": "Glömt lösenordet",
  "forgotPassword.heading": "Glömt lösenordet?",
  "forgotPassword.intro":
    "Skriv e-postadressen till ditt konto, så skickar vi en länk där du kan välja ett nytt lösenord.",
  "forgotPassword.submit": "Skicka länk",
  "forgotPassword.sent": "Om adressen har ett konto har vi skickat en länk.",
  "forgotPassword.sentHint":
    "Länken gäller i en timme och kan användas en gång. Hittar du inget mejl, titta i skräpposten.",

  "resetPassword.documentTitle": "Nytt lösenord",
  "resetPassword.heading": "Välj ett nytt lösenord",
  "resetPassword.intro":
    "Det nya lösenordet gäller direkt. Du loggas ut i alla webbläsare och loggar in igen med det nya.",
  "resetPassword.submit": "Spara lösenordet",
  "resetPassword.done": "Ditt nya lösenord är sparat. Logga in med det.",
  "resetPassword.linkInvalid":
    "Länken är inte giltig. Kontrollera att du har fått med hela adressen, eller be om en ny länk.",
  "resetPassword.linkUsed": "Länken har redan använts. Be om en ny länk.",
  "resetPassword.linkExpired": "Länken har gått ut: den gäller i en timme. Be om en ny länk.",
  "resetPassword.askAgain": "Be om en ny länk",

  "invitation.documentTitle": "Inbjudan",
  "invitation.heading": "Inbjudan till Kraftsamling",
  "invitation.intro": "Du är inbjuden till Kraftsamling.",
  "invitation.introOrganisation": "Du är inbjuden till Kraftsamling för",
  "invitation.validUntil": "Inbjudan gäller till",
  "invitation.formHeading": "Skapa ditt konto",
  "invitation.nameHint": "Så som andra deltagare ser dig, till exempel förnamn och efternamn.",
  "invitation.submit": "Skapa konto och logga in",
  "invitation.invalid":
    "Den här inbjudningslänken är inte giltig. Kontrollera att du har fått med hela adressen.",
  "invitation.used": "Inbjudan har redan använts. Logga in i stället.",
  "invitation.expired":
    "Inbjudan har gått ut: den gäller i sju dagar. Be den som bjöd in dig om en ny.",
  "invitation.revoked":
    "Inbjudan har dragits tillbaka, eller ersatts av en nyare. Använd länken i det senaste mejlet, eller be om en ny inbjudan.",

  "profile.documentTitle": "Min profil",
  "profile.heading": "Min profil",
  "profile.intro":
    "Dina uppgifter, dina organisationer, dina inloggningar och det portalen sparar om dig.",
  "profile.detailsHeading": "Mina uppgifter",
  "profile.role": "Roll",
  "profile.since": "Konto sedan",
  "profile.title": "Titel",
  "profile.titleHint": "Till exempel Socialsekreterare eller Enhetschef. Frivilligt.",
  "profile.organisationsHeading": "Mina organisationer",
  "profile.noOrganisations": "Du är inte medlem i någon organisation.",
  "profile.memberSince": "sedan {date}",
  "profile.actingHeading": "När du skriver i portalen",
  "profile.actingIntro":
    "Välj om det du skriver i den här webbläsaren ska visas som sagt för en organisation eller för dig själv.",
  "profile.actingLabel": "Jag företräder",
  "profile.actingSelf": "Mig själv",
  "profile.actingSaved": "Sparat. Du företräder nu {name}.",
  "profile.actingSavedSelf": "Sparat. Du företräder nu dig själv.",
  "profile.actingNotMember": "Du kan bara företräda en organisation som du är medlem i.",
  "profile.passwordHeading": "Byt lösenord",
  "profile.passwordIntro": "När du byter lösenord loggas du ut i dina andra webbläsare.",
  "profile.currentPassword": "Nuvarande lösenord",
  "profile.currentPasswordWrong": "Det nuvarande lösenordet stämmer inte.",
  "profile.changePassword": "Byt lösenord",
  "profile.passwordChanged": "Lösenordet är bytt.",
  "profile.exportHeading": "Ladda ner mina uppgifter",
  "profile.exportIntro":
    "Allt portalen sparar om dig, som en JSON-fil: dina uppgifter, medlemskap, inloggningar och kommentarer.",
  "profile.export": "Ladda ner mina uppgifter",
  "profile.deleteHeading": "Radera mitt konto",
  "profile.deleteIntro":
    "Ditt namn, din e-postadress, dina medlemskap och dina inloggningar raderas. Det går inte att ångra.",
  "profile.deleteComments":
    "Kommentarer du har skrivit finns kvar i dialogen, men visas som skrivna av ”Tidigare deltagare”.",
  "profile.deletePassword": "Ditt lösenord, för att bekräfta",
  "profile.delete": "Radera mitt konto",

  "sessions.heading": "Mina inloggningar",
  "sessions.intro":
    "Webbläsare där du är inloggad. Känner du inte igen en av dem, logga ut den och byt lösenord.",
  "sessions.caption": "Webbläsare där du är inloggad",
  "sessions.browser": "Webbläsare",
  "sessions.created": "Inloggad",
  "sessions.lastSeen": "Senast aktiv",
  "sessions.actingFor": "Företräder",
  "sessions.current": "Den här webbläsaren",
  "sessions.browserOn": "{browser} på {system}",
  "sessions.unknownBrowser": "Okänd webbläsare",
  "sessions.end": "Logga ut",
  "sessions.endLabel": "Logga ut {browser}, senast aktiv {date}",
  "sessions.signOutEverywhere": "Logga ut överallt",
  "sessions.noOthers": "Du är inte inloggad i någon annan webbläsare.",
  "sessions.others": {
    one: "Du är också inloggad i {count} annan webbläsare.",
    other: "Du är också inloggad i {count} andra webbläsare.",
  },

  "myOrganisations.documentTitle": "Mina organisationer",
  "myOrganisations.heading": "Mina organisationer",
  "myOrganisations.intro":
    "Organisationerna du är medlem i. Administratörer bjuder in och tar bort medlemmar från organisationens sida.",
  "myOrganisations.adminHint": "Du bjuder in och hanterar medlemmarna på organisationens sida.",

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

  "admin.documentTitle": "Administration",
  "admin.heading": "Administration",
  "admin.intro": "Samordnarens verktyg för konton, organisationer, inbjudningar, e-post och logg.",
  "admin.navLabel": "Administration",
  "admin.overview": "Översikt",
  "admin.people": "Personer",
  "admin.peopleDescription":
    "Alla med konto: sök, ändra roll, bjud in och radera personuppgifter på begäran.",
  "admin.organisations": "Organisationer",
  "admin.organisationsDescription": "Lägg till organisationer och ändra deras uppgifter.",
  "admin.invitations": "Inbjudningar",
  "admin.invitationsDescription":
    "Inbjudningar som inte har använts ännu, och att dra tillbaka dem.",
  "admin.outbox": "Utkorg",
  "admin.outboxDescription":
    "E-post som portalen har skickat eller sparat, med inbjudnings- och lösenordslänkar.",
  "admin.log": "Logg",
  "admin.logDescription": "Vem som har gjort vad: roller, medlemskap, organisationer och radering.",

  "adminPeople.documentTitle": "Personer – Administration",
  "adminPeople.heading": "Personer",
  "adminPeople.intro":
    "Alla som har ett konto i portalen. Samordnaren ger roller och raderar en persons uppgifter när personen begär det.",
  "adminPeople.listHeading": "Alla med konto",
  "adminPeople.searchLabel": "Sök bland personer",
  "adminPeople.search": "Sök på namn eller e-postadress",
  "adminPeople.showAll": "Visa alla",
  "adminPeople.count": { one: "{count} person", other: "{count} personer" },
  "adminPeople.empty": "Ingen person matchar sökningen.",
  "adminPeople.caption": "Personer med konto, deras organisationer och roller",
  "adminPeople.organisations": "Organisationer",
  "adminPeople.you": "Du",
  "adminPeople.roleFor": "Roll för {name}",
  "adminPeople.saveRoleFor": "Spara roll för {name}",
  "adminPeople.roleChanged": "{name} har nu rollen {role}.",
  "adminPeople.delete": "Radera",
  "adminPeople.deleteLabel": "Radera {name}",
  "adminPeople.deleteQuestion":
    "Radera personuppgifterna för {name}? Namn, e-postadress, medlemskap och inloggningar tas bort. Kommentarerna finns kvar som ”Tidigare deltagare”. Det går inte att ångra.",
  "adminPeople.deleteConfirm": "Ja, radera",
  "adminPeople.deleted": "Personuppgifterna för {name} är raderade.",

  "adminOrganisations.documentTitle": "Organisationer – Administration",
  "adminOrganisations.heading": "Organisationer",
  "adminOrganisations.intro":
    "Lägg till organisationer som deltar i dialogen och håll deras uppgifter aktuella.",
  "adminOrganisations.newHeading": "Ny organisation",
  "adminOrganisations.editHeading": "Ändra {name}",
  "adminOrganisations.name": "Namn",
  "adminOrganisations.nameLength": "Skriv ett namn med 2–200 tecken.",
  "adminOrganisations.shortName": "Förkortning",
  "adminOrganisations.shortNameHint": "Frivilligt, till exempel IVO.",
  "adminOrganisations.description": "Beskrivning",
  "adminOrganisations.websiteHint": "Hela adressen, till exempel https://www.exempel.se.",
  "adminOrganisations.create": "Lägg till organisationen",
  "adminOrganisations.created": "{name} är tillagd.",
  "adminOrganisations.updated": "Ändringarna i {name} är sparade.",
  "adminOrganisations.listHeading": "Alla organisationer",
  "adminOrganisations.caption": {
    one: "{count} organisation, med typ och krets",
    other: "{count} organisationer, med typ och krets",
  },
  "adminOrganisations.edit": "Ändra",
  "adminOrganisations.editLabel": "Ändra {name}",

  "adminInvitations.documentTitle": "Inbjudningar – Administration",
  "adminInvitations.heading": "Inbjudningar",
  "adminInvitations.intro":
    "Inbjudningar som varken har använts eller dragits tillbaka, de nyaste först. En ny inbjudan till samma adress ersätter den gamla.",
  "adminInvitations.count": {
    one: "{count} inbjudan väntar",
    other: "{count} inbjudningar väntar",
  },
  "adminInvitations.caption": "Inbjudningar som väntar",

  "adminOutbox.documentTitle": "Utkorg – Administration",
  "adminOutbox.heading": "Utkorg",
  "adminOutbox.intro":
    "E-post från portalen, den nyaste först. Utan e-postserver sparas mejlen här i stället för att skickas: öppna texten och ge länken vidare till mottagaren.",
  "adminOutbox.count": { one: "{count} mejl", other: "{count} mejl" },
  "adminOutbox.empty": "Portalen har inte skickat någon e-post ännu.",
  "adminOutbox.status": "Status",
  "adminOutbox.to": "Till",
  "adminOutbox.time": "Tid",
  "adminOutbox.error": "Felmeddelande",
  "adminOutbox.showText": "Visa texten",

  "outboxStatus.sent": "Skickat",
  "outboxStatus.kept": "Sparat, inte skickat",
  "outboxStatus.error": "Kunde inte skickas",

  "adminLog.documentTitle": "Logg – Administration",
  "adminLog.heading": "Logg",
  "adminLog.intro":
    "Vad samordnare och organisationernas administratörer har gjort, det senaste först.",
  "adminLog.filtersLabel": "Filtrera loggen",
  "adminLog.action": "Händelse",
  "adminLog.allActions": "Alla händelser",
  "adminLog.allOf": "Alla: {area}",
  "adminLog.from": "Från och med",
  "adminLog.to": "Till och med",
  "adminLog.apply": "Visa",
  "adminLog.clear": "Visa hela loggen",
  "adminLog.count": { one: "{count} händelse", other: "{count} händelser" },
  "adminLog.empty": "Inga händelser matchar filtret.",
  "adminLog.caption": "Händelser med tid, vem, vad och ändringen",
  "adminLog.time": "Tid",
  "adminLog.who": "Vem",
  "adminLog.what": "Vad",
  "adminLog.change": "Före → efter",
  "adminLog.became": "blev",

  "auditAction.invitation": "Inbjudningar",
  "auditAction.invitation.create": "Inbjudan skickad",
  "auditAction.invitation.revoke": "Inbjudan tillbakadragen",
  "auditAction.membership": "Medlemskap",
  "auditAction.membership.add": "Medlem tillagd",
  "auditAction.membership.remove": "Medlem borttagen",
  "auditAction.membership.role": "Roll i organisation ändrad",
  "auditAction.organisation": "Organisationer",
  "auditAction.organisation.create": "Organisation tillagd",
  "auditAction.organisation.update": "Organisation ändrad",
  "auditAction.person": "Personer",
  "auditAction.person.role": "Roll i portalen ändrad",
  "auditAction.person.erase": "Personuppgifter raderade",
} satisfies Record<string, string | Plural>;

export type MessageKey = keyof typeof sv;

/** Every other language must have every key of Swedish, with the same shape (plain or plural). */
export type Messages = { [K in MessageKey]: (typeof sv)[K] extends Plural ? Plural : string };
