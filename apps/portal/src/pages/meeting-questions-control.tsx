import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { AccessNotice } from "../components/access-notice";
import { LiveAnnouncer, useChangeAnnouncement } from "../components/live-announcer";
import { LiveStateControl } from "../components/live-state-control";
import { MeetingLiveHeader, MeetingLiveHeader_Meeting } from "../components/meeting-live-header";
import { QueryStatus } from "../components/query-status";
import {
  QuestionItem,
  QuestionItem_Question,
  readQuestion,
  useAskerName,
} from "../components/question-item";
import { QuestionModeration } from "../components/question-moderation";
import { SpeakerList_Entry } from "../components/speaker-list";
import { SpeakerListControl } from "../components/speaker-list-control";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useMeetingLiveActivity } from "../lib/meeting-live";
import { useViewer } from "../lib/viewer";
import { NotFoundPage } from "./error-not-found";

const MeetingQuestionsControlPage_Meeting = graphql(
  `
    query MeetingQuestionsControlPage_Meeting($slug: String!) {
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

const MeetingQuestionsControlPage_Live = graphql(
  `
    query MeetingQuestionsControlPage_Live($slug: String!) {
      meeting(slug: $slug) {
        id
        questionsOpen
        speakerListOpen
        questions {
          id
          createdAt
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

/** The moderator's control of a hearing's or webinar's Q&A and speaker list, live. */
export function MeetingQuestionsControlPage() {
  const { t } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingQuestionsControlPage_Meeting,
    variables: { slug },
  });
  const meeting = data?.meeting;
  useDocumentTitle(
    meeting
      ? t("meetingLive.controlDocumentTitle", { meeting: meeting.title })
      : t(data ? "notFound.documentTitle" : "meetingLive.controlHeading"),
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
          <MeetingLiveHeader meeting={meeting} heading={t("meetingLive.controlHeading")}>
            <p>
              <Link to={`/moten/${slug}/fragor`}>{t("meetingLive.participantLink")}</Link>
            </p>
          </MeetingLiveHeader>
          {meeting.hasLiveQuestions ? (
            <Control
              slug={slug}
              meetingId={meeting.id}
              hasSpeakerList={meeting.hasSpeakerList}
              moderator={meeting.viewerCanModerateLive}
            />
          ) : (
            <p className="notice">{t("meetingLive.noLiveTools")}</p>
          )}
        </>
      )}
    </>
  );
}

function Control({
  slug,
  meetingId,
  hasSpeakerList,
  moderator,
}: {
  slug: string;
  meetingId: string;
  hasSpeakerList: boolean;
  /** The API's answer: the reader may run this meeting's Q&A (viewerCanModerateLive). */
  moderator: boolean;
}) {
  const { t } = useI18n();
  const asker = useAskerName();
  const { state: viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingQuestionsControlPage_Live,
    variables: { slug },
    pause: !moderator,
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  useMeetingLiveActivity(moderator ? meetingId : null);

  const live = data?.meeting;
  const questions = (live?.questions ?? []).map((q) => ({
    data: q,
    q: readQuestion(q),
    createdAt: q.createdAt,
  }));
  const pinned = questions.find(({ q }) => q.pinned);
  const incoming = questions
    .filter(({ q }) => q.status === "SUBMITTED")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const newest = incoming[incoming.length - 1];
  const pinnedAnnouncement = useChangeAnnouncement(
    live ? (pinned?.q.id ?? null) : undefined,
    pinned ? t("meetingLive.pinnedAnnouncement", { question: pinned.q.body }) : null,
  );
  const incomingAnnouncement = useChangeAnnouncement(
    live ? (newest?.q.id ?? null) : undefined,
    newest ? t("meetingLive.newQuestionAnnouncement", { question: newest.q.body }) : null,
  );

  if (viewer.status === "loading") return null;
  // The page's h1 is the meeting's header above.
  if (viewer.status === "signedOut") return <AccessNotice reason="UNAUTHENTICATED" level={2} />;
  if (!moderator) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t("meetingLive.notModerator")}</p>
      </div>
    );
  }

  const approved = questions.filter(({ q }) => q.status === "APPROVED" && !q.pinned);
  const rejected = questions.filter(({ q }) => q.status === "REJECTED");
  const answered = questions.filter(({ q }) => q.status === "ANSWERED");
  const item = (question: (typeof questions)[number]) => (
    <li key={question.q.id}>
      <QuestionItem
        question={question.data}
        actions={
          question.q.viewerCanModerate ? (
            <QuestionModeration question={question.q} askerName={asker(question.q)} />
          ) : undefined
        }
      />
    </li>
  );
  const list = (entries: typeof questions, empty: string) =>
    entries.length === 0 ? <p>{empty}</p> : <ol className="question-list">{entries.map(item)}</ol>;

  return (
    <>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      <LiveAnnouncer message={incomingAnnouncement} />
      <LiveAnnouncer message={pinnedAnnouncement} />
      {live && (
        <>
          <section className="section" aria-labelledby="state">
            <h2 id="state">{t("meetingLive.stateHeading")}</h2>
            <LiveStateControl
              meetingId={meetingId}
              questionsOpen={live.questionsOpen}
              speakerListOpen={live.speakerListOpen}
              hasSpeakerList={hasSpeakerList}
            />
          </section>

          <section className="section live-pinned" aria-labelledby="pinned">
            <h2 id="pinned">{t("meetingLive.pinnedHeading")}</h2>
            {pinned ? (
              <ol className="question-list">{item(pinned)}</ol>
            ) : (
              <p>{t("meetingLive.pinnedNone")}</p>
            )}
          </section>

          <section className="section" aria-labelledby="incoming">
            <h2 id="incoming">{t("meetingLive.incomingHeading")}</h2>
            {list(incoming, t("meetingLive.incomingEmpty"))}
          </section>

          <section className="section" aria-labelledby="approved">
            <h2 id="approved">{t("meetingLive.approvedHeading")}</h2>
            {list(approved, t("meetingLive.approvedEmpty"))}
          </section>

          {hasSpeakerList && (
            <section className="section" aria-labelledby="speakers">
              <h2 id="speakers">{t("meetingLive.speakersHeading")}</h2>
              <SpeakerListControl meetingId={meetingId} entries={live.speakerList} />
            </section>
          )}

          {rejected.length > 0 && (
            <section className="section" aria-labelledby="rejected">
              <h2 id="rejected">{t("meetingLive.rejectedHeading")}</h2>
              {list(rejected, "")}
            </section>
          )}
          {answered.length > 0 && (
            <section className="section" aria-labelledby="answered">
              <h2 id="answered">{t("meetingLive.answeredHeading")}</h2>
              {list(answered, "")}
            </section>
          )}
        </>
      )}
    </>
  );
}
