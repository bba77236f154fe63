import { Link } from "react-router";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const MeetingSummary_Meeting = graphql(`
  fragment MeetingSummary_Meeting on Meeting {
    id
    slug
    title
    kind
    status
    startsAt
    endsAt
    place
    city
    online
    capacity
    remainingPlaces
    full
    waitingListCount
  }
`);

/** Places left, "Fullt – väntelista" or nothing for a meeting without a limit; cancelled and held say so. */
export function MeetingPlaces({ meeting }: { meeting: FragmentOf<typeof MeetingSummary_Meeting> }) {
  const { t } = useI18n();
  const m = readFragment(MeetingSummary_Meeting, meeting);
  if (m.status === "CANCELLED")
    return <span className="tag tag-warning">{t("meetings.status.CANCELLED")}</span>;
  if (m.status === "HELD") return <span className="tag">{t("meetings.status.HELD")}</span>;
  if (m.capacity === null) return null;
  if (m.full)
    return (
      <span className="tag tag-warning">
        {m.waitingListCount > 0
          ? t("meetings.fullWaiting", { count: m.waitingListCount })
          : t("meetings.fullWaitingEmpty")}
      </span>
    );
  return (
    <span className="tag tag-success">
      {t("meetings.placesLeft", { count: m.remainingPlaces ?? 0 })}
    </span>
  );
}

/** Where a meeting is: its place and city, or "online". */
export function meetingWhere(
  m: { place: string | null; city: string | null; online: boolean },
  online: string,
): string | null {
  const where = [m.place, m.city].filter(Boolean).join(", ");
  if (where && m.online) return `${where} · ${online}`;
  return where || (m.online ? online : null);
}

/** A meeting in the list: its title as a link, kind, time (Stockholm), where, and its places. */
export function MeetingSummary({
  meeting,
  headingLevel = 3,
}: {
  meeting: FragmentOf<typeof MeetingSummary_Meeting>;
  headingLevel?: 2 | 3;
}) {
  const { t, formatDateTimeRange } = useI18n();
  const m = readFragment(MeetingSummary_Meeting, meeting);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const where = meetingWhere(m, t("meetings.online"));
  return (
    <article className="card meeting-summary">
      <Heading className="card-title" lang={CONTENT_LANG}>
        <Link to={`/moten/${m.slug}`}>{m.title}</Link>
      </Heading>
      <p className="tags">
        <span className="tag">{t(`meetingKind.${m.kind}`)}</span>
        <MeetingPlaces meeting={meeting} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t("meeting.when")}</dt>
          <dd>
            <time dateTime={m.startsAt}>{formatDateTimeRange(m.startsAt, m.endsAt)}</time>
          </dd>
        </div>
        {where && (
          <div>
            <dt>{t("meeting.where")}</dt>
            <dd lang={CONTENT_LANG}>{where}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
