import type { ReactNode } from "react";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";

/** Everything a quarterly report shows, on the desk and on the printable page. */
export const ReportContent_Report = graphql(`
  fragment ReportContent_Report on QuarterlyReport {
    year
    quarter
    firstDay
    lastDay
    summary
    sentOn
    invented
    inventedParts
    findingsByTheme {
      themeSlug
      theme
      challenges
      goodExamples
    }
    newChallenges
    newGoodExamples
    meetingsHeld {
      slug
      title
      startsAt
      organisationCount
      countedFromInvitations
    }
    organisationCount
    visits {
      municipalityCode
      municipality
      round
      date
    }
    measurement {
      surveyName
      periodStart
      periodEnd
      invented
      cells {
        label
        groupCode
        suppressed
        suppressedLabel
        n
        mean
        median
      }
    }
    commitmentChanges {
      commitmentSlug
      commitmentTitle
      status
      changedOn
      dateAssumed
      note
    }
  }
`);

export type ReportData = FragmentOf<typeof ReportContent_Report>;

const sections = [
  "summary",
  "findings",
  "meetings",
  "visits",
  "measurement",
  "commitments",
] as const;
type Section = (typeof sections)[number];

/** The heading id of a section, for its region's name. */
const headingId = (section: Section) => `report-section-${section}`;

function ReportSection({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="report-section" aria-labelledby={headingId(section)}>
      <h2 id={headingId(section)}>{t(`report.section.${section}` as MessageKey)}</h2>
      {children}
    </section>
  );
}

/** A table whose header row is repeated on every printed page it runs over. */
function ReportTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody lang={CONTENT_LANG}>{children}</tbody>
      </table>
    </div>
  );
}

/** The note that some figures are made-up demonstration data, naming which. */
export function ReportInventedNote({ parts }: { parts: readonly string[] }) {
  const { t } = useI18n();
  if (parts.length === 0) return null;
  const names = parts.map((p) => t(`report.part.${p}` as MessageKey)).join(", ");
  return (
    <p className="report-invented" role="note">
      {t("report.invented", { parts: names })}
    </p>
  );
}

/**
 * The report's sections: the summary (or, on the desk, what `summary` puts in its place), then the
 * findings, meetings, visits, measurement and commitments.
 */
