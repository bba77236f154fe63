import { useId, useRef, useState } from "react";
import { type TypedDocumentNode, useQuery } from "urql";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";
import { useDebounced } from "../lib/debounced";
import { Field, type Problem, type ProblemTexts } from "./form";

/**
 * Something a picker chooses: its id to send, its name to show, and what tells it apart from a
 * namesake (an organisation's short name, a person's e-mail address), when there is such a thing.
 */
export interface PickerChoice {
  id: string;
  name: string;
  detail?: string | null;
}

/** The first matches of a search, and how many there are in all. */
export interface PickerPage {
  totalCount: number;
  nodes: readonly PickerChoice[];
}

/**
 * Where a picker searches: a query of a connection that takes `search` and `first` (the API matches
 * the text in the name or in the detail, case aside), and how to read its page of matches.
 */
export interface PickerSource<Data> {
  query: TypedDocumentNode<Data, { search?: string | null; first?: number | null }>;
  page: (data: Data) => PickerPage;
}

/** The words that name what is chosen, each a key of the picker's own texts. */
export interface PickerTexts {
  /** Under the search field: what to type. */
  hint: MessageKey;
  /** Before any typing, when the whole list is long: `{count}` in all. */
  typeMore: MessageKey;
  /** When nothing matches. */
  none: MessageKey;
  /** The heading of the chosen ones when several may be chosen, with `{count}`. */
  chosenMany: MessageKey;
  /** The heading of the chosen one when one may be chosen. */
  chosenOne: MessageKey;
  /** When none is chosen. */
  noneChosen: MessageKey;
}

/** How many matches are shown at once; more says to type more. */
export const PICKER_MATCHES = 20;
/** The shortest text that is searched for: one letter matches nearly everything. */
const SHORTEST_SEARCH = 2;
/** How long the person pauses in their typing before the API is asked. */
const TYPING_PAUSE_MS = 250;

/** Whether a name or detail holds the text, as the API matches it (case aside). */
function holds(match: PickerChoice, text: string): boolean {
  const wanted = text.toLocaleLowerCase("sv");
  return [match.name, match.detail ?? ""].some((n) => n.toLocaleLowerCase("sv").includes(wanted));
}

/** A choice's name, with what tells it apart after it in parentheses: a button's words. */
const nameOf = (choice: PickerChoice) =>
  choice.detail ? `${choice.name} (${choice.detail})` : choice.name;

/** A choice by name, with what tells it apart after it in parentheses. */
function ChoiceName({ choice }: { choice: PickerChoice }) {
  return (
    <>
      <span lang={CONTENT_LANG}>{choice.name}</span>
      {choice.detail && <span className="muted"> ({choice.detail})</span>}
    </>
  );
}

/**
 * Choosing among however many there are: the person types part of a name, the first matches are
 * listed under the field as checkboxes (several may be chosen) or radio buttons (one), and the chosen
 * ones are shown by name, each with a way to remove it, whether or not the current search finds
 * them. When the whole list is short, it is shown before any typing. The organisation and person
 * pickers are this, with their query and their words.
 */
