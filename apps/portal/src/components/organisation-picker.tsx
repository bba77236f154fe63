import { useId, useRef, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { useDebounced } from "../lib/debounced";
import { Field, type Problem, type ProblemTexts } from "./form";

/** An organisation as the pages that choose one know it: enough to send its id and show its name. */
export interface OrganisationChoice {
  id: string;
  name: string;
}

/** Organisations whose name or short name holds the text, the first of them in Swedish order. */
const OrganisationPicker_Search = graphql(`
  query OrganisationPicker_Search($search: String, $first: Int) {
    organisationsConnection(search: $search, first: $first) {
      totalCount
      nodes {
        id
        name
        shortName
      }
    }
  }
`);

/** How many matches are shown at once; more says to type more. */
export const PICKER_MATCHES = 20;
/** The shortest text that is searched for: one letter matches nearly every organisation. */
const SHORTEST_SEARCH = 2;
/** How long the person pauses in their typing before the API is asked. */
const TYPING_PAUSE_MS = 250;

interface Match {
  id: string;
  name: string;
  shortName: string | null;
}

/** Whether a name or short name holds the text, as the API matches it (case aside). */
function holds(match: Match, text: string): boolean {
  const wanted = text.toLocaleLowerCase("sv");
  return [match.name, match.shortName ?? ""].some((n) =>
    n.toLocaleLowerCase("sv").includes(wanted),
  );
}

/**
 * Choosing organisations among however many there are: the person types part of a name or a short
 * name, the first matches are listed under the field as checkboxes (several may be chosen) or radio
 * buttons (one), and the chosen ones are shown by name, each with a way to remove it, whether or not
 * the current search finds them. When the whole list is short, it is shown before any typing.
 */
export function OrganisationPicker({
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
  /** The search field's name: the API's `field` for a problem with the choice. */
  name: string;
  label: string;
  hint?: string;
  /** Several organisations may be chosen; otherwise choosing one replaces the one chosen before. */
  multiple?: boolean;
  chosen: readonly OrganisationChoice[];
  onChange: (chosen: OrganisationChoice[]) => void;
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

  // The first page of all organisations: its count, and the whole list when it is short.
  const [all] = useQuery({
    query: OrganisationPicker_Search,
    variables: { first: PICKER_MATCHES },
  });
  const [found] = useQuery({
    query: OrganisationPicker_Search,
    variables: { search: settled, first: PICKER_MATCHES },
    pause: !searching,
  });
  const everyone = all.data?.organisationsConnection;
  const shortList = everyone !== undefined && everyone.totalCount <= everyone.nodes.length;

  let matches: readonly Match[] = [];
  let status = "";
  if (typed.length < SHORTEST_SEARCH) {
    if (shortList) {
      matches = everyone.nodes.filter((o) => typed === "" || holds(o, typed));
      if (typed !== "")
        status =
          matches.length === 0
            ? t("organisationPicker.none")
            : t("organisationPicker.count", { count: matches.length });
    } else if (everyone) {
      status = t("organisationPicker.typeMore", { count: everyone.totalCount });
    } else if (all.error) {
      status = t("organisationPicker.failed");
    }
  } else {
    const page = found.data?.organisationsConnection;
    const current = settled === typed && !found.fetching;
    if (page) matches = page.nodes;
    if (!current) status = t("organisationPicker.searching");
    else if (found.error) status = t("organisationPicker.failed");
    else if (page)
      status =
        page.totalCount === 0
          ? t("organisationPicker.none")
          : page.totalCount > page.nodes.length
            ? t("organisationPicker.countMore", {
                count: page.totalCount,
                shown: page.nodes.length,
              })
            : t("organisationPicker.count", { count: page.totalCount });
  }

  const isChosen = (organisationId: string) => chosen.some((c) => c.id === organisationId);
  const without = (organisationId: string) => chosen.filter((c) => c.id !== organisationId);
  const choose = (match: Match, on: boolean) => {
    const choice = { id: match.id, name: match.name };
    if (!multiple) return onChange(on ? [choice] : []);
    onChange(on ? [...without(match.id), choice] : without(match.id));
  };

  return (
    <div className="organisation-picker">
      <div className="organisation-picker-chosen">
        <p className="organisation-picker-heading">
          {multiple
            ? t("organisationPicker.chosenMany", { count: chosen.length })
            : t("organisationPicker.chosenOne")}
        </p>
        {chosen.length === 0 ? (
          <p className="muted">{noneChosen ?? t("organisationPicker.noneChosen")}</p>
        ) : (
          <ul>
            {chosen.map((organisation) => (
              <li key={organisation.id}>
                <span lang={CONTENT_LANG}>{organisation.name}</span>
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t("organisationPicker.removeLabel", { name: organisation.name })}
                  onClick={() => {
                    onChange(without(organisation.id));
                    search.current?.focus();
                  }}
                >
                  {t("organisationPicker.remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Field
        name={name}
        label={label}
        hint={hint ?? t("organisationPicker.hint")}
        problem={problem}
        texts={texts}
      >
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
      <output id={statusId} className="organisation-picker-status">
        {status}
      </output>
      <fieldset
        id={resultsId}
        className="organisation-picker-results"
        hidden={matches.length === 0}
        aria-busy={found.fetching || undefined}
      >
        <legend className="visually-hidden">{t("organisationPicker.results")}</legend>
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
              <span lang={CONTENT_LANG}>{match.name}</span>
              {match.shortName && <span className="muted"> ({match.shortName})</span>}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
