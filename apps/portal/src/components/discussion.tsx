import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { useClient, useQuery, useSubscription } from "urql";
import { graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";
import { isPostThread, type ThreadTarget } from "../lib/thread-target";
import { useViewer } from "../lib/viewer";
import { signInHref } from "./access-notice";
import { useWriteComment, type WrittenComment } from "./comment-form";
import { commentAnchor, type ThreadSettings } from "./comment-item";
import { CommentThread, CommentThread_Comment } from "./comment-thread";
import { LiveAnnouncer } from "./live-announcer";
import { QueryStatus } from "./query-status";
import { useNewCommentAnnouncement } from "./thread-announcements";
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
          author {
            id
            name
          }
          ...CommentThread_Comment
        }
      }
    }
  `,
  [CommentThread_Comment],
);

/**
 * A page of a thread: 50 comments in the order written. The cache reads the pages loaded so far
 * as one list (lib/cache.ts), so the thread's query shows every page once the next has come.
 */
const Discussion_Page = graphql(
  `
    fragment Discussion_Page on CommentConnection {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
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
        commentsConnection(first: 50) {
          ...Discussion_Page
        }
      }
      myWritingBlock {
        until
        reason
      }
    }
  `,
  [Discussion_Page],
);

const Discussion_ThemeThreadMore = graphql(
  `
    query Discussion_ThemeThreadMore($slug: String!, $after: String!) {
      theme(slug: $slug) {
        id
        commentsConnection(first: 50, after: $after) {
          ...Discussion_Page
        }
      }
    }
  `,
  [Discussion_Page],
);

const Discussion_PostThread = graphql(
  `
    query Discussion_PostThread($slug: String!) {
      blogPost(slug: $slug) {
        id
        viewerCanComment
        viewerCanModerate
        commentsConnection(first: 50) {
          ...Discussion_Page
        }
      }
      myWritingBlock {
        until
        reason
      }
    }
  `,
  [Discussion_Page],
);

const Discussion_PostThreadMore = graphql(
  `
    query Discussion_PostThreadMore($slug: String!, $after: String!) {
      blogPost(slug: $slug) {
        id
        commentsConnection(first: 50, after: $after) {
          ...Discussion_Page
        }
      }
    }
  `,
  [Discussion_Page],
);

/** How many pages a link to a comment not yet loaded (#kommentar-…) loads on its own, at most. */
const linkedCommentPages = 20;

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
  const written = useWrittenCommentFocus();
  const writeComment = useWriteComment(target, written.focusOn);
  useSubscription({ query: Discussion_Activity, variables: target, pause: !signedIn });
  const announcement = useNewCommentsByOthers(
    target,
    viewer.status === "signedIn" ? viewer.person.id : null,
  );
  const thread = post ? postThread.data?.blogPost : themeThread.data?.theme;
  const page = thread ? readFragment(Discussion_Page, thread.commentsConnection) : undefined;
  const more = useMorePages(post, slug, page?.pageInfo ?? null, page?.edges.length ?? 0);
  useLinkedComment(page !== undefined, page?.pageInfo.hasNextPage ?? false, more);

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
  const canComment = thread?.viewerCanComment ?? false;
  const settings: ThreadSettings = { target, person, actingFor, open: canComment };
  const comments = page?.edges.map((edge) => edge.node) ?? [];
  const total = Math.max(page?.totalCount ?? 0, comments.length);
  const remaining = Math.max(0, total - comments.length);

  return (
    <>
      <LiveAnnouncer message={announcement} />
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
          <p className="muted">{t("thread.commentCount", { count: total })}</p>
          {comments.length === 0 ? (
            <p>{t("thread.empty")}</p>
          ) : (
            <CommentThread comments={comments} thread={settings} />
          )}
          {page?.pageInfo.hasNextPage && (
            <div className="button-row">
              <button
                type="button"
                className="button-secondary"
                aria-busy={more.loading}
                aria-disabled={more.loading}
                onClick={more.load}
              >
                {t("thread.showMore", { count: remaining })}
              </button>
              {more.failed && (
                <p className="form-problem" role="alert">
                  {t("thread.moreFailed")}
                </p>
              )}
            </div>
          )}
          <ThreadWriteArea
            canComment={canComment}
            status={state.status}
            locked={state.locked}
            slowModeSeconds={state.slowModeSeconds}
            person={person}
            actingFor={actingFor}
            block={block}
            publishedText={written.text}
            statusRef={written.status}
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
 * After the person publishes a comment, focus goes to it (scrolled into view), where reading goes
 * on; a comment that waits (hidden for a moderator's review, or a position awaiting approval) is
 * not where it will stay, so focus goes to the form's message saying what it waits for.
 */
function useWrittenCommentFocus() {
  const { t } = useI18n();
  const [last, setLast] = useState<WrittenComment | null>(null);
  const [pending, setPending] = useState<WrittenComment | null>(null);
  const status = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (!pending) return;
    if (pending.hidden || pending.positionAwaitingApproval) {
      if (!status.current?.textContent) return;
      setPending(null);
      status.current.focus();
      return;
    }
    // The cache puts the comment in the thread; until it is there, the next render tries again.
    const comment = document.getElementById(commentAnchor(pending.id));
    if (!comment) return;
    setPending(null);
    comment.setAttribute("tabindex", "-1");
    comment.scrollIntoView({ block: "nearest" });
    comment.focus({ preventScroll: true });
  });
  const text = !last
    ? undefined
    : last.hidden
      ? t("comment.publishedHeld")
      : last.positionAwaitingApproval
        ? t("comment.publishedAwaitingApproval")
        : t("comment.published");
  return {
    text,
    status,
    focusOn: (comment: WrittenComment) => {
      setLast(comment);
      setPending(comment);
    },
  };
}

/**
 * New comments by others that arrive live, for the polite live region: the person's own are not
 * announced (they know), and a burst is said once. The page's own subscription shares the events.
 */
function useNewCommentsByOthers(target: ThreadTarget, personId: string | null): string {
  const client = useClient();
  const { announcement, arrived } = useNewCommentAnnouncement();
  const themeId = isPostThread(target) ? null : target.themeId;
  const postId = isPostThread(target) ? target.postId : null;
  useEffect(() => {
    if (!personId) return;
    const subscription = client
      .subscription(Discussion_Activity, themeId ? { themeId } : { postId })
      .subscribe(({ data }) => {
        const activity = data?.commentActivity;
        if (activity?.change !== "CREATED" || !activity.comment) return;
        const author = activity.comment.author;
        if (author?.id === personId) return;
        arrived(author?.name ?? null);
      });
    return () => subscription.unsubscribe();
  }, [client, themeId, postId, personId, arrived]);
  return announcement;
}

/**
 * The next page of a thread, on request: its comments join the thread's list in the cache, and the
 * thread's query shows them below those already there.
 */
function useMorePages(
  post: boolean,
  slug: string,
  pageInfo: { hasNextPage: boolean; endCursor: string | null } | null,
  loaded: number,
) {
  const client = useClient();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  // The first comment of the page that came takes focus: reading goes on from there, and the
  // button is gone after the last page.
  useEffect(() => {
    if (!focus) return;
    const first = document.getElementById(commentAnchor(focus));
    if (!first) return;
    setFocus(null);
    first.setAttribute("tabindex", "-1");
    first.focus();
  });
  const load = async () => {
    const after = pageInfo?.endCursor;
    if (!after || !pageInfo?.hasNextPage || loading) return;
    setLoading(true);
    setFailed(false);
    const answer = post
      ? await client.query(Discussion_PostThreadMore, { slug, after }).toPromise()
      : await client.query(Discussion_ThemeThreadMore, { slug, after }).toPromise();
    const data =
      answer.data && ("blogPost" in answer.data ? answer.data.blogPost : answer.data.theme);
    const page = data ? readFragment(Discussion_Page, data.commentsConnection) : undefined;
    // The answer is the thread as the cache reads it: the pages so far, then the one that came.
    setFocus(page?.edges[loaded]?.node.id ?? null);
    setFailed(answer.error !== undefined);
    setLoading(false);
  };
  return { load, loading, failed };
}

/**
 * A link to a comment (#kommentar-<id>, from a search or a notification) finds nothing until the
 * thread has come: once it has, the page scrolls to the comment and gives it focus, once per
 * address. A comment further on than the first page loads the pages up to it (a few at most).
 */
function useLinkedComment(
  loaded: boolean,
  hasNextPage: boolean,
  more: { load: () => Promise<void>; loading: boolean },
) {
  const { hash } = useLocation();
  const done = useRef("");
  const pagesLoaded = useRef(0);
  useEffect(() => {
    if (!loaded || !hash.startsWith("#kommentar-") || done.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) {
      if (hasNextPage && !more.loading && pagesLoaded.current < linkedCommentPages) {
        pagesLoaded.current += 1;
        void more.load();
      }
      return;
    }
    done.current = hash;
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  });
}
