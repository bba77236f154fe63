import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { meetingLiveProblemTexts } from "../lib/meeting-live";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";

const LiveStateControl_Set = graphql(
  `
    mutation LiveStateControl_Set($input: MeetingLiveStateInput!) {
      setMeetingLiveState(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetMeetingLiveStateSuccess {
          data {
            id
            questionsOpen
            speakerListOpen
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** Opens and closes the Q&A to new questions, and a hearing's speaker list to new requests. */
export function LiveStateControl({
  meetingId,
  questionsOpen,
  speakerListOpen,
  hasSpeakerList,
}: {
  meetingId: string;
  questionsOpen: boolean;
  speakerListOpen: boolean;
  hasSpeakerList: boolean;
}) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [setting, set] = useMutation(LiveStateControl_Set);

  const change = async (input: { questionsOpen?: boolean; speakerListOpen?: boolean }) => {
    const answer = await set({ input: { meetingId, ...input } });
    const found = problemOf(answer.error, answer.data?.setMeetingLiveState);
    setProblem(found);
  };

  return (
    <>
      <p className="live-state">
        {t(questionsOpen ? "meetingLive.questionsAreOpen" : "meetingLive.questionsAreClosed")}{" "}
        <button
          type="button"
          className="button-secondary button-small"
          disabled={setting.fetching}
          onClick={() => change({ questionsOpen: !questionsOpen })}
        >
          {t(questionsOpen ? "meetingLive.closeQuestions" : "meetingLive.openQuestions")}
        </button>
      </p>
      {hasSpeakerList && (
        <p className="live-state">
          {t(speakerListOpen ? "meetingLive.speakerListIsOpen" : "meetingLive.speakerListIsClosed")}{" "}
          <button
            type="button"
            className="button-secondary button-small"
            disabled={setting.fetching}
            onClick={() => change({ speakerListOpen: !speakerListOpen })}
          >
            {t(speakerListOpen ? "meetingLive.closeSpeakerList" : "meetingLive.openSpeakerList")}
          </button>
        </p>
      )}
      {problem && (
        <ProblemMessage key={problem.key} problem={problem} texts={meetingLiveProblemTexts} />
      )}
    </>
  );
}
