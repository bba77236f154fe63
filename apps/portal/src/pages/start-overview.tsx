import { useQuery } from "urql";
import { CommitmentStatusSummary } from "../components/commitment-status-summary";
import { LatestFindings } from "../components/latest-findings";
import { MeetingCard, MeetingCard_Meeting } from "../components/meeting-card";
import { QueryStatus } from "../components/query-status";
import { ThemeCard, ThemeCard_Theme } from "../components/theme-card";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const StartPage_Overview = graphql(
  `
    query StartPage_Overview {
      meetings(period: UPCOMING, limit: 5) {
        id
        ...MeetingCard_Meeting
      }
      themes {
        id
        ...ThemeCard_Theme
      }
      phases {
        number
        name
        description
        startsOn
        endsOn
      }
    }
  `,
  [MeetingCard_Meeting, ThemeCard_Theme],
);

/**
 * The start page: the mission in brief, what the dialogue has produced (the latest findings and
 * where the commitments stand), the next meetings, the themes and the five phases.
 */
export function StartOverviewPage() {
  const { t, formatDate, formatDateRange } = useI18n();
  useDocumentTitle(t("start.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StartPage_Overview });

  const period = (startsOn: string | null, endsOn: string | null) => {
    if (startsOn && endsOn) return formatDateRange(startsOn, endsOn);
    if (startsOn) return t("phase.from", { date: formatDate(startsOn) });
    if (endsOn) return t("phase.until", { date: formatDate(endsOn) });
    return t("phase.periodUnknown");
  };

  return (
    <>
      <div className="page-intro">
        <h1>{t("start.heading")}</h1>
        <p className="lead">{t("start.intro")}</p>
      </div>

      <div className="start-results">
        <LatestFindings
          id="latest-findings"
          heading="start.latestFindingsHeading"
          empty="start.latestFindingsEmpty"
          count={4}
        />
        <CommitmentStatusSummary id="commitment-status" />
      </div>

      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />

      {data && (
        <>
          <section className="section" aria-labelledby="upcoming-meetings">
            <h2 id="upcoming-meetings">{t("start.meetingsHeading")}</h2>
            {data.meetings.length === 0 ? (
              <p>{t("start.meetingsEmpty")}</p>
            ) : (
              <ul className="card-grid">
                {data.meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingCard meeting={meeting} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="section" aria-labelledby="themes">
            <h2 id="themes">{t("start.themesHeading")}</h2>
            <p>{t("start.themesIntro")}</p>
            {data.themes.length === 0 ? (
              <p>{t("start.themesEmpty")}</p>
            ) : (
              <ul className="card-grid">
                {data.themes.map((theme) => (
                  <li key={theme.id}>
                    <ThemeCard theme={theme} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="section" aria-labelledby="phases">
            <h2 id="phases">{t("start.phasesHeading")}</h2>
            <ol className="phases">
              {data.phases.map((phase) => (
                <li key={phase.number} className="phase">
                  <p className="phase-number" aria-hidden="true">
                    {phase.number}
                  </p>
                  <div>
                    <h3 className="phase-name">
                      <span className="visually-hidden">
                        {t("phase.number", { number: phase.number })}:{" "}
                      </span>
                      <span lang={CONTENT_LANG}>{phase.name}</span>
                    </h3>
                    <p className="phase-period">{period(phase.startsOn, phase.endsOn)}</p>
                    <p lang={CONTENT_LANG}>{phase.description}</p>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}
