import type { Plural, Translation } from "./types";

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
  "problem.FORBIDDEN": "Du har inte behörighet att göra det här.",
  "problem.UNAUTHENTICATED": "Du är inte inloggad längre. Logga in och försök igen.",
  "problem.FAILED": "Det gick inte att nå portalen. Försök igen om en stund.",
  "problem.other": "Det gick inte: {message}",
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
  "problem.TITLE_LENGTH": "Write a title of 3–200 characters.",
  "problem.SLUG_INVALID": "The address needs at least 3 letters or digits (a–z, 0–9, hyphens).",
  "problem.SLUG_TAKEN": "Another post already has that address. Choose another.",
  "problem.POST_EMPTY": "Write the post before you save it.",
  "problem.POST_TOO_LONG": "A post holds at most 100,000 characters.",
  "problem.PUBLISH_AT_MISSING": "Choose the date and time of publication.",

  "problem.INVALID_CREDENTIALS": "The e-mail address or the password is not right.",
  "problem.ACCOUNT_LOCKED":
    "The account is locked after too many failed attempts. Try again after {time}.",
  "problem.ACCOUNT_LOCKED_LATER":
    "The account is locked after too many failed attempts. Try again in a while.",
  "problem.TOO_MANY_ATTEMPTS":
    "Too many failed sign-ins from your address. Try again after {time}.",
  "problem.TOO_MANY_ATTEMPTS_LATER":
    "Too many failed sign-ins from your address. Try again in a while.",
  "problem.PASSWORD_TOO_SHORT": "The password must have at least 12 characters.",
  "problem.PASSWORD_IS_EMAIL": "The password must not be your e-mail address.",
  "problem.PASSWORD_UNCHANGED": "The new password must differ from the current one.",
  "problem.PASSWORDS_DIFFER": "The passwords are not the same. Type the same password twice.",
  "problem.EMAIL_MISSING": "Type an e-mail address.",
  "problem.PASSWORD_MISSING": "Type your password.",
  "problem.LINK_INVALID": "The link is not valid. Check that you have the whole address.",
  "problem.LINK_USED": "The link has been used already.",
  "problem.LINK_EXPIRED": "The link has expired.",
  "problem.LINK_REVOKED": "The invitation has been withdrawn.",
  "problem.NAME_LENGTH": "Type a name of 2 to 120 characters.",
  "problem.EMAIL_INVALID": "Type a whole e-mail address, such as name@kommun.se.",
  "problem.PERSON_EXISTS": "There is an account with this e-mail address already.",
  "problem.TOO_MANY_INVITATIONS":
    "The address has had several invitations in the last hour. Try again after {time}.",
  "problem.TOO_MANY_INVITATIONS_LATER":
    "The address has had several invitations in the last hour. Try again in a while.",
  "problem.NOT_FOUND": "What you wanted to change is no longer there. Reload the page.",
  "problem.NO_ACCOUNT":
    "No one has an account with that e-mail address. Send an invitation instead.",
  "problem.ALREADY_MEMBER": "That person is a member of the organisation already.",
  "problem.NOT_A_MEMBER": "That person is not a member of the organisation.",
  "problem.WRONG_PASSWORD": "The password is not right.",
  "problem.OWN_ROLE": "You cannot take the coordinator's role from yourself.",
  "problem.OWN_ACCOUNT": "You delete your own account from your profile.",
  "problem.NAME_TAKEN": "There is an organisation with that name already.",
  "problem.WEBSITE_INVALID": "Type the website as a whole address, such as https://www.example.se.",
  "problem.PERSONAL_DATA":
    "The text contains something that looks like a personal identity number or coordination number. Nothing was saved. Remove the number – write about how the service works, never about an individual child or a family. If it is a phone number, write it in groups with spaces, as 070-123 45 67.",
  "problem.TOO_FAST": "You wrote a comment a moment ago. Wait until {time} and send again.",
  "problem.TOO_FAST_LATER": "You wrote a comment a moment ago. Wait a little and send again.",
  "problem.DUPLICATE": "You sent the same text a moment ago. It is already in the discussion.",
  "problem.TOO_DEEP": "Replies go at most three levels deep. Reply further up in the discussion.",
  "problem.THEME_CLOSED": "The theme is closed and takes no more comments.",
  "problem.POST_NOT_PUBLISHED": "The post is not published and takes no comments.",
  "problem.BODY_EMPTY": "Write something before you send.",
  "problem.BODY_TOO_LONG": "A comment can be at most 10,000 characters long. Shorten the text.",
  "problem.NO_ORGANISATION":
    "Choose the organisation you represent (in your profile) before you write its position.",
  "problem.OWN_COMMENT": "You cannot agree with your own comment.",
  "problem.NOT_PROPOSED": "The author has not marked the comment as the organisation's position.",
  "problem.BLOCKED": "A moderator has blocked you from writing until {time}.",
  "problem.BLOCKED_LATER": "A moderator has blocked you from writing for a while.",
  "problem.THREAD_LOCKED":
    "A moderator has locked the discussion. It takes no new comments or replies.",
  "problem.SLOW_MODE": "The discussion is in slow mode. Wait until {time} and send again.",
  "problem.atTime": "{time}",
  "problem.SLOW_MODE_LATER": "The discussion is in slow mode. Wait a while and send again.",
  "problem.NOTE_TOO_LONG": "The text for the moderators holds at most 1,000 characters.",
  "problem.REASON_REQUIRED": "Give a reason.",
  "problem.REASON_TOO_LONG": "A reason holds at most 1,000 characters.",
  "problem.INVALID_UNTIL": "A block must end in the future.",
  "problem.INVALID_SECONDS": "Slow mode can be from 0 seconds to a day.",
  "problem.SELF": "You cannot block yourself.",
  "problem.FORBIDDEN": "You do not have permission to do this.",
  "problem.UNAUTHENTICATED": "You are no longer signed in. Sign in and try again.",
  "problem.FAILED": "The portal could not be reached. Please try again in a moment.",
  "problem.other": "That did not work: {message}",
};
