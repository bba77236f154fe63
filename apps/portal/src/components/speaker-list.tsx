import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingLiveProblemTexts } from "../lib/meeting-live";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";
import { SpeakerList_Entry } from "./live-data";

export { SpeakerList_Entry };

const SpeakerList_Ask = graphql(
  `
    mutation SpeakerList_Ask($input: AskToSpeakInput!) {
      askToSpeak(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationAskToSpeakSuccess {
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

const SpeakerList_Withdraw = graphql(
  `
    mutation SpeakerList_Withdraw($meetingId: ID!) {
      withdrawFromSpeakerList(meetingId: $meetingId) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

export type SpeakerEntry = ReturnType<typeof readSpeakerEntries>[number];

export function readSpeakerEntries(entries: FragmentOf<typeof SpeakerList_Entry>[]) {
  return entries.map((entry) => readFragment(SpeakerList_Entry, entry));
}

/** A speaker's name, and the organisation they speak for. */
export function useSpeakerName(): (entry: SpeakerEntry) => string {
  const { t } = useI18n();
  return (entry) => {
    const name = entry.person?.name ?? t("comment.formerParticipant");
    return entry.organisation
      ? t("meetingLive.askerFor", { name, organisation: entry.organisation.name })
      : name;
  };
}

/** Who has the floor now. */
export function CurrentSpeaker({ entries }: { entries: SpeakerEntry[] }) {
  const { t } = useI18n();
  const name = useSpeakerName();
  const speaking = entries.find((e) => e.status === "SPEAKING");
  return (
    <p className="speaker-now">
      {speaking ? (
        <>
          {t("meetingLive.speakingNow")} <strong lang={CONTENT_LANG}>{name(speaking)}</strong>
        </>
      ) : (
        t("meetingLive.nobodySpeaking")
      )}
    </p>
  );
}

/**
 * A hearing's speaker list as participants see it: who speaks, who waits in which order, and a way
 * to ask to speak or to withdraw.
 */
export function SpeakerList({
  meetingId,
  entries: data,
  open,
  participant,
  actingFor,
}: {
  meetingId: string;
  entries: FragmentOf<typeof SpeakerList_Entry>[];
  /** The list takes new requests. */
  open: boolean;
  /** The reader may ask to speak (not an observer). */
  participant: boolean;
  /** The organisation the person acts for in this session, spoken for. */
  actingFor: { id: string; name: string } | null;
}) {
  const { t } = useI18n();
  const name = useSpeakerName();
  const entries = readSpeakerEntries(data);
  const waiting = entries.filter((e) => e.status === "WAITING");
  const mine = entries.find((e) => e.mine);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [asking, ask] = useMutation(SpeakerList_Ask);
  const [withdrawing, withdraw] = useMutation(SpeakerList_Withdraw);

  const settle = (found: Problem | null) => {
    setProblem(found);
  };

  return (
    <>
      <CurrentSpeaker entries={entries} />
      <h3>{t("meetingLive.waitingHeading")}</h3>
      {waiting.length === 0 ? (
        <p>{t("meetingLive.waitingEmpty")}</p>
      ) : (
        <ol className="speaker-queue">
          {waiting.map((entry) => (
            <li key={entry.id} lang={CONTENT_LANG}>
              {name(entry)}
            </li>
          ))}
        </ol>
      )}
      {participant && (
        <div className="speaker-request">
          {mine?.status === "SPEAKING" && <p>{t("meetingLive.youSpeak")}</p>}
          {mine?.status === "WAITING" && (
            <p>{t("meetingLive.onList", { place: waiting.indexOf(mine) + 1 })}</p>
          )}
          {mine ? (
            <button
              type="button"
              className="button-secondary"
              disabled={withdrawing.fetching}
              onClick={async () => {
                const answer = await withdraw({ meetingId });
                settle(problemOf(answer.error, answer.data?.withdrawFromSpeakerList));
              }}
            >
              {t("meetingLive.withdrawFromList")}
            </button>
          ) : open ? (
            <>
              <p className="muted">
                {actingFor
                  ? t("meetingLive.speakingFor", { organisation: actingFor.name })
                  : t("meetingLive.speakingAsSelf")}
              </p>
              <button
                type="button"
                className="button-primary"
                disabled={asking.fetching}
                onClick={async () => {
                  const answer = await ask({
                    input: { meetingId, organisationId: actingFor?.id ?? null },
                  });
                  settle(problemOf(answer.error, answer.data?.askToSpeak));
                }}
              >
                {t("meetingLive.askToSpeak")}
              </button>
            </>
          ) : (
            <p className="notice">{t("meetingLive.speakerListClosed")}</p>
          )}
          {problem && (
            <ProblemMessage key={problem.key} problem={problem} texts={meetingLiveProblemTexts} />
          )}
        </div>
      )}
    </>
  );
}
