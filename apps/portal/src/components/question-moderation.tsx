import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { meetingLiveProblemTexts } from "../lib/meeting-live";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";
import { QuestionItem_Question } from "./live-data";

const QuestionModeration_Approve = graphql(
  `
    mutation QuestionModeration_Approve($id: ID!) {
      approveQuestion(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationApproveQuestionSuccess {
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

const QuestionModeration_Reject = graphql(
  `
    mutation QuestionModeration_Reject($id: ID!, $reason: String) {
      rejectQuestion(id: $id, reason: $reason) {
        __typename
        ...FormProblem_InputError
        ... on MutationRejectQuestionSuccess {
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

const QuestionModeration_Pin = graphql(
  `
    mutation QuestionModeration_Pin($id: ID!) {
      pinQuestion(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationPinQuestionSuccess {
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

const QuestionModeration_Unpin = graphql(
  `
    mutation QuestionModeration_Unpin($id: ID!) {
      unpinQuestion(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationUnpinQuestionSuccess {
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

const QuestionModeration_Answered = graphql(
  `
    mutation QuestionModeration_Answered($id: ID!) {
      markQuestionAnswered(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationMarkQuestionAnsweredSuccess {
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

interface ModeratedQuestion {
  id: string;
  status: "SUBMITTED" | "APPROVED" | "REJECTED" | "ANSWERED";
  pinned: boolean;
}

/**
 * A moderator's actions on one question, as its status allows: approve or reject what is new, pin
 * the one being answered and mark it answered. Rejecting asks for an optional reason first.
 */
export function QuestionModeration({
  question,
  askerName,
}: {
  question: ModeratedQuestion;
  askerName: string;
}) {
  const { t } = useI18n();
  const reasonId = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const reasonInput = useRef<HTMLInputElement>(null);
  const [approveState, approve] = useMutation(QuestionModeration_Approve);
  const [rejectState, reject] = useMutation(QuestionModeration_Reject);
  const [pinState, pin] = useMutation(QuestionModeration_Pin);
  const [unpinState, unpin] = useMutation(QuestionModeration_Unpin);
  const [answeredState, answered] = useMutation(QuestionModeration_Answered);
  const busy =
    approveState.fetching ||
    rejectState.fetching ||
    pinState.fetching ||
    unpinState.fetching ||
    answeredState.fetching;
  const { id, status, pinned } = question;

  useEffect(() => {
    if (rejecting) reasonInput.current?.focus();
  }, [rejecting]);

  const settle = (found: Problem | null) => {
    setProblem(found);
  };

  if (rejecting) {
    return (
      <form
        className="inline-form reject-form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const answer = await reject({ id, reason: reason.trim() || null });
          const found = problemOf(answer.error, answer.data?.rejectQuestion);
          if (!found) setRejecting(false);
          settle(found);
        }}
      >
        <div className="field">
          <label htmlFor={reasonId}>{t("meetingLive.rejectReason", { name: askerName })}</label>
          <input
            ref={reasonInput}
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button-danger button-small" disabled={busy}>
            {t("meetingLive.rejectConfirm")}
          </button>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => setRejecting(false)}
          >
            {t("common.cancel")}
          </button>
        </div>
        {problem && (
          <ProblemMessage key={problem.key} problem={problem} texts={meetingLiveProblemTexts} />
        )}
      </form>
    );
  }

  const button = (label: string, run: () => Promise<Problem | null>, primary = false) => (
    <button
      type="button"
      className={primary ? "button-primary button-small" : "button-secondary button-small"}
      disabled={busy}
      onClick={async () => settle(await run())}
    >
      {label}
    </button>
  );

  return (
    <>
      {(status === "SUBMITTED" || status === "REJECTED") &&
        button(
          t("meetingLive.approve"),
          async () => {
            const answer = await approve({ id });
            return problemOf(answer.error, answer.data?.approveQuestion);
          },
          true,
        )}
      {status === "APPROVED" &&
        !pinned &&
        button(
          t("meetingLive.pin"),
          async () => {
            const answer = await pin({ id });
            return problemOf(answer.error, answer.data?.pinQuestion);
          },
          true,
        )}
      {pinned &&
        button(t("meetingLive.unpin"), async () => {
          const answer = await unpin({ id });
          return problemOf(answer.error, answer.data?.unpinQuestion);
        })}
      {status === "APPROVED" &&
        button(t("meetingLive.markAnswered"), async () => {
          const answer = await answered({ id });
          return problemOf(answer.error, answer.data?.markQuestionAnswered);
        })}
      {(status === "SUBMITTED" || status === "APPROVED") && (
        <button
          type="button"
          className="button-secondary button-small"
          disabled={busy}
          onClick={() => {
            setReason("");
            setRejecting(true);
          }}
        >
          {t("meetingLive.reject")}
        </button>
      )}
      {problem && (
        <ProblemMessage key={problem.key} problem={problem} texts={meetingLiveProblemTexts} />
      )}
    </>
  );
}
