import type { Plural } from "./types";

/**
 * Signing in, passwords, accepting an invitation and one's own profile: the account-*.tsx pages.
 * Keys: `account.*`, `signIn.*`, `forgotPassword.*`, `resetPassword.*`, `invitation.*`, `profile.*`, `sessions.*`, `portalRole.*`, `myOrganisations.*`.
 */
export const sv = {
  "profile.notificationsHeading": "Notiser med e-post",
  "profile.notificationsIntro":
    "Du ser alltid dina notiser i portalen. Välj om de också ska komma med e-post.",
  "profile.notificationMail.IMMEDIATE": "Direkt, ett mejl för varje notis",
  "profile.notificationMail.DAILY": "En sammanfattning om dagen (kl. 07.00)",
  "profile.notificationMail.OFF": "Aldrig, bara i portalen",
  "profile.notificationsSave": "Spara valet",
  "profile.notificationsSaved": "Ditt val är sparat.",

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

  "portalRole.COORDINATOR": "Samordnare",
  "portalRole.MODERATOR": "Moderator",
  "portalRole.MEMBER": "Medlem",
  "portalRole.OBSERVER": "Observatör",

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
} satisfies Record<string, string | Plural>;
