import type { Plural } from "./types";

/**
 * Notifications: the notification-*.tsx pages and their texts.
 * Keys: `notifications.*`, `notification.*`.
 */
export const sv = {
  "notifications.documentTitle": "Notiser",
  "notifications.heading": "Notiser",
  "notifications.intro":
    "Här ser du svar på dina kommentarer och moderatorernas beslut om dem. Hur du får dem med e-post väljer du i din profil.",
  "notifications.empty": "Du har inga notiser.",
  "notifications.markAllRead": "Markera alla som lästa",
  "notifications.markedAllRead": "Alla notiser är markerade som lästa.",
  "notifications.markRead": "Markera som läst",
  "notifications.unread": "Oläst",
  "notifications.settingsLink": "Välj hur du får notiser med e-post",
  "notifications.show": "Visa",
  "notification.REPLY": "{actor} svarade på din kommentar i ”{thread}”.",
  "notification.REPLY_FORMER": "En tidigare deltagare svarade på din kommentar i ”{thread}”.",
  "notification.COMMENT_HIDDEN": "En moderator har dolt din kommentar i ”{thread}”. Skäl: {reason}",
  "notification.COMMENT_HIDDEN_REPORTED":
    "Din kommentar i ”{thread}” har anmälts av flera deltagare och är dold tills en moderator har granskat den.",
  "notification.COMMENT_RESTORED":
    "En moderator har granskat din kommentar i ”{thread}” och den visas igen för alla.",
  "notification.BLOCKED":
    "En moderator har stängt av dig från att skriva till {until}. Skäl: {reason}",
  "notification.GONE": "Det notisen gällde finns inte längre.",
  "notifications.showMore": "Visa fler",
  "notifications.count": { one: "{count} notis", other: "{count} notiser" },
} satisfies Record<string, string | Plural>;
