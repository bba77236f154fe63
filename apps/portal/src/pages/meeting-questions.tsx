import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { signInHref } from "../components/access-notice";
import { LiveAnnouncer, useChangeAnnouncement } from "../components/live-announcer";
import { MeetingLiveHeader, MeetingLiveHeader_Meeting } from "../components/meeting-live-header";
import { QueryStatus } from "../components/query-status";
import { QuestionForm } from "../components/question-form";
import { QuestionItem, QuestionItem_Question, readQuestion } from "../components/question-item";
import { SpeakerList, SpeakerList_Entry } from "../components/speaker-list";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useMeetingLiveActivity } from "../lib/meeting-live";
import { useViewer } from "../lib/viewer";
import { NotFoundPage } from "./error-not-found";

const MeetingQuestionsPage_Meeting = graphql(
  `
    query MeetingQuestionsPage_Meeting($slug: String!) {
      meeting(slug: $slug) {
        id
        title
        hasLiveQuestions
        hasSpeakerList
        viewerCanModerateLive
        ...MeetingLiveHeader_Meeting
      }
    }
  `,
  [MeetingLiveHeader_Meeting],
);

// The Q&A is for signed-in people only: its own query, so that the meeting itself is public.
const MeetingQuestionsPage_Live = graphql(
  `
    query MeetingQuestionsPage_Live($slug: String!) {
      meeting(slug: $slug) {
        id
        questionsOpen
        speakerListOpen
        questions {
          id
          ...QuestionItem_Question
        }
        speakerList {
          id
          ...SpeakerList_Entry
        }
      }
    }
  `,
  [QuestionItem_Question, SpeakerList_Entry],
);

/** A hearing's or webinar's live Q&A as participants see it: ask, vote, and ask to speak. */
export function MeetingQuestionsPage() {
  const { t } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingQuestionsPage_Meeting,
    variables: { slug },
  });
  const meeting = data?.meeting;
  useDocumentTitle(
    meeting
      ? t("meetingLive.documentTitle", { meeting: meeting.title })
      : t(data ? "notFound.documentTitle" : "meetingLive.heading"),
  );
  if (data && !meeting) return <NotFoundPage />;

  return (
    <>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {meeting && (
        <>
          <MeetingLiveHeader meeting={meeting} heading={t("meetingLive.heading")}>
            {meeting.viewerCanModerateLive && (
              <p>
                <Link to={`/moten/${slug}/fragor/styr`}>{t("meetingLive.controlLink")}</Link>
              </p>
            )}
          </MeetingLiveHeader>
          {meeting.hasLiveQuestions ? (
            <LiveQuestions
              slug={slug}
              meetingId={meeting.id}
              hasSpeakerList={meeting.hasSpeakerList}
            />
          ) : (
            <p className="notice">{t("meetingLive.noLiveTools")}</p>
          )}
        </>
      )}
    </>
  );
}

function LiveQuestions({
  slug,
  meetingId,
  hasSpeakerList,
}: {
  slug: string;
  meetingId: string;
  hasSpeakerList: boolean;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const { state: viewer } = useViewer();
  const signedIn = viewer.status === "signedIn";
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingQuestionsPage_Live,
    variables: { slug },
    pause: !signedIn,
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  useMeetingLiveActivity(signedIn ? meetingId : null);

  const live = data?.meeting;
  const questions = (live?.questions ?? []).map((q) => ({ data: q, q: readQuestion(q) }));
  const pinned = questions.find(({ q }) => q.pinned);
  const announcement = useChangeAnnouncement(
    live ? (pinned?.q.id ?? null) : undefined,
    pinned ? t("meetingLive.pinnedAnnouncement", { question: pinned.q.body }) : null,
  );

  if (viewer.status === "loading") return null;
  if (viewer.status === "signedOut") {
    return (
      <div className="notice">
        <p>{t("meetingLive.signIn")}</p>
        <p>
          <Link to={signInHref(location)}>{t("account.signIn")}</Link>
        </p>
      </div>
    );
  }
  const participant = viewer.person.role !== "OBSERVER";
  const queue = questions.filter(({ q }) => q.status === "APPROVED" && !q.pinned);
  const mine = questions.filter(
    ({ q }) => q.mine && (q.status === "SUBMITTED" || q.status === "REJECTED"),
  );
  const answered = questions.filter(({ q }) => q.status === "ANSWERED");
  const item = (question: (typeof questions)[number]) => (
    <li key={question.q.id}>
      <QuestionItem question={question.data} />
    </li>
  );

  return (
    <>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      <LiveAnnouncer message={announcement} />
      {live && (
        <>
          <section className="section live-pinned" aria-labelledby="pinned">
            <h2 id="pinned">{t("meetingLive.pinnedHeading")}</h2>
            {pinned ? (
              <QuestionItem question={pinned.data} />
            ) : (
              <p>{t("meetingLive.pinnedNone")}</p>
            )}
          </section>

          <section className="section" aria-labelledby="ask">
            <h2 id="ask">{t("meetingLive.askHeading")}</h2>
            {!participant ? (
              <p className="notice">{t("meetingLive.observer")}</p>
            ) : live.questionsOpen ? (
              <QuestionForm
                meetingId={meetingId}
                person={viewer.person}
                actingForId={viewer.actingFor?.id ?? null}
              />
            ) : (
              <p className="notice">{t("meetingLive.questionsClosed")}</p>
            )}
          </section>

          <section className="section" aria-labelledby="queue">
            <h2 id="queue">{t("meetingLive.queueHeading")}</h2>
            {queue.length === 0 ? (
              <p>{t("meetingLive.queueEmpty")}</p>
            ) : (
              <>
                <p className="muted">{t("meetingLive.queueCount", { count: queue.length })}</p>
                <ol className="question-list">{queue.map(item)}</ol>
              </>
            )}
          </section>

          {mine.length > 0 && (
            <section className="section" aria-labelledby="mine">
              <h2 id="mine">{t("meetingLive.mineHeading")}</h2>
              <ol className="question-list">{mine.map(item)}</ol>
            </section>
          )}

          {hasSpeakerList && (
            <section className="section" aria-labelledby="speakers">
              <h2 id="speakers">{t("meetingLive.speakersHeading")}</h2>
              <SpeakerList
                meetingId={meetingId}
                entries={live.speakerList}
                open={live.speakerListOpen}
                participant={participant}
                actingFor={viewer.actingFor}
              />
            </section>
          )}

          {answered.length > 0 && (
            <section className="section" aria-labelledby="answered">
              <h2 id="answered">{t("meetingLive.answeredHeading")}</h2>
              <ol className="question-list">{answered.map(item)}</ol>
            </section>
          )}
        </>
      )}
    </>
  );
}
