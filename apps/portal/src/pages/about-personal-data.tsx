import { Link } from "react-router";
import { useQuery } from "urql";
import { OfficeEmail } from "../components/office-contact";
import { graphql, type ResultOf } from "../graphql";
import { type MessageKey, useDocumentTitle, useI18n } from "../i18n";

const PersonalDataPage_Periods = graphql(`
  query PersonalDataPage_Periods {
    retentionPeriods {
      kind
      days
    }
  }
`);

type Kind = ResultOf<typeof PersonalDataPage_Periods>["retentionPeriods"][number]["kind"];

/** The sentence that tells each kind's period, `{days}` replaced by the configured number. */
const periodTexts: Record<Kind, MessageKey> = {
  SESSIONS: "personalData.period.SESSIONS",
  OUTBOX_MAIL: "personalData.period.OUTBOX_MAIL",
  READ_NOTIFICATIONS: "personalData.period.READ_NOTIFICATIONS",
  UNREAD_NOTIFICATIONS: "personalData.period.UNREAD_NOTIFICATIONS",
  AUDIT_LOG: "personalData.period.AUDIT_LOG",
  SURVEY_RESPONDENTS: "personalData.period.SURVEY_RESPONDENTS",
  UNUSED_ACCOUNTS: "personalData.period.UNUSED_ACCOUNTS",
  INVITATIONS: "personalData.period.INVITATIONS",
  API_KEY_REQUESTS: "personalData.period.API_KEY_REQUESTS",
  RATE_LIMIT_COUNTS: "personalData.period.RATE_LIMIT_COUNTS",
};

const storedKinds: MessageKey[] = [
  "personalData.stored.account",
  "personalData.stored.contributions",
  "personalData.stored.sessions",
  "personalData.stored.mail",
  "personalData.stored.notifications",
  "personalData.stored.auditLog",
  "personalData.stored.apiKeys",
  "personalData.stored.invitations",
  "personalData.stored.survey",
  "personalData.stored.limits",
];

/** How long each kind of data is kept, as the API is configured now. */
function RetentionPeriods() {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: PersonalDataPage_Periods });
  if (!data) {
    return (
      <output className="notice">
        {t(error && !fetching ? "personalData.periodsFailed" : "personalData.periodsLoading")}
      </output>
    );
  }
  return (
    <ul className="personal-data-periods">
      {data.retentionPeriods.map((period) => (
        <li key={period.kind}>
          {t(periodTexts[period.kind], {
            days: t("personalData.days", { count: period.days }),
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * /personuppgifter: who is responsible for the personal data, what the portal keeps, on what
 * legal basis, for how long (the configured periods), and how to get a copy, have it erased or
 * complain to IMY.
 */
export function PersonalDataPage() {
  const { t } = useI18n();
  useDocumentTitle(t("personalData.documentTitle"));
  return (
    <div className="about-page">
      <div className="page-intro">
        <h1>{t("personalData.heading")}</h1>
        <p className="lead">{t("personalData.intro")}</p>
      </div>

      <section className="section" aria-labelledby="personal-data-responsible">
        <h2 id="personal-data-responsible">{t("personalData.responsibleHeading")}</h2>
        <p>
          {t("personalData.responsible")} <OfficeEmail />
        </p>
      </section>

      <section className="section" aria-labelledby="personal-data-stored">
        <h2 id="personal-data-stored">{t("personalData.storedHeading")}</h2>
        <p>{t("personalData.storedIntro")}</p>
        <ul>
          {storedKinds.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>{t("personalData.storedNever")}</p>
      </section>

      <section className="section" aria-labelledby="personal-data-why">
        <h2 id="personal-data-why">{t("personalData.whyHeading")}</h2>
        <p>{t("personalData.why")}</p>
      </section>

      <section className="section" aria-labelledby="personal-data-periods">
        <h2 id="personal-data-periods">{t("personalData.periodsHeading")}</h2>
        <p>{t("personalData.periodsIntro")}</p>
        <RetentionPeriods />
        <p>{t("personalData.periodsAccount")}</p>
      </section>

      <section className="section" aria-labelledby="personal-data-copy">
        <h2 id="personal-data-copy">{t("personalData.copyHeading")}</h2>
        <p>{t("personalData.copy")}</p>
        <p>
          <Link to="/profil#profile-export">{t("personalData.copyLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="personal-data-erase">
        <h2 id="personal-data-erase">{t("personalData.eraseHeading")}</h2>
        <p>{t("personalData.erase")}</p>
        <p>
          <Link to="/profil#profile-delete">{t("personalData.eraseLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="personal-data-complain">
        <h2 id="personal-data-complain">{t("personalData.complainHeading")}</h2>
        <p>{t("personalData.complain")}</p>
        <p>
          <a href="https://www.imy.se/">{t("personalData.complainLink")}</a>
        </p>
      </section>
    </div>
  );
}
