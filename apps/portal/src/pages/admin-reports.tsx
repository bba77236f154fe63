import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  type Problem,
  type ProblemTexts,
  problemOf,
} from "../components/form";
import { QueryStatus } from "../components/query-status";
import {
  ReportContent,
  ReportContent_Report,
  type ReportData,
  ReportInventedNote,
} from "../components/report-content";
import { graphql, readFragment } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useFollowValue } from "../lib/follow-value";
import { portalNow } from "../lib/portal-clock";
import { stockholmDay } from "../lib/stockholm";

const AdminReportsPage_Report = graphql(
  `
    query AdminReportsPage_Report($year: Int!, $quarter: Int!) {
      quarterlyReport(year: $year, quarter: $quarter) {
        ...ReportContent_Report
      }
      quarterlyReports {
        year
        quarter
        sentOn
      }
    }
  `,
  [ReportContent_Report],
);

const AdminReportsPage_Save = graphql(
  `
    mutation AdminReportsPage_Save($year: Int!, $quarter: Int!, $summary: String!) {
      saveQuarterlyReportSummary(year: $year, quarter: $quarter, summary: $summary) {
        __typename
        ...FormProblem_InputError
        ... on MutationSaveQuarterlyReportSummarySuccess {
          data {
            ...ReportContent_Report
          }
        }
      }
    }
  `,
  [FormProblem_InputError, ReportContent_Report],
);

const AdminReportsPage_Send = graphql(
  `
    mutation AdminReportsPage_Send($year: Int!, $quarter: Int!, $sentOn: Date!) {
      markQuarterlyReportSent(year: $year, quarter: $quarter, sentOn: $sentOn) {
        __typename
        ...FormProblem_InputError
        ... on MutationMarkQuarterlyReportSentSuccess {
          data {
            ...ReportContent_Report
          }
        }
      }
    }
  `,
  [FormProblem_InputError, ReportContent_Report],
);

const texts: ProblemTexts = {
  OUT_OF_RANGE: "report.problem.OUT_OF_RANGE",
  REPORT_SENT: "report.problem.REPORT_SENT",
  SUMMARY_TOO_LONG: "report.problem.SUMMARY_TOO_LONG",
  DATE_IN_FUTURE: "report.problem.DATE_IN_FUTURE",
  DATE_TOO_EARLY: "report.problem.DATE_TOO_EARLY",
};

export const reportYears = { first: 2015, last: 2030 } as const;
const PARAM = { year: "ar", quarter: "kvartal" } as const;

/** The last quarter that has ended by the portal's clock. */
export function lastFinishedQuarter(now: Date): { year: number; quarter: number } {
  const [year, month] = stockholmDay(now).split("-").map(Number) as [number, number];
  const current = Math.ceil(month / 3);
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}

/** The report's Word document. */
export const reportDocxHref = (year: number, quarter: number) =>
  `/reports/${year}-q${quarter}.docx`;

