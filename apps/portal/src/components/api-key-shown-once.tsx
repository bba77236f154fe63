import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n";
import { DonePanel } from "./done-panel";

/** Code to copy; it scrolls sideways when wide, so it is reachable by keyboard. */
function Code({ children }: { children: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <pre className="developer-code" tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

/**
 * A key just made, shown this once: the key with a copy button, that it cannot be shown again,
 * and how a program sends it.
 */
export function ApiKeyShownOnce({ name, secret }: { name: string; secret: string }) {
  const { t } = useI18n();
  const inputId = useId();
  const [message, setMessage] = useState("");
  const status = useRef<HTMLOutputElement>(null);
  const endpoint = new URL("/graphql", window.location.origin).toString();
  const curl = `curl ${endpoint} \\\n  -H "Authorization: Bearer ${secret}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"query":"{ counties { code name } }"}'`;

  return (
    <DonePanel>
      <h2>{t("apiKey.shownOnceHeading", { name })}</h2>
      <p>
        <strong>{t("apiKey.shownOnce")}</strong>
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t("apiKey.secret")}</label>
        <div className="feed-address">
          <input
            id={inputId}
            type="text"
            readOnly
            spellCheck={false}
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button-secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(secret);
                setMessage(t("apiKey.copied"));
              } catch {
                setMessage(t("apiKey.copyFailed"));
              }
              status.current?.focus();
            }}
          >
            {t("apiKey.copy")}
          </button>
        </div>
        <output ref={status} tabIndex={-1} className="saved">
          {message}
        </output>
      </div>
      <p>{t("apiKey.howToSend")}</p>
      <Code>{`Authorization: Bearer ${secret}`}</Code>
      <p>{t("apiKey.example")}</p>
      <Code>{curl}</Code>
      <p>
        <Link to="/utvecklare">{t("apiKey.toDeveloper")}</Link>
      </p>
    </DonePanel>
  );
}
