import { type ReactNode, useId, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingLiveProblemTexts } from "../lib/meeting-live";
import { ConfirmButton } from "./confirm-button";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";
import { QuestionItem_Question } from "./live-data";

export { QuestionItem_Question };

const QuestionItem_Vote = graphql(
  `
    mutation QuestionItem_Vote($id: ID!, $vote: Boolean!) {
      voteForQuestion(id: $id, vote: $vote) {
        __typename
        ...FormProblem_InputError
        ... on MutationVoteForQuestionSuccess {
          data {
            id
            ...QuestionItem_Question
          }
        }
      }
    }
  `,
  [FormProblem_InputError, QuestionItem_Question],
);

const QuestionItem_Withdraw = graphql(
  `
    mutation QuestionItem_Withdraw($id: ID!) {
      withdrawQuestion(id: $id) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

export type QuestionData = FragmentOf<typeof QuestionItem_Question>;

/** Who asked, and for which organisation. */
export function useAskerName(): (q: ReturnType<typeof readQuestion>) => string {
  const { t } = useI18n();
  return (q) => {
    const name = q.formerParticipant
      ? t("comment.formerParticipant")
      : (q.author?.name ?? t("comment.formerParticipant"));
    return q.organisation
      ? t("meetingLive.askerFor", { name, organisation: q.organisation.name })
      : name;
  };
}

export const readQuestion = (question: QuestionData) =>
  readFragment(QuestionItem_Question, question);

interface QuestionItemProps {
  question: QuestionData;
  /** The heading level under the section that lists it. */
  headingLevel?: "h3" | "h4";
  /** A moderator's actions, in place of a participant's (voting and withdrawing). */
  actions?: ReactNode;
}

/**
 * One question: who asked it, its text, its status and votes, and what the reader may do with it.
 * What is offered is the API's answer for the reader (viewerCan…).
 */
export function QuestionItem({ question, headingLevel = "h3", actions }: QuestionItemProps) {
  const { t } = useI18n();
  const q = readQuestion(question);
  const asker = useAskerName();
  const headingId = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [voting, vote] = useMutation(QuestionItem_Vote);
  const [withdrawing, withdraw] = useMutation(QuestionItem_Withdraw);
  const Heading = headingLevel;

  /** The answer's question, or the live update, changes the cached one in place. */
  const settle = (found: Problem | null) => setProblem(found);

  return (
    <article
      className={q.pinned ? "question question-pinned" : "question"}
      aria-labelledby={headingId}
    >
      <header className="question-head">
        <Heading id={headingId} className="question-asker">
          {asker(q)}
        </Heading>
        <p className="tags">
          {q.pinned && <span className="tag tag-success">{t("meetingLive.pinnedTag")}</span>}
          {(q.mine || q.status !== "APPROVED") && (
            <span className={q.status === "REJECTED" ? "tag tag-warning" : "tag"}>
              {t(`meetingLive.status.${q.status}`)}
            </span>
          )}
        </p>
      </header>
      <p className="question-body" lang={CONTENT_LANG}>
        {q.body}
      </p>
      {q.status === "REJECTED" && q.rejectionReason && (
        <p className="muted">{t("meetingLive.rejectionReason", { reason: q.rejectionReason })}</p>
      )}
      <div className="question-actions">
        {q.viewerCanVote && !actions ? (
          <button
            type="button"
            className="button-secondary button-small"
            aria-pressed={q.votedByMe}
            disabled={voting.fetching}
            onClick={async () => {
              const answer = await vote({ id: q.id, vote: !q.votedByMe });
              settle(problemOf(answer.error, answer.data?.voteForQuestion));
            }}
          >
            {t("meetingLive.vote", { count: q.voteCount })}
          </button>
        ) : (
          (q.status === "APPROVED" || q.status === "ANSWERED") && (
            <span className="question-votes">{t("meetingLive.votes", { count: q.voteCount })}</span>
          )
        )}
        {q.mine && q.status === "SUBMITTED" && !actions && (
          <ConfirmButton
            label={t("meetingLive.withdraw")}
            question={t("meetingLive.withdrawQuestion")}
            confirmLabel={t("meetingLive.withdrawConfirm")}
            busy={withdrawing.fetching}
            onConfirm={async () => {
              const answer = await withdraw({ id: q.id });
              settle(problemOf(answer.error, answer.data?.withdrawQuestion));
            }}
          />
        )}
        {actions}
      </div>
      {problem && (
        <ProblemMessage key={problem.key} problem={problem} texts={meetingLiveProblemTexts} />
      )}
    </article>
  );
}
