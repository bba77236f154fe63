import { NavLink, Outlet } from "react-router";
import { useDocumentTitle, useI18n } from "../i18n";
import { useViewer, type ViewerPerson } from "../lib/viewer";
import { AccessNotice } from "./access-notice";

interface GuardedSectionProps {
  /** Whether the signed-in person may use the section's pages. */
  allows: (person: ViewerPerson) => boolean;
  /** The name of the section's menu. */
  navLabel: string;
  /** The section's first page (matched exactly), then the others. */
  links: { to: string; label: string }[];
  /** The heading and the document title shown to someone refused. */
  heading: string;
  documentTitle: string;
}

/** Pages with a menu of their own for those allowed; anyone else is told they may not be here. */
export function GuardedSection({
  allows,
  navLabel,
  links,
  heading,
  documentTitle,
}: GuardedSectionProps) {
  const { t } = useI18n();
  const { state: viewer } = useViewer();

  if (viewer.status === "loading") return <output className="notice">{t("common.loading")}</output>;
  const refused = (reason: "UNAUTHENTICATED" | "FORBIDDEN") => (
    <Refused reason={reason} heading={heading} documentTitle={documentTitle} />
  );
  if (viewer.status === "signedOut") return refused("UNAUTHENTICATED");
  if (!allows(viewer.person)) return refused("FORBIDDEN");
  return (
    <>
      <nav className="sub-nav" aria-label={navLabel}>
        <ul>
          {links.map((link, index) => (
            <li key={link.to}>
              <NavLink to={link.to} end={index === 0}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

function Refused({
  reason,
  heading,
  documentTitle,
}: {
  reason: "UNAUTHENTICATED" | "FORBIDDEN";
  heading: string;
  documentTitle: string;
}) {
  useDocumentTitle(documentTitle);
  return <AccessNotice reason={reason} heading={heading} />;
}
