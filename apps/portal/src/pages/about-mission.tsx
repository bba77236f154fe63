import { Link } from "react-router";
import { useDocumentTitle, useI18n } from "../i18n";

/**
 * /om: the national coordinator's mission: what it is for, how the coordinator works, its phases,
 * who takes part and what comes out of it, with links to where the portal shows each.
 */
export function AboutPage() {
  const { t } = useI18n();
  useDocumentTitle(t("about.documentTitle"));
  return (
    <div className="about-page">
      <div className="page-intro">
        <h1>{t("about.heading")}</h1>
        <p className="lead">{t("about.intro")}</p>
      </div>

      <section className="section" aria-labelledby="about-mission">
        <h2 id="about-mission">{t("about.missionHeading")}</h2>
        <p>{t("about.mission")}</p>
        <p>{t("about.missionBasis")}</p>
      </section>

      <section className="section" aria-labelledby="about-methods">
        <h2 id="about-methods">{t("about.methodsHeading")}</h2>
        <ul className="about-list">
          <li>{t("about.methods.dialogue")}</li>
          <li>{t("about.methods.visits")}</li>
          <li>{t("about.methods.webinars")}</li>
          <li>{t("about.methods.measurement")}</li>
          <li>{t("about.methods.research")}</li>
        </ul>
        <p>
          <Link to="/moten">{t("about.links.meetings")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="about-phases">
        <h2 id="about-phases">{t("about.phasesHeading")}</h2>
        <p>{t("about.phases")}</p>
        <p>
          <Link to="/">{t("about.phasesLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="about-participants">
        <h2 id="about-participants">{t("about.participantsHeading")}</h2>
        <p>{t("about.participants")}</p>
        <p>
          <Link to="/organisationer">{t("about.participantsLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="about-results">
        <h2 id="about-results">{t("about.resultsHeading")}</h2>
        <p>{t("about.results")}</p>
        <ul className="about-links">
          <li>
            <Link to="/teman">{t("about.links.themes")}</Link>
          </li>
          <li>
            <Link to="/iakttagelser">{t("about.links.findings")}</Link>
          </li>
          <li>
            <Link to="/atagande">{t("about.links.commitments")}</Link>
          </li>
        </ul>
      </section>

      <section className="section" aria-labelledby="about-open-data">
        <h2 id="about-open-data">{t("about.openDataHeading")}</h2>
        <p>{t("about.openData")}</p>
        <ul className="about-links">
          <li>
            <Link to="/utvecklare">{t("about.openDataLink")}</Link>
          </li>
          <li>
            <Link to="/kontakt">{t("about.contactLink")}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
