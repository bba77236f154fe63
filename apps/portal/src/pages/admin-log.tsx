import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { LogActionOptions } from "../components/log-action-options";
import { LogEntries } from "../components/log-entries";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { startOfStockholmDay } from "../lib/stockholm";

const AdminLogPage_Entries = graphql(`
  query AdminLogPage_Entries(
    $action: String
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    auditLogConnection(
      action: $action
      from: $from
      to: $to
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
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

const PARAM = { action: "handling", from: "fran", to: "till" } as const;

/** What coordinators and organisation admins have done, newest first, filtered by action and days. */
export function AdminLogPage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminLog.documentTitle"));
  const [params, setParams] = useSearchParams();
  const action = params.get(PARAM.action) ?? "";
  const from = params.get(PARAM.from) ?? "";
  const to = params.get(PARAM.to) ?? "";
  const [draft, setDraft] = useState({ action, from, to });
  const paging = useUrlListPage();

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminLogPage_Entries,
    variables: {
      action: action || undefined,
      from: startOfStockholmDay(from) ?? undefined,
      // The last day counts whole: up to the start of the day after it.
      to: startOfStockholmDay(to, 1) ?? undefined,
      ...paging.variables,
    },
  });
  const log = data?.auditLogConnection;
  const filtered = action !== "" || from !== "" || to !== "";

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminLog.heading")}</h1>
        <p className="lead">{t("adminLog.intro")}</p>
      </div>

      <search aria-label={t("adminLog.filtersLabel")}>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            const next = new URLSearchParams();
            if (draft.action) next.set(PARAM.action, draft.action);
            if (draft.from) next.set(PARAM.from, draft.from);
            if (draft.to) next.set(PARAM.to, draft.to);
            setParams(next, { replace: true });
          }}
        >
          <div className="field">
            <label htmlFor="log-action">{t("adminLog.action")}</label>
            <select
              id="log-action"
              value={draft.action}
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            >
              <option value="">{t("adminLog.allActions")}</option>
              <LogActionOptions selected={action} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="log-from">{t("adminLog.from")}</label>
            <input
              id="log-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="log-to">{t("adminLog.to")}</label>
            <input
              id="log-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <div className="filter-actions">
            <button type="submit" className="button-primary">
              {t("adminLog.apply")}
            </button>
          </div>
        </form>
      </search>

      <div className="result-bar">
        <output className="summary">{log && t("adminLog.count", { count: log.totalCount })}</output>
        {filtered && (
          <Link to="/admin/logg" onClick={() => setDraft({ action: "", from: "", to: "" })}>
            {t("adminLog.clear")}
          </Link>
        )}
      </div>

      <LogEntries
        entries={log?.nodes}
        empty={t("adminLog.empty")}
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
      />
      <ListPager
        paging={paging}
        pageInfo={log?.pageInfo}
        shown={log?.nodes.length ?? 0}
        total={log?.totalCount}
        label={t("adminLog.pages")}
      />
    </>
  );
}
