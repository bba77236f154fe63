import { useClient, useQuery } from "urql";
import { CsvDownload } from "../components/csv-download";
import { DataTable } from "../components/data-table";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useDocumentTitle, useI18n } from "../i18n";
import { parseCsv } from "../lib/csv";
import { stockholmDay } from "../lib/stockholm";

const ModerationLogPage_Csv = graphql(`
  query ModerationLogPage_Csv {
    moderationLogCsv
  }
`);

const actionTexts: Record<string, MessageKey> = {
  hide: "moderationAction.hide",
  restore: "moderationAction.restore",
  dismiss_reports: "moderationAction.dismiss_reports",
  lock: "moderationAction.lock",
  unlock: "moderationAction.unlock",
  slow_mode: "moderationAction.slow_mode",
  block: "moderationAction.block",
  unblock: "moderationAction.unblock",
};

const subjectTexts: Record<string, MessageKey> = {
  comment: "moderationLog.subject.comment",
  theme: "moderationLog.subject.theme",
  post: "moderationLog.subject.post",
  person: "moderationLog.subject.person",
};

/** The API's name for what it did by itself: hiding a comment after reports, and nothing else. */
const systemActor = "System";

interface LogEntry {
  time: string;
  moderator: string;
  action: string;
  /** comment, theme, post or person */
  subjectType: string;
  subjectId: string;
  reason: string;
}

/**
 * The API's CSV (time,moderator,action,comment,reason; oldest first) as entries, newest first. The
 * comment column holds a comment's id, or "theme <id>" / "post <id>" / "person <id>" for the other actions.
 */
function entriesOf(csv: string): LogEntry[] {
  const [, ...rows] = parseCsv(csv);
  return rows
    .map(([time = "", moderator = "", action = "", subject = "", reason = ""]) => {
      const [kind, id] = subject.includes(" ") ? subject.split(" ", 2) : ["comment", subject];
      return { time, moderator, action, subjectType: kind ?? "", subjectId: id ?? "", reason };
    })
    .reverse();
}

/** What the moderators have done, newest first, and the whole log as a CSV file to download. */
export function ModerationLogPage() {
  const { t, formatDateTimeShort } = useI18n();
  useDocumentTitle(t("moderationLog.documentTitle"));
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationLogPage_Csv,
    requestPolicy: "cache-and-network",
  });
  const entries = data ? entriesOf(data.moderationLogCsv) : undefined;

  return (
    <>
      <div className="page-intro">
        <h1>{t("moderationLog.documentTitle")}</h1>
        <p className="lead">{t("moderationLog.intro")}</p>
      </div>

      <div className="result-bar">
        <output className="summary">
          {entries && t("moderationLog.count", { count: entries.length })}
        </output>
        <CsvDownload
          label={t("moderationLog.download")}
          fileName={() => `moderationslogg-${stockholmDay()}.csv`}
          // The file holds the log as it is now, not as it was when the page opened.
          fetchCsv={async () =>
            (
              await client
                .query(ModerationLogPage_Csv, {}, { requestPolicy: "network-only" })
                .toPromise()
            ).data?.moderationLogCsv
          }
          downloadedText={(file) => t("moderationLog.downloaded", { file })}
        />
      </div>

      <DataTable
        captionId="moderation-log-caption"
        caption={t("moderationLog.caption")}
        className="log-table"
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
        empty={t("moderationLog.empty")}
        columns={
          <>
            <th scope="col">{t("moderationLog.time")}</th>
            <th scope="col">{t("moderationLog.who")}</th>
            <th scope="col">{t("moderationLog.what")}</th>
            <th scope="col">{t("moderationLog.subject")}</th>
            <th scope="col">{t("moderationLog.reason")}</th>
          </>
        }
        rows={entries}
        row={(entry, index) => {
          const action = actionTexts[entry.action];
          const subject = subjectTexts[entry.subjectType];
          return (
            // The log has no ids of its own; its order does not change while shown.
            <tr key={index}>
              <th scope="row" className="nowrap">
                <time dateTime={entry.time}>{formatDateTimeShort(entry.time)}</time>
              </th>
              {entry.moderator === systemActor ? (
                <td>{t("moderationLog.system")}</td>
              ) : (
                <td lang={CONTENT_LANG}>{entry.moderator}</td>
              )}
              <td>
                {action ? t(action) : entry.action}
                <code className="cell-note">{entry.action}</code>
              </td>
              <td>
                {subject ? t(subject) : entry.subjectType}
                <code className="cell-note">{entry.subjectId}</code>
              </td>
              {entry.action === "hide" && entry.moderator === systemActor ? (
                <td>{t("moderationLog.byReports")}</td>
              ) : (
                <td lang={CONTENT_LANG}>{entry.reason}</td>
              )}
            </tr>
          );
        }}
      />
    </>
  );
}
