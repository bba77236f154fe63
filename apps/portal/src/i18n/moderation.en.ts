import type { sv } from "./moderation";
import type { Translation } from "./types";

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
