import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { DataTable } from "../components/data-table";
import {
  FormProblem,
  FormProblem_InputError,
  type Problem,
  problemOf,
  TextField,
} from "../components/form";
import { MeasurementImportForm } from "../components/measurement-import-form";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useDocumentTitle, useI18n } from "../i18n";
import { useFollowValue } from "../lib/follow-value";
import { measurementHref } from "../lib/measurement-params";

const AdminMeasurementPage_Surveys = graphql(`
  query AdminMeasurementPage_Surveys {
    surveys {
      id
      name
      periodStart
      periodEnd
      round
      respondentCount
      invented
      importedAt
      respondentsKept
      respondentsDeleteOn
      respondentsDeletedAt
    }
    measurementSettings {
      respondentRetentionDays
      updatedAt
    }
  }
`);

const AdminMeasurementPage_SetRetention = graphql(
  `
    mutation AdminMeasurementPage_SetRetention($days: Int!) {
      setRespondentRetention(days: $days) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetRespondentRetentionSuccess {
          data {
            respondentRetentionDays
            updatedAt
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const retentionTexts = {
  OUT_OF_RANGE: "measurementAdmin.problem.OUT_OF_RANGE",
} as const;

/**
 * /admin/tidsmatning: the coordinator imports a time-use survey from a CSV file, sees the imported
 * surveys with their respondents and how long their rows are kept, and sets that time.
 */
export function AdminMeasurementPage() {
  const { t, formatDate, formatDateRange, formatDateTimeShort, formatNumber } = useI18n();
  useDocumentTitle(t("measurementAdmin.documentTitle"));
  const [surveys, reexecute] = useQuery({ query: AdminMeasurementPage_Surveys });
  const data = surveys.data;
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  return (
    <>
      <div className="page-intro">
        <h1>{t("measurementAdmin.heading")}</h1>
        <p className="lead">{t("measurementAdmin.intro")}</p>
      </div>

      <section className="section" aria-labelledby="measurement-import">
        <h2 id="measurement-import">{t("measurementAdmin.importHeading")}</h2>
        <MeasurementImportForm onImported={refresh} />
      </section>

      <section className="section" aria-labelledby="measurement-surveys">
        <h2 id="measurement-surveys">{t("measurementAdmin.surveysHeading")}</h2>
        <DataTable
          captionId="measurement-surveys-caption"
          caption={t("measurementAdmin.surveysCaption")}
          className="measurement-surveys"
          busy={surveys.fetching}
          rows={data?.surveys}
          empty={t("measurementAdmin.surveysEmpty")}
          status={{ fetching: surveys.fetching, error: surveys.error, onRetry: refresh }}
          columns={
            <>
              <th scope="col">{t("measurementAdmin.col.survey")}</th>
              <th scope="col">{t("measurementAdmin.col.period")}</th>
              <th scope="col">{t("measurementAdmin.col.round")}</th>
              <th scope="col" className="numeric">
                {t("measurementAdmin.col.respondents")}
              </th>
              <th scope="col">{t("measurementAdmin.col.imported")}</th>
              <th scope="col">{t("measurementAdmin.col.rows")}</th>
            </>
          }
          row={(survey) => (
            <tr key={survey.id}>
              <th scope="row">
                <Link to={measurementHref(survey.id)} lang={CONTENT_LANG}>
                  {survey.name}
                </Link>
                {survey.invented && (
                  <span className="tag measurement-invented">{t("measurementAdmin.invented")}</span>
                )}
              </th>
              <td>{formatDateRange(survey.periodStart, survey.periodEnd)}</td>
              <td>{t(`measurement.roundLabel.${survey.round}` as MessageKey)}</td>
              <td className="numeric">
                {survey.respondentCount === null
                  ? t("measurement.missingValue")
                  : formatNumber(survey.respondentCount)}
              </td>
              <td>
                <time dateTime={survey.importedAt}>{formatDateTimeShort(survey.importedAt)}</time>
              </td>
              <td>
                {survey.respondentsDeletedAt
                  ? t("measurementAdmin.rowsDeleted", {
                      date: formatDate(survey.respondentsDeletedAt),
                    })
                  : survey.respondentsDeleteOn
                    ? t("measurementAdmin.rowsKept", {
                        count: survey.respondentsKept ?? 0,
                        date: formatDate(survey.respondentsDeleteOn),
                      })
                    : t("measurementAdmin.rowsKeptNoDate", { count: survey.respondentsKept ?? 0 })}
              </td>
            </tr>
          )}
        />
      </section>

      <section className="section" aria-labelledby="measurement-retention">
        <h2 id="measurement-retention">{t("measurementAdmin.retentionHeading")}</h2>
        <p>{t("measurementAdmin.retentionIntro")}</p>
        {data && (
          <RetentionForm
            days={data.measurementSettings.respondentRetentionDays}
            updatedAt={data.measurementSettings.updatedAt}
            onSaved={refresh}
          />
        )}
      </section>
    </>
  );
}

function RetentionForm({
  days,
  updatedAt,
  onSaved,
}: {
  days: number;
  updatedAt: string | null;
  onSaved: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const [value, setValue] = useState(String(days));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [saving, save] = useMutation(AdminMeasurementPage_SetRetention);
  useFollowValue(String(days), () => setValue(String(days)));

  return (
    <form
      className="form-card measurement-retention-form"
      noValidate
      aria-labelledby="measurement-retention"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const number = Number(value);
        const answer = await save({ days: Number.isInteger(number) && value.trim() ? number : -1 });
        const found = problemOf(answer.error, answer.data?.setRespondentRetention);
        setProblem(found);
        if (found) {
          document.querySelector<HTMLInputElement>('input[name="days"]')?.focus();
          return;
        }
        const result = answer.data?.setRespondentRetention;
        const stored =
          result?.__typename === "MutationSetRespondentRetentionSuccess"
            ? result.data.respondentRetentionDays
            : number;
        setSaved(t("measurementAdmin.retentionSaved", { days: stored }));
        onSaved();
      }}
    >
      <FormProblem problem={problem} fields={["days"]} texts={retentionTexts} />
      <TextField
        name="days"
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        step={1}
        label={t("measurementAdmin.retentionDays")}
        hint={
          updatedAt
            ? t("measurementAdmin.retentionUpdated", { date: formatDateTime(updatedAt) })
            : undefined
        }
        required
        value={value}
        onValue={setValue}
        problem={problem}
        texts={retentionTexts}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving.fetching}>
          {t("measurementAdmin.retentionSave")}
        </button>
        <output className="saved">{saved}</output>
      </div>
    </form>
  );
}
