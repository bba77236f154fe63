import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { FindingCharts, FindingCharts_Query } from "../components/finding-charts";
import { FindingCountyMap, FindingCountyMap_Query } from "../components/finding-county-map";
import { FindingFiltersForm, type ValueParam } from "../components/finding-filters";
import { FindingList } from "../components/finding-list";
import { QueryStatus, refusedFor } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { FILTER_NAVIGATION } from "../lib/filter-navigation";
import {
  apiFilter,
  csvHref,
  findingOrder,
  hasFilters,
  type ListParam,
  PARAM,
  readFindingFilters,
} from "../lib/finding-filters";
import { withoutListPage } from "../lib/list-page";

const FindingOverviewPage_Choices = graphql(`
  query FindingOverviewPage_Choices {
    themes {
      id
      slug
      title
    }
    counties {
      code
      name
    }
    municipalityGroups {
      code
      name
    }
    phases {
      number
      name
    }
  }
`);

const FindingOverviewPage_Picture = graphql(
  `
    query FindingOverviewPage_Picture($filter: FindingFilter) {
      findingCount(filter: $filter)
      byKind: findingCounts(groupBy: [KIND], filter: $filter) {
        invented
      }
      ...FindingCharts_Query
      ...FindingCountyMap_Query
    }
  `,
  [FindingCharts_Query, FindingCountyMap_Query],
);

/**
 * /iakttagelser: the national picture of the published findings, in charts with tables, by county
 * and as a list, all by the filters in the address (?tema=…&lan=…&typ=utmaning&sok=…).
 */
export function FindingOverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t("findings.documentTitle"));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFindingFilters(params), [params]);

  const [choices, reexecuteChoices] = useQuery({ query: FindingOverviewPage_Choices });
  const themes = choices.data?.themes;
  const filterChoices = useMemo(
    () =>
      choices.data && {
        themes: choices.data.themes,
        counties: choices.data.counties,
        groups: choices.data.municipalityGroups,
        phases: choices.data.phases,
      },
    [choices.data],
  );
  const filter = useMemo(() => apiFilter(filters, themes ?? []), [filters, themes]);
  // Themes go to the API by id: wait for them rather than show every theme for a moment.
  const ready = choices.data !== undefined;
  const [picture, reexecutePicture] = useQuery({
    query: FindingOverviewPage_Picture,
    variables: { filter },
    pause: !ready,
  });

  const setList = (name: ListParam, values: string[]) => {
    setParams((current) => {
      // Another filter starts the list over at its first page.
      const next = withoutListPage(current);
      next.delete(PARAM[name]);
      for (const value of values) next.append(PARAM[name], value);
      return next;
    }, FILTER_NAVIGATION);
  };
  const setSearch = (text: string) => {
    setParams((current) => {
      const next = withoutListPage(current);
      if (text) next.set(PARAM.search, text);
      else next.delete(PARAM.search);
      return next;
    }, FILTER_NAVIGATION);
  };

  const setValue = (name: ValueParam, value: string) => {
    setParams((current) => {
      const next = withoutListPage(current);
      if (value) next.set(PARAM[name], value);
      else next.delete(PARAM[name]);
      return next;
    }, FILTER_NAVIGATION);
  };

  const data = picture.data;
  // Search words the search leaves out ("och att") are said as such, not as a failure to retry.
  const noSearchWords = refusedFor(picture.error, "NO_SEARCH_WORDS");
  const total = data?.findingCount;
  const invented = data?.byKind.invented ?? false;
  const order = findingOrder(filters);
  const filterKey = JSON.stringify(filter);

  return (
    <>
      <div className="page-intro">
        <h1>{t("findings.heading")}</h1>
        <p className="lead">{t("findings.intro")}</p>
      </div>
      {invented && (
        <p className="notice notice-demo" role="note">
          {t("findings.demoNotice")}
        </p>
      )}

      <FindingFiltersForm
        filters={filters}
        choices={filterChoices}
        setList={setList}
        setSearch={setSearch}
        setValue={setValue}
      />

      <div className="result-bar finding-result-bar">
        <output className="summary" aria-live="polite">
          {noSearchWords
            ? t("findings.noSearchWords", { query: filters.search })
            : total !== undefined && t("findings.count", { count: total })}
        </output>
        <div className="finding-actions">
          {hasFilters(filters) && <Link to="/iakttagelser">{t("findings.clearFilters")}</Link>}
          <a
            className="button-secondary button-small"
            href={csvHref(filters)}
            download
            aria-describedby="finding-csv-hint"
          >
            {t("findings.downloadCsv")}
          </a>
          <span id="finding-csv-hint" className="visually-hidden">
            {t("findings.downloadCsvHint")}
          </span>
        </div>
      </div>

      <QueryStatus
        fetching={choices.fetching || picture.fetching}
        error={choices.error ?? (noSearchWords ? undefined : picture.error)}
        hasData={data !== undefined}
        onRetry={() => {
          reexecuteChoices({ requestPolicy: "network-only" });
          reexecutePicture({ requestPolicy: "network-only" });
        }}
      />

      {data && (
        <>
          <section className="section" aria-labelledby="finding-charts">
            <h2 id="finding-charts">{t("findings.chartsHeading")}</h2>
            <FindingCharts
              data={data}
              choices={filterChoices}
              filters={filters}
              busy={picture.fetching}
            />
          </section>

          <section className="section" aria-labelledby="finding-counties">
            <h2 id="finding-counties">{t("findings.countiesHeading")}</h2>
            <p>{t("findings.countiesIntro")}</p>
            <FindingCountyMap data={data} busy={picture.fetching} />
          </section>

          <section className="section" aria-labelledby="finding-list">
            <h2 id="finding-list">{t("findings.listHeading")}</h2>
            <p className="muted">
              {t(
                order === "RELEVANCE"
                  ? "findings.listOrderRelevance"
                  : order === "OLDEST"
                    ? "findings.listOrderOldest"
                    : "findings.listOrderNewest",
              )}
            </p>
            <FindingList key={filterKey} filter={filter} order={order} />
          </section>
        </>
      )}
    </>
  );
}
