import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable } from "../components/data-table";
import { ListPager, useUrlListPage } from "../components/list-pager";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useDocumentTitle, useI18n } from "../i18n";
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
        action
        subjectType
        subjectId
        before
        after
      }
    }
  }
`);

/** The actions the API records, by area: an area is a prefix that selects all of its actions. */
const actionGroups: { prefix: string; actions: string[] }[] = [
  { prefix: "invitation", actions: ["invitation.create", "invitation.revoke"] },
  { prefix: "membership", actions: ["membership.add", "membership.remove", "membership.role"] },
  { prefix: "organisation", actions: ["organisation.create", "organisation.update"] },
  { prefix: "person", actions: ["person.role", "person.erase"] },
];

const actionTexts: Record<string, MessageKey> = {
  invitation: "auditAction.invitation",
  "invitation.create": "auditAction.invitation.create",
  "invitation.revoke": "auditAction.invitation.revoke",
  membership: "auditAction.membership",
  "membership.add": "auditAction.membership.add",
  "membership.remove": "auditAction.membership.remove",
  "membership.role": "auditAction.membership.role",
  organisation: "auditAction.organisation",
  "organisation.create": "auditAction.organisation.create",
  "organisation.update": "auditAction.organisation.update",
  person: "auditAction.person",
  "person.role": "auditAction.person.role",
  "person.erase": "auditAction.person.erase",
};

/** {"role":"member","personId":"…"} → role: member, personId: … */
function compact(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value)
      .map(
        ([k, v]) => `${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`,
      )
      .join(", ");
  }
  return JSON.stringify(value);
}

const PARAM = { action: "handling", from: "fran", to: "till" } as const;

/** What coordinators and organisation admins have done, newest first, filtered by action and days. */
export function AdminLogPage() {
  const { t, formatDateTimeShort } = useI18n();
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
  const actionLabel = (value: string) => {
    const key = actionTexts[value];
    return key ? t(key) : value;
  };

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
              {actionGroups.map((group) => (
                <optgroup key={group.prefix} label={actionLabel(group.prefix)}>
                  <option value={group.prefix}>
                    {t("adminLog.allOf", { area: actionLabel(group.prefix) })}
                  </option>
                  {group.actions.map((a) => (
                    <option key={a} value={a}>
                      {actionLabel(a)}
                    </option>
                  ))}
                </optgroup>
              ))}
              {action && !actionTexts[action] && <option value={action}>{action}</option>}
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

      <DataTable
        captionId="log-caption"
        caption={t("adminLog.caption")}
        className="log-table"
        busy={fetching}
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
        empty={t("adminLog.empty")}
        columns={
          <>
            <th scope="col">{t("adminLog.time")}</th>
            <th scope="col">{t("adminLog.who")}</th>
            <th scope="col">{t("adminLog.what")}</th>
            <th scope="col">{t("adminLog.change")}</th>
          </>
        }
        rows={log?.nodes}
        row={(entry) => (
          <tr key={entry.id}>
            <th scope="row" className="nowrap">
              <time dateTime={entry.at}>{formatDateTimeShort(entry.at)}</time>
            </th>
            <td lang={CONTENT_LANG}>{entry.actorName}</td>
            <td>
              {actionLabel(entry.action)}
              <code className="cell-note">{entry.action}</code>
            </td>
            <td className="change">
              <code>{compact(entry.before)}</code>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t("adminLog.became")} </span>
              <code>{compact(entry.after)}</code>
            </td>
          </tr>
        )}
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
