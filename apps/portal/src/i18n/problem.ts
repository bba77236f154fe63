import type { Plural } from "./types";

/**
 * Problems a form reports, by the API's code (form.tsx): `problem.<CODE>`, and `problem.<CODE>_LATER` when the API does not say when to try again.
 * Keys: `problem.*`.
 */
export const sv = {
  "problem.TITLE_LENGTH": "Skriv en rubrik med 3–200 tecken.",
  "problem.SLUG_INVALID":
    "Adressen behöver minst 3 bokstäver eller siffror (a–z, 0–9, bindestreck).",
  "problem.SLUG_TAKEN": "Ett annat inlägg har redan den adressen. Välj en annan.",
  "problem.POST_EMPTY": "Skriv inlägget innan du sparar.",
  "problem.POST_TOO_LONG": "Ett inlägg får vara högst 100 000 tecken.",
  "problem.PUBLISH_AT_MISSING": "Välj datum och tid för publiceringen.",

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
  "problem.PASSWORD_UNCHANGED": "Det nya lösenordet måste skilja sig från det nuvarande.",
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
  "problem.TOO_MANY_INVITATIONS":
    "Adressen har fått flera inbjudningar den senaste timmen. Försök igen efter {time}.",
  "problem.TOO_MANY_INVITATIONS_LATER":
    "Adressen har fått flera inbjudningar den senaste timmen. Försök igen om en stund.",
  "problem.NOT_FOUND": "Det du ville ändra finns inte längre. Ladda om sidan.",
  "problem.NO_ACCOUNT": "Ingen har ett konto med den e-postadressen. Skicka en inbjudan i stället.",
  "problem.ALREADY_MEMBER": "Personen är redan medlem i organisationen.",
  "problem.NOT_A_MEMBER": "Personen är inte medlem i organisationen.",
  "problem.WRONG_PASSWORD": "Lösenordet stämmer inte.",
  "problem.OWN_ROLE": "Du kan inte ta samordnarens roll från dig själv.",
  "problem.OWN_ACCOUNT": "Ditt eget konto raderar du från din profil.",
  "problem.LAST_COORDINATOR":
    "Du är portalens enda samordnare. Ge någon annan samordnarens roll först, radera sedan ditt konto.",
  "problem.NAME_TAKEN": "Det finns redan en organisation med det namnet.",
  "problem.WEBSITE_INVALID":
    "Skriv webbplatsen som en hel adress, till exempel https://www.exempel.se.",
  "problem.PERSONAL_DATA":
    "Texten innehåller något som ser ut som ett personnummer eller samordningsnummer. Inget sparades. Ta bort numret – skriv om hur verksamheten fungerar, aldrig om ett enskilt barn eller en familj. Är det ett telefonnummer: skriv det i grupper med mellanslag, som 070-123 45 67.",
  "problem.TOO_FAST": "Du skrev nyss en kommentar. Vänta till kl. {time} och skicka igen.",
  "problem.TOO_FAST_LATER": "Du skrev nyss en kommentar. Vänta en liten stund och skicka igen.",
  "problem.DUPLICATE":
    "Du skickade samma text för en liten stund sedan. Den finns redan i samtalet.",
  "problem.TOO_DEEP": "Svar kan ligga högst tre nivåer djupt. Svara längre upp i samtalet.",
  "problem.THEME_CLOSED": "Temat är stängt och tar inte emot fler kommentarer.",
  "problem.POST_NOT_PUBLISHED": "Inlägget är inte publicerat och tar inte emot kommentarer.",
  "problem.BODY_EMPTY": "Skriv något innan du skickar.",
  "problem.BODY_TOO_LONG": "En kommentar får vara högst 10 000 tecken. Korta texten.",
  "problem.NO_ORGANISATION":
    "Välj vilken organisation du företräder (i din profil) innan du skriver dess ståndpunkt.",
  "problem.OWN_COMMENT": "Du kan inte hålla med om din egen kommentar.",
  "problem.NOT_PROPOSED":
    "Författaren har inte markerat kommentaren som organisationens ståndpunkt.",
  "problem.BLOCKED": "En moderator har stängt av dig från att skriva till och med {time}.",
  "problem.BLOCKED_LATER": "En moderator har stängt av dig från att skriva en tid.",
  "problem.THREAD_LOCKED":
    "En moderator har låst samtalet. Det tar inte emot nya kommentarer eller svar.",
  "problem.SLOW_MODE": "Samtalet är i långsamt läge. Vänta till {time} och skicka igen.",
  "problem.atTime": "kl. {time}",
  "problem.SLOW_MODE_LATER": "Samtalet är i långsamt läge. Vänta en stund och skicka igen.",
  "problem.NOTE_TOO_LONG": "Texten till moderatorerna får vara högst 1 000 tecken.",
  "problem.REASON_REQUIRED": "Skriv ett skäl.",
  "problem.REASON_TOO_LONG": "Skälet får vara högst 1 000 tecken.",
  "problem.INVALID_UNTIL": "En avstängning måste sluta i framtiden.",
  "problem.INVALID_SECONDS": "Långsamt läge kan vara från 0 sekunder till ett dygn.",
  "problem.SELF": "Du kan inte stänga av dig själv.",
  "problem.NOT_BLOCKABLE":
    "En moderator eller samordnaren stängs inte av av en moderator. Be samordnaren ta bort rollen först.",
  "problem.FORBIDDEN": "Du har inte behörighet att göra det här.",
  "problem.UNAUTHENTICATED": "Du är inte inloggad längre. Logga in och försök igen.",
  "problem.FAILED": "Det gick inte att nå portalen. Försök igen om en stund.",
  "problem.other": "Det gick inte: {message}",
} satisfies Record<string, string | Plural>;
