import { useSubscription } from "urql";
import type { ProblemTexts } from "../components/form";
import { graphql } from "../graphql";

/** Changes in a meeting's Q&A or speaker list made anywhere: ids only, the page asks again. */
const MeetingLive_Activity = graphql(`
  subscription MeetingLive_Activity($meetingId: ID!) {
    meetingLiveActivity(meetingId: $meetingId) {
      change
      questionId
      speakerId
    }
  }
`);

/**
 * Calls `onChange` on every change in the meeting's Q&A or speaker list, from any API instance, and
 * on RESYNC, when changes may have been missed (the server's database connection was lost for a
 * while): either way the page fetches everything again.
 */
export function useMeetingLiveActivity(meetingId: string | null, onChange: () => void): void {
  useSubscription(
    {
      query: MeetingLive_Activity,
      variables: { meetingId: meetingId ?? "" },
      pause: meetingId === null,
    },
    (_previous, event) => {
      onChange();
      return event;
    },
  );
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
