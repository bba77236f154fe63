import type { Plural, Translation } from "./types";

/**
 * Moderation: the moderation-*.tsx pages.
 * Keys: `moderation.*`, `moderationQueue.*`, `moderationLog.*`.
 */
export const sv = {
  "moderation.heading": "Moderering",
  "moderation.documentTitle": "Moderering",
  "moderation.navLabel": "Moderering",
  "moderation.queue": "Modereringskön",
  "moderation.log": "Modereringslogg",

  "moderationQueue.documentTitle": "Modereringskön",
  "moderationQueue.intro":
    "Kommentarer som deltagare har rapporterat, och kommentarer som är dolda. Rapporter från tre olika personer döljer en kommentar tills en moderator har beslutat. Författaren får e-post när kommentaren döljs eller visas igen.",
  "moderationQueue.count": { one: "{count} kommentar", other: "{count} kommentarer" },
  "moderationQueue.empty": "Inget väntar på en moderator just nu.",
  "moderationQueue.commentIn": "Kommentar i",
  "moderationQueue.author": "Skriven av",
  "moderationQueue.written": "Skriven",
  "moderationQueue.statusLabel": "Läge:",
  "moderationQueue.status.reported": "Rapporterad",
  "moderationQueue.status.hiddenByReports": "Dold efter rapporter",
  "moderationQueue.status.hidden": "Dold av moderator",
  "moderationQueue.hiddenReason": "Skäl till författaren:",
  "moderationQueue.reports": {
    one: "Rapporterad av {count} person",
    other: "Rapporterad av {count} personer",
  },
  "moderationQueue.reasonCount": "{reason}: {count}",
  "moderationQueue.notes": "Anteckningar från dem som rapporterade",
  "moderationQueue.open": "Visa i samtalet",
  "moderationQueue.hide": "Dölj",
  "moderationQueue.hideLegend": "Dölj kommentaren",
  "moderationQueue.hideReason": "Skäl",
  "moderationQueue.hideReasonHint":
    "Författaren ser skälet vid kommentaren och får det med e-post.",
  "moderationQueue.hideSubmit": "Dölj kommentaren",
  "moderationQueue.restore": "Visa igen",
  "moderationQueue.dismiss": "Avfärda rapporterna",
  "moderationQueue.block": "Stäng av författaren",
  "moderationQueue.blockLegend": "Stäng av {name} från att skriva",
  "moderationQueue.blockPeriod": "Hur länge",
  "moderationQueue.blockDays": { one: "{count} dag", other: "{count} dagar" },
  "moderationQueue.blockReason": "Skäl",
  "moderationQueue.blockReasonHint": "{name} ser skälet ovanför skrivfältet.",
  "moderationQueue.blockSubmit": "Stäng av",
  "moderationQueue.unblock": "Häv avstängningen",
  "moderationQueue.hidden": "Kommentaren är dold. Författaren har fått e-post med skälet.",
  "moderationQueue.restored": "Kommentaren visas igen. Författaren har fått e-post.",
  "moderationQueue.dismissed": "Rapporterna är avfärdade.",
  "moderationQueue.blocked": "{name} kan inte skriva förrän {time}.",
  "moderationQueue.unblocked": "{name} kan skriva igen.",
  "moderationQueue.notBlocked": "{name} var inte avstängd.",

  "moderationLog.documentTitle": "Modereringslogg",
  "moderationLog.intro":
    "Vad moderatorerna har gjort, och vilka kommentarer som rapporter har dolt, senaste först. Ladda ner loggen som CSV för att arbeta vidare med den i ett kalkylprogram.",
  "moderationLog.download": "Ladda ner CSV",
  "moderationLog.downloaded": "Loggen är nedladdad som {file}.",
  "moderationLog.count": { one: "{count} händelse", other: "{count} händelser" },
  "moderationLog.empty": "Moderatorerna har inte gjort något ännu.",

  "moderationQueue.pages": "Sidor i kön",
  "moderationLog.pages": "Sidor i loggen",
} satisfies Record<string, string | Plural>;

export const en: Translation<typeof sv> = {
  "moderation.heading": "Moderation",
  "moderation.documentTitle": "Moderation",
  "moderation.navLabel": "Moderation",
  "moderation.queue": "Moderation queue",
  "moderation.log": "Moderation log",

  "moderationQueue.documentTitle": "Moderation queue",
  "moderationQueue.intro":
    "Comments that participants have reported, and comments that are hidden. Reports from three different people hide a comment until a moderator has decided. The author gets an e-mail when the comment is hidden or shown again.",
  "moderationQueue.count": { one: "{count} comment", other: "{count} comments" },
  "moderationQueue.empty": "Nothing awaits a moderator just now.",
  "moderationQueue.commentIn": "Comment in",
  "moderationQueue.author": "Written by",
  "moderationQueue.written": "Written",
  "moderationQueue.statusLabel": "State:",
  "moderationQueue.status.reported": "Reported",
  "moderationQueue.status.hiddenByReports": "Hidden by reports",
  "moderationQueue.status.hidden": "Hidden by a moderator",
  "moderationQueue.hiddenReason": "Reason given to the author:",
  "moderationQueue.reports": {
    one: "Reported by {count} person",
    other: "Reported by {count} people",
  },
  "moderationQueue.reasonCount": "{reason}: {count}",
  "moderationQueue.notes": "Notes from those who reported",
  "moderationQueue.open": "Show in the discussion",
  "moderationQueue.hide": "Hide",
  "moderationQueue.hideLegend": "Hide the comment",
  "moderationQueue.hideReason": "Reason",
  "moderationQueue.hideReasonHint":
    "The author sees the reason beside the comment and gets it by e-mail.",
  "moderationQueue.hideSubmit": "Hide the comment",
  "moderationQueue.restore": "Show again",
  "moderationQueue.dismiss": "Dismiss the reports",
  "moderationQueue.block": "Block the author",
  "moderationQueue.blockLegend": "Block {name} from writing",
  "moderationQueue.blockPeriod": "For how long",
  "moderationQueue.blockDays": { one: "{count} day", other: "{count} days" },
  "moderationQueue.blockReason": "Reason",
  "moderationQueue.blockReasonHint": "{name} sees the reason above the comment field.",
  "moderationQueue.blockSubmit": "Block",
  "moderationQueue.unblock": "Lift the block",
  "moderationQueue.hidden": "The comment is hidden. The author has an e-mail with the reason.",
  "moderationQueue.restored": "The comment is shown again. The author has an e-mail.",
  "moderationQueue.dismissed": "The reports are dismissed.",
  "moderationQueue.blocked": "{name} cannot write until {time}.",
  "moderationQueue.unblocked": "{name} can write again.",
  "moderationQueue.notBlocked": "{name} was not blocked.",

  "moderationLog.documentTitle": "Moderation log",
  "moderationLog.intro":
    "What the moderators have done, and which comments reports have hidden, latest first. Download the log as CSV to work on it in a spreadsheet.",
  "moderationLog.download": "Download CSV",
  "moderationLog.downloaded": "The log is downloaded as {file}.",
  "moderationLog.count": { one: "{count} event", other: "{count} events" },
  "moderationLog.empty": "The moderators have not done anything yet.",

  "moderationQueue.pages": "Pages of the queue",
  "moderationLog.pages": "Pages of the log",
};
