import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable } from "../components/data-table";
import { FindingStatusTag, findingStatuses } from "../components/finding-admin-status-tag";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import "../i18n/office-texts";
import { useFollowValue } from "../lib/follow-value";

const AdminFindingsPage_Findings = graphql(`
  query AdminFindingsPage_Findings(
    $filter: FindingFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    findingsConnection(
      filter: $filter
      orderBy: NEWEST
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        startCursor
        endCursor
      }
      nodes {
      id
      title
      kind
      source
      status
      createdAt
      publishedAt
      themes {
        id
        title
      }
    }
    }
  }
`);

/** Findings on one page of the list. */
const PAGE_SIZE = 25;
const PARAM = { status: "status", search: "sok" } as const;

/** The coordinator's list of every finding, drafts too, newest first, by status and words. */
export function AdminFindingsPage() {
  const { t, formatDateTimeShort } = useI18n();
  useDocumentTitle(t("findingAdmin.documentTitle"));
  const [params, setParams] = useSearchParams();
  const status = findingStatuses.find((s) => s === params.get(PARAM.status)) ?? null;
  const search = (params.get(PARAM.search) ?? "").trim();
  const paging = useUrlListPage(PAGE_SIZE);
  const [draft, setDraft] = useState({ status: status ?? "", search });
  // Going back or forward to another filter shows it in the form too.
  useFollowValue(`${status ?? ""}\u0000${search}`, () =>
    setDraft({ status: status ?? "", search }),
  );
  const filter = {
    statuses: status ? [status] : null,
    search: search === "" ? null : search,
  };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminFindingsPage_Findings,
    variables: { filter, ...paging.variables },
    requestPolicy: "cache-and-network",
  });
  const filtered = status !== null || search !== "";
  const connection = data?.findingsConnection;
  const count = connection?.totalCount ?? 0;
  const shown = connection?.nodes.length ?? 0;

  return (
    <>
      <div className="page-intro">
        <h1>{t("findingAdmin.heading")}</h1>
        <p className="lead">{t("findingAdmin.intro")}</p>
        <p>
          <Link className="button-primary finding-admin-new" to="/admin/iakttagelser/ny">
            {t("findingAdmin.new")}
          </Link>
        </p>
      </div>
      <search aria-label={t("findingAdmin.filtersLabel")}>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            const next = new URLSearchParams();
            if (draft.status) next.set(PARAM.status, draft.status);
            if (draft.search.trim()) next.set(PARAM.search, draft.search.trim());
            setParams(next);
          }}
        >
          <div className="field">
            <label htmlFor="finding-filter-status">{t("findingAdmin.filterStatus")}</label>
            <select
              id="finding-filter-status"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            >
              <option value="">{t("findingAdmin.filterAll")}</option>
              {findingStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`findingAdmin.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="finding-filter-search">{t("findingAdmin.filterSearch")}</label>
            <input
              id="finding-filter-search"
              type="search"
              value={draft.search}
              lang={CONTENT_LANG}
              onChange={(e) => setDraft({ ...draft, search: e.target.value })}
            />
          </div>
          <div className="filter-actions">
            <button type="submit" className="button-secondary">
              {t("findingAdmin.filterApply")}
            </button>
          </div>
        </form>
      </search>
      <div className="result-bar">
        {/* How many in all; the pager under the table says which of them the page shows. */}
        <output className="summary">{data && t("findingAdmin.count", { count })}</output>
        {filtered && (
          <Link to="/admin/iakttagelser" onClick={() => setDraft({ status: "", search: "" })}>
            {t("findingAdmin.clear")}
          </Link>
        )}
      </div>
      <DataTable
        captionId="admin-findings-caption"
        caption={t("findingAdmin.caption")}
        className="finding-admin-table"
        busy={fetching}
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
        empty={filtered ? t("findingAdmin.empty") : t("findingAdmin.emptyAll")}
        columns={
          <>
            <th scope="col">{t("findingAdmin.col.title")}</th>
            <th scope="col">{t("findingAdmin.col.status")}</th>
            <th scope="col">{t("findingAdmin.col.kind")}</th>
            <th scope="col">{t("findingAdmin.col.source")}</th>
            <th scope="col">{t("findingAdmin.col.themes")}</th>
            <th scope="col">{t("findingAdmin.col.date")}</th>
          </>
        }
        rows={connection?.nodes}
        row={(finding) => {
          return (
            <tr key={finding.id}>
              <th scope="row" lang={CONTENT_LANG}>
                <Link to={`/admin/iakttagelser/${finding.id}`}>{finding.title}</Link>
              </th>
              <td>
                <FindingStatusTag status={finding.status} />
              </td>
              <td>{t(`findingAdmin.kind.${finding.kind}`)}</td>
              <td>{t(`findingAdmin.source.${finding.source}`)}</td>
              <td lang={CONTENT_LANG}>{finding.themes.map((theme) => theme.title).join(", ")}</td>
              <td>
                {finding.publishedAt ? (
                  <>
                    {t("findingAdmin.publishedCell")}{" "}
                    <time className="nowrap" dateTime={finding.publishedAt}>
                      {formatDateTimeShort(finding.publishedAt)}
                    </time>
                  </>
                ) : (
                  finding.createdAt && (
                    <>
                      {t("findingAdmin.recordedCell")}{" "}
                      <time className="nowrap" dateTime={finding.createdAt}>
                        {formatDateTimeShort(finding.createdAt)}
                      </time>
                    </>
                  )
                )}
              </td>
            </tr>
          );
        }}
      />
      {connection && count > PAGE_SIZE && (
        <ListPager
          paging={paging}
          pageInfo={connection.pageInfo}
          shown={shown}
          total={count}
          label={t("findingAdmin.pager")}
        />
      )}
    </>
  );
}
