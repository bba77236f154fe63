import type { Plural } from "./types";

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
