import { NavLink, Outlet } from "react-router";
import { useDocumentTitle, useI18n } from "../i18n";
import { moderates, useViewer } from "../lib/viewer";
import { AccessNotice } from "./access-notice";

/** The moderators' pages: the queue and the log under a menu of their own; others are told no. */
export function ModerationLayout() {
  const { t } = useI18n();
  const { state: viewer } = useViewer();

  if (viewer.status === "loading") return <output className="notice">{t("common.loading")}</output>;
  if (viewer.status === "signedOut") return <Refused reason="UNAUTHENTICATED" />;
  if (!moderates(viewer.person)) return <Refused reason="FORBIDDEN" />;
  return (
    <>
      <nav className="sub-nav" aria-label={t("moderation.navLabel")}>
        <ul>
          <li>
            <NavLink to="/moderering" end>
              {t("moderation.queue")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/moderering/logg">{t("moderation.log")}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

function Refused({ reason }: { reason: "UNAUTHENTICATED" | "FORBIDDEN" }) {
  const { t } = useI18n();
  useDocumentTitle(t("moderation.documentTitle"));
  return (
    <>
      <div className="page-intro">
        <h1>{t("moderation.heading")}</h1>
      </div>
      <AccessNotice reason={reason} />
    </>
  );
}
