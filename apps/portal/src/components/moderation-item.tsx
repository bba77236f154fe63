import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { commentProblemTexts } from "./comment-form";
import { commentAnchor } from "./comment-item";
import { reportReasons } from "./comment-report";
import { FormProblem_InputError, type Problem, ProblemMessage, problemOf } from "./form";
import { ModerationBlockForm } from "./moderation-block-form";
import { ModerationHideForm } from "./moderation-hide-form";

export const ModerationItem_Comment = graphql(`
  fragment ModerationItem_Comment on Comment {
    id
    bodyHtml
    hidden
    hiddenBy
    hiddenReason
    createdAt
    editedAt
    formerParticipant
    author {
      id
      name
    }
    authorWritingBlock {
      until
    }
    organisation {
      id
      name
    }
    theme {
      slug
      title
    }
    post {
      slug
      title
    }
    reportCount
    reports {
      id
      reason
      note
    }
  }
`);

const ModerationItem_Restore = graphql(
  `
    mutation ModerationItem_Restore($id: ID!) {
      restoreComment(id: $id) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ModerationItem_Dismiss = graphql(
  `
    mutation ModerationItem_Dismiss($id: ID!) {
      dismissReports(id: $id) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ModerationItem_Unblock = graphql(
  `
    mutation ModerationItem_Unblock($personId: ID!) {
      unblockParticipant(personId: $personId) {
        __typename
        ...FormProblem_InputError
        ... on MutationUnblockParticipantSuccess {
          data
        }
      }
    }
  `,
  [FormProblem_InputError],
);

type Mode = "hide" | "block";

/**
 * One comment in the moderation queue: where and by whom it was written, its text, why it is here
 * (reports by reason, notes, hidden state) and the moderator's actions. `onDone` gets the sentence
 * that says what happened; the page announces it and asks for the queue again.
 */
export function ModerationItem({
  comment,
  moderatorId,
  onDone,
}: {
  comment: FragmentOf<typeof ModerationItem_Comment>;
  moderatorId: string;
  onDone: (message: string) => void;
}) {
  const { t, formatDateTimeShort, formatDateTime } = useI18n();
  const c = readFragment(ModerationItem_Comment, comment);
  const headingId = useId();
  const [mode, setMode] = useState<Mode | null>(null);
  const [found, setFound] = useState<Problem | null>(null);
  const [restoring, restore] = useMutation(ModerationItem_Restore);
  const [dismissing, dismiss] = useMutation(ModerationItem_Dismiss);
  const [unblocking, unblock] = useMutation(ModerationItem_Unblock);
  const hideButton = useRef<HTMLButtonElement>(null);
  const blockButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<Mode | null>(null);

  useEffect(() => {
    if (mode !== null || returnFocusTo.current === null) return;
    (returnFocusTo.current === "hide" ? hideButton : blockButton).current?.focus();
    returnFocusTo.current = null;
  }, [mode]);

  const cancel = (opener: Mode) => {
    returnFocusTo.current = opener;
    setMode(null);
  };

  const author = c.author;
  const authorName = author?.name ?? t("comment.formerParticipant");
  const byReports = c.hidden && c.hiddenBy === "REPORTS";
  const status = !c.hidden ? "reported" : byReports ? "hiddenByReports" : "hidden";
  const reasonCounts = reportReasons
    .map((reason) => ({ reason, count: c.reports.filter((r) => r.reason === reason).length }))
    .filter((r) => r.count > 0);
  const notes = c.reports.filter((r) => r.note !== null);
  const canBlock = author !== null && author.id !== moderatorId;
  // Only a person blocked now can have the block lifted (the API's answer, authorWritingBlock).
  const canUnblock = canBlock && c.authorWritingBlock !== null;
  // A comment is in a theme's thread or under a blog post.
  const thread = c.theme
    ? { title: c.theme.title, path: `/teman/${c.theme.slug}` }
    : { title: c.post?.title ?? "", path: `/blogg/${c.post?.slug ?? ""}` };

  return (
    <article className="card moderation-item" aria-labelledby={headingId}>
      <header className="moderation-item-head">
        <h2 id={headingId} className="card-title">
          {t("moderationQueue.commentIn")} <span lang={CONTENT_LANG}>{thread.title}</span>
        </h2>
        <span className={`tag ${c.hidden ? "tag-error" : "tag-warning"}`}>
          <span className="visually-hidden">{t("moderationQueue.statusLabel")} </span>
          {t(`moderationQueue.status.${status}`)}
        </span>
      </header>
      <dl className="facts">
        <div>
          <dt>{t("moderationQueue.author")}</dt>
          <dd>
            {authorName}
            {c.organisation && (
              <>
                {" "}
                {t("comment.for")} <span lang={CONTENT_LANG}>{c.organisation.name}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("moderationQueue.written")}</dt>
          <dd>
            <time dateTime={c.createdAt}>{formatDateTimeShort(c.createdAt)}</time>
            {c.editedAt && <> · {t("comment.edited")}</>}
          </dd>
        </div>
      </dl>
      {c.bodyHtml !== null && (
        // The API renders a Markdown subset without raw HTML, so this markup is safe to insert.
        <div
          className="comment-body moderation-body"
          lang={CONTENT_LANG}
          dangerouslySetInnerHTML={{ __html: c.bodyHtml }}
        />
      )}
      {c.hidden && !byReports && (
        <p>
          {t("moderationQueue.hiddenReason")} <span lang={CONTENT_LANG}>{c.hiddenReason}</span>
        </p>
      )}
      {c.reportCount > 0 && (
        <div className="moderation-reports">
          <p className="moderation-reports-count">
            {t("moderationQueue.reports", { count: c.reportCount })}
          </p>
          <ul className="tags">
            {reasonCounts.map(({ reason, count }) => (
              <li key={reason} className="tag">
                {t("moderationQueue.reasonCount", {
                  reason: t(`report.reason.${reason}`),
                  count,
                })}
              </li>
            ))}
          </ul>
          {notes.length > 0 && (
            <>
              <p className="moderation-notes-heading">{t("moderationQueue.notes")}</p>
              <ul className="moderation-notes">
                {notes.map((r) => (
                  <li key={r.id} lang={CONTENT_LANG}>
                    {r.note}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {found && <ProblemMessage key={found.key} problem={found} texts={commentProblemTexts} />}

      {mode === null && (
        <div className="comment-actions">
          <Link
            className="moderation-open"
            to={{ pathname: thread.path, hash: `#${commentAnchor(c.id)}` }}
          >
            {t("moderationQueue.open")}
          </Link>
          {!(c.hidden && !byReports) && (
            <button
              ref={hideButton}
              type="button"
              className="button-secondary button-small"
              onClick={() => setMode("hide")}
            >
              {t("moderationQueue.hide")}
            </button>
          )}
          {c.hidden && (
            <button
              type="button"
              className="button-secondary button-small"
              disabled={restoring.fetching}
              onClick={async () => {
                const answer = await restore({ id: c.id });
                const refused = problemOf(answer.error, answer.data?.restoreComment);
                setFound(refused);
                if (!refused) onDone(t("moderationQueue.restored"));
              }}
            >
              {t("moderationQueue.restore")}
            </button>
          )}
          {c.reportCount > 0 && !c.hidden && (
            <button
              type="button"
              className="button-secondary button-small"
              disabled={dismissing.fetching}
              onClick={async () => {
                const answer = await dismiss({ id: c.id });
                const refused = problemOf(answer.error, answer.data?.dismissReports);
                setFound(refused);
                if (!refused) onDone(t("moderationQueue.dismissed"));
              }}
            >
              {t("moderationQueue.dismiss")}
            </button>
          )}
          {canBlock && (
            <>
              <button
                ref={blockButton}
                type="button"
                className="button-secondary button-small"
                onClick={() => setMode("block")}
              >
                {t("moderationQueue.block")}
              </button>
              {canUnblock && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={unblocking.fetching}
                  onClick={async () => {
                    const answer = await unblock({ personId: author.id });
                    const result = answer.data?.unblockParticipant;
                    const refused = problemOf(answer.error, result);
                    setFound(refused);
                    if (refused) return;
                    const ended =
                      result?.__typename === "MutationUnblockParticipantSuccess" && result.data;
                    onDone(
                      t(ended ? "moderationQueue.unblocked" : "moderationQueue.notBlocked", {
                        name: author.name,
                      }),
                    );
                  }}
                >
                  {t("moderationQueue.unblock")}
                </button>
              )}
            </>
          )}
        </div>
      )}

      {mode === "hide" && (
        <ModerationHideForm
          commentId={c.id}
          onCancel={() => cancel("hide")}
          onHidden={() => {
            setMode(null);
            onDone(t("moderationQueue.hidden"));
          }}
        />
      )}
      {mode === "block" && author && (
        <ModerationBlockForm
          person={author}
          onCancel={() => cancel("block")}
          onBlocked={(until) => {
            setMode(null);
            onDone(
              t("moderationQueue.blocked", { name: author.name, time: formatDateTime(until) }),
            );
          }}
        />
      )}
    </article>
  );
}
