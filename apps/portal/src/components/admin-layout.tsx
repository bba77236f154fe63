import { NavLink, Outlet } from "react-router";
import { type MessageKey, useDocumentTitle, useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";
import { AccessNotice } from "./access-notice";

export const adminPages: { to: string; label: MessageKey; description: MessageKey }[] = [
  { to: "/admin/personer", label: "admin.people", description: "admin.peopleDescription" },
  {
    to: "/admin/organisationer",
    label: "admin.organisations",
    description: "admin.organisationsDescription",
  },
  {
    to: "/admin/inbjudningar",
    label: "admin.invitations",
    description: "admin.invitationsDescription",
  },
  { to: "/admin/utkorg", label: "admin.outbox", description: "admin.outboxDescription" },
  { to: "/admin/logg", label: "admin.log", description: "admin.logDescription" },
  { to: "/admin/blogg", label: "admin.blog", description: "admin.blogDescription" },
  { to: "/admin/moten", label: "meetingAdmin.nav", description: "meetingAdmin.navDescription" },
];

/** The coordinator's pages: a menu of their own; anyone else is told they may not be here. */
export function AdminLayout() {
  const { t } = useI18n();
  const { state: viewer } = useViewer();

  if (viewer.status === "loading") return <output className="notice">{t("common.loading")}</output>;
  if (viewer.status === "signedOut") return <Refused reason="UNAUTHENTICATED" />;
  if (viewer.person.role !== "COORDINATOR") return <Refused reason="FORBIDDEN" />;
  return (
    <>
      <nav className="sub-nav" aria-label={t("admin.navLabel")}>
        <ul>
          <li>
            <NavLink to="/admin" end>
              {t("admin.overview")}
            </NavLink>
          </li>
          {adminPages.map((page) => (
            <li key={page.to}>
              <NavLink to={page.to}>{t(page.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

function Refused({ reason }: { reason: "UNAUTHENTICATED" | "FORBIDDEN" }) {
  const { t } = useI18n();
  useDocumentTitle(t("admin.documentTitle"));
  return (
    <>
      <div className="page-intro">
        <h1>{t("admin.heading")}</h1>
      </div>
      <AccessNotice reason={reason} />
    </>
  );
}
