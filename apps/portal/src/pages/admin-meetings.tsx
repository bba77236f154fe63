import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable } from "../components/data-table";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import {
  MeetingStatusTag,
  meetingKinds,
  meetingStatuses,
} from "../components/meeting-admin-status-tag";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { portalNow } from "../lib/portal-clock";

const AdminMeetingsPage_Meetings = graphql(`
  query AdminMeetingsPage_Meetings(
    $statuses: [MeetingStatus!]
    $kinds: [MeetingKind!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    meetingsConnection(
      period: ALL
      statuses: $statuses
      kinds: $kinds
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
      slug
      title
      kind
      status
      startsAt
      endsAt
      confirmedCount
      waitingListCount
      }
    }
  }
`);

type Meeting = ResultOf<typeof AdminMeetingsPage_Meetings>["meetingsConnection"]["nodes"][number];

/** Meetings on one page of the list, in the order they start. */
const PAGE_SIZE = 100;

/**
 * Of one page, upcoming meetings first, the soonest on top; then those that have ended, the latest
 * on top.
 */
function upcomingFirst(meetings: readonly Meeting[], now = portalNow().getTime()): Meeting[] {
  const ended = (m: Meeting) => new Date(m.endsAt).getTime() < now;
  const upcoming = meetings.filter((m) => !ended(m));
  const past = meetings.filter(ended).reverse();
  return [...upcoming, ...past];
}

type Status = (typeof meetingStatuses)[number];
type Kind = (typeof meetingKinds)[number];

/** The coordinator's list of every meeting, drafts too, with status and registrations. */
export function AdminMeetingsPage() {
  const { t, formatDateTimeRange } = useI18n();
  useDocumentTitle(t("meetingAdmin.documentTitle"));
  const [params, setParams] = useSearchParams();
  const status = meetingStatuses.find((s) => s === params.get("status")) ?? null;
  const kind = meetingKinds.find((k) => k === params.get("typ")) ?? null;
  const paging = useUrlListPage(PAGE_SIZE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminMeetingsPage_Meetings,
    variables: {
      statuses: status ? [status] : null,
      kinds: kind ? [kind] : null,
      ...paging.variables,
    },
    requestPolicy: "cache-and-network",
  });
  const connection = data?.meetingsConnection;
  const meetings = connection ? upcomingFirst(connection.nodes) : [];

  return (
    <>
      <div className="page-intro">
        <h1>{t("meetingAdmin.heading")}</h1>
        <p className="lead">{t("meetingAdmin.intro")}</p>
        <p>
          <Link className="button-primary meeting-admin-new" to="/admin/moten/ny">
            {t("meetingAdmin.new")}
          </Link>
        </p>
      </div>
      <search aria-label={t("meetingAdmin.filtersLabel")}>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const next = new URLSearchParams();
            const chosenStatus = String(form.get("status") ?? "");
            const chosenKind = String(form.get("typ") ?? "");
            if (chosenStatus) next.set("status", chosenStatus);
            if (chosenKind) next.set("typ", chosenKind);
            setParams(next);
          }}
        >
          <div className="field">
            <label htmlFor="meeting-filter-status">{t("meetingAdmin.filterStatus")}</label>
            <select id="meeting-filter-status" name="status" defaultValue={status ?? ""}>
              <option value="">{t("meetingAdmin.filterAll")}</option>
              {meetingStatuses.map((s: Status) => (
                <option key={s} value={s}>
                  {t(`meetingAdmin.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="meeting-filter-kind">{t("meetingAdmin.filterKind")}</label>
            <select id="meeting-filter-kind" name="typ" defaultValue={kind ?? ""}>
              <option value="">{t("meetingAdmin.filterAll")}</option>
              {meetingKinds.map((k: Kind) => (
                <option key={k} value={k}>
                  {t(`meetingKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-actions">
            <button type="submit" className="button-secondary">
              {t("meetingAdmin.filterApply")}
            </button>
          </div>
        </form>
      </search>
      <output className="summary">
        {connection && t("meetingAdmin.count", { count: connection.totalCount })}
      </output>
      <DataTable
        captionId="admin-meetings-caption"
        caption={t("meetingAdmin.caption")}
        className="meeting-admin-table"
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
        empty={t("meetingAdmin.empty")}
        columns={
          <>
            <th scope="col">{t("meetingAdmin.col.title")}</th>
            <th scope="col">{t("meetingAdmin.col.when")}</th>
            <th scope="col">{t("meetingAdmin.col.kind")}</th>
            <th scope="col">{t("meetingAdmin.col.status")}</th>
            <th scope="col">{t("meetingAdmin.col.registrations")}</th>
          </>
        }
        rows={data ? meetings : undefined}
        row={(meeting) => (
          <tr key={meeting.id}>
            <th scope="row" lang={CONTENT_LANG}>
              <Link to={`/admin/moten/${meeting.slug}`}>{meeting.title}</Link>
            </th>
            <td>
              <time dateTime={meeting.startsAt}>
                {formatDateTimeRange(meeting.startsAt, meeting.endsAt)}
              </time>
            </td>
            <td>{t(`meetingKind.${meeting.kind}`)}</td>
            <td>
              <MeetingStatusTag status={meeting.status} />
            </td>
            <td>
              <span aria-hidden="true">
                {t("meetingAdmin.registrationCounts", {
                  confirmed: meeting.confirmedCount,
                  waiting: meeting.waitingListCount,
                })}
              </span>
              <span className="visually-hidden">
                {t("meetingAdmin.registrationCountsLabel", {
                  confirmed: meeting.confirmedCount,
                  waiting: meeting.waitingListCount,
                })}
              </span>
            </td>
          </tr>
        )}
      />
      {connection && connection.totalCount > PAGE_SIZE && (
        <ListPager
          paging={paging}
          pageInfo={connection.pageInfo}
          shown={connection.nodes.length}
          total={connection.totalCount}
          label={t("meetings.pager")}
        />
      )}
    </>
  );
}
