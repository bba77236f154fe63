import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  type Problem,
  problem,
  problemOf,
} from "./form";
import { visitTexts } from "./visit-common";

const VisitPlanForm_Plan = graphql(
  `
    mutation VisitPlanForm_Plan($input: PlanVisitInput!) {
      planVisit(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationPlanVisitSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** Plans a visit of a municipality of the saved selection, then opens it. */
export function VisitPlanForm({
  picks,
}: {
  /** The saved selection's municipalities, or null when none is saved. */
  picks:
    | readonly { municipalityCode: string; municipalityName: string; countyName: string }[]
    | null;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [municipality, setMunicipality] = useState("");
  const [round, setRound] = useState("1");
  const [date, setDate] = useState("");
  const [notes, setNotes] = useState("");
  const [found, setFound] = useState<Problem | null>(null);
  const [planned, plan] = useMutation(VisitPlanForm_Plan);

  if (!picks) {
    return (
      <p>
        {t("visitAdmin.noSelection")}{" "}
        <Link to="/admin/besok/urval">{t("visitAdmin.toSelection")}</Link>
      </p>
    );
  }
  const options = [...picks].sort((a, b) =>
    a.municipalityName.localeCompare(b.municipalityName, "sv"),
  );
  const fields = ["municipalityCode", "round", "date", "notes"];

  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!municipality) return setFound(problem("MUNICIPALITY_MISSING", "municipalityCode"));
        if (!date) return setFound(problem("DATE_MISSING", "date"));
        const answer = await plan({
          input: { municipalityCode: municipality, round: Number(round), date, notes },
        });
        const refused = problemOf(answer.error, answer.data?.planVisit);
        setFound(refused);
        const result = answer.data?.planVisit;
        if (!refused && result?.__typename === "MutationPlanVisitSuccess") {
          navigate(`/admin/besok/${result.data.id}`, { state: { created: true } });
        }
      }}
    >
      <p>{t("visitAdmin.planIntro")}</p>
      <div className="form-columns">
        <Field
          name="municipalityCode"
          label={t("visitAdmin.municipality")}
          problem={found}
          texts={visitTexts}
        >
          {(control) => (
            <select
              {...control}
              value={municipality}
              onChange={(e) => setMunicipality(e.target.value)}
            >
              <option value="">{t("visitAdmin.chooseMunicipality")}</option>
              {options.map((p) => (
                <option key={p.municipalityCode} value={p.municipalityCode} lang={CONTENT_LANG}>
                  {p.municipalityName} ({p.countyName})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="round" label={t("visitAdmin.round")} problem={found} texts={visitTexts}>
          {(control) => (
            <select {...control} value={round} onChange={(e) => setRound(e.target.value)}>
              <option value="1">{t("visitAdmin.roundOption.1")}</option>
              <option value="2">{t("visitAdmin.roundOption.2")}</option>
            </select>
          )}
        </Field>
        <Field name="date" label={t("visitAdmin.date")} problem={found} texts={visitTexts}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        name="notes"
        label={t("visitAdmin.notes")}
        hint={t("visitAdmin.notesHint")}
        problem={found}
        texts={visitTexts}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            lang={CONTENT_LANG}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        )}
      </Field>
      <FormProblem problem={found} fields={fields} texts={visitTexts} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={planned.fetching}>
          {t("visitAdmin.planSubmit")}
        </button>
      </div>
    </form>
  );
}
