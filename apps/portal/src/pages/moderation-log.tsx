import { useClient, useQuery } from "urql";
import { CsvDownload } from "../components/csv-download";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { LogEntries } from "../components/log-entries";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
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
        actorRole
        action
        subjectType
        subjectExists
        subjectTitle
        subjectPath
        subjectPlace
        before
        after
        references {
          id
          kind
          name
        }
      }
    }
  }
`);

/** What the moderators have done, newest first, and the whole log as a CSV file to download. */
export function ModerationLogPage() {
  const { t } = useI18n();
  useDocumentTitle(t("moderationLog.documentTitle"));
  const client = useClient();
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationLogPage_Entries,
    variables: paging.variables,
    requestPolicy: "cache-and-network",
  });
  const log = data?.moderationLogConnection;
  const entries = log?.nodes;

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

      <LogEntries
        entries={entries}
        empty={t("moderationLog.empty")}
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
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
