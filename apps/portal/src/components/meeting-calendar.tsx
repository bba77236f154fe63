import { Link } from "react-router";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { monthWeeks } from "../lib/meeting-filters";
import { stockholmDay } from "../lib/stockholm";

export const MeetingCalendar_Meeting = graphql(`
  fragment MeetingCalendar_Meeting on Meeting {
    id
    slug
    title
    kind
    status
    startsAt
    full
  }
`);

type Entry = FragmentOf<typeof MeetingCalendar_Meeting>;
type Shown = ResultOf<typeof MeetingCalendar_Meeting>;

/** Monday first: 2024-01-01 was a Monday. */
const MONDAY = Date.UTC(2024, 0, 1);

/**
 * A month as a table of weeks with each day's meetings (on wide screens), and the same meetings as a
 * list per day (on phones). Both name the month; the table's header cells name the weekdays.
 */
export function MeetingCalendar({
  month,
  meetings,
  caption,
}: {
  month: string;
  meetings: readonly Entry[];
  caption: string;
}) {
  const { t, locale, formatDate } = useI18n();
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const weekday = (style: "long" | "short", index: number) =>
    new Intl.DateTimeFormat(tag, { weekday: style, timeZone: "UTC" }).format(
      new Date(MONDAY + index * 86_400_000),
    );
  const byDay = new Map<string, Shown[]>();
  for (const entry of meetings) {
    const m = readFragment(MeetingCalendar_Meeting, entry);
    const day = stockholmDay(m.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  const days = [...byDay.keys()].filter((d) => d.startsWith(month)).sort();

  const entryLink = (m: Shown) => (
    <Link to={`/moten/${m.slug}`} className="calendar-entry">
      <span className="calendar-entry-time">
        <FormattedTime iso={m.startsAt} />
      </span>{" "}
      <span lang={CONTENT_LANG}>{m.title}</span>
      <span className="calendar-entry-kind">{t(`meetingKind.${m.kind}`)}</span>
      {m.status === "CANCELLED" && (
        <span className="tag tag-warning">{t("meetings.status.CANCELLED")}</span>
      )}
      {m.status !== "CANCELLED" && m.full && (
        <span className="tag tag-warning">{t("meetings.full")}</span>
      )}
    </Link>
  );

  return (
    <div className="meeting-calendar">
      <table className="calendar-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => (
              <th key={i} scope="col">
                <abbr title={weekday("long", i)}>{weekday("short", i)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean) ?? ""}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    className={byDay.has(day) ? "calendar-day has-meetings" : "calendar-day"}
                  >
                    <span className="calendar-date">
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="visually-hidden">{formatDate(day)}</span>
                    </span>
                    {byDay.has(day) && (
                      <ul>
                        {byDay.get(day)?.map((m) => (
                          <li key={m.id}>{entryLink(m)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                ) : (
                  <td key={`empty-${i}`} className="calendar-day calendar-outside" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="calendar-days">
        <h2 className="visually-hidden">{caption}</h2>
        {days.length === 0 ? (
          <p>{t("meetings.calendarEmpty")}</p>
        ) : (
          days.map((day) => (
            <section key={day} className="calendar-day-list" aria-label={formatDate(day)}>
              <h3>{formatDate(day)}</h3>
              <ul>
                {byDay.get(day)?.map((m) => (
                  <li key={m.id}>{entryLink(m)}</li>
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </div>
  );
}

function FormattedTime({ iso }: { iso: string }) {
  const { formatTime } = useI18n();
  return <time dateTime={iso}>{formatTime(iso)}</time>;
}
