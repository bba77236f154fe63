import { useEffect } from "react";
import { Link, useRouteError } from "react-router";
import { useDocumentTitle, useI18n } from "../i18n";

/** Shown inside the layout when a page fails to render, instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useI18n();
  const error = useRouteError();
  useDocumentTitle(t("routeError.documentTitle"));
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="page-intro" role="alert">
      <h1>{t("routeError.heading")}</h1>
      <p className="lead">{t("routeError.text")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </div>
  );
}
