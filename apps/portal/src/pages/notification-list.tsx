import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { SignedInOnly } from "../components/access-notice";
import {
  NotificationText_Notification,
  useNotificationText,
} from "../components/notification-text";
import { QueryStatus } from "../components/query-status";
import { graphql, readFragment } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const NotificationListPage_Notifications = graphql(
  `
    query NotificationListPage_Notifications($after: String) {
      unreadNotificationCount
      myNotificationsConnection(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          read
          createdAt
          ...NotificationText_Notification
        }
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

/**
 * My notifications, newest first, 50 at a time with "Visa fler" for the next 50: the unread ones
 * marked, each leading to its comment.
 */
export function NotificationListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("notifications.documentTitle"));
  return (
    <SignedInOnly heading={t("notifications.heading")}>
      <Notifications />
    </SignedInOnly>
  );
}

function Notifications() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationListPage_Notifications,
    variables: { after: null },
    requestPolicy: "cache-and-network",
  });
  const [marking, markRead] = useMutation(NotificationListPage_MarkRead);
  const [allMarked, setAllMarked] = useState(false);
  // The cursors after which more pages were asked for, in order.
  const [more, setMore] = useState<string[]>([]);

  const first = data?.myNotificationsConnection;
  const unread = data?.unreadNotificationCount ?? 0;
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const showMore = (after: string) => setMore((known) => [...known, after]);

  return (
    <>
      <div className="page-intro">
        <h1>{t("notifications.heading")}</h1>
        <p className="lead">{t("notifications.intro")}</p>
        <p>
          <Link to="/profil#notiser">{t("notifications.settingsLink")}</Link>
        </p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data != null}
        onRetry={refresh}
        belowPageHeading
      />
      {allMarked && (
        <output className="notice notice-success">{t("notifications.markedAllRead")}</output>
      )}
      {first &&
        (first.totalCount === 0 ? (
          <p>{t("notifications.empty")}</p>
        ) : (
          <>
            <p className="summary">{t("notifications.count", { count: first.totalCount })}</p>
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
            <NotificationPage
              page={first}
              last={more.length === 0}
              onMore={showMore}
              onMarkRead={async (ids) => {
                await markRead({ ids });
              }}
            />
            {more.map((after, index) => (
              <LaterPage
                key={after}
                after={after}
                last={index === more.length - 1}
                onMore={showMore}
                onMarkRead={async (ids) => {
                  await markRead({ ids });
                }}
              />
            ))}
          </>
        ))}
    </>
  );
}

type Page = NonNullable<
  ReturnType<typeof useNotificationPage>[0]["data"]
>["myNotificationsConnection"];

function useNotificationPage(after: string) {
  return useQuery({ query: NotificationListPage_Notifications, variables: { after } });
}

interface PageProps {
  /** The last page shown: it offers the next. */
  last: boolean;
  onMore: (after: string) => void;
  onMarkRead: (ids: string[]) => Promise<void>;
}

/** A page after the first, asked for with "Visa fler". */
function LaterPage({ after, ...props }: PageProps & { after: string }) {
  const [{ data, fetching, error }, reexecute] = useNotificationPage(after);
  const page = data?.myNotificationsConnection;
  return (
    <>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {page && <NotificationPage page={page} {...props} />}
    </>
  );
}

/** Fifty notifications, and "Visa fler" below the last page when more follow. */
function NotificationPage({ page, last, onMore, onMarkRead }: PageProps & { page: Page }) {
  const { t, formatDateTime } = useI18n();
  const text = useNotificationText();
  return (
    <>
      <ol className="notification-list">
        {page.nodes.map((n) => {
          const path = readFragment(NotificationText_Notification, n).path;
          return (
            <li key={n.id} className={n.read ? "notification" : "notification notification-unread"}>
              <p className="notification-meta">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                {!n.read && <span className="tag tag-warning">{t("notifications.unread")}</span>}
              </p>
              <p className="notification-text">{text(n)}</p>
              <p className="notification-actions">
                {path && (
                  <Link
                    to={path}
                    onClick={() => {
                      if (!n.read) void onMarkRead([n.id]);
                    }}
                  >
                    {t("notifications.show")}
                  </Link>
                )}
                {!n.read && (
                  <button
                    type="button"
                    className="button-secondary button-small"
                    onClick={() => onMarkRead([n.id])}
                  >
                    {t("notifications.markRead")}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => onMore(page.pageInfo.endCursor ?? "")}
          >
            {t("notifications.showMore")}
          </button>
        </p>
      )}
    </>
  );
}
