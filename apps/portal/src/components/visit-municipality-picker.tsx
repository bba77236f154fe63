import { useId, useRef, useState } from "react";
import { CONTENT_LANG, useI18n } from "../i18n";

export interface PickerMunicipality {
  code: string;
  name: string;
  countyName: string;
  groupCode: string;
}

const MAX_MATCHES = 8;

/**
 * Locks municipalities in or out of the selection: a search by name with a button for each way,
 * and the locked ones as two lists with a button to remove each.
 */
export function VisitMunicipalityPicker({
  municipalities,
  lockedIn,
  lockedOut,
  onLockIn,
  onLockOut,
  onRelease,
}: {
  municipalities: readonly PickerMunicipality[];
  lockedIn: readonly string[];
  lockedOut: readonly string[];
  onLockIn: (code: string) => void;
  onLockOut: (code: string) => void;
  onRelease: (code: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState("");
  const searchBox = useRef<HTMLInputElement>(null);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const wanted = search.trim().toLocaleLowerCase("sv");
  const matches = wanted
    ? municipalities.filter(
        (m) => m.name.toLocaleLowerCase("sv").includes(wanted) || m.code.startsWith(wanted),
      )
    : [];
  const shown = matches.slice(0, MAX_MATCHES);

  const release = (code: string) => {
    onRelease(code);
    // The removed chip's button is gone: focus goes back to the search.
    searchBox.current?.focus();
  };

  const lockedList = (codes: readonly string[], labelId: string) =>
    codes.length === 0 ? (
      <p className="muted">{t("visitSelection.noneLocked")}</p>
    ) : (
      <ul className="visit-chips" aria-labelledby={labelId}>
        {codes.map((code) => {
          const name = byCode.get(code)?.name ?? code;
          return (
            <li key={code} className="visit-chip">
              <span lang={CONTENT_LANG}>{name}</span>
              <button
                type="button"
                className="visit-chip-remove"
                aria-label={t("visitSelection.removeLock", { name })}
                onClick={() => release(code)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
    );

  return (
    <fieldset className="visit-picker">
      <legend>{t("visitSelection.locks")}</legend>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t("visitSelection.search")}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t("visitSelection.searchHint")}
        </p>
        <input
          ref={searchBox}
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-controls={`${id}-matches`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the search does not send the selection form.
            if (e.key === "Enter") e.preventDefault();
          }}
        />
      </div>
      <div id={`${id}-matches`} aria-live="polite">
        {wanted && shown.length === 0 && <p className="muted">{t("visitSelection.noMatch")}</p>}
        {shown.length > 0 && (
          <ul className="visit-matches" aria-label={t("visitSelection.matches")}>
            {shown.map((m) => {
              const isIn = lockedIn.includes(m.code);
              const isOut = lockedOut.includes(m.code);
              return (
                <li key={m.code}>
                  <span className="visit-match-name">
                    <span lang={CONTENT_LANG}>{m.name}</span>{" "}
                    <span className="muted" lang={CONTENT_LANG}>
                      {m.countyName}, {m.groupCode}
                    </span>
                    {isIn && (
                      <span className="tag tag-success">{t("visitSelection.lockedIn")}</span>
                    )}
                    {isOut && (
                      <span className="tag tag-error">{t("visitSelection.lockedOut")}</span>
                    )}
                  </span>
                  <span className="button-row">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t("visitSelection.lockInName", { name: m.name })}
                      disabled={isIn}
                      onClick={() => onLockIn(m.code)}
                    >
                      {t("visitSelection.lockIn")}
                    </button>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t("visitSelection.lockOutName", { name: m.name })}
                      disabled={isOut}
                      onClick={() => onLockOut(m.code)}
                    >
                      {t("visitSelection.lockOut")}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {matches.length > shown.length && (
          <p className="field-hint">{t("visitSelection.moreMatches", { shown: shown.length })}</p>
        )}
      </div>
      <div className="visit-locked">
        <div>
          <h3 id={`${id}-in`} className="visit-locked-heading">
            {t("visitSelection.lockedIn")} ({lockedIn.length})
          </h3>
          {lockedList(lockedIn, `${id}-in`)}
        </div>
        <div>
          <h3 id={`${id}-out`} className="visit-locked-heading">
            {t("visitSelection.lockedOut")} ({lockedOut.length})
          </h3>
          {lockedList(lockedOut, `${id}-out`)}
        </div>
      </div>
    </fieldset>
  );
}
