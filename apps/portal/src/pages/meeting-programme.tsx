import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import {
  ConferenceProgramme,
  ConferenceProgramme_Meeting,
} from "../components/conference-programme";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { NotFoundPage } from "./error-not-found";

const MeetingProgrammePage_Meeting = graphql(
  `
    query MeetingProgrammePage_Meeting($slug: String!) {
      meeting(slug: $slug) {
        id
        slug
        title
        startsAt
        endsAt
        ...ConferenceProgramme_Meeting
      }
    }
  `,
  [ConferenceProgramme_Meeting],
);

/** /moten/:slug/program: a conference's programme on a page of its own, to pick seminars. */
export function MeetingProgrammePage() {
  const { t, formatDateTimeRange } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingProgrammePage_Meeting,
    variables: { slug },
  });
  const m = data?.meeting;
  useDocumentTitle(
    m
      ? t("meetings.programme.documentTitle", { meeting: m.title })
      : t(data ? "notFound.documentTitle" : "meetings.programme.heading"),
  );
  if (data && !m) return <NotFoundPage />;
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/moten/${slug}`}>{t("meetings.programme.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {m && (
        <>
          <div className="page-intro">
            <p className="live-kicker">{t("meetings.programme.heading")}</p>
            <h1 lang={CONTENT_LANG}>{m.title}</h1>
            <p>
              <time dateTime={m.startsAt}>{formatDateTimeRange(m.startsAt, m.endsAt)}</time>
            </p>
          </div>
          <ConferenceProgramme meeting={m} onChanged={refresh} />
        </>
      )}
    </>
  );
}
