import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import {
  type FindingKind,
  type FindingSource,
  findingKinds,
  findingSources,
} from "./finding-admin-status-tag";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  ProblemMessage,
  type ProblemTexts,
  problemOf,
  TextField,
} from "./form";

/** What a finding can be tied to: the themes, phases, municipalities, visits and meetings. */
export const FindingAdminForm_Choices = graphql(`
  fragment FindingAdminForm_Choices on Query {
    themes {
      id
      title
    }
    phases {
      number
      name
    }
    municipalities {
      code
      name
      county {
        code
        name
      }
    }
    visits(limit: 200) {
      id
      round
      date
      municipality {
        code
        name
      }
    }
    meetings(kinds: [DIALOGUE_MEETING, NATIONAL_DIALOGUE, HEARING, ROUND_TABLE, WEBINAR], limit: 500) {
      id
      title
      kind
      startsAt
    }
  }
`);

export const FindingAdminForm_Finding = graphql(`
  fragment FindingAdminForm_Finding on Finding {
    id
    title
    body
    kind
    source
    status
    version
    publishedAt
    observedOn
    viewerCanEdit
    themes {
      id
    }
    phase {
      number
    }
    municipality {
      code
      name
    }
    visit {
      id
    }
    meeting {
      id
    }
  }
`);

