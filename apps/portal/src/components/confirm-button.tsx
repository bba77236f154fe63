import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n";

interface ConfirmButtonProps {
  /** The button that starts it, such as "Ta bort". */
  label: string;
  /** The question, naming what will happen to whom. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  busy?: boolean;
  /** The first button's accessible name where its label alone does not say whom it is about. */
  labelFor?: string;
}

/**
 * An action that cannot be undone: the first press asks, in the page itself, and moves focus to the
 * answer; "Avbryt" returns focus to the first button.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  labelFor,
}: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={start}
        type="button"
        className="button-secondary button-small"
        aria-label={labelFor}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{question}</legend>
      <div className="button-row">
        <button
          ref={confirm}
          type="button"
          className="button-danger button-small"
          disabled={busy}
          onClick={async () => {
            await onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {t("common.cancel")}
        </button>
      </div>
    </fieldset>
  );
}
