import { useId } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import {
  ConferenceProgramme,
  ConferenceProgramme_Meeting,
} from "../components/conference-programme";
import { MeetingDocuments, MeetingDocuments_Meeting } from "../components/meeting-documents";
import {
  MeetingRegistration,
  MeetingRegistration_Meeting,
} from "../components/meeting-registration";
import { MeetingPlaces, MeetingSummary_Meeting } from "../components/meeting-summary";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { portalNow } from "../lib/portal-clock";
import { NotFoundPage } from "./error-not-found";

const MeetingPage_Meeting = graphql(
  `
    query MeetingPage_Meeting($slug: String!) {
      meeting(slug: $slug) {
        id
        slug
        title
        kind
        status
        startsAt
        endsAt
        place
        address
        city
        online
        onlineUrl
        description
        capacity
        remainingPlaces
        confirmedCount
        waitingListCount
        registrationOpensAt
        registrationClosesAt
        audience
        cancellationMessage
        calendarUrl
        hasLiveQuestions
        viewerCanModerateLive
        minutes
        minutesHtml
        conference {
          slug
          title
        }
        slot {
          id
          title
        }
        organisations {
          id
          name
          slug
        }
        agenda {
          id
          title
          description
          startsAt
          endsAt
          speakers
        }
        findings {
          id
          title
          body
        }
        ...MeetingSummary_Meeting
        ...MeetingRegistration_Meeting
        ...ConferenceProgramme_Meeting
        ...MeetingDocuments_Meeting
      }
    }
  `,
  [
    MeetingSummary_Meeting,
    MeetingRegistration_Meeting,
    ConferenceProgramme_Meeting,
    MeetingDocuments_Meeting,
  ],
);

