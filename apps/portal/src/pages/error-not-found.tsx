import { Link } from "react-router";
import { useDocumentTitle, useI18n } from "../i18n";

/** Any address the portal does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t("notFound.documentTitle"));
  return (
    <div className="page-intro">
      <h1>{t("notFound.heading")}</h1>
      <p className="lead">{t("notFound.text")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </div>
  );
}
