import { useId } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { ListPager } from "../components/list-pager";
import { useUrlListPage } from "../components/list-paging";
import { MeetingCalendar, MeetingCalendar_Meeting } from "../components/meeting-calendar";
import { MeetingSummary, MeetingSummary_Meeting } from "../components/meeting-summary";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import {
  filtersSearch,
  type MeetingFilters,
  readFilters,
  shiftMonth,
} from "../lib/meeting-filters";
import { meetingKinds } from "../lib/meeting-kinds";
import { portalNow } from "../lib/portal-clock";
import { stockholmDay } from "../lib/stockholm";

const MeetingListPage_Meetings = graphql(
  `
    query MeetingListPage_Meetings(
      $kinds: [MeetingKind!]
      $month: String
      $period: MeetingPeriod
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      meetingsConnection(
        kinds: $kinds
        month: $month
        period: $period
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
          ...MeetingSummary_Meeting
          ...MeetingCalendar_Meeting
        }
      }
    }
  `,
  [MeetingSummary_Meeting, MeetingCalendar_Meeting],
);

// The calendar without a month opens on the month of the next meeting (by the API's clock).
const MeetingListPage_Next = graphql(`
  query MeetingListPage_Next($kinds: [MeetingKind!]) {
    meetingsConnection(kinds: $kinds, period: UPCOMING, first: 1) {
      nodes {
        id
        startsAt
      }
    }
  }
`);

/** Meetings on one page of the list, and the most a month's calendar shows. */
const PAGE_SIZE = 20;
const MONTH_SIZE = 100;

/** /moten: the meetings as a list or a month's calendar, filtered by kind, month and time. */
export function MeetingListPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = readFilters(params, meetingKinds);
  const kinds = filters.kind ? [filters.kind] : null;
  const [next] = useQuery({
    query: MeetingListPage_Next,
    variables: { kinds },
    pause: filters.view !== "calendar" || filters.month !== null,
  });
  const nextStart = next.data?.meetingsConnection.nodes[0]?.startsAt;
  const paging = useUrlListPage(PAGE_SIZE);
  const month =
    filters.month ??
    (filters.view === "calendar"
      ? next.data
        ? stockholmDay(nextStart ?? portalNow()).slice(0, 7)
        : null
      : null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingListPage_Meetings,
    variables: {
      kinds,
      month,
      period: month ? "ALL" : filters.period === "past" ? "PAST" : "UPCOMING",
      // A month's calendar shows the whole month; the list a page at a time.
      ...(filters.view === "calendar"
        ? { first: MONTH_SIZE, after: null, last: null, before: null }
        : paging.variables),
    },
    pause: filters.view === "calendar" && month === null,
  });
  const meetings = data?.meetingsConnection;
  useDocumentTitle(t("meetings.heading"));
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${m}-01T00:00:00Z`),
    );
  const go = (changes: Partial<MeetingFilters>) =>
    navigate({ search: filtersSearch({ ...filters, ...changes }) });
  const href = (changes: Partial<MeetingFilters>) =>
    `/moten${filtersSearch({ ...filters, ...changes })}`;
  const kindId = useId();
  const monthId = useId();
  const periodId = useId();
  const resultsId = useId();

  const heading = month
    ? t("meetings.monthHeading", { month: monthName(month) })
    : t(filters.period === "past" ? "meetings.pastHeading" : "meetings.upcomingHeading");

  return (
    <>
      <div className="page-intro">
        <h1>{t("meetings.heading")}</h1>
        <p className="lead">{t("meetings.intro")}</p>
      </div>
      <nav className="meeting-views" aria-label={t("meetings.viewLabel")}>
        <ul>
          <li>
            <Link
              to={href({ view: "list" })}
              aria-current={filters.view === "list" ? "page" : undefined}
            >
              {t("meetings.viewList")}
            </Link>
          </li>
          <li>
            <Link
              to={href({ view: "calendar" })}
              aria-current={filters.view === "calendar" ? "page" : undefined}
            >
              {t("meetings.viewCalendar")}
            </Link>
          </li>
        </ul>
      </nav>
      <form
        className="meeting-filters"
        aria-label={t("meetings.filterLabel")}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const kind = meetingKinds.find((k) => k === form.get("typ")) ?? null;
          const chosenMonth = String(form.get("manad") ?? "");
          go({
            kind,
            month: /^\d{4}-\d{2}$/.test(chosenMonth) ? chosenMonth : null,
            period: form.get("tid") === "past" ? "past" : "upcoming",
          });
        }}
        key={params.toString()}
      >
        <div className="field">
          <label htmlFor={kindId}>{t("meetings.filterKind")}</label>
          <select id={kindId} name="typ" defaultValue={filters.kind ?? ""}>
            <option value="">{t("meetings.filterAllKinds")}</option>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {t(`meetingKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={monthId}>{t("meetings.filterMonth")}</label>
          <input
            id={monthId}
            name="manad"
            type="month"
            defaultValue={filters.month ?? ""}
            aria-describedby={`${monthId}-hint`}
          />
          <p id={`${monthId}-hint`} className="field-hint">
            {t("meetings.filterMonthHint")}
          </p>
        </div>
        {filters.view === "list" && (
          <div className="field">
            <label htmlFor={periodId}>{t("meetings.filterPeriod")}</label>
            <select id={periodId} name="tid" defaultValue={filters.period}>
              <option value="upcoming">{t("meetings.periodUpcoming")}</option>
              <option value="past">{t("meetings.periodPast")}</option>
            </select>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {t("meetings.filterApply")}
          </button>
        </div>
      </form>
      <section className="section" aria-labelledby={resultsId}>
        <h2 id={resultsId}>{heading}</h2>
        {month && (
          <nav className="month-pager" aria-label={t("meetings.monthPagerLabel")}>
            <Link to={href({ month: shiftMonth(month, -1) })}>
              <span aria-hidden="true">← </span>
              {t("meetings.previousMonth", { month: monthName(shiftMonth(month, -1)) })}
            </Link>
            <Link to={href({ month: shiftMonth(month, 1) })}>
              {t("meetings.nextMonth", { month: monthName(shiftMonth(month, 1)) })}
              <span aria-hidden="true"> →</span>
            </Link>
          </nav>
        )}
        <QueryStatus
          fetching={fetching || next.fetching}
          error={error ?? next.error}
          hasData={data !== undefined}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
        {meetings && (
          <output className="visually-hidden" aria-live="polite">
            {t("meetings.resultCount", { count: meetings.totalCount })}
          </output>
        )}
        {meetings && filters.view === "calendar" && month && (
          <MeetingCalendar month={month} meetings={meetings.nodes} caption={monthName(month)} />
        )}
        {meetings &&
          filters.view === "list" &&
          (meetings.nodes.length === 0 ? (
            <p>{t("meetings.empty")}</p>
          ) : (
            <ul className="meeting-list">
              {meetings.nodes.map((m) => (
                <li key={m.id}>
                  <MeetingSummary meeting={m} />
                </li>
              ))}
            </ul>
          ))}
        {meetings && filters.view === "list" && (
          <ListPager
            paging={paging}
            pageInfo={meetings.pageInfo}
            shown={meetings.nodes.length}
            total={meetings.totalCount}
            label={t("meetings.pager")}
          />
        )}
      </section>
    </>
  );
}
