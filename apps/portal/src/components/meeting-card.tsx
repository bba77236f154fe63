import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const MeetingCard_Meeting = graphql(`
  fragment MeetingCard_Meeting on Meeting {
    title
    kind
    status
    startsAt
    endsAt
    city
  }
`);

/** A meeting in a list: title, kind, when (Stockholm time) and where. */
export function MeetingCard({ meeting }: { meeting: FragmentOf<typeof MeetingCard_Meeting> }) {
  const { t, formatDateTimeRange } = useI18n();
  const m = readFragment(MeetingCard_Meeting, meeting);
  return (
    <article className="card meeting-card">
      <h3 className="card-title" lang={CONTENT_LANG}>
        {m.title}
      </h3>
      <p className="tags">
        <span className="tag">{t(`meetingKind.${m.kind}`)}</span>
        {m.status === "CANCELLED" && (
          <span className="tag tag-warning">{t("meeting.cancelled")}</span>
        )}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("meeting.when")}</dt>
          <dd>
            <time dateTime={m.startsAt}>{formatDateTimeRange(m.startsAt, m.endsAt)}</time>
          </dd>
        </div>
        {m.city && (
          <div>
            <dt>{t("meeting.where")}</dt>
            <dd lang={CONTENT_LANG}>{m.city}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
