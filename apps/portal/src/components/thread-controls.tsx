import { useId, useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { useFormatInterval } from "../lib/interval";
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

/** The intervals a moderator chooses among; 0 is off. */
const slowModeChoices = [0, 30, 60, 120, 300, 600, 1800, 3600];

/**
 * A moderator's controls for one thread, on the theme page: lock or unlock it, and slow mode with
 * its interval. Each change is announced; the page asks for the theme again to show the new state.
 */
export function ThreadControls({
  themeId,
  locked,
  slowModeSeconds,
  onChanged,
}: {
  themeId: string;
  locked: boolean;
  slowModeSeconds: number;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const formatInterval = useFormatInterval();
  const [seconds, setSeconds] = useState(slowModeSeconds);
  const [status, setStatus] = useState("");
  const [found, setFound] = useState<Problem | null>(null);
  const [locking, lock] = useMutation(ThreadControls_Lock);
  const [saving, save] = useMutation(ThreadControls_SlowMode);
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
            const answer = await lock({ themeId, locked: !locked });
            const refused = problemOf(answer.error, answer.data?.lockTheme);
            setFound(refused);
            if (refused) return;
            setStatus(t(locked ? "threadControls.openState" : "threadControls.lockedState"));
            onChanged();
          }}
        >
          {t(locked ? "threadControls.unlock" : "threadControls.lock")}
        </button>
      </div>
      <form
        className="thread-controls-row"
        onSubmit={async (event) => {
          event.preventDefault();
          const answer = await save({ themeId, seconds });
          const refused = problemOf(answer.error, answer.data?.setSlowMode);
          setFound(refused);
          if (refused) return;
          setStatus(
            seconds === 0
              ? t("threadControls.slowModeSavedOff")
              : t("threadControls.slowModeSaved", { interval: formatInterval(seconds) }),
          );
          onChanged();
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
