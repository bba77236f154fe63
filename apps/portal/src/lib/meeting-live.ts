import { useSubscription } from "urql";
import type { ProblemTexts } from "../components/form";
import { LiveMeeting_State, QuestionItem_Question } from "../components/live-data";
import { graphql } from "../graphql";

/**
 * Changes in a meeting's Q&A or speaker list made anywhere, each with the question as the reader may
 * see it and the meeting's speaker list and state: the cache puts them in place (lib/cache.ts), so
 * the page changes without asking again. RESYNC says that changes may have been missed (the server's
 * database connection was lost for a while): then the cache drops the Q&A and the speaker list, and
 * the page reads them again.
 */
const MeetingLive_Activity = graphql(
  `
    subscription MeetingLive_Activity($meetingId: ID!) {
      meetingLiveActivity(meetingId: $meetingId) {
        change
        questionId
        speakerId
        question {
          id
          ...QuestionItem_Question
        }
        meeting {
          id
          ...LiveMeeting_State
        }
      }
    }
  `,
  [QuestionItem_Question, LiveMeeting_State],
);

/** Follows the meeting's Q&A and speaker list live, from any API instance, while `meetingId` is set. */
export function useMeetingLiveActivity(meetingId: string | null): void {
  useSubscription({
    query: MeetingLive_Activity,
    variables: { meetingId: meetingId ?? "" },
    pause: meetingId === null,
  });
}

/** Texts for codes whose Q&A meaning differs from the portal's general one, or that only it has. */
export const meetingLiveProblemTexts: ProblemTexts = {
  TOO_FAST: "meetingLive.problem.TOO_FAST",
  BODY_TOO_LONG: "meetingLive.problem.BODY_TOO_LONG",
  NOT_FOUND: "meetingLive.problem.NOT_FOUND",
  QUESTIONS_CLOSED: "meetingLive.problem.QUESTIONS_CLOSED",
  SPEAKER_LIST_CLOSED: "meetingLive.problem.SPEAKER_LIST_CLOSED",
  MEETING_CANCELLED: "meetingLive.problem.MEETING_CANCELLED",
  NO_LIVE_QUESTIONS: "meetingLive.problem.NO_LIVE_QUESTIONS",
  NO_SPEAKER_LIST: "meetingLive.problem.NO_SPEAKER_LIST",
  NOT_A_MEMBER: "meetingLive.problem.NOT_A_MEMBER",
  OWN_QUESTION: "meetingLive.problem.OWN_QUESTION",
  NOT_APPROVED: "meetingLive.problem.NOT_APPROVED",
  NOT_SUBMITTED: "meetingLive.problem.NOT_SUBMITTED",
  ALREADY_ANSWERED: "meetingLive.problem.ALREADY_ANSWERED",
  ALREADY_ON_LIST: "meetingLive.problem.ALREADY_ON_LIST",
  NOT_ON_LIST: "meetingLive.problem.NOT_ON_LIST",
  NO_ONE_WAITING: "meetingLive.problem.NO_ONE_WAITING",
  NOT_SPEAKING: "meetingLive.problem.NOT_SPEAKING",
  NOT_WAITING: "meetingLive.problem.NOT_WAITING",
  CANNOT_MOVE: "meetingLive.problem.CANNOT_MOVE",
  BLOCKED: "meetingLive.problem.BLOCKED",
  REASON_TOO_LONG: "meetingLive.problem.REASON_TOO_LONG",
};
