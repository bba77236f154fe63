import { holdsPersonalIdentityNumber } from "@kraftsamling/domain";
import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  type Problem,
  ProblemMessage,
  problem,
  problemOf,
} from "./form";
import { type OrganisationChoice, OrganisationPicker } from "./organisation-picker";
import { type PersonChoice, PersonPicker } from "./person-picker";
import { type VisitStatus, VisitStatusTag, visitStatuses, visitTexts } from "./visit-common";

/** A short saved message that takes focus, so that a screen reader hears it. */
function SavedNote({ text }: { text: string }) {
  const note = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (text) note.current?.focus();
  }, [text]);
  return (
    <output ref={note} tabIndex={-1} className="saved">
      {text}
    </output>
  );
}

const VisitDetailsForm_Update = graphql(
  `
    mutation VisitDetailsForm_Update($id: ID!, $input: UpdateVisitInput!) {
      updateVisit(id: $id, input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationUpdateVisitSuccess {
          data {
            id
            date
            notes
            updatedAt
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** A visit's date and notes; its municipality and round are fixed once planned. */
export function VisitDetailsForm({
  visit,
}: {
  visit: { id: string; date: string; notes: string; round: number; municipality: { name: string } };
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(visit.date);
  const [notes, setNotes] = useState(visit.notes);
  const [found, setFound] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [updating, update] = useMutation(VisitDetailsForm_Update);
  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        if (!date) return setFound(problem("DATE_MISSING", "date"));
        const answer = await update({ id: visit.id, input: { date, notes } });
        const refused = problemOf(answer.error, answer.data?.updateVisit);
        setFound(refused);
        if (!refused) setSaved(t("visitAdmin.detailsSaved"));
      }}
    >
      <dl className="facts visit-fixed">
        <div>
          <dt>{t("visitAdmin.municipality")}</dt>
          <dd lang={CONTENT_LANG}>{visit.municipality.name}</dd>
        </div>
        <div>
          <dt>{t("visitAdmin.round")}</dt>
          <dd>{t(`visitAdmin.roundOption.${visit.round === 2 ? 2 : 1}`)}</dd>
        </div>
      </dl>
      <p className="field-hint">{t("visitAdmin.fixedHint")}</p>
      <Field name="date" label={t("visitAdmin.date")} problem={found} texts={visitTexts}>
        {(control) => (
          <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
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
            rows={4}
            lang={CONTENT_LANG}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        )}
      </Field>
      <FormProblem problem={found} fields={["date", "notes"]} texts={visitTexts} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={updating.fetching}>
          {t("visitAdmin.saveDetails")}
        </button>
        <SavedNote text={saved} />
      </div>
    </form>
  );
}

const VisitStatusControl_Set = graphql(
  `
    mutation VisitStatusControl_Set($id: ID!, $status: VisitStatus!, $reason: String) {
      setVisitStatus(id: $id, status: $status, reason: $reason) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetVisitStatusSuccess {
          data {
            id
            status
            updatedAt
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The visit's status and the steps it may take: one forward, or one back with a reason. */
export function VisitStatusControl({ visit }: { visit: { id: string; status: VisitStatus } }) {
  const { t } = useI18n();
  const id = useId();
  const [found, setFound] = useState<Problem | null>(null);
  const [done, setDone] = useState("");
  const [goingBack, setGoingBack] = useState(false);
  const [reason, setReason] = useState("");
  const [setting, setStatus] = useMutation(VisitStatusControl_Set);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const index = visitStatuses.indexOf(visit.status);
  const forward = visitStatuses[index + 1];
  const back = index > 0 ? visitStatuses[index - 1] : undefined;

  useEffect(() => {
    if (goingBack) reasonBox.current?.focus();
  }, [goingBack]);

  const change = async (status: VisitStatus, why: string | null) => {
    setDone("");
    const answer = await setStatus({ id: visit.id, status, reason: why });
    const refused = problemOf(answer.error, answer.data?.setVisitStatus);
    setFound(refused);
    if (!refused) {
      setGoingBack(false);
      setReason("");
      setDone(t("visitAdmin.statusChanged", { status: t(`visitStatus.${status}`) }));
    }
  };

  return (
    <div className="visit-status">
      <p>
        {t("visitAdmin.currentStatus")} <VisitStatusTag status={visit.status} />
      </p>
      <SavedNote text={done} />
      <FormProblem problem={found} fields={["reason"]} texts={visitTexts} />
      <div className="button-row">
        {forward && (
          <button
            type="button"
            className="button-primary"
            disabled={setting.fetching}
            onClick={() => void change(forward, null)}
          >
            {t(`visitAdmin.forward.${forward as "HELD" | "WRITTEN_UP"}`)}
          </button>
        )}
        {back && !goingBack && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDone("");
              setGoingBack(true);
            }}
          >
            {t(`visitAdmin.back.${back as "PLANNED" | "HELD"}`)}
          </button>
        )}
      </div>
      {!forward && <p className="muted">{t("visitAdmin.statusFinal")}</p>}
      {back && goingBack && (
        <form
          className="form-card visit-status-back"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void change(back, reason);
          }}
        >
          <Field
            name="reason"
            label={t("visitAdmin.backReason")}
            problem={found}
            texts={visitTexts}
          >
            {(control) => (
              <textarea
                {...control}
                id={`${id}-reason`}
                ref={reasonBox}
                rows={2}
                lang={CONTENT_LANG}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <div className="button-row">
            <button type="submit" className="button-secondary" disabled={setting.fetching}>
              {t("visitAdmin.backConfirm")}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setGoingBack(false);
                setFound(null);
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

const VisitParticipantsEditor_Set = graphql(
  `
    mutation VisitParticipantsEditor_Set($id: ID!, $participants: [VisitParticipantInput!]!) {
      setVisitParticipants(id: $id, participants: $participants) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetVisitParticipantsSuccess {
          data {
            id
            participants {
              id
              role
              person {
                id
                name
                email
              }
              organisation {
                id
                name
              }
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

type Kind = "person" | "organisation" | "role";
interface Row {
  key: number;
  kind: Kind;
  person: PersonChoice | null;
  organisation: OrganisationChoice | null;
  role: string;
}

let rowKeys = 0;
const newRow = (kind: Kind = "role"): Row => {
  rowKeys += 1;
  return { key: rowKeys, kind, person: null, organisation: null, role: "" };
};

export interface VisitParticipantData {
  role: string | null;
  person: PersonChoice | null;
  organisation: OrganisationChoice | null;
}

function rowOf(p: VisitParticipantData): Row {
  const kind: Kind = p.person ? "person" : p.organisation ? "organisation" : "role";
  return {
    ...newRow(kind),
    person: p.person,
    organisation: p.organisation,
    role: p.role ?? "",
  };
}

/** Who took part: rows of a person, an organisation with an optional role, or a role alone. */
export function VisitParticipantsEditor({
  visitId,
  participants,
}: {
  visitId: string;
  participants: readonly VisitParticipantData[];
}) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>(() => participants.map(rowOf));
  const [found, setFound] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [setting, setParticipants] = useMutation(VisitParticipantsEditor_Set);
  const focusKey = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusKey.current === null) return;
    document.getElementById(`visit-participant-kind-${focusKey.current}`)?.focus();
    focusKey.current = null;
  });

  const update = (key: number, changes: Partial<Row>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...changes } : r)));

  return (
    <form
      className="visit-participants"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const list = rows.map((r) =>
          r.kind === "person"
            ? { personId: r.person?.id ?? null }
            : r.kind === "organisation"
              ? { organisationId: r.organisation?.id ?? null, role: r.role.trim() || null }
              : { role: r.role.trim() || null },
        );
        const answer = await setParticipants({ id: visitId, participants: list });
        const refused = problemOf(answer.error, answer.data?.setVisitParticipants);
        // The browser's guard names the free-text field; here it belongs to the participants.
        setFound(
          refused && refused.code === "PERSONAL_DATA"
            ? { ...refused, field: "participants" }
            : refused,
        );
        if (!refused) setSaved(t("visitAdmin.participantsSaved"));
      }}
    >
      <p>{t("visitAdmin.participantsIntro")}</p>
      {found && <ProblemMessage key={found.key} problem={found} texts={visitTexts} />}
      {rows.length === 0 && <p className="muted">{t("visitAdmin.participantsEmpty")}</p>}
      <ol className="visit-participant-list">
        {rows.map((row, index) => {
          const number = index + 1;
          const kindId = `visit-participant-kind-${row.key}`;
          const roleId = `visit-participant-role-${row.key}`;
          return (
            <li key={row.key}>
              <fieldset className="visit-participant">
                <legend>{t("visitAdmin.participantLegend", { number })}</legend>
                <div className="visit-participant-fields">
                  <div className="field">
                    <label htmlFor={kindId}>{t("visitAdmin.participantKind")}</label>
                    <select
                      id={kindId}
                      value={row.kind}
                      onChange={(e) => update(row.key, { kind: e.target.value as Kind })}
                    >
                      <option value="person">{t("visitAdmin.kind.person")}</option>
                      <option value="organisation">{t("visitAdmin.kind.organisation")}</option>
                      <option value="role">{t("visitAdmin.kind.role")}</option>
                    </select>
                  </div>
                  {row.kind === "person" && (
                    <div className="visit-participant-search">
                      <PersonPicker
                        name={`person-${row.key}`}
                        label={t("visitAdmin.person")}
                        chosen={row.person ? [row.person] : []}
                        onChange={(chosen) => update(row.key, { person: chosen[0] ?? null })}
                      />
                    </div>
                  )}
                  {row.kind === "organisation" && (
                    <div className="visit-participant-search">
                      <OrganisationPicker
                        name={`organisation-${row.key}`}
                        label={t("visitAdmin.organisation")}
                        chosen={row.organisation ? [row.organisation] : []}
                        onChange={(chosen) => update(row.key, { organisation: chosen[0] ?? null })}
                      />
                    </div>
                  )}
                  {row.kind !== "person" && (
                    <div className="field">
                      <label htmlFor={roleId}>
                        {row.kind === "organisation"
                          ? t("visitAdmin.roleOptional")
                          : t("visitAdmin.role")}
                      </label>
                      <input
                        id={roleId}
                        type="text"
                        maxLength={120}
                        lang={CONTENT_LANG}
                        aria-describedby={`${roleId}-hint`}
                        value={row.role}
                        onChange={(e) => update(row.key, { role: e.target.value })}
                      />
                      <p id={`${roleId}-hint`} className="field-hint">
                        {t("visitAdmin.roleHint")}
                      </p>
                    </div>
                  )}
                  <div className="visit-participant-remove">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t("visitAdmin.removeParticipant", { number })}
                      onClick={() => {
                        setRows((current) => current.filter((r) => r.key !== row.key));
                        addButton.current?.focus();
                      }}
                    >
                      {t("visitAdmin.remove")}
                    </button>
                  </div>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button
          ref={addButton}
          type="button"
          className="button-secondary"
          onClick={() => {
            const row = newRow();
            focusKey.current = row.key;
            setRows((current) => [...current, row]);
          }}
        >
          {t("visitAdmin.addParticipant")}
        </button>
        <button type="submit" className="button-primary" disabled={setting.fetching}>
          {t("visitAdmin.saveParticipants")}
        </button>
        <SavedNote text={saved} />
      </div>
    </form>
  );
}

const VisitAnswersEditor_Set = graphql(
  `
    mutation VisitAnswersEditor_Set($id: ID!, $answers: [VisitAnswerInput!]!) {
      setVisitAnswers(id: $id, answers: $answers) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetVisitAnswersSuccess {
          data {
            id
            answers {
              questionNumber
              answer
              updatedAt
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The seven visit questions, each with what was heard; saved together. */
export function VisitAnswersEditor({
  visitId,
  questions,
  answers,
}: {
  visitId: string;
  questions: readonly { number: number; text: string }[];
  answers: readonly { questionNumber: number; answer: string }[];
}) {
  const { t } = useI18n();
  const [texts, setTexts] = useState<Record<number, string>>(() =>
    Object.fromEntries(answers.map((a) => [a.questionNumber, a.answer])),
  );
  const [found, setFound] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [setting, setAnswers] = useMutation(VisitAnswersEditor_Set);
  const fieldOf = (n: number) => `answer-${n}`;

  return (
    <form
      className="visit-answers"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const list = questions.map((q) => ({
          questionNumber: q.number,
          answer: (texts[q.number] ?? "").trim(),
        }));
        const answer = await setAnswers({ id: visitId, answers: list });
        let refused = problemOf(answer.error, answer.data?.setVisitAnswers);
        if (refused?.code === "PERSONAL_DATA") {
          // Shown beside the answer that holds the number.
          const holding = list.find((a) => holdsPersonalIdentityNumber(a.answer));
          if (holding) refused = { ...refused, field: fieldOf(holding.questionNumber) };
        }
        setFound(refused);
        if (refused?.field?.startsWith("answer-")) {
          document.querySelector<HTMLTextAreaElement>(`textarea[name="${refused.field}"]`)?.focus();
        }
        if (!refused) setSaved(t("visitAdmin.answersSaved"));
      }}
    >
      <p>{t("visitAdmin.answersIntro")}</p>
      <FormProblem
        problem={found}
        fields={questions.map((q) => fieldOf(q.number))}
        texts={visitTexts}
      />
      {questions.map((q) => (
        <Field
          key={q.number}
          name={fieldOf(q.number)}
          label={`${t("visitAdmin.question", { number: q.number })}: ${q.text}`}
          problem={found}
          texts={visitTexts}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              lang={CONTENT_LANG}
              value={texts[q.number] ?? ""}
              onChange={(e) => setTexts((current) => ({ ...current, [q.number]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={setting.fetching}>
          {t("visitAdmin.saveAnswers")}
        </button>
        <SavedNote text={saved} />
      </div>
    </form>
  );
}
