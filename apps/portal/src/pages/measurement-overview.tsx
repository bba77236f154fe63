import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { type ChangeRow, MeasurementChange } from "../components/measurement-change";
import {
  type DistributionRow,
  MeasurementDistribution,
} from "../components/measurement-distribution";
import { MeasurementRetentionNote } from "../components/measurement-retention-note";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useDocumentTitle, useI18n } from "../i18n";
import { FILTER_NAVIGATION } from "../lib/filter-navigation";
import { cellKey, useCellLabel, useShareFormat } from "../lib/measurement-format";
import {
  GROUPING_PARAM,
  MEASUREMENT_PARAM,
  measurementCsvHref,
  readMeasurementChoice,
  SURVEY_GROUPINGS,
} from "../lib/measurement-params";

const MeasurementPage_Surveys = graphql(`
  query MeasurementPage_Surveys {
    measurementSurveys {
      id
      name
      periodStart
      periodEnd
      round
      respondentCount
      invented
    }
  }
`);

const MeasurementPage_Distribution = graphql(`
  query MeasurementPage_Distribution($surveyId: ID!, $grouping: SurveyGrouping!) {
    directTimeDistribution(surveyId: $surveyId, grouping: $grouping) {
      group {
        code
        name
      }
      county {
        code
        name
      }
      role
      suppressed
      label
      n
      mean
      median
      q1
      q3
    }
    directTimeChange(grouping: $grouping) {
      before {
        id
        name
      }
      after {
        id
        name
      }
      cells {
        group {
          code
          name
        }
        county {
          code
          name
        }
        role
        suppressed
        label
        medianChange
        meanChange
        before {
          median
          mean
        }
        after {
          median
          mean
        }
      }
    }
  }
`);

/**
 * /tidsmatning: the time-use measurement's direct-time share, per municipality group, county and
 * role, of the survey and grouping in the address (?matning=<id>&indelning=grupp), with the change
 * between the rounds, a CSV of what is shown, and why small cells are hidden.
 */
