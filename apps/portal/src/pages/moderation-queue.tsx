import { useEffect, useRef, useState } from "react";
import { useQuery } from "urql";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { ModerationItem, ModerationItem_Comment } from "../components/moderation-item";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useSignedInPerson } from "../lib/viewer";

const ModerationQueuePage_Queue = graphql(
  `
    query ModerationQueuePage_Queue($first: Int, $after: String, $last: Int, $before: String) {
      moderationQueueConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          id
          ...ModerationItem_Comment
        }
      }
    }
  `,
  [ModerationItem_Comment],
);

/**
 * The moderation queue: reported and hidden comments, most recently written first, each with the
 * moderator's actions. What an action did is announced at the top, where focus goes, because the
 * comment it concerned may have left the queue.
 */
export function ModerationQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t("moderationQueue.documentTitle"));
  const person = useSignedInPerson();
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationQueuePage_Queue,
    variables: paging.variables,
    requestPolicy: "cache-and-network",
  });
  const [done, setDone] = useState<{ message: string; key: number } | null>(null);
  const status = useRef<HTMLOutputElement>(null);

  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);

  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const connection = data?.moderationQueueConnection;
  const queue = connection?.nodes ?? [];
  const total = connection?.totalCount ?? 0;

  return (
    <>
      <div className="page-intro">
        <h1>{t("moderationQueue.documentTitle")}</h1>
        <p className="lead">{t("moderationQueue.intro")}</p>
      </div>
      <output
        ref={status}
        tabIndex={-1}
        className={done ? "notice notice-success" : "visually-hidden"}
      >
        {done?.message}
      </output>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data != null}
        onRetry={refresh}
        belowPageHeading
      />
      {data &&
        (total === 0 ? (
          <p>{t("moderationQueue.empty")}</p>
        ) : (
          <>
            <p className="summary">{t("moderationQueue.count", { count: total })}</p>
            <ol className="moderation-queue">
              {queue.map((comment) => (
                <li key={comment.id}>
                  <ModerationItem
                    comment={comment}
                    moderatorId={person?.id ?? ""}
                    onDone={(message) => {
                      setDone({ message, key: Date.now() });
                      refresh();
                    }}
                  />
                </li>
              ))}
            </ol>
            <ListPager
              paging={paging}
              pageInfo={connection?.pageInfo}
              shown={queue.length}
              total={total}
              label={t("moderationQueue.pages")}
            />
          </>
        ))}
    </>
  );
}