/** /moten/:slug: everything about one meeting, the registration box and a conference's programme. */
export function MeetingPage() {
  const { t, formatDateTimeRange, formatDateTime, formatTime } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingPage_Meeting,
    variables: { slug },
  });
  const m = data?.meeting;
  useDocumentTitle(m ? m.title : t(data ? "notFound.documentTitle" : "meetings.heading"));
  const ids = {
    about: useId(),
    agenda: useId(),
    audience: useId(),
    minutes: useId(),
    findings: useId(),
    live: useId(),
  };
  if (data && !m) return <NotFoundPage />;
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <>
      <p className="breadcrumb">
        <Link to="/moten">{t("meetings.back")}</Link>
        {m?.conference && (
          <>
            {" / "}
            <Link to={`/moten/${m.conference.slug}`} lang={CONTENT_LANG}>
              {m.conference.title}
            </Link>
          </>
        )}
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {m && (
        <div className="meeting-page">
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>{m.title}</h1>
            <p className="tags">
              <span className="tag">{t(`meetingKind.${m.kind}`)}</span>
              <MeetingPlaces meeting={m} />
            </p>
            {m.status === "CANCELLED" && (
              <div className="notice notice-error">
                <p>{t("meetings.cancelledNotice")}</p>
                {m.cancellationMessage && <p lang={CONTENT_LANG}>{m.cancellationMessage}</p>}
              </div>
            )}
            {m.status === "HELD" && <p className="notice">{t("meetings.heldNotice")}</p>}
            {m.status === "PUBLISHED" && new Date(m.endsAt) <= portalNow() && (
              <p className="notice">{t("meetings.endedNotice")}</p>
            )}
            <dl className="facts meeting-facts">
              <div>
                <dt>{t("meeting.when")}</dt>
                <dd>
                  <time dateTime={m.startsAt}>{formatDateTimeRange(m.startsAt, m.endsAt)}</time>
                </dd>
              </div>
              {(m.place || m.address || m.city) && (
                <div>
                  <dt>{t("meeting.where")}</dt>
                  <dd lang={CONTENT_LANG}>
                    {[m.place, m.address, m.city].filter(Boolean).join(", ")}
                  </dd>
                </div>
              )}
              {m.online && (
                <div>
                  <dt>{t("meetings.onlineLink")}</dt>
                  <dd>
                    {m.onlineUrl ? (
                      <a href={m.onlineUrl}>{m.onlineUrl}</a>
                    ) : (
                      t("meetings.onlineLinkNote")
                    )}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t("meetings.places")}</dt>
                <dd>
                  {m.capacity === null
                    ? t("meetings.noLimit")
                    : t("meetings.placesOf", {
                        left: m.remainingPlaces ?? 0,
                        capacity: m.capacity,
                      })}
                  {m.waitingListCount > 0 &&
                    ` · ${t("meetings.waitingCount", { count: m.waitingListCount })}`}
                </dd>
              </div>
              {(m.registrationOpensAt || m.registrationClosesAt) && (
                <div>
                  <dt>{t("meetings.window")}</dt>
                  <dd>
                    {m.registrationOpensAt &&
                      t("meetings.windowFrom", { time: formatDateTime(m.registrationOpensAt) })}
                    {m.registrationOpensAt && m.registrationClosesAt && " – "}
                    {m.registrationClosesAt &&
                      t("meetings.windowUntil", { time: formatDateTime(m.registrationClosesAt) })}
                  </dd>
                </div>
              )}
            </dl>
            {m.status !== "DRAFT" && (
              <p>
                <a href={m.calendarUrl} download={`${m.slug}.ics`}>
                  {t("meetings.addToCalendar")}
                </a>
              </p>
            )}
          </div>

          <div className="meeting-columns">
            <div className="meeting-main">
              <section className="section" aria-labelledby={ids.about}>
                <h2 id={ids.about}>{t("meetings.about")}</h2>
                <p className="meeting-description" lang={CONTENT_LANG}>
                  {m.description || t("meetings.noDescription")}
                </p>
              </section>
              {m.hasLiveQuestions && (
                <section className="section" aria-labelledby={ids.live}>
                  <h2 id={ids.live}>{t("meetings.liveHeading")}</h2>
                  <ul>
                    <li>
                      <Link to={`/moten/${m.slug}/fragor`}>{t("meetings.liveLink")}</Link>
                    </li>
                    {m.viewerCanModerateLive && (
                      <li>
                        <Link to={`/moten/${m.slug}/fragor/styr`}>
                          {t("meetings.liveControlLink")}
                        </Link>
                      </li>
                    )}
                  </ul>
                </section>
              )}
              {m.agenda.length > 0 && (
                <section className="section" aria-labelledby={ids.agenda}>
                  <h2 id={ids.agenda}>{t("meetings.agenda")}</h2>
                  <ol className="agenda">
                    {m.agenda.map((item) => (
                      <li key={item.id}>
                        {item.startsAt && (
                          <p className="agenda-time">
                            <time dateTime={item.startsAt}>{formatTime(item.startsAt)}</time>
                            {item.endsAt && (
                              <>
                                {"–"}
                                <time dateTime={item.endsAt}>{formatTime(item.endsAt)}</time>
                              </>
                            )}
                          </p>
                        )}
                        <h3 lang={CONTENT_LANG}>{item.title}</h3>
                        {item.description && <p lang={CONTENT_LANG}>{item.description}</p>}
                        {item.speakers.length > 0 && (
                          <p>
                            {t("meetings.speakers")}{" "}
                            <span lang={CONTENT_LANG}>{item.speakers.join(", ")}</span>
                          </p>
                        )}
                      </li>
                    ))}
                  </ol>
                </section>
              )}
              <ConferenceProgramme meeting={m} onChanged={refresh} />
              <MeetingDocuments meeting={m} />
              {(m.minutesHtml || m.minutes) && (
                <section className="section" aria-labelledby={ids.minutes}>
                  <h2 id={ids.minutes}>{t("meetings.minutes")}</h2>
                  {m.minutesHtml ? (
                    <div
                      className="prose"
                      lang={CONTENT_LANG}
                      dangerouslySetInnerHTML={{ __html: m.minutesHtml }}
                    />
                  ) : (
                    <p className="meeting-description" lang={CONTENT_LANG}>
                      {m.minutes}
                    </p>
                  )}
                </section>
              )}
              {m.findings.length > 0 && (
                <section className="section" aria-labelledby={ids.findings}>
                  <h2 id={ids.findings}>{t("meetings.findings")}</h2>
                  <ul className="meeting-findings">
                    {m.findings.map((f) => (
                      <li key={f.id}>
                        <h3 lang={CONTENT_LANG}>{f.title}</h3>
                        <p lang={CONTENT_LANG}>{f.body}</p>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
            <div className="meeting-side">
              {m.kind === "SEMINAR" && m.conference ? (
                <section className="registration-box">
                  <h2>{t("meetings.registration.heading")}</h2>
                  <p>{t("meetings.seminarNote", { slot: m.slot?.title ?? "" })}</p>
                  <p>
                    <Link to={`/moten/${m.conference.slug}`}>{t("meetings.toConference")}</Link>
                  </p>
                </section>
              ) : (
                <MeetingRegistration meeting={m} />
              )}
              {(m.audience === "INVITED" || m.organisations.length > 0) && (
                <section className="section" aria-labelledby={ids.audience}>
                  <h2 id={ids.audience}>{t("meetings.audience")}</h2>
                  <p>
                    {m.audience === "INVITED"
                      ? t("meetings.audienceInvited")
                      : t("meetings.audienceOpen")}
                  </p>
                  {m.organisations.length > 0 && (
                    <ul>
                      {m.organisations.map((o) => (
                        <li key={o.id}>
                          <Link to={`/organisationer/${o.slug}`} lang={CONTENT_LANG}>
                            {o.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              )}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