export function ReportContent({
  report: data,
  summary,
}: {
  report: ReportData;
  /** Shown in the summary's section instead of the summary's text (the desk's form). */
  summary?: ReactNode;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const report = readFragment(ReportContent_Report, data);
  const percent = (share: number | null) =>
    share === null ? "–" : `${formatNumber(Math.round(share * 1000) / 10)} %`;
  const paragraphs = report.summary
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const m = report.measurement;
  return (
    <div className="report-content">
      <ReportSection section="summary">
        {summary ??
          (paragraphs.length > 0 ? (
            <div lang={CONTENT_LANG} className="report-summary">
              {paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          ) : (
            <p>{t("report.summaryEmpty")}</p>
          ))}
      </ReportSection>

      <ReportSection section="findings">
        <ReportInventedNote parts={report.inventedParts.filter((p) => p === "findings")} />
        {report.findingsByTheme.length === 0 ? (
          <p>{t("report.findingsEmpty")}</p>
        ) : (
          <>
            <p>
              {t("report.findingsIntro", {
                total: report.newChallenges + report.newGoodExamples,
                challenges: report.newChallenges,
                goodExamples: report.newGoodExamples,
              })}
            </p>
            <ReportTable
              caption={t("report.findingsCaption")}
              columns={[
                t("report.col.theme"),
                t("report.col.challenges"),
                t("report.col.goodExamples"),
              ]}
            >
              {report.findingsByTheme.map((row) => (
                <tr key={row.themeSlug}>
                  <td>{row.theme}</td>
                  <td className="numeric">{formatNumber(row.challenges)}</td>
                  <td className="numeric">{formatNumber(row.goodExamples)}</td>
                </tr>
              ))}
            </ReportTable>
          </>
        )}
      </ReportSection>

      <ReportSection section="meetings">
        {report.meetingsHeld.length === 0 ? (
          <p>{t("report.meetingsEmpty")}</p>
        ) : (
          <>
            <p>
              {t("report.meetingsIntro", {
                count: report.meetingsHeld.length,
                organisations: report.organisationCount,
              })}
            </p>
            <ReportTable
              caption={t("report.meetingsCaption")}
              columns={[
                t("report.col.meeting"),
                t("report.col.date"),
                t("report.col.organisations"),
              ]}
            >
              {report.meetingsHeld.map((row) => (
                <tr key={row.slug}>
                  <td>{row.title}</td>
                  <td>{formatDate(row.startsAt)}</td>
                  <td className="numeric">
                    {row.countedFromInvitations
                      ? t("report.invitedOnly", { count: row.organisationCount })
                      : formatNumber(row.organisationCount)}
                  </td>
                </tr>
              ))}
            </ReportTable>
          </>
        )}
      </ReportSection>

      <ReportSection section="visits">
        <ReportInventedNote parts={report.inventedParts.filter((p) => p === "visits")} />
        {report.visits.length === 0 ? (
          <p>{t("report.visitsEmpty")}</p>
        ) : (
          <>
            <p>{t("report.visitsIntro", { count: report.visits.length })}</p>
            <ReportTable
              caption={t("report.visitsCaption")}
              columns={[t("report.col.municipality"), t("report.col.round"), t("report.col.date")]}
            >
              {report.visits.map((row) => (
                <tr key={`${row.municipalityCode}-${row.round}`}>
                  <td>{row.municipality}</td>
                  <td className="numeric">{row.round}</td>
                  <td>{formatDate(row.date)}</td>
                </tr>
              ))}
            </ReportTable>
          </>
        )}
      </ReportSection>

      <ReportSection section="measurement">
        {m === null ? (
          <p>{t("report.measurementEmpty")}</p>
        ) : (
          <>
            <ReportInventedNote parts={m.invented ? ["measurement"] : []} />
            <p>
              {t("report.measurementIntro", {
                survey: m.surveyName,
                from: formatDate(m.periodStart),
                to: formatDate(m.periodEnd),
              })}
            </p>
            <ReportTable
              caption={t("report.measurementCaption")}
              columns={[
                t("report.col.group"),
                t("report.col.respondents"),
                t("report.col.mean"),
                t("report.col.median"),
              ]}
            >
              {m.cells.map((cell) => (
                <tr key={cell.groupCode ?? "total"}>
                  <td>{cell.groupCode ? cell.label : t("report.total")}</td>
                  {cell.suppressed ? (
                    <td colSpan={3}>{cell.suppressedLabel}</td>
                  ) : (
                    <>
                      <td className="numeric">{cell.n === null ? "–" : formatNumber(cell.n)}</td>
                      <td className="numeric">{percent(cell.mean)}</td>
                      <td className="numeric">{percent(cell.median)}</td>
                    </>
                  )}
                </tr>
              ))}
            </ReportTable>
          </>
        )}
      </ReportSection>

      <ReportSection section="commitments">
        {report.commitmentChanges.length === 0 ? (
          <p>{t("report.commitmentsEmpty")}</p>
        ) : (
          <ReportTable
            caption={t("report.commitmentsCaption")}
            columns={[
              t("report.col.commitment"),
              t("report.col.status"),
              t("report.col.date"),
              t("report.col.note"),
            ]}
          >
            {report.commitmentChanges.map((row) => (
              <tr key={`${row.commitmentSlug}-${row.changedOn}-${row.status}-${row.note}`}>
                <td>{row.commitmentTitle}</td>
                <td>{t(`commitmentStatus.${row.status}`)}</td>
                <td>{formatDate(row.changedOn)}</td>
                <td>{row.note}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </ReportSection>
    </div>
  );
}
