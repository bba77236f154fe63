import { useClient, useQuery } from "urql";
import { CsvDownload } from "../components/csv-download";
import { DataTable } from "../components/data-table";
import { ListPager, useUrlListPage } from "../components/list-pager";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useDocumentTitle, useI18n } from "../i18n";
import { stockholmDay } from "../lib/stockholm";

const ModerationLogPage_Csv = graphql(`
  query ModerationLogPage_Csv {
    moderationLogCsv
  }
`);

const ModerationLogPage_Entries = graphql(`
  query ModerationLogPage_Entries($first: Int, $after: String, $last: Int, $before: String) {
    moderationLogConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        at
        actorName
        action
        subjectType
        subjectId
        after
      }
    }
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
  id: string;
  time: string;
  moderator: string;
  /** The action without its area, such as hide. */
  action: string;
  /** comment, theme, post or person */
  subjectType: string;
  subjectId: string;
  reason: string;
}

/** An entry of the API's moderation log, as the table shows it. */
function entryOf(entry: {
  id: string;
  at: string;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  after: unknown;
}): LogEntry {
  const reason = (entry.after as { reason?: unknown } | null)?.reason;
  return {
    id: entry.id,
    time: entry.at,
    moderator: entry.actorName,
    action: entry.action.replace(/^moderation\./, ""),
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? "",
    reason: reason === undefined || reason === null ? "" : String(reason),
  };
}

/** What the moderators have done, newest first, and the whole log as a CSV file to download. */
export function ModerationLogPage() {
  const { t, formatDateTimeShort } = useI18n();
  useDocumentTitle(t("moderationLog.documentTitle"));
  const client = useClient();
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationLogPage_Entries,
    variables: paging.variables,
    requestPolicy: "cache-and-network",
  });
  const log = data?.moderationLogConnection;
  const entries = log?.nodes.map(entryOf);

  return (
    <>
      <div className="page-intro">
        <h1>{t("moderationLog.documentTitle")}</h1>
        <p className="lead">{t("moderationLog.intro")}</p>
      </div>

      <div className="result-bar">
        <output className="summary">
          {log && t("moderationLog.count", { count: log.totalCount })}
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
        row={(entry) => {
          const action = actionTexts[entry.action];
          const subject = subjectTexts[entry.subjectType];
          return (
            <tr key={entry.id}>
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
      <ListPager
        paging={paging}
        pageInfo={log?.pageInfo}
        shown={entries?.length ?? 0}
        total={log?.totalCount}
        label={t("moderationLog.pages")}
      />
    </>
  );
}
