import { useEffect, useId, useRef, useState } from "react";
import { CONTENT_LANG, useI18n } from "../i18n";
import {
  FINDING_KINDS,
  FINDING_SOURCES,
  type FindingFilters,
  KIND_PARAM,
  type ListParam,
  OLDEST_PARAM,
  PARAM,
  paramValues,
  SOURCE_PARAM,
  VISIT_ROUNDS,
} from "../lib/finding-filters";
import { useFollowValue } from "../lib/follow-value";

export interface FilterChoices {
  themes: readonly { id: string; slug: string; title: string }[];
  counties: readonly { code: string; name: string }[];
  groups: readonly { code: string; name: string }[];
  phases: readonly { number: number; name: string }[];
}

interface Option {
  value: string;
  label: string;
  content?: boolean;
}

const SEARCH_DELAY_MS = 300;

/** The filters that hold one value, as the address names them. */
export type ValueParam = "from" | "to" | "order";

/**
 * The findings' filters: a box of checkboxes for each list filter, folded until opened, the days
 * the findings were heard between, the order, and the free-text search, which writes to the
 * address once typing pauses.
 */
export function FindingFiltersForm({
  filters,
  choices,
  setList,
  setSearch,
  setValue,
}: {
  filters: FindingFilters;
  choices: FilterChoices | undefined;
  setList: (name: ListParam, values: string[]) => void;
  setSearch: (text: string) => void;
  setValue: (name: ValueParam, value: string) => void;
}) {
  const { t } = useI18n();
  const searchId = useId();
  const hintId = useId();
  const fromId = useId();
  const toId = useId();
  const orderId = useId();

  // The search box follows the address when it changes otherwise (back and forward, "Rensa filter").
  const [searchText, setSearchText] = useState(filters.search);
  const written = useRef(filters.search);
  useEffect(() => {
    if (filters.search !== written.current) {
      written.current = filters.search;
      setSearchText(filters.search);
    }
  }, [filters.search]);
  useEffect(() => {
    const wanted = searchText.trim();
    if (wanted === written.current) return;
    const timer = window.setTimeout(() => {
      written.current = wanted;
      setSearch(wanted);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  });

  const groups: { name: ListParam; label: string; options: Option[] }[] = [
    {
      name: "theme",
      label: t("findings.filter.theme"),
      options: (choices?.themes ?? []).map((th) => ({
        value: th.slug,
        label: th.title,
        content: true,
      })),
    },
    {
      name: "county",
      label: t("findings.filter.county"),
      options: (choices?.counties ?? []).map((c) => ({
        value: c.code,
        label: c.name,
        content: true,
      })),
    },
    {
      name: "group",
      label: t("findings.filter.group"),
      options: (choices?.groups ?? []).map((g) => ({
        value: g.code,
        label: t("findings.filter.groupOption", { code: g.code, name: g.name }),
        content: true,
      })),
    },
    {
      name: "phase",
      label: t("findings.filter.phase"),
      options: (choices?.phases ?? []).map((p) => ({
        value: String(p.number),
        label: t("findings.filter.phaseOption", { number: p.number, name: p.name }),
        content: true,
      })),
    },
    {
      name: "kind",
      label: t("findings.filter.kind"),
      options: FINDING_KINDS.map((k) => ({ value: KIND_PARAM[k], label: t(`findingKind.${k}`) })),
    },
    {
      name: "source",
      label: t("findings.filter.source"),
      options: FINDING_SOURCES.map((s) => ({
        value: SOURCE_PARAM[s],
        label: t(`findingSource.${s}`),
      })),
    },
    {
      name: "round",
      label: t("findings.filter.round"),
      options: VISIT_ROUNDS.map((r) => ({
        value: String(r),
        label: t("findings.filter.roundOption", { round: r }),
      })),
    },
  ];

  return (
    <search aria-label={t("findings.filtersLabel")}>
      <form
        className="finding-filters"
        onSubmit={(event) => {
          // Enter in the search box searches at once instead of reloading the page.
          event.preventDefault();
          written.current = searchText.trim();
          setSearch(written.current);
        }}
      >
        <div className="field finding-search">
          <label htmlFor={searchId}>{t("findings.search")}</label>
          <p className="field-hint" id={hintId}>
            {t("findings.searchHint")}
          </p>
          <div className="finding-search-row">
            <input
              id={searchId}
              name={PARAM.search}
              type="search"
              autoComplete="off"
              aria-describedby={hintId}
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
            />
            <button type="submit" className="button-secondary">
              {t("findings.searchButton")}
            </button>
          </div>
        </div>
        <div
          className="finding-filter-days"
          style={{ display: "flex", flexWrap: "wrap", gap: "0 1.5rem" }}
        >
          <div className="field">
            <label htmlFor={fromId}>{t("findings.filter.from")}</label>
            <input
              id={fromId}
              name={PARAM.from}
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(e) => setValue("from", e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={toId}>{t("findings.filter.to")}</label>
            <input
              id={toId}
              name={PARAM.to}
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(e) => setValue("to", e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={orderId}>{t("findings.filter.order")}</label>
            <select
              id={orderId}
              name={PARAM.order}
              value={filters.oldestFirst ? OLDEST_PARAM : ""}
              onChange={(e) => setValue("order", e.target.value)}
            >
              <option value="">
                {t(filters.search ? "findings.listOrderRelevance" : "findings.listOrderNewest")}
              </option>
              <option value={OLDEST_PARAM}>{t("findings.listOrderOldest")}</option>
            </select>
          </div>
        </div>
        <div className="finding-filter-boxes">
          {groups.map((group) => (
            <FilterBox
              key={group.name}
              label={group.label}
              options={group.options}
              chosen={paramValues(filters, group.name)}
              onChange={(values) => setList(group.name, values)}
            />
          ))}
        </div>
      </form>
    </search>
  );
}

function FilterBox({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string;
  options: Option[];
  chosen: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  // Open at first when something in it is chosen; then as the visitor leaves it.
  const [open, setOpen] = useState(chosen.length > 0);
  // The boxes show a change at once; the address, which the router updates a moment later, decides.
  const [ticked, setTicked] = useState(chosen);
  const chosenKey = chosen.join("\u0000");
  useFollowValue(chosenKey, () => setTicked(chosenKey ? chosenKey.split("\u0000") : []));
  return (
    <details className="finding-filter" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {label}
        {ticked.length > 0 && (
          <span className="finding-filter-chosen">
            {" "}
            ({t("findings.filter.chosen", { count: ticked.length })})
          </span>
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => {
          const checkboxId = `${id}-${option.value}`;
          return (
            <div className="check-field" key={option.value}>
              <input
                type="checkbox"
                id={checkboxId}
                checked={ticked.includes(option.value)}
                onChange={(e) => {
                  const next = e.target.checked
                    ? [...ticked, option.value]
                    : ticked.filter((v) => v !== option.value);
                  setTicked(next);
                  onChange(next);
                }}
              />
              <label htmlFor={checkboxId} lang={option.content ? CONTENT_LANG : undefined}>
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