export function MeasurementOverviewPage() {
  const { t, formatDateRange } = useI18n();
  useDocumentTitle(t("measurement.documentTitle"));
  const [params, setParams] = useSearchParams();
  const choice = useMemo(() => readMeasurementChoice(params), [params]);
  const { share, points } = useShareFormat();
  const cellLabel = useCellLabel(choice.grouping);

  const [surveys, reexecuteSurveys] = useQuery({ query: MeasurementPage_Surveys });
  const list = surveys.data?.measurementSurveys;
  const survey = list && (choice.surveyId ? list.find((s) => s.id === choice.surveyId) : list[0]);
  const [picture, reexecutePicture] = useQuery({
    query: MeasurementPage_Distribution,
    variables: { surveyId: survey?.id ?? "", grouping: choice.grouping },
    pause: !survey,
  });

  const setParam = useCallback(
    (name: string, value: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      }, FILTER_NAVIGATION),
    [setParams],
  );

  const data = picture.data;
  const contentLabels = choice.grouping !== "TOTAL" && choice.grouping !== "ROLE";
  const rows: DistributionRow[] = useMemo(
    () =>
      (data?.directTimeDistribution ?? []).map((cell) => ({
        key: cellKey(cell),
        label: cellLabel(cell),
        suppressed: cell.suppressed,
        suppressedLabel: cell.label,
        n: cell.n,
        median: cell.median,
        q1: cell.q1,
        q3: cell.q3,
        mean: cell.mean,
      })),
    [data, cellLabel],
  );
  const changeRows: ChangeRow[] = useMemo(
    () =>
      (data?.directTimeChange?.cells ?? []).map((cell) => ({
        key: cellKey(cell),
        label: cellLabel(cell),
        suppressed: cell.suppressed,
        suppressedLabel: cell.label,
        medianBefore: cell.before?.median ?? null,
        medianAfter: cell.after?.median ?? null,
        medianChange: cell.medianChange,
        meanBefore: cell.before?.mean ?? null,
        meanAfter: cell.after?.mean ?? null,
        meanChange: cell.meanChange,
      })),
    [data, cellLabel],
  );
  const suppressedCount = rows.filter((r) => r.suppressed).length;
  const groupingNoun = t(`measurement.groupingNoun.${choice.grouping}` as MessageKey);
  const total = choice.grouping === "TOTAL";

  return (
    <>
      <div className="page-intro">
        <h1>{t("measurement.heading")}</h1>
        <p className="lead">{t("measurement.intro")}</p>
      </div>
      {survey?.invented && (
        <p className="notice notice-demo" role="note">
          {t("measurement.demoNotice")}
        </p>
      )}

      <QueryStatus
        fetching={surveys.fetching}
        error={surveys.error}
        hasData={list !== undefined}
        onRetry={() => reexecuteSurveys({ requestPolicy: "network-only" })}
      />
      {list && list.length === 0 && <p className="notice">{t("measurement.noSurveys")}</p>}

      {list && list.length > 0 && (
        <form
          className="filters measurement-choices"
          aria-label={t("measurement.choicesLabel")}
          onSubmit={(event) => event.preventDefault()}
        >
          <div className="field">
            <label htmlFor="measurement-survey">{t("measurement.survey")}</label>
            <select
              id="measurement-survey"
              value={survey?.id ?? ""}
              onChange={(event) => setParam(MEASUREMENT_PARAM.survey, event.target.value)}
            >
              {!survey && <option value="">{t("measurement.surveyMissing")}</option>}
              {list.map((s) => (
                <option key={s.id} value={s.id} lang={CONTENT_LANG}>
                  {t("measurement.surveyOption", {
                    name: s.name,
                    period: formatDateRange(s.periodStart, s.periodEnd),
                  })}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="choice-group measurement-groupings">
            <legend>{t("measurement.grouping")}</legend>
            {SURVEY_GROUPINGS.map((grouping) => (
              <label key={grouping} className="choice">
                <input
                  type="radio"
                  name="indelning"
                  value={GROUPING_PARAM[grouping]}
                  checked={choice.grouping === grouping}
                  onChange={() => setParam(MEASUREMENT_PARAM.grouping, GROUPING_PARAM[grouping])}
                />
                {t(`measurement.grouping.${grouping}` as MessageKey)}
              </label>
            ))}
          </fieldset>
        </form>
      )}

      {list && list.length > 0 && !survey && (
        <p className="notice notice-error" role="alert">
          {t("measurement.surveyMissing")}
        </p>
      )}

      {survey && (
        <div className="result-bar measurement-survey-bar">
          <p className="measurement-survey-facts">
            <strong lang={CONTENT_LANG}>{survey.name}</strong>{" "}
            {t(`measurement.roundLabel.${survey.round}` as MessageKey)}.{" "}
            {t("measurement.period", {
              period: formatDateRange(survey.periodStart, survey.periodEnd),
            })}{" "}
            {survey.respondentCount === null
              ? t("measurement.respondentsFew")
              : t("measurement.respondents", { count: survey.respondentCount })}
          </p>
          <a
            className="button-secondary button-small"
            href={measurementCsvHref(survey.id, choice.grouping)}
            download
            aria-describedby="measurement-csv-hint"
          >
            {t("measurement.downloadCsv")}
          </a>
          <span id="measurement-csv-hint" className="visually-hidden">
            {t("measurement.downloadCsvHint")}
          </span>
        </div>
      )}

      {survey && (
        <QueryStatus
          fetching={picture.fetching}
          error={picture.error}
          hasData={data !== undefined}
          onRetry={() => reexecutePicture({ requestPolicy: "network-only" })}
        />
      )}

      {survey && data && (
        <>
          <section className="section" aria-labelledby="measurement-distribution">
            <h2 id="measurement-distribution">
              {total
                ? t("measurement.distributionHeadingTotal")
                : t("measurement.distributionHeading", { grouping: groupingNoun })}
            </h2>
            {rows.length === 0 ? (
              <p>{t("measurement.distributionEmpty")}</p>
            ) : (
              <MeasurementDistribution
                heading={t(`measurement.grouping.${choice.grouping}` as MessageKey)}
                summary={t("measurement.distributionSummary", {
                  suppressed:
                    suppressedCount > 0
                      ? t("measurement.distributionSuppressed", { count: suppressedCount })
                      : t("measurement.distributionNoneSuppressed"),
                })}
                caption={
                  total
                    ? t("measurement.distributionCaptionTotal", { survey: survey.name })
                    : t("measurement.distributionCaption", {
                        survey: survey.name,
                        grouping: groupingNoun,
                      })
                }
                rows={rows}
                contentLabels={contentLabels}
                formatShare={share}
                busy={picture.fetching}
              />
            )}
          </section>

          <section className="section" aria-labelledby="measurement-change">
            <h2 id="measurement-change">{t("measurement.changeHeading")}</h2>
            {data.directTimeChange ? (
              <>
                <p>
                  {t("measurement.changeIntro", {
                    before: data.directTimeChange.before.name,
                    after: data.directTimeChange.after.name,
                    grouping: groupingNoun,
                  })}
                </p>
                <MeasurementChange
                  caption={t("measurement.changeCaption", { grouping: groupingNoun })}
                  rows={changeRows}
                  contentLabels={contentLabels}
                  formatShare={share}
                  formatPoints={points}
                  busy={picture.fetching}
                />
              </>
            ) : (
              <p>{t("measurement.changeMissing")}</p>
            )}
          </section>
        </>
      )}

      <section className="section" aria-labelledby="measurement-about">
        <h2 id="measurement-about">{t("measurement.aboutHeading")}</h2>
        <p>{t("measurement.aboutMeasure")}</p>
        <p>{t("measurement.aboutSuppression")}</p>
        <MeasurementRetentionNote />
      </section>
    </>
  );
}
