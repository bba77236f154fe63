import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";

export const NotificationText_Notification = graphql(`
  fragment NotificationText_Notification on Notification {
    kind
    reason
    until
    threadTitle
    actorName
    path
  }
`);

/** What a notification says, in the portal's language. */
export function useNotificationText(): (
  notification: FragmentOf<typeof NotificationText_Notification>,
) => string {
  const { t, formatDateTime } = useI18n();
  return (masked) => {
    const n = readFragment(NotificationText_Notification, masked);
    const thread = n.threadTitle ?? "";
    switch (n.kind) {
      case "BLOCKED":
        return t("notification.BLOCKED", {
          until: n.until ? formatDateTime(n.until) : "",
          reason: n.reason ?? "",
        });
      case "REPLY":
        if (!n.path) return t("notification.GONE");
        return n.actorName
          ? t("notification.REPLY", { actor: n.actorName, thread })
          : t("notification.REPLY_FORMER", { thread });
      case "COMMENT_HIDDEN":
        if (!n.path) return t("notification.GONE");
        // A hide by reports carries no reason; a moderator always gives one.
        return n.reason === null
          ? t("notification.COMMENT_HIDDEN_REPORTED", { thread })
          : t("notification.COMMENT_HIDDEN", { thread, reason: n.reason });
      case "COMMENT_RESTORED":
        if (!n.path) return t("notification.GONE");
        return t("notification.COMMENT_RESTORED", { thread });
    }
  };
}
