import { openDataLicence } from "@kraftsamling/domain";
import { Link } from "react-router";
import { DeveloperExamples } from "../components/developer-examples";
import { OpenDataCatalogue } from "../components/open-data-catalogue";
import { useDocumentTitle, useI18n } from "../i18n";

/**
 * For developers: what the API makes public, its address, examples to paste, keys, limits, the
 * licence and the open data's datasets and columns.
 */
export function DeveloperPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t("developer.documentTitle"));
  const origin = window.location.origin;
  return (
    <div className="developer-page">
      <div className="page-intro">
        <h1>{t("developer.heading")}</h1>
        <p className="lead">{t("developer.intro")}</p>
      </div>

      <section aria-labelledby="developer-public">
        <h2 id="developer-public">{t("developer.publicHeading")}</h2>
        <p>{t("developer.publicYes")}</p>
        <p>{t("developer.publicNo")}</p>
      </section>

      <section aria-labelledby="developer-endpoint">
        <h2 id="developer-endpoint">{t("developer.endpointHeading")}</h2>
        <p>
          {t("developer.endpoint", {
            url: `${origin}/graphql`,
            schema: `${origin}/schema.graphql`,
          })}
        </p>
        <p>{t("developer.otherSites")}</p>
        <ul className="developer-links">
          <li>
            {/* A page load of its own: GraphiQL's document has its own Content-Security-Policy. */}
            <Link to="/utvecklare/graphiql" reloadDocument>
              {t("developer.graphiqlLink")}
            </Link>
          </li>
          <li>
            <a href="/schema.graphql">{t("developer.schemaLink")}</a>
          </li>
          <li>
            <Link to="/api-nyckel">{t("developer.keyLink")}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="developer-examples">
        <h2 id="developer-examples">{t("developer.examplesHeading")}</h2>
        <p>{t("developer.examplesIntro")}</p>
        <DeveloperExamples origin={origin} />
      </section>

      <section aria-labelledby="developer-keys">
        <h2 id="developer-keys">{t("developer.keysHeading")}</h2>
        <p>{t("developer.keys")}</p>
        <p>
          <Link to="/api-nyckel">{t("developer.keyLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="developer-limits">
        <h2 id="developer-limits">{t("developer.limitsHeading")}</h2>
        <p>{t("developer.limits")}</p>
        <p>{t("developer.limitsOther")}</p>
      </section>

      <section aria-labelledby="developer-licence">
        <h2 id="developer-licence">{t("developer.licenceHeading")}</h2>
        <p>
          <a href={openDataLicence.url} rel="license">
            {t("developer.licenceLink")}
          </a>
          {": "}
          {t("developer.licence", { covers: openDataLicence.covers[locale] })}
        </p>
      </section>

      <section aria-labelledby="developer-open-data">
        <h2 id="developer-open-data">{t("developer.openDataHeading")}</h2>
        <p>{t("developer.openDataIntro", { index: `${origin}/open-data/` })}</p>
        <OpenDataCatalogue />
      </section>
    </div>
  );
}
