import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useQuery } from "urql";
import { MeetingAdminAgenda, MeetingAdminAgenda_Meeting } from "../components/meeting-admin-agenda";
import {
  MeetingAdminDocuments,
  MeetingAdminDocuments_Meeting,
} from "../components/meeting-admin-documents";
import { type FindingChoice, MeetingAdminFindings } from "../components/meeting-admin-findings";
import { MeetingAdminForm, MeetingAdminForm_Meeting } from "../components/meeting-admin-form";
import { MeetingAdminMinutes } from "../components/meeting-admin-minutes";
import { MeetingAdminOrganisations } from "../components/meeting-admin-organisations";
import {
  MeetingAdminProgramme,
  MeetingAdminProgramme_Meeting,
} from "../components/meeting-admin-programme";
import {
  MeetingAdminRegistrations,
  MeetingAdminRegistrations_Meeting,
} from "../components/meeting-admin-registrations";
import { MeetingAdminStatus } from "../components/meeting-admin-status";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const AdminMeetingEditPage_Meeting = graphql(
  `
    query AdminMeetingEditPage_Meeting($slug: String!) {
      meeting(slug: $slug) {
        id
        slug
        title
        kind
        status
        startsAt
        endsAt
        cancellationMessage
        minutes
        organisations {
          id
          name
        }
        findings {
          id
          title
          status
        }
        ...MeetingAdminForm_Meeting
        ...MeetingAdminAgenda_Meeting
        ...MeetingAdminDocuments_Meeting
        ...MeetingAdminRegistrations_Meeting
        ...MeetingAdminProgramme_Meeting
      }
      findings(filter: { sources: [DIALOGUE_MEETING, HEARING, ROUND_TABLE, WEBINAR] }, limit: 200) {
        id
        title
        status
      }
    }
  `,
  [
    MeetingAdminForm_Meeting,
    MeetingAdminAgenda_Meeting,
    MeetingAdminDocuments_Meeting,
    MeetingAdminRegistrations_Meeting,
    MeetingAdminProgramme_Meeting,
  ],
);

/** The findings heard at meetings to choose among, by title. */
function findingChoices(findings: readonly FindingChoice[]): FindingChoice[] {
  return [...findings].sort((a, b) => a.title.localeCompare(b.title, "sv"));
}

/** The coordinator's editor of one meeting: its fields, status, programme, agenda, people and papers. */
export function AdminMeetingEditPage() {
  const { t, formatDateTimeRange } = useI18n();
  const { slug = "" } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminMeetingEditPage_Meeting,
    variables: { slug },
    requestPolicy: "cache-and-network",
  });
  const meeting = data?.meeting;
  useDocumentTitle(
    meeting
      ? t("meetingAdmin.editDocumentTitle", { title: meeting.title })
      : t("meetingAdmin.documentTitle"),
  );
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [saved, setSaved] = useState(created ? t("meetingAdmin.created") : "");
  const notice = useRef<HTMLOutputElement>(null);
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  useEffect(() => {
    if (saved) notice.current?.focus();
  }, [saved]);
  // The "created" note is said once: a reload of the page does not repeat it.
  useEffect(() => {
    if (created) navigate(location.pathname, { replace: true, state: null });
  }, [created, navigate, location.pathname]);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/moten">{t("meetingAdmin.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {data && !meeting && (
        <>
          <div className="page-intro">
            <h1>{t("meetingAdmin.heading")}</h1>
          </div>
          <p>{t("meetingAdmin.notFound")}</p>
        </>
      )}
      {meeting && (
        <>
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>{meeting.title}</h1>
            <p className="lead">
              {t(`meetingKind.${meeting.kind}`)},{" "}
              <time dateTime={meeting.startsAt}>
                {formatDateTimeRange(meeting.startsAt, meeting.endsAt)}
              </time>
            </p>
            {meeting.status !== "DRAFT" && (
              <p>
                <Link to={`/moten/${meeting.slug}`}>{t("meetingAdmin.viewPublic")}</Link>
              </p>
            )}
          </div>
          {saved && (
            <output ref={notice} tabIndex={-1} className="notice notice-success">
              {saved}
            </output>
          )}
          <section className="section" aria-labelledby="meeting-admin-status">
            <h2 id="meeting-admin-status">{t("meetingAdmin.statusHeading")}</h2>
            <MeetingAdminStatus
              meeting={meeting}
              onChanged={() => {
                // "Created as a draft" no longer holds once the status has changed.
                setSaved("");
                refresh();
              }}
            />
          </section>
          <section className="section" aria-labelledby="meeting-admin-details">
            <h2 id="meeting-admin-details">{t("meetingAdmin.details")}</h2>
            <MeetingAdminForm
              key={meeting.id}
              meeting={meeting}
              conferences={[]}
              onSaved={(newSlug, notified) => {
                setSaved("");
                // A new message each time, so that it is announced again.
                setTimeout(
                  () => setSaved(t(notified ? "meetingAdmin.savedNotified" : "meetingAdmin.saved")),
                  0,
                );
                if (newSlug !== meeting.slug)
                  navigate(`/admin/moten/${newSlug}`, { replace: true });
                else refresh();
              }}
            />
          </section>
          <section className="section" aria-labelledby="meeting-admin-organisations">
            <h2 id="meeting-admin-organisations">{t("meetingAdmin.organisations")}</h2>
            <p>{t("meetingAdmin.organisationsIntro")}</p>
            <MeetingAdminOrganisations
              key={meeting.id}
              meetingId={meeting.id}
              chosen={meeting.organisations}
            />
          </section>
          {meeting.kind === "REGIONAL_CONFERENCE" && (
            <section className="section" aria-labelledby="meeting-admin-programme">
              <h2 id="meeting-admin-programme">{t("meetingAdmin.programme")}</h2>
              <MeetingAdminProgramme meeting={meeting} onChanged={refresh} />
            </section>
          )}
          <section className="section" aria-labelledby="meeting-admin-agenda">
            <h2 id="meeting-admin-agenda">{t("meetingAdmin.agenda")}</h2>
            <MeetingAdminAgenda key={meeting.id} meeting={meeting} onChanged={refresh} />
          </section>
          <section className="section" aria-labelledby="meeting-admin-registrations">
            <h2 id="meeting-admin-registrations">{t("meetingAdmin.registrations")}</h2>
            <MeetingAdminRegistrations meeting={meeting} />
          </section>
          <section className="section" aria-labelledby="meeting-admin-documents">
            <h2 id="meeting-admin-documents">{t("meetingAdmin.documents")}</h2>
            <MeetingAdminDocuments meeting={meeting} onChanged={refresh} />
          </section>
          <section className="section" aria-labelledby="meeting-admin-minutes">
            <h2 id="meeting-admin-minutes">{t("meetingAdmin.minutes")}</h2>
            <MeetingAdminMinutes key={meeting.id} meeting={meeting} />
          </section>
          <section className="section" aria-labelledby="meeting-admin-findings">
            <h2 id="meeting-admin-findings">{t("meetingAdmin.findings")}</h2>
            <MeetingAdminFindings
              key={meeting.id}
              meetingId={meeting.id}
              chosen={meeting.findings.map((f) => f.id)}
              findings={findingChoices(data.findings)}
            />
          </section>
        </>
      )}
    </>
  );
}
