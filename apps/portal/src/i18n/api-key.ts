import type { Translation } from "./types";

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

export const en: Translation<typeof sv> = {
  "apiKey.documentTitle": "API key",
  "apiKey.heading": "Get an API key",
  "apiKey.intro":
    "A key to Kraftsamling's open API tells which program is asking. It gives the same data as asking without a key, but the program gets a request limit of its own, and we can reach you if something changes.",
  "apiKey.noAccount":
    "You need no account: give your e-mail address and we send a link. With an account, you can also make keys in your profile.",
  "apiKey.toProfile": "To your keys in the profile",
  "apiKey.toDeveloper": "How to use the API",
  "apiKey.email": "Your e-mail address",
  "apiKey.emailHint":
    "Where we send the link. The address is kept with the key until you revoke it.",
  "apiKey.name": "Name of the key",
  "apiKey.nameHint": "For example the program or project that will use it (2–80 characters).",
  "apiKey.submit": "Send the link",
  "apiKey.sent": "We have sent a link to {email}.",
  "apiKey.sentHint":
    "Open the link within 24 hours to see your key. The link works once. If you find no e-mail, look in your spam folder.",
  "apiKey.nameMissing": "Give the key a name.",

  "apiKey.revokeHeading": "Revoke a key",
  "apiKey.revokeIntro":
    "Without an account, you revoke a key by pasting it here. The key, its name and, if it was your last key, your e-mail address are deleted.",
  "apiKey.revokeKey": "The key",
  "apiKey.revokeSubmit": "Revoke the key",
  "apiKey.revoked": "The key is revoked and deleted. Requests with it are refused from now on.",
  "apiKey.keyMissing": "Paste the key you want to revoke.",
  "apiKey.keyUnknown": "There is no such key. It may have been revoked already.",

  "apiKey.confirmTitle": "Your API key",
  "apiKey.confirmHeading": "Your API key",
  "apiKey.confirmIntro":
    "The key is made and shown when you press the button. It is shown only once, so have a safe place ready to keep it.",
  "apiKey.confirmSubmit": "Make and show the key",
  "apiKey.linkInvalid":
    "This link is not valid. Check that you have the whole address, or ask for a new key.",
  "apiKey.linkUsed":
    "This link has been used already, and a key is shown only once. If you did not keep it: revoke it and ask for a new one.",
  "apiKey.linkExpired": "This link has expired: it works for 24 hours. Ask for a new key.",
  "apiKey.askAgain": "Ask for a new key",

  "apiKey.shownOnceHeading": "The key “{name}”",
  "apiKey.shownOnce":
    "Copy the key now and keep it somewhere safe. It is shown only this once: we do not store it and cannot show it again.",
  "apiKey.secret": "API key",
  "apiKey.copy": "Copy",
  "apiKey.copied": "The key is copied.",
  "apiKey.copyFailed": "Copying did not work. Select the key and copy it yourself.",
  "apiKey.howToSend": "Send the key in the Authorization header with every request:",
  "apiKey.example": "For example with curl:",

  "apiKey.profileHeading": "API keys",
  "apiKey.profileIntro":
    "Keys to the open API for your programs. A key gives no more than asking without one; it gives the program a request limit of its own.",
  "apiKey.caption": "Your API keys",
  "apiKey.columnName": "Name",
  "apiKey.columnPrefix": "Begins with",
  "apiKey.columnCreated": "Made",
  "apiKey.columnLastUsed": "Last used",
  "apiKey.neverUsed": "Never",
  "apiKey.revokedAt": "Revoked {date}",
  "apiKey.none": "You have no API keys.",
  "apiKey.create": "Make the key",
  "apiKey.createHeading": "New key",
  "apiKey.revoke": "Revoke",
  "apiKey.revokeLabel": "Revoke the key {name}",
  "apiKey.revokeQuestion": "Revoke the key {name}? Programs that use it are refused at once.",
  "apiKey.revokeConfirm": "Yes, revoke",
  "apiKey.revokedOne": "The key {name} is revoked.",
  "apiKey.TOO_MANY_KEYS":
    "You have 20 keys already. Revoke one you do not use before you make a new one.",
  "apiKey.KEY_NAME_LENGTH": "Give the key a name of 2 to 80 characters.",
};