const FindingAdminForm_Create = graphql(
  `
    mutation FindingAdminForm_Create($input: FindingInput!) {
      createFinding(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationCreateFindingSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const FindingAdminForm_Update = graphql(
  `
    mutation FindingAdminForm_Update($id: ID!, $input: FindingInput!) {
      updateFinding(id: $id, input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationUpdateFindingSuccess {
          data {
            id
            version
            revisedAt
            ...FindingAdminForm_Finding
          }
        }
      }
    }
  `,
  [FormProblem_InputError, FindingAdminForm_Finding],
);

/** The findings API's codes in words of the editor's own. */
export const findingAdminTexts: ProblemTexts = {
  TITLE_EMPTY: "findingAdmin.problem.TITLE_EMPTY",
  BODY_EMPTY: "findingAdmin.problem.BODY_EMPTY",
  TOO_LONG: "findingAdmin.problem.TOO_LONG",
  THEME_REQUIRED: "findingAdmin.problem.THEME_REQUIRED",
  TOO_MANY_THEMES: "findingAdmin.problem.TOO_MANY_THEMES",
  VISIT_REQUIRED: "findingAdmin.problem.VISIT_REQUIRED",
  VISIT_NOT_ALLOWED: "findingAdmin.problem.VISIT_NOT_ALLOWED",
  MEETING_NOT_ALLOWED: "findingAdmin.problem.MEETING_NOT_ALLOWED",
  MUNICIPALITY_MISMATCH: "findingAdmin.problem.MUNICIPALITY_MISMATCH",
  NAMES_A_PERSON: "findingAdmin.problem.NAMES_A_PERSON",
  PERSONAL_DATA: "findingAdmin.problem.PERSONAL_DATA",
  REASON_REQUIRED: "findingAdmin.problem.REASON_REQUIRED",
  FINDING_STATUS: "findingAdmin.problem.FINDING_STATUS",
  NOT_FOUND: "findingAdmin.problem.NOT_FOUND",
  PHASE_MISSING: "findingAdmin.problem.PHASE_MISSING",
};

/** The inputs of the form, each named as the API names it in an InputError's `field`. */
const fieldNames = [
  "title",
  "body",
  "kind",
  "source",
  "themeIds",
  "phaseNumber",
  "municipalityCode",
  "visitId",
  "meetingId",
  "observedOn",
];

/** The kinds of meeting a source can name; the other sources name none. */
const meetingKindsOf: Partial<Record<FindingSource, readonly string[]>> = {
  DIALOGUE_MEETING: ["DIALOGUE_MEETING", "NATIONAL_DIALOGUE"],
  HEARING: ["HEARING"],
  ROUND_TABLE: ["ROUND_TABLE"],
  WEBINAR: ["WEBINAR"],
};

/** The phase a visit's round belongs to: round 1 in phase 2, round 2 in phase 4. */
const phaseOfRound = (round: number | undefined) => (round === 1 ? "2" : round === 2 ? "4" : "");

/**
 * A finding's content: a new one is saved as a draft; a saved one gets a new version. Where it came
 * from decides what else is asked: a visit (the municipality follows from it), a meeting of the
 * matching kind, or neither.
 */
export function FindingAdminForm({
  finding: masked,
  choices: maskedChoices,
  initialVisitId = null,
  onSaved,
}: {
  finding: FragmentOf<typeof FindingAdminForm_Finding> | null;
  choices: FragmentOf<typeof FindingAdminForm_Choices>;
  /** A new finding's visit, from the visit page's link. */
  initialVisitId?: string | null;
  /** The finding's id and version, and whether a published finding now shows as updated. */
  onSaved: (id: string, version: number, revised: boolean) => void;
}) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const finding = masked ? readFragment(FindingAdminForm_Finding, masked) : null;
  const choices = readFragment(FindingAdminForm_Choices, maskedChoices);
  const initialVisit = choices.visits.find((v) => v.id === initialVisitId) ?? null;

  const [title, setTitle] = useState(finding?.title ?? "");
  const [body, setBody] = useState(finding?.body ?? "");
  const [kind, setKind] = useState<FindingKind>(finding?.kind ?? "CHALLENGE");
  const [source, setSource] = useState<FindingSource>(finding?.source ?? "VISIT");
  const [themeIds, setThemeIds] = useState<string[]>(finding?.themes.map((th) => th.id) ?? []);
  const [phase, setPhase] = useState(
    finding ? String(finding.phase.number) : phaseOfRound(initialVisit?.round),
  );
  const [municipalityCode, setMunicipalityCode] = useState(finding?.municipality?.code ?? "");
  const [visitId, setVisitId] = useState(finding?.visit?.id ?? initialVisit?.id ?? "");
  const [meetingId, setMeetingId] = useState(finding?.meeting?.id ?? "");
  const [observedOn, setObservedOn] = useState(finding?.observedOn ?? initialVisit?.date ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, create] = useMutation(FindingAdminForm_Create);
  const [updated, update] = useMutation(FindingAdminForm_Update);
  const form = useRef<HTMLFormElement>(null);

  // The field the problem names gets the focus, so that its message is read with it.
  useEffect(() => {
    if (!problem?.field) return;
    form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(problem.field)}"]`)?.focus();
  }, [problem]);

  const fromVisit = source === "VISIT";
  const meetingKinds = meetingKindsOf[source] ?? null;
  const meetings = meetingKinds
    ? choices.meetings.filter((m) => meetingKinds.includes(m.kind))
    : [];
  const visit = choices.visits.find((v) => v.id === visitId) ?? null;
  const canEdit = finding?.viewerCanEdit ?? true;

  /** Municipalities by county, each county by name and its municipalities by name. */
  const counties = new Map<
    string,
    { name: string; municipalities: { code: string; name: string }[] }
  >();
  for (const m of [...choices.municipalities].sort((a, b) => a.name.localeCompare(b.name, "sv"))) {
    const county = counties.get(m.county.code) ?? { name: m.county.name, municipalities: [] };
    county.municipalities.push({ code: m.code, name: m.name });
    counties.set(m.county.code, county);
  }
  const countyList = [...counties.values()].sort((a, b) => a.name.localeCompare(b.name, "sv"));

  const chooseSource = (next: FindingSource) => {
    setSource(next);
    if (next !== "VISIT") setVisitId("");
    const kinds = meetingKindsOf[next];
    const meeting = choices.meetings.find((m) => m.id === meetingId);
    if (!kinds || !meeting || !kinds.includes(meeting.kind)) setMeetingId("");
  };

  const chooseVisit = (next: string) => {
    setVisitId(next);
    const chosen = choices.visits.find((v) => v.id === next);
    // The phase and the day follow the visit while they were left as they were.
    if (chosen && (phase === "" || phase === phaseOfRound(visit?.round)))
      setPhase(phaseOfRound(chosen.round));
    if (chosen && (observedOn === "" || observedOn === visit?.date)) setObservedOn(chosen.date);
  };

  /** The form's values for the API, or the problem that keeps them from being sent. */
  const values = () => {
    if (phase === "") throw localProblem("PHASE_MISSING", "phaseNumber");
    return {
      title: title.trim(),
      body: body.trim(),
      kind,
      source,
      themeIds,
      phaseNumber: Number(phase),
      municipalityCode: fromVisit || municipalityCode === "" ? null : municipalityCode,
      visitId: fromVisit && visitId !== "" ? visitId : null,
      meetingId: meetingKinds && meetingId !== "" ? meetingId : null,
      observedOn: observedOn === "" ? null : observedOn,
    };
  };

  const themesInvalid = problem?.field === "themeIds";
  const kindInvalid = problem?.field === "kind";

  return (
    <form
      ref={form}
      className="form-card finding-admin-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        let input: ReturnType<typeof values>;
        try {
          input = values();
        } catch (found) {
          setProblem(found as Problem);
          return;
        }
        if (finding) {
          const answer = await update({ id: finding.id, input });
          const payload = answer.data?.updateFinding;
          const found = problemOf(answer.error, payload);
          setProblem(found);
          if (!found && payload?.__typename === "MutationUpdateFindingSuccess")
            onSaved(payload.data.id, payload.data.version, payload.data.revisedAt !== null);
        } else {
          const answer = await create({ input });
          const payload = answer.data?.createFinding;
          const found = problemOf(answer.error, payload);
          setProblem(found);
          if (!found && payload?.__typename === "MutationCreateFindingSuccess")
            onSaved(payload.data.id, 1, false);
        }
      }}
    >
      {!canEdit && <p className="notice">{t("findingAdmin.readOnly")}</p>}
      <FormProblem problem={problem} fields={fieldNames} texts={findingAdminTexts} />
      <TextField
        name="title"
        label={t("findingAdmin.field.title")}
        value={title}
        onValue={setTitle}
        problem={problem}
        texts={findingAdminTexts}
        required
        lang={CONTENT_LANG}
      />
      <Field
        name="body"
        label={t("findingAdmin.field.body")}
        hint={t("findingAdmin.field.bodyHint")}
        problem={problem}
        texts={findingAdminTexts}
      >
        {(control) => (
          <textarea
            {...control}
            required
            rows={8}
            value={body}
            lang={CONTENT_LANG}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <fieldset
        className={kindInvalid ? "choice-group field-invalid" : "choice-group"}
        aria-describedby={kindInvalid ? `${id}-kind-problem` : undefined}
      >
        <legend>{t("findingAdmin.field.kind")}</legend>
        {kindInvalid && problem && (
          <ProblemMessage
            key={problem.key}
            problem={problem}
            id={`${id}-kind-problem`}
            texts={findingAdminTexts}
          />
        )}
        {findingKinds.map((value) => (
          <div key={value} className="choice">
            <input
              id={`${id}-kind-${value}`}
              type="radio"
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <label htmlFor={`${id}-kind-${value}`}>{t(`findingAdmin.kind.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <Field
        name="source"
        label={t("findingAdmin.field.source")}
        problem={problem}
        texts={findingAdminTexts}
      >
        {(control) => (
          <select
            {...control}
            value={source}
            onChange={(e) => chooseSource(e.target.value as FindingSource)}
          >
            {findingSources.map((s) => (
              <option key={s} value={s}>
                {t(`findingAdmin.source.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {fromVisit && (
        <Field
          name="visitId"
          label={t("findingAdmin.field.visit")}
          hint={t("findingAdmin.field.visitHint")}
          problem={problem}
          texts={findingAdminTexts}
        >
          {(control) => (
            <select {...control} value={visitId} onChange={(e) => chooseVisit(e.target.value)}>
              <option value="">{t("findingAdmin.field.visitNone")}</option>
              {choices.visits.map((v) => (
                <option key={v.id} value={v.id}>
                  {t("findingAdmin.field.visitOption", {
                    municipality: v.municipality.name,
                    round: v.round,
                    date: formatDate(v.date),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {fromVisit && choices.visits.length === 0 && (
        <p className="notice">{t("findingAdmin.field.noVisits")}</p>
      )}
      {fromVisit && visit && (
        <p className="finding-admin-follows">
          {t("findingAdmin.field.municipalityFollows", { municipality: visit.municipality.name })}
        </p>
      )}
      {meetingKinds && (
        <Field
          name="meetingId"
          label={t("findingAdmin.field.meeting")}
          hint={t("findingAdmin.field.meetingHint")}
          problem={problem}
          texts={findingAdminTexts}
        >
          {(control) => (
            <select {...control} value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
              <option value="">{t("findingAdmin.field.meetingNone")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id} lang={CONTENT_LANG}>
                  {t("findingAdmin.field.meetingOption", {
                    title: m.title,
                    date: formatDate(m.startsAt),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {!fromVisit && (
        <Field
          name="municipalityCode"
          label={t("findingAdmin.field.municipality")}
          hint={t("findingAdmin.field.municipalityHint")}
          problem={problem}
          texts={findingAdminTexts}
        >
          {(control) => (
            <select
              {...control}
              value={municipalityCode}
              onChange={(e) => setMunicipalityCode(e.target.value)}
            >
              <option value="">{t("findingAdmin.field.municipalityNone")}</option>
              {countyList.map((county) => (
                <optgroup key={county.name} label={county.name}>
                  {county.municipalities.map((m) => (
                    <option key={m.code} value={m.code}>
                      {m.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      )}
      <fieldset
        className={themesInvalid ? "finding-admin-themes field-invalid" : "finding-admin-themes"}
        aria-describedby={
          themesInvalid ? `${id}-themes-hint ${id}-themes-problem` : `${id}-themes-hint`
        }
      >
        <legend>{t("findingAdmin.field.themes")}</legend>
        <p id={`${id}-themes-hint`} className="field-hint">
          {t("findingAdmin.field.themesHint")}
        </p>
        {themesInvalid && problem && (
          <ProblemMessage
            key={problem.key}
            problem={problem}
            id={`${id}-themes-problem`}
            texts={findingAdminTexts}
          />
        )}
        {choices.themes.map((theme) => (
          <div key={theme.id} className="check-field">
            <input
              id={`${id}-theme-${theme.id}`}
              type="checkbox"
              name="themeIds"
              value={theme.id}
              aria-invalid={themesInvalid || undefined}
              checked={themeIds.includes(theme.id)}
              onChange={(e) =>
                setThemeIds((ids) =>
                  e.target.checked ? [...ids, theme.id] : ids.filter((i) => i !== theme.id),
                )
              }
            />
            <label htmlFor={`${id}-theme-${theme.id}`} lang={CONTENT_LANG}>
              {theme.title}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="form-grid">
        <Field
          name="phaseNumber"
          label={t("findingAdmin.field.phase")}
          problem={problem}
          texts={findingAdminTexts}
        >
          {(control) => (
            <select {...control} required value={phase} onChange={(e) => setPhase(e.target.value)}>
              <option value="">{t("findingAdmin.field.phaseNone")}</option>
              {choices.phases.map((p) => (
                <option key={p.number} value={String(p.number)}>
                  {t("findingAdmin.field.phaseOption", { number: p.number, name: p.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          name="observedOn"
          type="date"
          label={t("findingAdmin.field.observedOn")}
          hint={t("findingAdmin.field.observedOnHint")}
          value={observedOn}
          onValue={setObservedOn}
          problem={problem}
          texts={findingAdminTexts}
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={!canEdit || created.fetching || updated.fetching}
        >
          {finding ? t("findingAdmin.save") : t("findingAdmin.create")}
        </button>
      </div>
    </form>
  );
}
