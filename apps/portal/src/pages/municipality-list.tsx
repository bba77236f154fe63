import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable } from "../components/data-table";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { FILTER_NAVIGATION } from "../lib/filter-navigation";

const MunicipalityListPage_Filters = graphql(`
  query MunicipalityListPage_Filters {
    counties {
      code
      name
    }
    municipalityGroups {
      code
      name
    }
  }
`);

const MunicipalityListPage_Municipalities = graphql(`
  query MunicipalityListPage_Municipalities($countyCode: String, $groupCode: String, $search: String) {
    municipalities(countyCode: $countyCode, groupCode: $groupCode, search: $search) {
      code
      name
      county {
        code
        name
      }
      group {
        code
        name
      }
    }
  }
`);

/** The filters live in the query string (?lan=25&grupp=C9&sok=…), so a filtered list can be linked. */
const PARAM = { county: "lan", group: "grupp", search: "sok" } as const;
const SEARCH_DELAY_MS = 250;

/** Sweden's municipalities, filtered by county, municipality group and name. */
export function MunicipalityListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("municipalities.documentTitle"));
  const [params, setParams] = useSearchParams();
  const county = params.get(PARAM.county) ?? "";
  const group = params.get(PARAM.group) ?? "";
  const search = (params.get(PARAM.search) ?? "").trim();

  const setParam = (name: string, value: string) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    }, FILTER_NAVIGATION);
  };

  // The search box writes to the URL once typing pauses, and follows the URL when it changes otherwise
  // (back and forward, "show all").
  const [searchText, setSearchText] = useState(search);
  const written = useRef(search);
  useEffect(() => {
    if (search !== written.current) {
      written.current = search;
      setSearchText(search);
    }
  }, [search]);
  useEffect(() => {
    const wanted = searchText.trim();
    if (wanted === written.current) return;
    const timer = window.setTimeout(() => {
      written.current = wanted;
      setParam(PARAM.search, wanted);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  });

  const [filters] = useQuery({ query: MunicipalityListPage_Filters });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MunicipalityListPage_Municipalities,
    variables: {
      countyCode: county || undefined,
      groupCode: group || undefined,
      search: search || undefined,
    },
  });
  const municipalities = data?.municipalities;
  const filtered = county !== "" || group !== "" || search !== "";

  return (
    <>
      <div className="page-intro">
        <h1>{t("municipalities.heading")}</h1>
        <p className="lead">{t("municipalities.intro")}</p>
      </div>

      <search aria-label={t("municipalities.filtersLabel")}>
        <form
          className="filters"
          onSubmit={(event) => {
            // Enter in the search box searches at once instead of reloading the page.
            event.preventDefault();
            written.current = searchText.trim();
            setParam(PARAM.search, written.current);
          }}
        >
          <div className="field">
            <label htmlFor="filter-county">{t("municipalities.county")}</label>
            <select
              id="filter-county"
              value={county}
              onChange={(e) => setParam(PARAM.county, e.target.value)}
            >
              <option value="">{t("municipalities.allCounties")}</option>
              {filters.data?.counties.map((c) => (
                <option key={c.code} value={c.code} lang={CONTENT_LANG}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-group">{t("municipalities.group")}</label>
            <select
              id="filter-group"
              value={group}
              onChange={(e) => setParam(PARAM.group, e.target.value)}
            >
              <option value="">{t("municipalities.allGroups")}</option>
              {filters.data?.municipalityGroups.map((g) => (
                <option key={g.code} value={g.code} lang={CONTENT_LANG}>
                  {t("municipalities.groupOption", { code: g.code, name: g.name })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-search">{t("municipalities.search")}</label>
            <input
              id="filter-search"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
            />
          </div>
        </form>
      </search>

      <div className="result-bar">
        <output className="summary">
          {municipalities && t("municipalities.count", { count: municipalities.length })}
        </output>
        {filtered && <Link to="/kommuner">{t("municipalities.clearFilters")}</Link>}
      </div>

      <DataTable
        captionId="municipalities-caption"
        className="municipality-table"
        caption={t("municipalities.caption")}
        busy={fetching}
        bodyLang={CONTENT_LANG}
        status={{ fetching, error, onRetry: () => reexecute({ requestPolicy: "network-only" }) }}
        empty={t("municipalities.empty")}
        columns={
          <>
            <th scope="col">{t("municipalities.columnName")}</th>
            <th scope="col">{t("municipalities.columnCode")}</th>
            <th scope="col">{t("municipalities.columnCounty")}</th>
            <th scope="col">{t("municipalities.columnGroup")}</th>
          </>
        }
        rows={municipalities}
        row={(m) => (
          <tr key={m.code}>
            <th scope="row">{m.name}</th>
            <td className="numeric">{m.code}</td>
            <td>{m.county.name}</td>
            <td>
              <span className="group-code">{m.group.code}</span> {m.group.name}
            </td>
          </tr>
        )}
      />
    </>
  );
}