export function SearchPicker<Data>({
  source,
  words,
  name,
  label,
  hint,
  multiple = false,
  chosen,
  onChange,
  noneChosen,
  problem,
  texts,
}: {
  source: PickerSource<Data>;
  words: PickerTexts;
  /** The search field's name: the API's `field` for a problem with the choice. */
  name: string;
  label: string;
  hint?: string;
  /** Several may be chosen; otherwise choosing one replaces the one chosen before. */
  multiple?: boolean;
  chosen: readonly PickerChoice[];
  onChange: (chosen: PickerChoice[]) => void;
  /** What is said when none is chosen, where that means something on the page ("Ingen organisation"). */
  noneChosen?: string;
  problem?: Problem | null;
  texts?: ProblemTexts;
}) {
  const { t } = useI18n();
  const id = useId();
  const statusId = `${id}-status`;
  const resultsId = `${id}-results`;
  const search = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState("");
  const typed = term.trim();
  const settled = useDebounced(typed, TYPING_PAUSE_MS);
  const searching = settled.length >= SHORTEST_SEARCH;

  // The first page of them all: its count, and the whole list when it is short.
  const [all] = useQuery({ query: source.query, variables: { first: PICKER_MATCHES } });
  const [found] = useQuery({
    query: source.query,
    variables: { search: settled, first: PICKER_MATCHES },
    pause: !searching,
  });
  const everyone = all.data === undefined ? undefined : source.page(all.data);
  const shortList = everyone !== undefined && everyone.totalCount <= everyone.nodes.length;

  let matches: readonly PickerChoice[] = [];
  let status = "";
  if (typed.length < SHORTEST_SEARCH) {
    if (shortList) {
      matches = everyone.nodes.filter((o) => typed === "" || holds(o, typed));
      if (typed !== "")
        status =
          matches.length === 0 ? t(words.none) : t("searchPicker.count", { count: matches.length });
    } else if (everyone) {
      status = t(words.typeMore, { count: everyone.totalCount });
    } else if (all.error) {
      status = t("searchPicker.failed");
    }
  } else {
    const page = found.data === undefined ? undefined : source.page(found.data);
    const current = settled === typed && !found.fetching;
    if (page) matches = page.nodes;
    if (!current) status = t("searchPicker.searching");
    else if (found.error) status = t("searchPicker.failed");
    else if (page)
      status =
        page.totalCount === 0
          ? t(words.none)
          : page.totalCount > page.nodes.length
            ? t("searchPicker.countMore", { count: page.totalCount, shown: page.nodes.length })
            : t("searchPicker.count", { count: page.totalCount });
  }

  const isChosen = (choiceId: string) => chosen.some((c) => c.id === choiceId);
  const without = (choiceId: string) => chosen.filter((c) => c.id !== choiceId);
  const choose = (match: PickerChoice, on: boolean) => {
    if (!multiple) return onChange(on ? [match] : []);
    onChange(on ? [...without(match.id), match] : without(match.id));
  };

  return (
    <div className="search-picker">
      <div className="search-picker-chosen">
        <p className="search-picker-heading">
          {multiple ? t(words.chosenMany, { count: chosen.length }) : t(words.chosenOne)}
        </p>
        {chosen.length === 0 ? (
          <p className="muted">{noneChosen ?? t(words.noneChosen)}</p>
        ) : (
          <ul>
            {chosen.map((choice) => (
              <li key={choice.id}>
                <span>
                  <ChoiceName choice={choice} />
                </span>
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t("searchPicker.removeLabel", { name: nameOf(choice) })}
                  onClick={() => {
                    onChange(without(choice.id));
                    search.current?.focus();
                  }}
                >
                  {t("searchPicker.remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Field name={name} label={label} hint={hint ?? t(words.hint)} problem={problem} texts={texts}>
        {(control) => (
          <input
            {...control}
            ref={search}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={[control["aria-describedby"], statusId].filter(Boolean).join(" ")}
            aria-controls={resultsId}
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            // Enter in the search field would send the page's form before anything is chosen.
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
          />
        )}
      </Field>
      <output id={statusId} className="search-picker-status">
        {status}
      </output>
      <fieldset
        id={resultsId}
        className="search-picker-results"
        hidden={matches.length === 0}
        aria-busy={found.fetching || undefined}
      >
        <legend className="visually-hidden">{t("searchPicker.results")}</legend>
        {matches.map((match) => (
          <div key={match.id} className={multiple ? "check-field" : "choice"}>
            <input
              id={`${id}-${match.id}`}
              type={multiple ? "checkbox" : "radio"}
              name={multiple ? undefined : `${id}-choice`}
              checked={isChosen(match.id)}
              onChange={(e) => choose(match, e.target.checked)}
            />
            <label htmlFor={`${id}-${match.id}`}>
              <ChoiceName choice={match} />
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
