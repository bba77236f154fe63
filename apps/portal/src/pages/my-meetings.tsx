import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { SignedInOnly } from "../components/access-notice";
import { CalendarFeed } from "../components/calendar-feed";
import { ConfirmButton } from "../components/confirm-button";
import { FormProblem, type Problem, problemOf } from "../components/form";
import { MeetingRegistration_Cancel } from "../components/meeting-registration";
import { meetingWhere } from "../components/meeting-summary";
import { QueryStatus } from "../components/query-status";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { meetingRegistrationProblemTexts } from "../lib/meeting-problems";

const MyMeetingsPage_Registration = graphql(`
  fragment MyMeetingsPage_Registration on MeetingRegistration {
    id
    status
    waitingListPosition
    organisation {
      id
      name
    }
    seminarPicks {
      slot {
        id
        title
      }
      seminar {
        id
        slug
        title
      }
    }
    meeting {
      id
      slug
      title
      kind
      status
      startsAt
      endsAt
      place
      city
      online
      registrationState
    }
  }
`);

const MyMeetingsPage_Registrations = graphql(
  `
    query MyMeetingsPage_Registrations {
      upcoming: myMeetings(period: UPCOMING) {
        id
        ...MyMeetingsPage_Registration
      }
      past: myMeetings(period: PAST, limit: 50) {
        id
        ...MyMeetingsPage_Registration
      }
    }
  `,
  [MyMeetingsPage_Registration],
);

type Registration = FragmentOf<typeof MyMeetingsPage_Registration>;

/** /mina-moten: my upcoming and past meetings, withdrawing from them, and my calendar feed. */
export function MyMeetingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("meetings.mine.heading"));
  return (
    <SignedInOnly heading={t("meetings.mine.heading")}>
      <MyMeetings />
    </SignedInOnly>
  );
}

function MyMeetings() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyMeetingsPage_Registrations });
  const upcomingId = useId();
  const pastId = useId();
  const status = useRef<HTMLOutputElement>(null);
  const [message, setMessage] = useState("");
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <>
      <div className="page-intro">
        <h1>{t("meetings.mine.heading")}</h1>
        <p className="lead">
          {t("meetings.mine.intro")} <Link to="/moten">{t("meetings.mine.findMore")}</Link>
        </p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data != null}
        onRetry={refresh}
        belowPageHeading
      />
      <output ref={status} tabIndex={-1} className="saved">
        {message}
      </output>
      {data && (
        <>
          <section className="section" aria-labelledby={upcomingId}>
            <h2 id={upcomingId}>{t("meetings.mine.upcoming")}</h2>
            {data.upcoming.length === 0 ? (
              <p>{t("meetings.mine.upcomingEmpty")}</p>
            ) : (
              <ul className="meeting-list">
                {data.upcoming.map((r) => (
                  <li key={r.id}>
                    <MyMeeting
                      registration={r}
                      onCancelled={(title) => {
                        setMessage(t("meetings.mine.cancelled", { meeting: title }));
                        refresh();
                        status.current?.focus();
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="section" aria-labelledby={pastId}>
            <h2 id={pastId}>{t("meetings.mine.past")}</h2>
            {data.past.length === 0 ? (
              <p>{t("meetings.mine.pastEmpty")}</p>
            ) : (
              <ul className="meeting-list">
                {data.past.map((r) => (
                  <li key={r.id}>
                    <MyMeeting registration={r} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {data && <CalendarFeed />}
    </>
  );
}

function MyMeeting({
  registration,
  onCancelled,
}: {
  registration: Registration;
  onCancelled?: (title: string) => void;
}) {
  const { t, formatDateTimeRange } = useI18n();
  const [cancelling, cancel] = useMutation(MeetingRegistration_Cancel);
  const [problem, setProblem] = useState<Problem | null>(null);
  const r = readFragment(MyMeetingsPage_Registration, registration);
  const m = r.meeting;
  const where = meetingWhere(m, t("meetings.online"));
  return (
    <article className="card meeting-summary">
      <h3 className="card-title" lang={CONTENT_LANG}>
        <Link to={`/moten/${m.slug}`}>{m.title}</Link>
      </h3>
      <p className="tags">
        <span className="tag">{t(`meetingKind.${m.kind}`)}</span>
        {r.status === "CONFIRMED" ? (
          <span className="tag tag-success">{t("meetings.mine.confirmed")}</span>
        ) : (
          <span className="tag tag-warning">
            {t("meetings.mine.waiting", { position: r.waitingListPosition ?? 0 })}
          </span>
        )}
        {m.status === "CANCELLED" && (
          <span className="tag tag-warning">{t("meetings.status.CANCELLED")}</span>
        )}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("meeting.when")}</dt>
          <dd>
            <time dateTime={m.startsAt}>{formatDateTimeRange(m.startsAt, m.endsAt)}</time>
          </dd>
        </div>
        {where && (
          <div>
            <dt>{t("meeting.where")}</dt>
            <dd lang={CONTENT_LANG}>{where}</dd>
          </div>
        )}
        {r.organisation && (
          <div>
            <dt>{t("meetings.mine.for")}</dt>
            <dd lang={CONTENT_LANG}>{r.organisation.name}</dd>
          </div>
        )}
        {r.seminarPicks.length > 0 && (
          <div>
            <dt>{t("meetings.mine.picks")}</dt>
            <dd>
              <ul className="pick-list">
                {r.seminarPicks.map((p) => (
                  <li key={p.slot.id} lang={CONTENT_LANG}>
                    {p.slot.title}: <Link to={`/moten/${p.seminar.slug}`}>{p.seminar.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {m.kind === "REGIONAL_CONFERENCE" && r.status === "CONFIRMED" && onCancelled && (
        <p>
          <Link to={`/moten/${m.slug}/program`}>
            {t("meetings.mine.programmeLink")}
            <span className="visually-hidden">: {m.title}</span>
          </Link>
        </p>
      )}
      <FormProblem problem={problem} texts={meetingRegistrationProblemTexts} />
      {onCancelled && m.status !== "CANCELLED" && (
        <ConfirmButton
          label={t("meetings.registration.cancel")}
          labelFor={t("meetings.mine.cancelFor", { meeting: m.title })}
          question={t("meetings.mine.cancelQuestion", { meeting: m.title })}
          confirmLabel={t("meetings.registration.cancelConfirm")}
          busy={cancelling.fetching}
          onConfirm={async () => {
            const answer = await cancel({ meetingId: m.id });
            const found = problemOf(answer.error, answer.data?.cancelMeetingRegistration);
            setProblem(found);
            if (!found) onCancelled(m.title);
          }}
        />
      )}
    </article>
  );
}
