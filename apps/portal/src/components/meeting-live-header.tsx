import type { ReactNode } from "react";
import { Link } from "react-router";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const MeetingLiveHeader_Meeting = graphql(`
  fragment MeetingLiveHeader_Meeting on Meeting {
    slug
    title
    kind
    status
    startsAt
    endsAt
    city
  }
`);

/** The meeting a live page belongs to: the way back to it, its title, kind, time and place. */
export function MeetingLiveHeader({
  meeting,
  heading,
  children,
}: {
  meeting: FragmentOf<typeof MeetingLiveHeader_Meeting>;
  /** What the page is for, above the meeting's title. */
  heading: string;
  children?: ReactNode;
}) {
  const { t, formatDateTimeRange } = useI18n();
  const m = readFragment(MeetingLiveHeader_Meeting, meeting);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/moten/${m.slug}`}>{t("meetingLive.back")}</Link>
      </p>
      <div className="page-intro">
        <p className="live-kicker">{heading}</p>
        <h1 lang={CONTENT_LANG}>{m.title}</h1>
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
        {children}
      </div>
    </>
  );
}
