import { Link } from "react-router";
import { OfficeEmail } from "../components/office-contact";
import { useDocumentTitle, useI18n } from "../i18n";

/** The day the statement was first made. */
export const statementMade = "2026-11-30";
/** The day the portal was last assessed and the statement last reviewed: review it every year. */
export const statementReviewed = "2026-11-30";

/** Digg's form for reporting a public body's lack of accessibility. */
const diggReportForm = "https://www.digg.se/tdosanmalan";

/**
 * /tillganglighet: the accessibility statement, with the headings and in the order of Digg's model
 * for lagen (2018:1937) om tillgänglighet till digital offentlig service.
 */
export function AccessibilityStatementPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t("accessibility.documentTitle"));
  return (
    <div className="about-page">
      <div className="page-intro">
        <h1>{t("accessibility.heading")}</h1>
        <p className="lead">{t("accessibility.commitment")}</p>
      </div>

      <section className="section" aria-labelledby="accessibility-how">
        <h2 id="accessibility-how">{t("accessibility.howHeading")}</h2>
        <p>{t("accessibility.how")}</p>
      </section>

      <section className="section" aria-labelledby="accessibility-cannot-use">
        <h2 id="accessibility-cannot-use">{t("accessibility.cannotUseHeading")}</h2>
        <p>{t("accessibility.cannotUse")}</p>
        <p>
          {t("accessibility.cannotUseEmail")} <OfficeEmail />
        </p>
        <p>{t("accessibility.responseTime")}</p>
        <p>
          <Link to="/kontakt">{t("accessibility.contactPageLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="accessibility-report">
        <h2 id="accessibility-report">{t("accessibility.reportHeading")}</h2>
        <p>{t("accessibility.report")}</p>
        <p>
          {t("accessibility.cannotUseEmail")} <OfficeEmail />
        </p>
      </section>

      <section className="section" aria-labelledby="accessibility-supervision">
        <h2 id="accessibility-supervision">{t("accessibility.supervisionHeading")}</h2>
        <p>{t("accessibility.supervision")}</p>
        <p>
          <a href={diggReportForm} hrefLang="sv">
            {t("accessibility.supervisionLink")}
          </a>
        </p>
      </section>

      <section className="section" aria-labelledby="accessibility-technical">
        <h2 id="accessibility-technical">{t("accessibility.technicalHeading")}</h2>
        <p>{t("accessibility.technical")}</p>
      </section>

      <section className="section" aria-labelledby="accessibility-gaps">
        <h2 id="accessibility-gaps">{t("accessibility.gapsHeading")}</h2>
        <p>{t("accessibility.gapsIntro")}</p>
        <h3>{t("accessibility.nonComplianceHeading")}</h3>
        <ul className="about-list">
          <li>{t("accessibility.gap.documents")}</li>
          <li>{t("accessibility.gap.graphiql")}</li>
        </ul>
        <h3>{t("accessibility.burdenHeading")}</h3>
        <p>{t("accessibility.burden")}</p>
        <h3>{t("accessibility.outOfScopeHeading")}</h3>
        <ul className="about-list">
          <li>{t("accessibility.outOfScope.meetings")}</li>
          <li>{t("accessibility.outOfScope.thirdParty")}</li>
        </ul>
      </section>

      <section className="section" aria-labelledby="accessibility-tested">
        <h2 id="accessibility-tested">{t("accessibility.testedHeading")}</h2>
        <p>{t("accessibility.tested")}</p>
        <ul className="about-list">
          <li>{t("accessibility.tested.axe")}</li>
          <li>{t("accessibility.tested.keyboard")}</li>
          <li>{t("accessibility.tested.screenReader")}</li>
          <li>{t("accessibility.tested.reflow")}</li>
        </ul>
        <p>{t("accessibility.made", { date: formatDate(statementMade) })}</p>
        <p>{t("accessibility.reviewed", { date: formatDate(statementReviewed) })}</p>
      </section>
    </div>
  );
}
