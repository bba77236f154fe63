import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { isPostThread, type ThreadTarget } from "../lib/thread-target";
import { useViewer } from "../lib/viewer";
import { signInHref } from "./access-notice";
import { useWriteComment } from "./comment-form";
import type { ThreadSettings } from "./comment-item";
import { CommentThread, CommentThread_Comment } from "./comment-thread";
import { QueryStatus } from "./query-status";
import { ThreadControls } from "./thread-controls";
import { ThreadWriteArea } from "./thread-write-area";

// The thread is for signed-in people only: queries of its own, so that the theme or post is public.
/**
 * Changes in the thread made anywhere, each with the comment as the thread shows it: the cache
 * puts it in place (lib/cache.ts), so the page changes without asking for the thread again. RESYNC
 * says that changes may have been missed (the server's database connection was lost for a while):
 * then the cache drops the thread and its state, and the page reads both again.
 */
const Discussion_Activity = graphql(
  `
    subscription Discussion_Activity($themeId: ID, $postId: ID) {
      commentActivity(themeId: $themeId, postId: $postId) {
        change
        commentId
        comment {
          id
          ...CommentThread_Comment
        }
      }
    }
  `,
  [CommentThread_Comment],
);

const Discussion_ThemeThread = graphql(
  `
    query Discussion_ThemeThread($slug: String!) {
      theme(slug: $slug) {
        id
        viewerCanComment
        viewerCanModerate
        comments {
          id
          ...CommentThread_Comment
        }
      }
      myWritingBlock {
        until
        reason
      }
    }
  `,
  [CommentThread_Comment],
);

const Discussion_PostThread = graphql(
  `
    query Discussion_PostThread($slug: String!) {
      blogPost(slug: $slug) {
        id
        viewerCanComment
        viewerCanModerate
        comments {
          id
          ...CommentThread_Comment
        }
      }
      myWritingBlock {
        until
        reason
      }
    }
  `,
  [CommentThread_Comment],
);

/** Refusals after which the page asks again for the thread's state and the person's block. */
const changedState = new Set(["THREAD_LOCKED", "BLOCKED", "THEME_CLOSED", "POST_NOT_PUBLISHED"]);

/**
 * A thread (a theme's, or the comments under a blog post) and the form to write in it; for people
 * who are not signed in, the way to sign in. Those the API lets moderate the thread get its controls
 * above it; whether the person may write is the API's answer too (viewerCanComment).
 */
export function Discussion({
  target,
  slug,
  state,
  onStateChanged,
}: {
  target: ThreadTarget;
  slug: string;
  state: {
    /** A post that is published counts as OPEN. */
    status: "OPEN" | "CLOSED" | "ARCHIVED";
    locked: boolean;
    slowModeSeconds: number;
  };
  onStateChanged: () => void;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const { state: viewer } = useViewer();
  const signedIn = viewer.status === "signedIn";
  const post = isPostThread(target);
  const [themeThread, reexecuteTheme] = useQuery({
    query: Discussion_ThemeThread,
    variables: { slug },
    pause: !signedIn || post,
  });
  const [postThread, reexecutePost] = useQuery({
    query: Discussion_PostThread,
    variables: { slug },
    pause: !signedIn || !post,
  });
  const { data, fetching, error } = post ? postThread : themeThread;
  const refresh = () => (post ? reexecutePost : reexecuteTheme)({ requestPolicy: "network-only" });
  const writeComment = useWriteComment(target);
  useSubscription({ query: Discussion_Activity, variables: target, pause: !signedIn });
  useScrollToLinkedComment(data !== undefined);

  if (viewer.status === "loading") return null;
  if (viewer.status === "signedOut") {
    return (
      <div className="notice">
        <p>{t("thread.signInToRead")}</p>
        <p>
          <Link to={signInHref(location)}>{t("account.signIn")}</Link>
        </p>
      </div>
    );
  }

  const block = data?.myWritingBlock ?? null;
  const { person, actingFor } = viewer;
  const thread = post ? postThread.data?.blogPost : themeThread.data?.theme;
  const canComment = thread?.viewerCanComment ?? false;
  const settings: ThreadSettings = { target, person, actingFor, open: canComment };
  const comments = thread?.comments ?? [];

  return (
    <>
      {thread?.viewerCanModerate && (
        <ThreadControls
          target={target}
          locked={state.locked}
          slowModeSeconds={state.slowModeSeconds}
        />
      )}
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {data && (
        <>
          <p className="muted">{t("thread.commentCount", { count: comments.length })}</p>
          {comments.length === 0 ? (
            <p>{t("thread.empty")}</p>
          ) : (
            <CommentThread comments={comments} thread={settings} />
          )}
          <ThreadWriteArea
            canComment={canComment}
            status={state.status}
            locked={state.locked}
            slowModeSeconds={state.slowModeSeconds}
            person={person}
            actingFor={actingFor}
            block={block}
            onSubmit={async (body, asPosition) => {
              const found = await writeComment(body, asPosition);
              if (found && changedState.has(found.code)) {
                refresh();
                onStateChanged();
              }
              return found;
            }}
          />
        </>
      )}
    </>
  );
}

/**
 * A link to a comment (#kommentar-<id>, from a search or a notification) finds nothing until the
 * thread has come: once it has, the page scrolls to the comment and gives it focus, once per address.
 */
function useScrollToLinkedComment(loaded: boolean) {
  const { hash } = useLocation();
  const done = useRef("");
  useEffect(() => {
    if (!loaded || !hash.startsWith("#kommentar-") || done.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    done.current = hash;
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }, [loaded, hash]);
}
