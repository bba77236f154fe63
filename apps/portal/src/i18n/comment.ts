import type { Plural, Translation } from "./types";

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

export const en: Translation<typeof sv> = {
  "thread.signInToRead":
    "The discussion is open to signed-in participants. Sign in to read and write comments.",
  "thread.empty": "No one has written anything yet.",

  "thread.observer": "As an observer you can read the discussion but not write or agree.",
  "thread.commentCount": { one: "{count} comment", other: "{count} comments" },
  "thread.showMore": "Show more comments ({count} left)",
  "thread.moreFailed": "More comments could not be fetched. Try again.",
  "thread.replyToEarlier": "Reply to an earlier comment",
  "thread.newComment": "New comment by {name}",
  "thread.newComments": { one: "{count} new comment", other: "{count} new comments" },

  "comment.writeHeading": "Write a comment",
  "comment.bodyLabel": "Your comment",
  "comment.replyLabel": "Your reply to {name}",
  "comment.editLabel": "New wording",
  "comment.bodyHint":
    "Write about how the service works, never about an individual child or a family. Personal identity numbers and coordination numbers are never saved.",
  "comment.actingFor": "You are writing for {organisation}.",
  "comment.actingSelf": "You are writing for yourself.",
  "comment.actingChange": "Change whom you represent",
  "comment.asPosition": "As the organisation's position",
  "comment.asPositionHint":
    "An administrator of {organisation} approves the comment before it is shown as the organisation's position.",
  "comment.publish": "Publish",
  "comment.sendReply": "Send the reply",
  "comment.published": "The comment is published.",
  "comment.publishedAwaitingApproval":
    "The comment is published. That it is the organisation's position shows once an administrator of the organisation has approved it.",
  "comment.publishedHeld":
    "The comment is saved but not shown to others until a moderator has reviewed it.",
  "comment.replyPublished": "The reply is published.",
  "comment.editSaved": "The change is saved.",
  "comment.formerParticipant": "Former participant",
  "comment.for": "for",
  "comment.position": "The organisation's position",
  "comment.awaitingApproval": "Awaiting approval",
  "comment.edited": "edited",
  "comment.showRevisions": {
    one: "Show the earlier wording",
    other: "Show the {count} earlier wordings",
  },
  "comment.revisionUntil": "Wording until {time}",
  "comment.deleted": "The comment has been deleted",
  "comment.agree": "Agree ({count})",
  "comment.agreeCount": { one: "{count} agrees", other: "{count} agree" },
  "comment.reply": "Reply",
  "comment.edit": "Edit",
  "comment.delete": "Delete",
  "comment.deleteQuestion": "Delete the comment? The replies to it remain.",
  "comment.deleteConfirm": "Yes, delete",
  "comment.approve": "Approve as position",
  "comment.NOT_FOUND": "The comment or the theme no longer exists. Reload the page.",

  "comment.report": "Report",
  "comment.hiddenHeading": "Hidden comment",
  "comment.hiddenPlaceholder": "The comment is hidden. The replies to it remain.",
  "comment.hiddenTag": "Hidden",
  "comment.hiddenByModerator": "Hidden by a moderator:",
  "comment.hiddenByReports":
    "Hidden after reports from several participants, awaiting a moderator's decision.",
  "comment.hiddenOwnNote": "Only you and the moderators see this comment.",
  "comment.toQueue": "To the moderation queue",

  "report.legend": "Why are you reporting the comment?",
  "report.reason.SPAM": "Advertising or spam",
  "report.reason.OFFENSIVE": "Offensive or abusive",
  "report.reason.PERSONAL_DATA": "Data about a child or a family",
  "report.reason.OFF_TOPIC": "Not about the theme",
  "report.reason.OTHER": "Something else",
  "report.note": "For the moderators (optional)",
  "report.noteHint":
    "Never write personal identity numbers or anything else that points at a child or a family.",
  "report.submit": "Send the report",
  "report.sent": "Thank you! The moderators have your report.",
  "report.already": "You have reported this comment.",
  "report.REASON_MISSING": "Choose why you are reporting the comment.",
  "report.OWN_COMMENT": "You cannot report your own comment.",

  "thread.locked":
    "A moderator has locked the discussion. It can be read, but no new comments or replies can be written.",
  "thread.blocked": "A moderator has blocked you from writing until {time}.",
  "thread.blockedReason": "Reason:",
  "thread.slowMode": "Slow mode: each person can write one comment per {interval} here.",

  "threadControls.heading": "Moderate the discussion",
  "threadControls.lockedState": "The discussion is locked.",
  "threadControls.openState": "The discussion is open for new comments.",
  "threadControls.lock": "Lock the discussion",
  "threadControls.unlock": "Unlock the discussion",
  "threadControls.slowMode": "Slow mode",
  "threadControls.slowModeHint": "How long each person must wait between their comments.",
  "threadControls.slowModeOff": "Off",
  "threadControls.slowModeSave": "Save",
  "threadControls.slowModeSaved": "Slow mode: one comment per {interval}.",
  "threadControls.slowModeSavedOff": "Slow mode is off.",
};
