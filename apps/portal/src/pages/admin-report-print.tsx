import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { AccessNotice } from "../components/access-notice";
import { QueryStatus } from "../components/query-status";
import {
  ReportContent,
  ReportContent_Report,
  ReportInventedNote,
} from "../components/report-content";
import { graphql, readFragment } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useViewer, ViewerProvider } from "../lib/viewer";

const AdminReportPrintPage_Report = graphql(
  `
    query AdminReportPrintPage_Report($year: Int!, $quarter: Int!) {
      quarterlyReport(year: $year, quarter: $quarter) {
        ...ReportContent_Report
      }
    }
  `,
  [ReportContent_Report],
);

/** The report as a clean page to print: no navigation, each section on a page of its own. */
export function AdminReportPrintPage() {
  return (
    <ViewerProvider>
      <main className="report-print">
        <PrintableReport />
      </main>
    </ViewerProvider>
  );
}

function PrintableReport() {
  const { t } = useI18n();
  const { state: viewer } = useViewer();
  const params = useParams();
  const year = Number.parseInt(params.year ?? "", 10);
  const quarter = Number.parseInt(params.quarter ?? "", 10);
  useDocumentTitle(t("report.printTitle", { year: String(year), quarter }));
  const allowed = viewer.status === "signedIn" && viewer.person.role === "COORDINATOR";
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminReportPrintPage_Report,
    variables: { year, quarter },
    pause: !allowed,
    requestPolicy: "cache-and-network",
  });

  if (viewer.status === "loading") return <output className="notice">{t("common.loading")}</output>;
  if (!allowed) {
    return (
      <AccessNotice
        reason={viewer.status === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN"}
        heading={t("report.heading")}
      />
    );
  }
  const report = data ? readFragment(ReportContent_Report, data.quarterlyReport) : null;
  return (
    <>
      <p className="report-print-tools">
        <Link to={`/admin/rapporter?ar=${year}&kvartal=${quarter}`}>{t("report.printBack")}</Link>{" "}
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t("report.printButton")}
        </button>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data && report && (
        <article aria-labelledby="report-print-title">
          <header className="report-title-page">
            <h1 id="report-print-title">{t("report.title", { year: String(year), quarter })}</h1>
            <p>{t("report.mission")}</p>
            <PrintPeriod report={report} />
            <ReportInventedNote parts={report.inventedParts} />
          </header>
          <ReportContent report={data.quarterlyReport} />
        </article>
      )}
    </>
  );
}

function PrintPeriod({
  report,
}: {
  report: { firstDay: string; lastDay: string; sentOn: string | null };
}) {
  const { t, formatDate } = useI18n();
  return (
    <p>
      {t("report.period", { from: formatDate(report.firstDay), to: formatDate(report.lastDay) })}
      <br />
      {report.sentOn ? t("report.sentOn", { date: formatDate(report.sentOn) }) : t("report.draft")}
    </p>
  );
}