/** The coordinator's report desk: a quarter's report to the minister, its summary, and sending it. */
export function AdminReportsPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t("report.documentTitle"));
  const [params, setParams] = useSearchParams();
  const fallback = lastFinishedQuarter(portalNow());
  const asked = {
    year: Number.parseInt(params.get(PARAM.year) ?? "", 10),
    quarter: Number.parseInt(params.get(PARAM.quarter) ?? "", 10),
  };
  const year =
    asked.year >= reportYears.first && asked.year <= reportYears.last ? asked.year : fallback.year;
  const quarter = asked.quarter >= 1 && asked.quarter <= 4 ? asked.quarter : fallback.quarter;
  const [choice, setChoice] = useState({ year, quarter });
  useFollowValue(`${year}-${quarter}`, () => setChoice({ year, quarter }));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminReportsPage_Report,
    variables: { year, quarter },
    requestPolicy: "cache-and-network",
  });
  const report = data?.quarterlyReport;
  const years = Array.from(
    { length: reportYears.last - reportYears.first + 1 },
    (_, i) => reportYears.first + i,
  );

  return (
    <>
      <div className="page-intro">
        <h1>{t("report.heading")}</h1>
        <p className="lead">{t("report.intro")}</p>
      </div>
      <search aria-label={t("report.chooseLabel")}>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            setParams(
              new URLSearchParams({
                [PARAM.year]: String(choice.year),
                [PARAM.quarter]: String(choice.quarter),
              }),
            );
          }}
        >
          <div className="field">
            <label htmlFor="report-year">{t("report.year")}</label>
            <select
              id="report-year"
              value={choice.year}
              onChange={(e) => setChoice({ ...choice, year: Number(e.target.value) })}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-quarter">{t("report.quarter")}</label>
            <select
              id="report-quarter"
              value={choice.quarter}
              onChange={(e) => setChoice({ ...choice, quarter: Number(e.target.value) })}
            >
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {t("report.quarterOption", { quarter: q })}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-actions">
            <button type="submit" className="button-secondary">
              {t("report.show")}
            </button>
          </div>
        </form>
      </search>

      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={report !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {report && (
        <ReportDesk key={`${year}-${quarter}`} report={report} year={year} quarter={quarter} />
      )}

      {data && (
        <section className="report-saved" aria-labelledby="report-saved">
          <h2 id="report-saved">{t("report.saved")}</h2>
          {data.quarterlyReports.length === 0 ? (
            <p>{t("report.savedEmpty")}</p>
          ) : (
            <ul>
              {data.quarterlyReports.map((r) => (
                <li key={`${r.year}-${r.quarter}`}>
                  <Link
                    to={`/admin/rapporter?${PARAM.year}=${r.year}&${PARAM.quarter}=${r.quarter}`}
                  >
                    {t("report.title", { year: String(r.year), quarter: r.quarter })}
                  </Link>{" "}
                  (
                  {r.sentOn
                    ? t("report.savedSent", { date: formatDate(r.sentOn) })
                    : t("report.savedDraft")}
                  )
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

function ReportDesk({
  report: data,
  year,
  quarter,
}: {
  report: ReportData;
  year: number;
  quarter: number;
}) {
  const { t, formatDate } = useI18n();
  const report = readFragment(ReportContent_Report, data);
  const sent = report.sentOn !== null;
  return (
    <article className="report-desk" aria-labelledby="report-title">
      <header className="report-header">
        <h2 id="report-title">{t("report.title", { year: String(year), quarter })}</h2>
        <p>
          {t("report.period", {
            from: formatDate(report.firstDay),
            to: formatDate(report.lastDay),
          })}
          {" · "}
          {sent ? t("report.sentOn", { date: formatDate(report.sentOn ?? "") }) : t("report.draft")}
        </p>
        {sent && (
          <p className="notice report-sent-notice">
            {t("report.sentNotice", { date: formatDate(report.sentOn ?? "") })}
          </p>
        )}
        <ReportInventedNote parts={report.inventedParts} />
        <ul className="report-actions">
          <li>
            <a className="button-secondary" href={reportDocxHref(year, quarter)} download>
              {t("report.download")}
            </a>
          </li>
          <li>
            <Link className="button-secondary" to={`/admin/rapporter/${year}/${quarter}/utskrift`}>
              {t("report.print")}
            </Link>
          </li>
        </ul>
      </header>
      <ReportContent
        report={data}
        summary={
          sent ? undefined : <SummaryForm year={year} quarter={quarter} summary={report.summary} />
        }
      />
      {!sent && <SendForm year={year} quarter={quarter} />}
    </article>
  );
}

function SummaryForm({
  year,
  quarter,
  summary: saved,
}: {
  year: number;
  quarter: number;
  summary: string;
}) {
  const { t } = useI18n();
  const [summary, setSummary] = useState(saved);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, save] = useMutation(AdminReportsPage_Save);
  const result = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);
  return (
    <form
      noValidate
      className="report-summary-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const answer = await save({ year, quarter, summary });
        const found = problemOf(answer.error, answer.data?.saveQuarterlyReportSummary);
        setProblem(found);
        if (!found) setDone(true);
      }}
    >
      <Field
        name="summary"
        label={t("report.summaryLabel")}
        hint={t("report.summaryHint")}
        problem={problem}
        texts={texts}
      >
        {(control) => (
          <textarea
            {...control}
            rows={8}
            lang="sv"
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
      </Field>
      <FormProblem problem={problem} fields={["summary"]} texts={texts} />
      <button type="submit" className="button-primary" disabled={fetching}>
        {t("report.summarySave")}
      </button>
      <output ref={result} tabIndex={-1} className="report-done">
        {done ? t("report.summarySaved") : ""}
      </output>
    </form>
  );
}

function SendForm({ year, quarter }: { year: number; quarter: number }) {
  const { t, formatDate } = useI18n();
  const [sentOn, setSentOn] = useState(() => stockholmDay(portalNow()));
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, send] = useMutation(AdminReportsPage_Send);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  return (
    <section className="report-send" aria-labelledby="report-send">
      <h2 id="report-send">{t("report.send.heading")}</h2>
      <p>{t("report.send.intro")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setProblem(null);
          setConfirming(true);
        }}
      >
        <Field name="sentOn" label={t("report.send.date")} problem={problem} texts={texts}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={sentOn}
              onChange={(e) => {
                setSentOn(e.target.value);
                setConfirming(false);
              }}
            />
          )}
        </Field>
        <FormProblem problem={problem} fields={["sentOn"]} texts={texts} />
        {!confirming && (
          <button type="submit" className="button-primary">
            {t("report.send.submit")}
          </button>
        )}
      </form>
      {confirming && (
        <fieldset className="report-confirm">
          <legend>
            {t("report.send.confirm", {
              year: String(year),
              quarter,
              date: sentOn ? formatDate(sentOn) : "",
            })}
          </legend>
          <button
            ref={confirm}
            type="button"
            className="button-primary"
            disabled={fetching}
            onClick={async () => {
              const answer = await send({ year, quarter, sentOn });
              setProblem(problemOf(answer.error, answer.data?.markQuarterlyReportSent));
              setConfirming(false);
            }}
          >
            {t("report.send.yes")}
          </button>{" "}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {t("report.send.cancel")}
          </button>
        </fieldset>
      )}
    </section>
  );
}
