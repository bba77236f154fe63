import { type ReactNode, useId } from "react";
import { Link, type Location, useLocation } from "react-router";
import { useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";

/** The sign-in page, with the way back to where the person is now (the start page too). */
export function signInHref(location: Pick<Location, "pathname" | "search">): string {
  // On the sign-in page itself, the way back it already has stays.
  if (location.pathname === "/logga-in") return `/logga-in${location.search}`;
  const here = `${location.pathname}${location.search}`;
  return `/logga-in?tillbaka=${encodeURIComponent(here)}`;
}

interface AccessNoticeProps {
  reason: "UNAUTHENTICATED" | "FORBIDDEN";
  /** The notice's heading: the page's own, or by default "Logga in för att se sidan" / "Ingen behörighet". */
  heading?: string;
  /**
   * 1 when the notice is the page (the default, so no refused page lacks its h1);
   * 2 when the page already shows its own h1 above the notice.
   */
  level?: 1 | 2;
}

/**
 * A page or part of one that the person may not see: signed out (with a sign-in link that comes
 * back here), or without the right role.
 */
export function AccessNotice({ reason, heading, level = 1 }: AccessNoticeProps) {
  const { t } = useI18n();
  const location = useLocation();
  const headingId = useId();
  const Heading = level === 1 ? "h1" : "h2";
  const forbidden = reason === "FORBIDDEN";
  const title =
    heading ?? (forbidden ? t("access.forbiddenHeading") : t("access.signInNeededHeading"));
  return (
    <section
      className={forbidden ? "notice notice-error access-notice" : "notice access-notice"}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>{title}</Heading>
      {forbidden ? (
        <>
          <p>{t("access.forbidden")}</p>
          <p>
            <Link to="/">{t("notFound.home")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("access.signInNeeded")}</p>
          <p>
            <Link to={signInHref(location)}>{t("account.signIn")}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * A page only for those signed in: while it is not known who the person is, a loading note; signed
 * out, the notice under the page's own heading (an h1) with a sign-in link back here.
 */
export function SignedInOnly({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useI18n();
  const { state: viewer } = useViewer();
  if (viewer.status === "loading") return <output className="notice">{t("common.loading")}</output>;
  if (viewer.status === "signedOut")
    return <AccessNotice reason="UNAUTHENTICATED" heading={heading} />;
  return <>{children}</>;
}
