import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";

const NotificationsLink_Unread = graphql(`
  query NotificationsLink_Unread {
    unreadNotificationCount
  }
`);

/** "Notiser" in the header, with how many are unread; counted again on every page change. */
export function NotificationsLink() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [{ data }, reexecute] = useQuery({
    query: NotificationsLink_Unread,
    requestPolicy: "cache-and-network",
  });
  // The count is fetched again whenever the page changes.
  useEffect(() => {
    reexecute({ requestPolicy: "network-only" });
  }, [pathname, reexecute]);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Link to="/notiser" className="header-button notifications-link">
      {t("nav.notifications")}
      {unread > 0 && (
        <span className="notifications-count">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">
            {", "}
            {t("layout.unreadNotifications", { count: unread })}
          </span>
        </span>
      )}
    </Link>
  );
}
