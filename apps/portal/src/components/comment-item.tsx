import { useEffect, useId, useRef, useState } from "react";
import { useLocation } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import type { ThreadTarget } from "../lib/thread-target";
import type { ViewerPerson } from "../lib/viewer";
import { CommentItem_Comment } from "./comment-data";
import { CommentForm, commentProblemTexts, useWriteComment } from "./comment-form";
import { CommentHiddenNote } from "./comment-hidden-note";
import { CommentReportForm } from "./comment-report";
import { ConfirmButton } from "./confirm-button";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";

export { CommentItem_Comment };

const CommentItem_Agree = graphql(
  `
    mutation CommentItem_Agree($id: ID!, $agree: Boolean!) {
      agreeWithComment(id: $id, agree: $agree) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const CommentItem_Edit = graphql(
  `
    mutation CommentItem_Edit($id: ID!, $body: String!) {
      editComment(id: $id, body: $body) {
        __typename
        ...FormProblem_InputError
        ... on MutationEditCommentSuccess {
          data {
            id
            ...CommentItem_Comment
          }
        }
      }
    }
  `,
  [FormProblem_InputError, CommentItem_Comment],
);

const CommentItem_Delete = graphql(`
  mutation CommentItem_Delete($id: ID!) {
    deleteComment(id: $id)
  }
`);

const CommentItem_Approve = graphql(
  `
    mutation CommentItem_Approve($id: ID!) {
      approveOrganisationPosition(id: $id) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

/** Replies go at most this deep (the API's rule): a comment this deep has no "Svara". */
const maximumDepth = 3;
/** Depth 0 is under the thread's h2: each level of replies one heading level further down. */
const headings = ["h3", "h4", "h5", "h6"] as const;

/** The address of a comment's place in its thread, such as /teman/x#kommentar-<id>. */
export const commentAnchor = (id: string) => `kommentar-${id}`;

type Mode = "reply" | "edit" | "report";

/** What the thread knows about where it is and who reads it. */
export interface ThreadSettings {
  target: ThreadTarget;
  person: ViewerPerson;
  /** The organisation the person acts for in this session. */
  actingFor: { id: string; name: string } | null;
  /** The person may write here (the thread's viewerCanComment): replies too. */
  open: boolean;
}

/**
 * One comment: who wrote it for whom, when, its text (or that it is deleted), earlier wordings, and
 * what the reader may do with it, as the API answers for the reader (viewerCan…).
 */
export function CommentItem({
  comment,
  thread,
}: {
  comment: FragmentOf<typeof CommentItem_Comment>;
  thread: ThreadSettings;
}) {
  const { t, formatDateTimeShort } = useI18n();
  const c = readFragment(CommentItem_Comment, comment);
  const headingId = useId();
  const { hash } = useLocation();
  const [mode, setMode] = useState<Mode | null>(null);
  /** Reported in this visit: shown at once, before the thread comes back with reportedByMe. */
  const [reportedNow, setReportedNow] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [agreeing, agree] = useMutation(CommentItem_Agree);
  const [, edit] = useMutation(CommentItem_Edit);
  const [deleting, remove] = useMutation(CommentItem_Delete);
  const [approving, approve] = useMutation(CommentItem_Approve);
  const writeComment = useWriteComment(thread.target);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  /** "Rapportera" before a report, "Du har rapporterat kommentaren" after it. */
  const reportControl = useRef<HTMLElement>(null);
  /** The control that opened the form, to take focus again once the form closes. */
  const returnFocusTo = useRef<Mode | null>(null);

  useEffect(() => {
    if (mode !== null || returnFocusTo.current === null) return;
    const control = { reply: replyButton, edit: editButton, report: reportControl }[
      returnFocusTo.current
    ];
    control.current?.focus();
    returnFocusTo.current = null;
  }, [mode]);

  const { person } = thread;
  // Whose comment it is only chooses texts (the note on a hidden comment); the API says what the
  // reader may do.
  const own = c.author !== null && c.author.id === person.id;

  // Others get null for a hidden comment's text: for them it is a placeholder, like a deleted one.
  const placeholder = c.deleted || (c.hidden && c.body === null);
  const canAgree = c.viewerCanAgree;
  const canReply = thread.open && !placeholder && !c.hidden && c.depth < maximumDepth;
  const canEdit = c.viewerCanEdit;
  const canDelete = c.viewerCanDelete;
  const canApprove = c.viewerCanApprovePosition;
  const reported = c.reportedByMe || reportedNow;
  /** "Rapportera", or once reported, that the person has reported it. */
  const canReport = reported ? !placeholder && !c.hidden : c.viewerCanReport;

  const authorName = c.formerParticipant
    ? t("comment.formerParticipant")
    : (c.author?.name ?? t("comment.formerParticipant"));
  const Heading = headings[Math.min(c.depth, maximumDepth)] ?? "h6";

  /** After an action: the problem if any. The cache shows the change (see lib/cache.ts). */
  const settle = (found: Problem | null) => setProblem(found);

  const closeForm = (opener: Mode) => {
    returnFocusTo.current = opener;
    setMode(null);
  };

  const anchor = commentAnchor(c.id);
  const className = placeholder
    ? "comment comment-deleted"
    : c.hidden
      ? "comment comment-hidden"
      : "comment";

  return (
    <article
      id={anchor}
      className={className}
      aria-labelledby={headingId}
      // The comment a link points at (from a search) takes focus once the thread is there.
      tabIndex={hash === `#${anchor}` ? -1 : undefined}
    >
      <header className="comment-head">
        <Heading id={headingId} className="comment-author">
          {c.deleted ? (
            t("comment.deleted")
          ) : placeholder ? (
            t("comment.hiddenHeading")
          ) : (
            <>
              {authorName}
              {c.organisation && (
                <span className="comment-organisation">
                  {" "}
                  {t("comment.for")} <span lang={CONTENT_LANG}>{c.organisation.name}</span>
                </span>
              )}
            </>
          )}
        </Heading>
        <p className="comment-meta">
          <time dateTime={c.createdAt}>{formatDateTimeShort(c.createdAt)}</time>
          {c.editedAt && !placeholder && <> · {t("comment.edited")}</>}
        </p>
        {!placeholder && (c.hidden || c.isOrganisationPosition || c.positionAwaitingApproval) && (
          <p className="tags">
            {c.hidden && <span className="tag tag-error">{t("comment.hiddenTag")}</span>}
            {c.isOrganisationPosition && (
              <span className="tag tag-success">{t("comment.position")}</span>
            )}
            {c.positionAwaitingApproval && (
              <span className="tag tag-warning">{t("comment.awaitingApproval")}</span>
            )}
          </p>
        )}
      </header>

      {placeholder && c.hidden && !c.deleted && <p>{t("comment.hiddenPlaceholder")}</p>}
      {!placeholder && c.hidden && (
        <CommentHiddenNote
          hiddenBy={c.hiddenBy}
          reason={c.hiddenReason}
          own={own}
          moderates={c.viewerCanModerate}
        />
      )}

      {!placeholder && c.bodyHtml !== null && (
        // The API renders a Markdown subset without raw HTML, so this markup is safe to insert.
        <div
          className="comment-body"
          lang={CONTENT_LANG}
          dangerouslySetInnerHTML={{ __html: c.bodyHtml }}
        />
      )}

      {!placeholder && c.revisions.length > 0 && (
        <details className="comment-revisions">
          <summary>{t("comment.showRevisions", { count: c.revisions.length })}</summary>
          <ol>
            {c.revisions.map((revision) => (
              <li key={revision.replacedAt}>
                <p className="comment-meta">
                  {t("comment.revisionUntil", { time: formatDateTimeShort(revision.replacedAt) })}
                </p>
                <p className="comment-revision-body" lang={CONTENT_LANG}>
                  {revision.body}
                </p>
              </li>
            ))}
          </ol>
        </details>
      )}

      {mode === null && (
        <div className="comment-actions">
          {canAgree ? (
            <button
              type="button"
              className="button-secondary button-small"
              aria-pressed={c.agreedByMe}
              disabled={agreeing.fetching}
              onClick={async () => {
                const answer = await agree({ id: c.id, agree: !c.agreedByMe });
                settle(problemOf(answer.error, answer.data?.agreeWithComment));
              }}
            >
              {t("comment.agree", { count: c.agreeCount })}
            </button>
          ) : (
            c.agreeCount > 0 && (
              <span className="comment-agreed">
                {t("comment.agreeCount", { count: c.agreeCount })}
              </span>
            )
          )}
          {canReply && (
            <button
              ref={replyButton}
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                setNotice(null);
                setMode("reply");
              }}
            >
              {t("comment.reply")}
            </button>
          )}
          {canEdit && (
            <button
              ref={editButton}
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                setNotice(null);
                setMode("edit");
              }}
            >
              {t("comment.edit")}
            </button>
          )}
          {canApprove && (
            <button
              type="button"
              className="button-secondary button-small"
              disabled={approving.fetching}
              onClick={async () => {
                const answer = await approve({ id: c.id });
                settle(problemOf(answer.error, answer.data?.approveOrganisationPosition));
              }}
            >
              {t("comment.approve")}
            </button>
          )}
          {canReport &&
            (reported ? (
              <span
                ref={reportControl}
                className="comment-reported"
                // Focus lands here after a report, where "Rapportera" was.
                tabIndex={-1}
              >
                {t("report.already")}
              </span>
            ) : (
              <button
                ref={(button) => {
                  reportControl.current = button;
                }}
                type="button"
                className="button-secondary button-small"
                onClick={() => {
                  setNotice(null);
                  setMode("report");
                }}
              >
                {t("comment.report")}
              </button>
            ))}
          {canDelete && (
            <ConfirmButton
              label={t("comment.delete")}
              question={t("comment.deleteQuestion")}
              confirmLabel={t("comment.deleteConfirm")}
              busy={deleting.fetching}
              onConfirm={async () => {
                const answer = await remove({ id: c.id });
                settle(problemOf(answer.error, answer.data?.deleteComment));
              }}
            />
          )}
        </div>
      )}

      {problem && (
        <ProblemMessage key={problem.key} problem={problem} texts={commentProblemTexts} />
      )}
      {notice && <output className="saved">{notice}</output>}

      {mode === "reply" && (
        <CommentForm
          label={t("comment.replyLabel", { name: authorName })}
          submitLabel={t("comment.sendReply")}
          positionFor={thread.actingFor?.name ?? null}
          focusOnMount
          onCancel={() => closeForm("reply")}
          onSubmit={async (body, asPosition) => {
            const found = await writeComment(body, asPosition, c.id);
            if (!found) {
              setNotice(t("comment.replyPublished"));
              closeForm("reply");
            }
            return found;
          }}
        />
      )}
      {mode === "report" && (
        <CommentReportForm
          commentId={c.id}
          onCancel={() => closeForm("report")}
          onReported={() => {
            setReportedNow(true);
            setNotice(t("report.sent"));
            closeForm("report");
          }}
        />
      )}
      {mode === "edit" && c.body !== null && (
        <CommentForm
          label={t("comment.editLabel")}
          submitLabel={t("common.save")}
          initialBody={c.body}
          focusOnMount
          onCancel={() => closeForm("edit")}
          onSubmit={async (body) => {
            const answer = await edit({ id: c.id, body });
            const found = problemOf(answer.error, answer.data?.editComment);
            if (!found) {
              setNotice(t("comment.editSaved"));
              closeForm("edit");
            }
            return found;
          }}
        />
      )}
    </article>
  );
}
