import { type FragmentOf, readFragment } from "../graphql";
import { useI18n } from "../i18n";
import { CommentThread_Comment } from "./comment-data";
import { CommentItem, type ThreadSettings } from "./comment-item";

export { CommentThread_Comment };

type ThreadComment = FragmentOf<typeof CommentThread_Comment>;

/**
 * The comments in the order written, each reply under the comment it answers. A reply whose comment
 * is not among those loaded stands at the top level, saying that it answers an earlier comment.
 */
export function CommentThread({
  comments,
  thread,
}: {
  comments: ThreadComment[];
  thread: ThreadSettings;
}) {
  const { t } = useI18n();
  const all = comments.map((comment) => readFragment(CommentThread_Comment, comment));
  const ids = new Set(all.map((c) => c.id));
  const replies = new Map<string, typeof all>();
  for (const c of all) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : "";
    replies.set(parent, [...(replies.get(parent) ?? []), c]);
  }

  const branch = (parent: string, className: string) => {
    const children = replies.get(parent);
    if (!children) return null;
    return (
      <ol className={className}>
        {children.map((c) => (
          <li key={c.id}>
            {parent === "" && c.parentId !== null && (
              <p className="muted">{t("thread.replyToEarlier")}</p>
            )}
            <CommentItem comment={c} thread={thread} />
            {branch(c.id, "thread thread-replies")}
          </li>
        ))}
      </ol>
    );
  };
  return branch("", "thread");
}
