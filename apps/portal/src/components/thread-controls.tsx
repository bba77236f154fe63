import { useId, useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { useFormatInterval } from "../lib/interval";
import { isPostThread, type ThreadTarget } from "../lib/thread-target";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

const ThreadControls_Lock = graphql(
  `
    mutation ThreadControls_Lock($themeId: ID!, $locked: Boolean!) {
      lockTheme(themeId: $themeId, locked: $locked) {
        __typename
        ...FormProblem_InputError
        ... on MutationLockThemeSuccess {
          data {
            id
            locked
            viewerCanComment
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const ThreadControls_SlowMode = graphql(
  `
    mutation ThreadControls_SlowMode($themeId: ID!, $seconds: Int!) {
      setSlowMode(themeId: $themeId, seconds: $seconds) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetSlowModeSuccess {
          data {
            id
            slowModeSeconds
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const ThreadControls_LockPost = graphql(
  `
    mutation ThreadControls_LockPost($postId: ID!, $locked: Boolean!) {
      lockBlogPost(postId: $postId, locked: $locked) {
        __typename
        ...FormProblem_InputError
        ... on MutationLockBlogPostSuccess {
          data {
            id
            locked
            viewerCanComment
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const ThreadControls_SlowModePost = graphql(
  `
    mutation ThreadControls_SlowModePost($postId: ID!, $seconds: Int!) {
      setBlogPostSlowMode(postId: $postId, seconds: $seconds) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetBlogPostSlowModeSuccess {
          data {
            id
            slowModeSeconds
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The intervals a moderator chooses among; 0 is off. */
const slowModeChoices = [0, 30, 60, 120, 300, 600, 1800, 3600];

/**
 * A moderator's controls for one thread, on a theme's or a blog post's page: lock or unlock it, and slow mode with
 * its interval. Each change is announced; the answer carries the thread's new state, which the cache
 * shows wherever the page uses it.
 */
export function ThreadControls({
  target,
  locked,
  slowModeSeconds,
}: {
  target: ThreadTarget;
  locked: boolean;
  slowModeSeconds: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const formatInterval = useFormatInterval();
  const [seconds, setSeconds] = useState(slowModeSeconds);
  const [status, setStatus] = useState("");
  const [found, setFound] = useState<Problem | null>(null);
  const [lockingTheme, lockTheme] = useMutation(ThreadControls_Lock);
  const [savingTheme, saveTheme] = useMutation(ThreadControls_SlowMode);
  const [lockingPost, lockPost] = useMutation(ThreadControls_LockPost);
  const [savingPost, savePost] = useMutation(ThreadControls_SlowModePost);
  const locking = { fetching: lockingTheme.fetching || lockingPost.fetching };
  const saving = { fetching: savingTheme.fetching || savingPost.fetching };
  /** Locks or unlocks the thread, whichever kind it is; resolves to the problem or null. */
  const lock = async (value: boolean) => {
    if (isPostThread(target)) {
      const answer = await lockPost({ postId: target.postId, locked: value });
      return problemOf(answer.error, answer.data?.lockBlogPost);
    }
    const answer = await lockTheme({ themeId: target.themeId, locked: value });
    return problemOf(answer.error, answer.data?.lockTheme);
  };
  const save = async (value: number) => {
    if (isPostThread(target)) {
      const answer = await savePost({ postId: target.postId, seconds: value });
      return problemOf(answer.error, answer.data?.setBlogPostSlowMode);
    }
    const answer = await saveTheme({ themeId: target.themeId, seconds: value });
    return problemOf(answer.error, answer.data?.setSlowMode);
  };
  // A value set elsewhere (through the API) stays choosable.
  const choices = slowModeChoices.includes(slowModeSeconds)
    ? slowModeChoices
    : [...slowModeChoices, slowModeSeconds].sort((a, b) => a - b);
  const intervalText = (value: number) =>
    value === 0 ? t("threadControls.slowModeOff") : formatInterval(value);

  return (
    <section className="thread-controls" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("threadControls.heading")}</h3>
      <FormProblem problem={found} />
      <div className="thread-controls-row">
        <p className="thread-controls-state">
          {t(locked ? "threadControls.lockedState" : "threadControls.openState")}
        </p>
        <button
          type="button"
          className="button-secondary"
          disabled={locking.fetching}
          onClick={async () => {
            const refused = await lock(!locked);
            setFound(refused);
            if (refused) return;
            setStatus(t(locked ? "threadControls.openState" : "threadControls.lockedState"));
          }}
        >
          {t(locked ? "threadControls.unlock" : "threadControls.lock")}
        </button>
      </div>
      <form
        className="thread-controls-row"
        onSubmit={async (event) => {
          event.preventDefault();
          const refused = await save(seconds);
          setFound(refused);
          if (refused) return;
          setStatus(
            seconds === 0
              ? t("threadControls.slowModeSavedOff")
              : t("threadControls.slowModeSaved", { interval: formatInterval(seconds) }),
          );
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-slow`}>{t("threadControls.slowMode")}</label>
          <p id={`${id}-slow-hint`} className="field-hint">
            {t("threadControls.slowModeHint")}
          </p>
          <select
            id={`${id}-slow`}
            aria-describedby={`${id}-slow-hint`}
            value={seconds}
            onChange={(e) => setSeconds(Number(e.target.value))}
          >
            {choices.map((value) => (
              <option key={value} value={value}>
                {intervalText(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary" disabled={saving.fetching}>
          {t("threadControls.slowModeSave")}
        </button>
      </form>
      <output className="saved">{status}</output>
      <p>
        <Link to="/moderering">{t("comment.toQueue")}</Link>
      </p>
    </section>
  );
}
