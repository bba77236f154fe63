import { Link, type Location, useLocation } from "react-router";
import { useI18n } from "../i18n";

/** The sign-in page, with the way back to where the person is now. */
export function signInHref(location: Pick<Location, "pathname" | "search">): string {
  const here = `${location.pathname}${location.search}`;
  if (location.pathname === "/logga-in" || here === "/") return "/logga-in";
  return `/logga-in?tillbaka=${encodeURIComponent(here)}`;
}

/** A page or part of one that the person may not see: signed out, or without the right role. */
export function AccessNotice({ reason }: { reason: "UNAUTHENTICATED" | "FORBIDDEN" }) {
  const { t } = useI18n();
  const location = useLocation();
  if (reason === "FORBIDDEN") {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t("access.forbidden")}</p>
        <p>
          <Link to="/">{t("notFound.home")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="notice" role="alert">
      <p>{t("access.signInNeeded")}</p>
      <p>
        <Link to={signInHref(location)}>{t("account.signIn")}</Link>
      </p>
    </div>
  );
}
