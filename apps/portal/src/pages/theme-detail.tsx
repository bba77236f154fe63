import { useEffect, useRef } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import { signInHref } from "../components/access-notice";
import { useWriteComment } from "../components/comment-form";
import type { ThreadSettings } from "../components/comment-item";
import { CommentThread, CommentThread_Comment } from "../components/comment-thread";
import { QueryStatus } from "../components/query-status";
import { ThemeStatusTag, ThemeStatusTag_Theme } from "../components/theme-status-tag";
import { ThreadControls } from "../components/thread-controls";
import { closedReason, ThreadWriteArea } from "../components/thread-write-area";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";
import { NotFoundPage } from "./error-not-found";

const ThemePage_Theme = graphql(
  `
    query ThemePage_Theme($slug: String!) {
      theme(slug: $slug) {
        id
        title
        description
        status
        locked
        slowModeSeconds
        phase {
          number
          name
        }
        visitQuestions {
          number
          text
        }
        ...ThemeStatusTag_Theme
      }
    }
  `,
  [ThemeStatusTag_Theme],
);

// The thread is for signed-in people only: its own query, so that the theme itself is public.
/** Changes in the thread made anywhere: the page fetches the thread again on each. */
const ThemePage_Activity = graphql(`
  subscription ThemePage_Activity($themeId: ID!) {
    commentActivity(themeId: $themeId) {
      change
      commentId
    }
  }
`);

const ThemePage_Thread = graphql(
  `
    query ThemePage_Thread($slug: String!) {
      theme(slug: $slug) {
        id
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

/** One theme: what it is about, the visit questions that belong to it, and its thread. */
export function ThemePage() {
  const { t } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ThemePage_Theme,
    variables: { slug },
  });
  const theme = data?.theme;
  useDocumentTitle(theme?.title ?? t(data ? "notFound.documentTitle" : "themes.documentTitle"));

  if (data && !theme) return <NotFoundPage />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/teman">{t("themePage.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {theme && (
        <>
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>{theme.title}</h1>
            <p className="tags">
              <span className="tag">
                {theme.phase ? (
                  <>
                    {t("phase.number", { number: theme.phase.number })}:{" "}
                    <span lang={CONTENT_LANG}>{theme.phase.name}</span>
                  </>
                ) : (
                  t("theme.noPhase")
                )}
              </span>
              <ThemeStatusTag theme={theme} />
            </p>
            <p className="lead" lang={CONTENT_LANG}>
              {theme.description}
            </p>
          </div>

          {theme.visitQuestions.length > 0 && (
            <section className="section" aria-labelledby="visit-questions">
              <h2 id="visit-questions">{t("themePage.questionsHeading")}</h2>
              <p>{t("themePage.questionsIntro")}</p>
              <ul className="prompts">
                {theme.visitQuestions.map((question) => (
                  <li key={question.number}>
                    <p className="prompt-number">
                      {t("themePage.question", { number: question.number })}
                    </p>
                    <p lang={CONTENT_LANG}>{question.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="section" aria-labelledby="thread">
            <h2 id="thread">{t("themePage.threadHeading")}</h2>
            <Thread
              slug={slug}
              theme={theme}
              onThemeChanged={() => reexecute({ requestPolicy: "network-only" })}
            />
          </section>
        </>
      )}
    </>
  );
}

/** Refusals after which the page asks again for the theme and the person's block. */
const changedState = new Set(["THEME_LOCKED", "BLOCKED", "THEME_CLOSED"]);

/**
 * The thread and the form to write in it; for people who are not signed in, the way to sign in.
 * Moderators get the thread's controls above it.
 */
function Thread({
  slug,
  theme,
  onThemeChanged,
}: {
  slug: string;
  theme: {
    id: string;
    status: "OPEN" | "CLOSED" | "ARCHIVED";
    locked: boolean;
    slowModeSeconds: number;
  };
  onThemeChanged: () => void;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const { state: viewer } = useViewer();
  const signedIn = viewer.status === "signedIn";
  const themeId = theme.id;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ThemePage_Thread,
    variables: { slug },
    pause: !signedIn,
  });
  const writeComment = useWriteComment(themeId);
  useSubscription(
    { query: ThemePage_Activity, variables: { themeId }, pause: !signedIn },
    (_previous, event) => {
      reexecute({ requestPolicy: "network-only" });
      return event;
    },
  );
  useScrollToLinkedComment(data !== undefined);

  if (viewer.status === "loading") return null;
  if (viewer.status === "signedOut") {
    return (
      <div className="notice">
        <p>{t("themePage.signInToRead")}</p>
        <p>
          <Link to={signInHref(location)}>{t("account.signIn")}</Link>
        </p>
      </div>
    );
  }

  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const block = data?.myWritingBlock ?? null;
  const { person, actingFor } = viewer;
  const settings: ThreadSettings = {
    themeId,
    person,
    actingFor,
    open: closedReason({ status: theme.status, locked: theme.locked, person, block }) === null,
    refresh,
  };
  const comments = data?.theme?.comments ?? [];
  const moderates = person.role === "MODERATOR" || person.role === "COORDINATOR";

  return (
    <>
      {moderates && (
        <ThreadControls
          themeId={themeId}
          locked={theme.locked}
          slowModeSeconds={theme.slowModeSeconds}
          onChanged={onThemeChanged}
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
          <p className="muted">{t("themePage.commentCount", { count: comments.length })}</p>
          {comments.length === 0 ? (
            <p>{t("themePage.threadEmpty")}</p>
          ) : (
            <CommentThread comments={comments} thread={settings} />
          )}
          <ThreadWriteArea
            status={theme.status}
            locked={theme.locked}
            slowModeSeconds={theme.slowModeSeconds}
            person={person}
            actingFor={actingFor}
            block={block}
            onSubmit={async (body, asPosition) => {
              const found = await writeComment(body, asPosition);
              if (!found) refresh();
              else if (changedState.has(found.code)) {
                refresh();
                onThemeChanged();
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
 * A link to a comment (#kommentar-<id>, from a search) finds nothing until the thread has come:
 * once it has, the page scrolls to the comment and gives it focus, once per address.
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
