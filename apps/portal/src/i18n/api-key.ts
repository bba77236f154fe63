/**
 * Keys to the open API: asking for one by e-mail, the link that shows it, and one's keys in the
 * profile (pages/api-key-*.tsx, components/profile-api-keys.tsx, components/api-key-shown-once.tsx).
 * Keys: `apiKey.*`.
 */
export const sv = {
  "apiKey.documentTitle": "API-nyckel",
  "apiKey.heading": "Skaffa en API-nyckel",
  "apiKey.intro":
    "En nyckel till Kraftsamlings öppna API visar vilket program som frågar. Den ger samma data som utan nyckel, men programmet får en egen gräns för antalet frågor och vi kan nå dig om något ändras.",
  "apiKey.noAccount":
    "Du behöver inget konto: skriv din e-postadress så skickar vi en länk. Har du ett konto kan du också skapa nycklar i din profil.",
  "apiKey.toProfile": "Till dina nycklar i profilen",
  "apiKey.toDeveloper": "Så använder du API:et",
  "apiKey.email": "Din e-postadress",
  "apiKey.emailHint": "Hit skickar vi länken. Adressen sparas med nyckeln tills du återkallar den.",
  "apiKey.name": "Namn på nyckeln",
  "apiKey.nameHint": "Till exempel programmet eller projektet som ska använda den (2–80 tecken).",
  "apiKey.submit": "Skicka länken",
  "apiKey.sent": "Vi har skickat en länk till {email}.",
  "apiKey.sentHint":
    "Öppna länken inom 24 timmar för att se din nyckel. Länken fungerar en gång. Hittar du inget mejl, titta i skräpposten.",
  "apiKey.nameMissing": "Ge nyckeln ett namn.",

  "apiKey.revokeHeading": "Återkalla en nyckel",
  "apiKey.revokeIntro":
    "Har du ingen inloggning kan du återkalla en nyckel genom att klistra in den här. Nyckeln, dess namn och, om det var din sista nyckel, din e-postadress raderas.",
  "apiKey.revokeKey": "Nyckeln",
  "apiKey.revokeSubmit": "Återkalla nyckeln",
  "apiKey.revoked": "Nyckeln är återkallad och raderad. Frågor med den nekas från och med nu.",
  "apiKey.keyMissing": "Klistra in nyckeln du vill återkalla.",
  "apiKey.keyUnknown": "Nyckeln finns inte. Den kan redan vara återkallad.",

  "apiKey.confirmTitle": "Din API-nyckel",
  "apiKey.confirmHeading": "Din API-nyckel",
  "apiKey.confirmIntro":
    "Nyckeln skapas och visas när du trycker på knappen. Den visas bara en gång, så ha ett säkert ställe att spara den på.",
  "apiKey.confirmSubmit": "Skapa och visa nyckeln",
  "apiKey.linkInvalid":
    "Länken är inte giltig. Kontrollera att du har fått med hela adressen, eller be om en ny nyckel.",
  "apiKey.linkUsed":
    "Länken har redan använts, och nyckeln visas bara en gång. Har du inte sparat den: återkalla den och be om en ny.",
  "apiKey.linkExpired": "Länken har gått ut: den gäller i 24 timmar. Be om en ny nyckel.",
  "apiKey.askAgain": "Be om en ny nyckel",

  "apiKey.shownOnceHeading": "Nyckeln ”{name}”",
  "apiKey.shownOnce":
    "Kopiera nyckeln nu och spara den på ett säkert ställe. Den visas bara den här gången: vi sparar den inte, och kan inte visa den igen.",
  "apiKey.secret": "API-nyckel",
  "apiKey.copy": "Kopiera",
  "apiKey.copied": "Nyckeln är kopierad.",
  "apiKey.copyFailed": "Det gick inte att kopiera. Markera nyckeln och kopiera den själv.",
  "apiKey.howToSend": "Skicka nyckeln i rubriken Authorization med varje fråga:",
  "apiKey.example": "Till exempel med curl:",

  "apiKey.profileHeading": "API-nycklar",
  "apiKey.profileIntro":
    "Nycklar till det öppna API:et för dina program. En nyckel ger inte mer än den som frågar utan nyckel får se; den ger programmet en egen gräns för antalet frågor.",
  "apiKey.caption": "Dina API-nycklar",
  "apiKey.columnName": "Namn",
  "apiKey.columnPrefix": "Början",
  "apiKey.columnCreated": "Skapad",
  "apiKey.columnLastUsed": "Senast använd",
  "apiKey.neverUsed": "Aldrig",
  "apiKey.revokedAt": "Återkallad {date}",
  "apiKey.none": "Du har inga API-nycklar.",
  "apiKey.create": "Skapa nyckeln",
  "apiKey.createHeading": "Ny nyckel",
  "apiKey.revoke": "Återkalla",
  "apiKey.revokeLabel": "Återkalla nyckeln {name}",
  "apiKey.revokeQuestion": "Återkalla nyckeln {name}? Program som använder den nekas direkt.",
  "apiKey.revokeConfirm": "Ja, återkalla",
  "apiKey.revokedOne": "Nyckeln {name} är återkallad.",
  "apiKey.TOO_MANY_KEYS":
    "Du har redan 20 nycklar. Återkalla en som du inte använder innan du skapar en ny.",
  "apiKey.KEY_NAME_LENGTH": "Ge nyckeln ett namn med 2–80 tecken.",
};
