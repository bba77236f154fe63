import { Link } from "react-router";
import { OfficeEmail, useOfficeContact } from "../components/office-contact";
import { useDocumentTitle, useI18n } from "../i18n";

/**
 * /kontakt: how to reach the coordinator's office (its e-mail and postal address, as configured),
 * and where to turn about accessibility, personal data and open data.
 */
export function ContactPage() {
  const { t } = useI18n();
  useDocumentTitle(t("contact.documentTitle"));
  const { contact } = useOfficeContact();
  return (
    <div className="about-page">
      <div className="page-intro">
        <h1>{t("contact.heading")}</h1>
        <p className="lead">{t("contact.intro")}</p>
      </div>

      <section className="section" aria-labelledby="contact-email">
        <h2 id="contact-email">{t("contact.emailHeading")}</h2>
        <p>
          {t("contact.emailIntro")} <OfficeEmail />
        </p>
        {contact && contact.postalAddress.length > 0 && (
          <>
            <h3>{t("contact.postalHeading")}</h3>
            <address className="office-address">
              {contact.postalAddress.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </address>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="contact-accessibility">
        <h2 id="contact-accessibility">{t("contact.accessibilityHeading")}</h2>
        <p>{t("contact.accessibility")}</p>
        <p>
          <Link to="/tillganglighet">{t("contact.accessibilityLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="contact-personal-data">
        <h2 id="contact-personal-data">{t("contact.personalDataHeading")}</h2>
        <p>{t("contact.personalData")}</p>
        <p>
          <Link to="/personuppgifter">{t("contact.personalDataLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="contact-data">
        <h2 id="contact-data">{t("contact.dataHeading")}</h2>
        <p>{t("contact.data")}</p>
        <p>
          <Link to="/utvecklare">{t("contact.dataLink")}</Link>
        </p>
      </section>
    </div>
  );
}
