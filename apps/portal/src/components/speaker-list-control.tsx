import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingLiveProblemTexts } from "../lib/meeting-live";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";
import { SpeakerList_Entry } from "./live-data";
import { CurrentSpeaker, readSpeakerEntries, useSpeakerName } from "./speaker-list";

const SpeakerListControl_Next = graphql(
  `
    mutation SpeakerListControl_Next($meetingId: ID!) {
      giveFloorToNextSpeaker(meetingId: $meetingId) {
        __typename
        ...FormProblem_InputError
        ... on MutationGiveFloorToNextSpeakerSuccess {
          data {
            id
            ...SpeakerList_Entry
          }
        }
      }
    }
  `,
  [FormProblem_InputError, SpeakerList_Entry],
);

const SpeakerListControl_Finish = graphql(
  `
    mutation SpeakerListControl_Finish($id: ID!) {
      finishSpeaker(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationFinishSpeakerSuccess {
          data {
            id
            ...SpeakerList_Entry
          }
        }
      }
    }
  `,
  [FormProblem_InputError, SpeakerList_Entry],
);

const SpeakerListControl_Remove = graphql(
  `
    mutation SpeakerListControl_Remove($id: ID!) {
      removeSpeaker(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationRemoveSpeakerSuccess {
          data {
            id
            ...SpeakerList_Entry
          }
        }
      }
    }
  `,
  [FormProblem_InputError, SpeakerList_Entry],
);

const SpeakerListControl_Move = graphql(
  `
    mutation SpeakerListControl_Move($id: ID!, $direction: SpeakerMove!) {
      moveSpeaker(id: $id, direction: $direction) {
        __typename
        ...FormProblem_InputError
        ... on MutationMoveSpeakerSuccess {
          data {
            id
            ...SpeakerList_Entry
          }
        }
      }
    }
  `,
  [FormProblem_InputError, SpeakerList_Entry],
);

/**
 * The moderator's speaker list: give the floor to the next, end a speech, and move or remove those
 * who wait. One person speaks at a time; the API holds to it.
 */
export function SpeakerListControl({
  meetingId,
  entries: data,
}: {
  meetingId: string;
  entries: FragmentOf<typeof SpeakerList_Entry>[];
}) {
  const { t } = useI18n();
  const name = useSpeakerName();
  const entries = readSpeakerEntries(data);
  const speaking = entries.find((e) => e.status === "SPEAKING");
  const waiting = entries.filter((e) => e.status === "WAITING");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [nextState, next] = useMutation(SpeakerListControl_Next);
  const [finishState, finish] = useMutation(SpeakerListControl_Finish);
  const [removeState, remove] = useMutation(SpeakerListControl_Remove);
  const [moveState, move] = useMutation(SpeakerListControl_Move);
  const busy =
    nextState.fetching || finishState.fetching || removeState.fetching || moveState.fetching;

  const settle = (found: Problem | null) => {
    setProblem(found);
  };

  return (
    <>
      <CurrentSpeaker entries={entries} />
      <div className="button-row speaker-controls">
        <button
          type="button"
          className="button-primary"
          disabled={busy || waiting.length === 0}
          onClick={async () => {
            const answer = await next({ meetingId });
            settle(problemOf(answer.error, answer.data?.giveFloorToNextSpeaker));
          }}
        >
          {t("meetingLive.giveFloor")}
        </button>
        {speaking && (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={async () => {
              const answer = await finish({ id: speaking.id });
              settle(problemOf(answer.error, answer.data?.finishSpeaker));
            }}
          >
            {t("meetingLive.finishSpeaker")}
          </button>
        )}
      </div>
      {problem && (
        <ProblemMessage key={problem.key} problem={problem} texts={meetingLiveProblemTexts} />
      )}
      <h3>{t("meetingLive.waitingHeading")}</h3>
      {waiting.length === 0 ? (
        <p>{t("meetingLive.waitingEmpty")}</p>
      ) : (
        <ol className="speaker-queue speaker-queue-control">
          {waiting.map((entry, index) => {
            const who = name(entry);
            return (
              <li key={entry.id}>
                <span lang={CONTENT_LANG}>{who}</span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t("meetingLive.moveUp", { name: who })}
                    disabled={busy || index === 0}
                    onClick={async () => {
                      const answer = await move({ id: entry.id, direction: "UP" });
                      settle(problemOf(answer.error, answer.data?.moveSpeaker));
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t("meetingLive.moveDown", { name: who })}
                    disabled={busy || index === waiting.length - 1}
                    onClick={async () => {
                      const answer = await move({ id: entry.id, direction: "DOWN" });
                      settle(problemOf(answer.error, answer.data?.moveSpeaker));
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t("meetingLive.removeSpeakerNamed", { name: who })}
                    disabled={busy}
                    onClick={async () => {
                      const answer = await remove({ id: entry.id });
                      settle(problemOf(answer.error, answer.data?.removeSpeaker));
                    }}
                  >
                    {t("meetingLive.removeSpeaker")}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
