import type { Plural } from "./types";

/**
 * Discussions under themes and blog posts: comments, reports and the moderators' controls of a thread.
 * Keys: `comment.*`, `report.*`, `thread.*`, `threadControls.*`.
 */
export const sv = {
  "thread.signInToRead":
    "Samtalet är öppet för inloggade deltagare. Logga in för att läsa och skriva kommentarer.",
  "thread.empty": "Ingen har skrivit något ännu.",

  "thread.observer": "Som observatör kan du läsa samtalet men inte skriva eller hålla med.",
  "thread.commentCount": { one: "{count} kommentar", other: "{count} kommentarer" },
  "thread.showMore": "Visa fler kommentarer ({count} kvar)",
  "thread.moreFailed": "Det gick inte att hämta fler kommentarer. Försök igen.",
  "thread.replyToEarlier": "Svar på en tidigare kommentar",
  "thread.newComment": "Ny kommentar av {name}",
  "thread.newComments": { one: "{count} ny kommentar", other: "{count} nya kommentarer" },

  "comment.writeHeading": "Skriv en kommentar",
  "comment.bodyLabel": "Din kommentar",
  "comment.replyLabel": "Ditt svar till {name}",
  "comment.editLabel": "Ny lydelse",
  "comment.bodyHint":
    "Skriv om hur verksamheten fungerar, aldrig om ett enskilt barn eller en familj. Personnummer och samordningsnummer sparas aldrig.",
  "comment.actingFor": "Du skriver för {organisation}.",
  "comment.actingSelf": "Du skriver för dig själv.",
  "comment.actingChange": "Ändra vem du företräder",
  "comment.asPosition": "Som organisationens ståndpunkt",
  "comment.asPositionHint":
    "En administratör i {organisation} godkänner kommentaren innan den visas som organisationens ståndpunkt.",
  "comment.publish": "Publicera",
  "comment.sendReply": "Skicka svaret",
  "comment.published": "Kommentaren är publicerad.",
  "comment.publishedAwaitingApproval":
    "Kommentaren är publicerad. Att den är organisationens ståndpunkt visas när en administratör för organisationen har godkänt den.",
  "comment.publishedHeld":
    "Kommentaren är sparad men visas inte för andra förrän en moderator har granskat den.",
  "comment.replyPublished": "Svaret är publicerat.",
  "comment.editSaved": "Ändringen är sparad.",
  "comment.formerParticipant": "Tidigare deltagare",
  "comment.for": "för",
  "comment.position": "Organisationens ståndpunkt",
  "comment.awaitingApproval": "Väntar på godkännande",
  "comment.edited": "redigerad",
  "comment.showRevisions": {
    one: "Visa den tidigare lydelsen",
    other: "Visa de {count} tidigare lydelserna",
  },
  "comment.revisionUntil": "Lydelse till {time}",
  "comment.deleted": "Kommentaren är borttagen",
  "comment.agree": "Håller med ({count})",
  "comment.agreeCount": { one: "{count} håller med", other: "{count} håller med" },
  "comment.reply": "Svara",
  "comment.edit": "Ändra",
  "comment.delete": "Ta bort",
  "comment.deleteQuestion": "Ta bort kommentaren? Svaren på den finns kvar.",
  "comment.deleteConfirm": "Ja, ta bort",
  "comment.approve": "Godkänn som ståndpunkt",
  "comment.NOT_FOUND": "Kommentaren eller temat finns inte längre. Ladda om sidan.",

  "comment.report": "Rapportera",
  "comment.hiddenHeading": "Dold kommentar",
  "comment.hiddenPlaceholder": "Kommentaren är dold. Svaren på den finns kvar.",
  "comment.hiddenTag": "Dold",
  "comment.hiddenByModerator": "Dold av moderator:",
  "comment.hiddenByReports":
    "Dold efter rapporter från flera deltagare, i väntan på en moderators beslut.",
  "comment.hiddenOwnNote": "Bara du och moderatorerna ser kommentaren.",
  "comment.toQueue": "Till modereringskön",

  "report.legend": "Varför rapporterar du kommentaren?",
  "report.reason.SPAM": "Reklam eller spam",
  "report.reason.OFFENSIVE": "Kränkande eller stötande",
  "report.reason.PERSONAL_DATA": "Uppgifter om ett barn eller en familj",
  "report.reason.OFF_TOPIC": "Hör inte till temat",
  "report.reason.OTHER": "Något annat",
  "report.note": "Till moderatorerna (frivilligt)",
  "report.noteHint": "Skriv aldrig personnummer eller annat som pekar ut ett barn eller en familj.",
  "report.submit": "Skicka rapporten",
  "report.sent": "Tack! Moderatorerna har fått din rapport.",
  "report.already": "Du har rapporterat kommentaren.",
  "report.REASON_MISSING": "Välj varför du rapporterar kommentaren.",
  "report.OWN_COMMENT": "Du kan inte rapportera din egen kommentar.",

  "thread.locked":
    "En moderator har låst samtalet. Det går att läsa men inte att skriva nya kommentarer eller svar.",
  "thread.blocked": "En moderator har stängt av dig från att skriva till och med {time}.",
  "thread.blockedReason": "Skäl:",
  "thread.slowMode":
    "Långsamt läge: var och en kan skriva en kommentar per {interval} i det här samtalet.",

  "threadControls.heading": "Moderera samtalet",
  "threadControls.lockedState": "Samtalet är låst.",
  "threadControls.openState": "Samtalet är öppet för nya kommentarer.",
  "threadControls.lock": "Lås samtalet",
  "threadControls.unlock": "Lås upp samtalet",
  "threadControls.slowMode": "Långsamt läge",
  "threadControls.slowModeHint": "Hur länge var och en måste vänta mellan sina kommentarer.",
  "threadControls.slowModeOff": "Av",
  "threadControls.slowModeSave": "Spara",
  "threadControls.slowModeSaved": "Långsamt läge: en kommentar per {interval}.",
  "threadControls.slowModeSavedOff": "Långsamt läge är av.",
} satisfies Record<string, string | Plural>;
