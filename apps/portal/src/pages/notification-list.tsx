import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { AccessNotice } from "../components/access-notice";
import {
  NotificationText_Notification,
  useNotificationText,
} from "../components/notification-text";
import { QueryStatus } from "../components/query-status";
import { graphql, readFragment } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";

const NotificationListPage_Notifications = graphql(
  `
    query NotificationListPage_Notifications {
      myNotifications(first: 100) {
        id
        read
        createdAt
        ...NotificationText_Notification
      }
    }
  `,
  [NotificationText_Notification],
);

const NotificationListPage_MarkRead = graphql(`
  mutation NotificationListPage_MarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** My notifications, newest first: the unread ones marked, each leading to its comment. */
export function NotificationListPage() {
  const { t, formatDateTime } = useI18n();
  useDocumentTitle(t("notifications.documentTitle"));
  const { state: viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationListPage_Notifications,
    pause: viewer.status !== "signedIn",
    requestPolicy: "cache-and-network",
  });
  const [marking, markRead] = useMutation(NotificationListPage_MarkRead);
  const [allMarked, setAllMarked] = useState(false);
  const text = useNotificationText();

  if (viewer.status === "loading") return null;
  if (viewer.status === "signedOut") return <AccessNotice reason="UNAUTHENTICATED" />;

  const notifications = data?.myNotifications ?? [];
  const unread = notifications.filter((n) => !n.read).length;
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <>
      <div className="page-intro">
        <h1>{t("notifications.heading")}</h1>
        <p className="lead">{t("notifications.intro")}</p>
        <p>
          <Link to="/profil#aviseringar">{t("notifications.settingsLink")}</Link>
        </p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {allMarked && (
        <output className="notice notice-success">{t("notifications.markedAllRead")}</output>
      )}
      {data &&
        (notifications.length === 0 ? (
          <p>{t("notifications.empty")}</p>
        ) : (
          <>
            {unread > 0 && (
              <p>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={marking.fetching}
                  onClick={async () => {
                    await markRead({});
                    setAllMarked(true);
                    refresh();
                  }}
                >
                  {t("notifications.markAllRead")}
                </button>
              </p>
            )}
            <ol className="notification-list">
              {notifications.map((n) => {
                const path = readFragment(NotificationText_Notification, n).path;
                return (
                  <li
                    key={n.id}
                    className={n.read ? "notification" : "notification notification-unread"}
                  >
                    <p className="notification-meta">
                      <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                      {!n.read && (
                        <span className="tag tag-warning">{t("notifications.unread")}</span>
                      )}
                    </p>
                    <p className="notification-text">{text(n)}</p>
                    <p className="notification-actions">
                      {path && (
                        <Link
                          to={path}
                          onClick={() => {
                            if (!n.read) void markRead({ ids: [n.id] });
                          }}
                        >
                          {t("notifications.show")}
                        </Link>
                      )}
                      {!n.read && (
                        <button
                          type="button"
                          className="button-secondary button-small"
                          onClick={async () => {
                            await markRead({ ids: [n.id] });
                            refresh();
                          }}
                        >
                          {t("notifications.markRead")}
                        </button>
                      )}
                    </p>
                  </li>
                );
              })}
            </ol>
          </>
        ))}
    </>
  );
}
