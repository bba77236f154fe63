import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { personalDataProblem } from "../lib/personal-data";
import type { ThreadTarget } from "../lib/thread-target";
import { CommentThread_Comment } from "./comment-data";
import { Field, FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

const CommentForm_Write = graphql(
  `
    mutation CommentForm_Write($input: WriteCommentInput!) {
      writeComment(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationWriteCommentSuccess {
          data {
            id
            hidden
            positionAwaitingApproval
            ...CommentThread_Comment
          }
        }
      }
    }
  `,
  [FormProblem_InputError, CommentThread_Comment],
);

/** Texts for codes whose comment meaning differs from the portal's general one. */
export const commentProblemTexts = { NOT_FOUND: "comment.NOT_FOUND" } as const;

/** A comment just written: its id, and whether it waits (hidden for review, or a position to approve). */
export interface WrittenComment {
  id: string;
  hidden: boolean;
  positionAwaitingApproval: boolean;
}

/**
 * Writes a comment or a reply; resolves to the problem, or null once it is published. The answer
 * carries the comment as the thread shows it, and the cache adds it to its thread; `onWritten`
 * hears which comment it was.
 */
export function useWriteComment(
  target: ThreadTarget,
  onWritten?: (comment: WrittenComment) => void,
) {
  const [, write] = useMutation(CommentForm_Write);
  return async (body: string, asPosition: boolean, parentId: string | null = null) => {
    const answer = await write({
      input: { ...target, body, parentId, asOrganisationPosition: asPosition || null },
    });
    const result = answer.data?.writeComment;
    const found = problemOf(answer.error, result);
    if (!found && result?.__typename === "MutationWriteCommentSuccess") onWritten?.(result.data);
    return found;
  };
}

interface CommentFormProps {
  label: string;
  submitLabel: string;
  /** What stands above the text, such as whom the person writes for. */
  intro?: ReactNode;
  initialBody?: string;
  /** The organisation the person acts for, when the comment may be marked as its position. */
  positionFor?: string | null;
  /** Put the cursor in the text at once: the form opened on the person's request (reply, edit). */
  focusOnMount?: boolean;
  /** Resolves to the problem, or null on success. */
  onSubmit: (body: string, asPosition: boolean) => Promise<Problem | null>;
  onCancel?: () => void;
  /** Announced after success, when the form stays (a new comment) and starts empty again. */
  successText?: string;
  /** The message of success, for the page to give it focus when it is what to read next. */
  statusRef?: RefObject<HTMLOutputElement | null>;
}

/**
 * The text of a comment with a visible label. After a refusal the text stays as written, so that the
 * person can change only what was wrong (such as a personal identity number).
 */
export function CommentForm({
  label,
  submitLabel,
  intro,
  initialBody = "",
  positionFor,
  focusOnMount = false,
  onSubmit,
  onCancel,
  successText,
  statusRef,
}: CommentFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [asPosition, setAsPosition] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusOnMount) text.current?.focus();
  }, [focusOnMount]);

  return (
    <form
      className="form-card comment-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        setBusy(true);
        const found =
          personalDataProblem(body) ?? (await onSubmit(body, positionFor ? asPosition : false));
        setBusy(false);
        setProblem(found);
        if (found) {
          if (found.field === "body") text.current?.focus();
          return;
        }
        if (successText) {
          setBody("");
          setAsPosition(false);
          setDone(true);
        }
      }}
    >
      {intro}
      <FormProblem problem={problem} fields={["body"]} texts={commentProblemTexts} />
      <Field
        name="body"
        label={label}
        hint={t("comment.bodyHint")}
        problem={problem}
        texts={commentProblemTexts}
      >
        {(control) => (
          <textarea
            {...control}
            ref={text}
            rows={5}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      {positionFor && (
        <div className="check-field">
          <input
            id={`${id}-position`}
            type="checkbox"
            checked={asPosition}
            onChange={(e) => setAsPosition(e.target.checked)}
            aria-describedby={`${id}-position-hint`}
          />
          <div>
            <label htmlFor={`${id}-position`}>{t("comment.asPosition")}</label>
            <p id={`${id}-position-hint`} className="field-hint">
              {t("comment.asPositionHint", { organisation: positionFor })}
            </p>
          </div>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
        {successText && (
          <output ref={statusRef} className="saved" tabIndex={-1}>
            {done && successText}
          </output>
        )}
      </div>
    </form>
  );
}
