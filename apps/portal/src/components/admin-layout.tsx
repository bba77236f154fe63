import { type MessageKey, useI18n } from "../i18n";
import { GuardedSection } from "./guarded-section";
import { useSubNavCurrentInView } from "./sub-nav-in-view";
import "../i18n/office-texts";

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
  { to: "/admin/api-nycklar", label: "admin.apiKeys", description: "admin.apiKeysDescription" },
  { to: "/admin/blogg", label: "admin.blog", description: "admin.blogDescription" },
  { to: "/admin/moten", label: "meetingAdmin.nav", description: "meetingAdmin.navDescription" },
  { to: "/admin/besok", label: "visitAdmin.nav", description: "visitAdmin.navDescription" },
  {
    to: "/admin/iakttagelser",
    label: "findingAdmin.nav",
    description: "findingAdmin.navDescription",
  },
  { to: "/admin/rapporter", label: "report.nav", description: "report.navDescription" },
  {
    to: "/admin/tidsmatning",
    label: "measurementAdmin.nav",
    description: "measurementAdmin.navDescription",
  },
];

/** The coordinator's pages: a menu of their own; anyone else is told they may not be here. */
export function AdminLayout() {
  const { t } = useI18n();
  useSubNavCurrentInView();
  return (
    <GuardedSection
      allows={(person) => person.role === "COORDINATOR"}
      navLabel={t("admin.navLabel")}
      links={[
        { to: "/admin", label: t("admin.overview") },
        ...adminPages.map((page) => ({ to: page.to, label: t(page.label) })),
      ]}
      heading={t("admin.heading")}
      documentTitle={t("admin.documentTitle")}
    />
  );
}
