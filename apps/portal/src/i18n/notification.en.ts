import type { sv } from "./notification";
import type { Translation } from "./types";

export const en: Translation<typeof sv> = {
  "notifications.documentTitle": "Notifications",
  "notifications.heading": "Notifications",
  "notifications.intro":
    "Replies to your comments and the moderators' decisions about them. Choose in your profile how you get them by e-mail.",
  "notifications.empty": "You have no notifications.",
  "notifications.markAllRead": "Mark all as read",
  "notifications.markedAllRead": "All notifications are marked as read.",
  "notifications.markRead": "Mark as read",
  "notifications.unread": "Unread",
  "notifications.settingsLink": "Choose how you get notifications by e-mail",
  "notifications.show": "Show",
  "notification.REPLY": "{actor} replied to your comment in “{thread}”.",
  "notification.REPLY_FORMER": "A former participant replied to your comment in “{thread}”.",
  "notification.COMMENT_HIDDEN":
    "A moderator has hidden your comment in “{thread}”. Reason: {reason}",
  "notification.COMMENT_HIDDEN_REPORTED":
    "Your comment in “{thread}” was reported by several participants and is hidden until a moderator has reviewed it.",
  "notification.COMMENT_RESTORED":
    "A moderator has reviewed your comment in “{thread}” and it is shown to everyone again.",
  "notification.BLOCKED":
    "A moderator has blocked you from writing until {until}. Reason: {reason}",
  "notification.GONE": "What this notification was about no longer exists.",
  "notifications.showMore": "Show more",
  "notifications.count": { one: "{count} notification", other: "{count} notifications" },
};
