import { useEffect, useRef } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { VisitFindings } from "../components/finding-visit-list";
import { QueryStatus } from "../components/query-status";
import { VisitInventedNote } from "../components/visit-common";
import {
  VisitAnswersEditor,
  VisitDetailsForm,
  VisitParticipantsEditor,
  VisitStatusControl,
} from "../components/visit-editors";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import "../i18n/office-texts";

const AdminVisitDetailPage_Visit = graphql(`
  query AdminVisitDetailPage_Visit($id: ID!) {
    visit(id: $id) {
      id
      round
      date
      status
      notes
      invented
      updatedAt
      municipality {
        code
        name
        county {
          code
          name
        }
        group {
          code
          name
        }
      }
      participants {
        id
        role
        person {
          id
          name
          email
        }
        organisation {
          id
          name
        }
      }
      answers {
        questionNumber
        answer
        updatedAt
      }
    }
    visitQuestions {
      number
      text
    }
  }
`);

/** One municipality visit: its details, status, participants and the answers to the questions. */
export function AdminVisitDetailPage() {
  const { t, formatDate } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminVisitDetailPage_Visit,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const visit = data?.visit;
  useDocumentTitle(
    visit
      ? t("visitAdmin.detailDocumentTitle", { municipality: visit.municipality.name })
      : t("visitAdmin.documentTitle"),
  );
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const notice = useRef<HTMLOutputElement>(null);
  const hasVisit = visit !== undefined && visit !== null;
  useEffect(() => {
    if (created && hasVisit) notice.current?.focus();
  }, [created, hasVisit]);

  const questions = [...(data?.visitQuestions ?? [])].sort((a, b) => a.number - b.number);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/besok">{t("visitAdmin.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data && !visit && (
        <>
          <div className="page-intro">
            <h1>{t("visitAdmin.heading")}</h1>
          </div>
          <p>{t("visitAdmin.notFound")}</p>
        </>
      )}
      {visit && (
        // Keyed by the visit, so that the editors start again from another visit's data.
        <div key={visit.id}>
          <div className="page-intro">
            <h1>{t("visitAdmin.detailHeading", { municipality: visit.municipality.name })}</h1>
            <p className="lead">
              <span lang={CONTENT_LANG}>{visit.municipality.county.name}</span>
              {", "}
              {t("visitAdmin.detailLeadGroup", {
                group: `${visit.municipality.group.code} ${visit.municipality.group.name}`,
              })}
              {". "}
              {t("visitAdmin.roundOption", { round: visit.round })},{" "}
              <time dateTime={visit.date}>{formatDate(visit.date)}</time>.
            </p>
          </div>
          {visit.invented && <VisitInventedNote kind="visit" />}
          {created && (
            <output ref={notice} tabIndex={-1} className="notice notice-success">
              {t("visitAdmin.created")}
            </output>
          )}
          <section className="section" aria-labelledby="visit-status-heading">
            <h2 id="visit-status-heading">{t("visitAdmin.statusHeading")}</h2>
            <VisitStatusControl visit={visit} />
          </section>
          <section className="section" aria-labelledby="visit-details-heading">
            <h2 id="visit-details-heading">{t("visitAdmin.details")}</h2>
            <VisitDetailsForm visit={visit} />
          </section>
          <section className="section" aria-labelledby="visit-participants-heading">
            <h2 id="visit-participants-heading">{t("visitAdmin.participants")}</h2>
            <VisitParticipantsEditor visitId={visit.id} participants={visit.participants} />
          </section>
          <section className="section" aria-labelledby="visit-answers-heading">
            <h2 id="visit-answers-heading">{t("visitAdmin.answers")}</h2>
            <VisitAnswersEditor visitId={visit.id} questions={questions} answers={visit.answers} />
          </section>
          {/* The findings recorded from the visit, and a way to record a new one. */}
          <section className="section visit-findings" aria-labelledby="visit-findings-heading">
            <h2 id="visit-findings-heading">{t("visitAdmin.findings")}</h2>
            <VisitFindings visitId={visit.id} />
          </section>
        </div>
      )}
    </>
  );
}
