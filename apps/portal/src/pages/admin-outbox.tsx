import { Fragment } from "react";
import { useQuery } from "urql";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const AdminOutboxPage_Mail = graphql(`
  query AdminOutboxPage_Mail($first: Int, $after: String, $last: Int, $before: String) {
    outboxConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        to
        subject
        kind
        text
        createdAt
        sentAt
        error
      }
    }
  }
`);

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** The mail's text with its addresses as links, so the coordinator can open or copy them. */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        // split() with a capturing group puts the addresses at the odd places.
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * The portal's e-mail, newest first: without an SMTP server every message is kept here, and the
 * coordinator passes on invitation links by hand.
 */
export function AdminOutboxPage() {
  const { t, formatDateTimeShort } = useI18n();
  useDocumentTitle(t("adminOutbox.documentTitle"));
  const paging = useUrlListPage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminOutboxPage_Mail,
    variables: paging.variables,
  });
  const outbox = data?.outboxConnection;

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminOutbox.heading")}</h1>
        <p className="lead">{t("adminOutbox.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {outbox &&
        (outbox.totalCount === 0 ? (
          <p>{t("adminOutbox.empty")}</p>
        ) : (
          <>
            <p className="summary">{t("adminOutbox.count", { count: outbox.totalCount })}</p>
            <ol className="mail-list">
              {outbox.nodes.map((mail) => {
                const status = mail.error ? "error" : mail.sentAt ? "sent" : "kept";
                return (
                  <li key={mail.id} className="card mail">
                    <div className="mail-head">
                      <h2 className="card-title">{mail.subject}</h2>
                      <span
                        className={`tag ${status === "error" ? "tag-error" : status === "sent" ? "tag-success" : "tag-warning"}`}
                      >
                        <span className="visually-hidden">{t("adminOutbox.status")}: </span>
                        {t(`outboxStatus.${status}`)}
                      </span>
                    </div>
                    <dl className="facts">
                      <div>
                        <dt>{t("adminOutbox.to")}</dt>
                        <dd>{mail.to}</dd>
                      </div>
                      <div>
                        <dt>{t("adminOutbox.time")}</dt>
                        <dd>
                          <time dateTime={mail.createdAt}>
                            {formatDateTimeShort(mail.createdAt)}
                          </time>
                        </dd>
                      </div>
                      {mail.error && (
                        <div>
                          <dt>{t("adminOutbox.error")}</dt>
                          <dd lang="en">{mail.error}</dd>
                        </div>
                      )}
                    </dl>
                    <details className="mail-text">
                      <summary>{t("adminOutbox.showText")}</summary>
                      <pre>
                        <TextWithLinks text={mail.text} />
                      </pre>
                    </details>
                  </li>
                );
              })}
            </ol>
            <ListPager
              paging={paging}
              pageInfo={outbox.pageInfo}
              shown={outbox.nodes.length}
              total={outbox.totalCount}
              label={t("adminOutbox.pages")}
            />
          </>
        ))}
    </>
  );
}
