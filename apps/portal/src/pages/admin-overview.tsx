import { Link } from "react-router";
import { adminPages } from "../components/admin-layout";
import { useDocumentTitle, useI18n } from "../i18n";

/** The coordinator's start: what each administration page is for. */
export function AdminOverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t("admin.documentTitle"));
  return (
    <>
      <div className="page-intro">
        <h1>{t("admin.heading")}</h1>
        <p className="lead">{t("admin.intro")}</p>
      </div>
      <ul className="card-grid">
        {adminPages.map((page) => (
          <li key={page.to}>
            <article className="card">
              <h2 className="card-title">
                <Link to={page.to}>{t(page.label)}</Link>
              </h2>
              <p>{t(page.description)}</p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
