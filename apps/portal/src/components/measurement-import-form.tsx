import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useClient } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";
import { measurementHref, SURVEY_ROUNDS, type SurveyRound } from "../lib/measurement-params";
import { DataTable } from "./data-table";
import {
  Field,
  FormProblem,
  problem as localProblem,
  type Problem,
  type ProblemTexts,
  TextField,
} from "./form";

const MeasurementImportForm_Progress = graphql(`
  query MeasurementImportForm_Progress($id: ID!) {
    surveyImport(id: $id) {
      id
      status
      rowsRead
    }
  }
`);

/** The API's limit, told beforehand and checked before sending. */
const maximumBytes = 200 * 1024 * 1024;
const FIELDS = ["name", "periodStart", "periodEnd", "round", "file"];

const texts: ProblemTexts = {
  NAME_MISSING: "measurementAdmin.problem.NAME_MISSING",
  INVALID_NAME: "measurementAdmin.problem.INVALID_NAME",
  DATE_MISSING: "measurementAdmin.problem.DATE_MISSING",
  INVALID_DATE: "measurementAdmin.problem.INVALID_DATE",
  INVALID_PERIOD: "measurementAdmin.problem.INVALID_PERIOD",
  INVALID_ROUND: "measurementAdmin.problem.INVALID_ROUND",
  FILE_MISSING: "measurementAdmin.problem.FILE_MISSING",
  FILE_TOO_LARGE: "measurementAdmin.problem.FILE_TOO_LARGE",
  UPLOAD_FAILED: "measurementAdmin.problem.UPLOAD_FAILED",
  INTERNAL: "problem.FAILED",
};

interface ImportAnswer {
  id: string;
  status: string;
  name: string;
  rowsRead: number;
  problems: { row: number; reason: string }[];
  surveyId: string | null;
}

type Outcome =
  | { kind: "imported"; answer: ImportAnswer }
  | { kind: "refused"; answer: ImportAnswer }
  | { kind: "problem"; problem: Problem };

interface Progress {
  /** Bytes sent of the file's request. */
  sent: number;
  total: number;
  /** Data rows the API has read, once it has said. */
  rowsRead: number | null;
}

/** Posts the form to the upload route, telling how much is sent; the status and the answer. */
function send(
  body: FormData,
  onSent: (sent: number, total: number) => void,
): Promise<{ status: number; answer: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/measurement/surveys");
    request.setRequestHeader("Apollo-Require-Preflight", "true");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onSent(event.loaded, event.total);
    };
    request.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = null;
      }
      resolve({ status: request.status, answer });
    };
    request.onerror = () => reject(new Error("network"));
    request.onabort = () => reject(new Error("aborted"));
    request.send(body);
  });
}

/** About how many data rows the file has: its line breaks, less the header. */
async function estimateRows(file: File): Promise<number> {
  let lines = 0;
  let last = 10;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const byte of value) if (byte === 10) lines += 1;
    last = value[value.length - 1] ?? last;
  }
  if (last !== 10) lines += 1;
  return Math.max(0, lines - 1);
}

function outcomeOf(status: number, answer: unknown): Outcome {
  const body = (answer ?? {}) as {
    import?: ImportAnswer;
    error?: { code?: string; message?: string; field?: string };
  };
  if (status === 201 && body.import) return { kind: "imported", answer: body.import };
  if (status === 422 && body.import) return { kind: "refused", answer: body.import };
  const error = body.error;
  const code = error?.code ?? "FAILED";
  const field = code === "FILE_TOO_LARGE" || code === "FILE_MISSING" ? "file" : error?.field;
  return { kind: "problem", problem: localProblem(code, field ?? null, error?.message ?? "") };
}

/** How many rows were refused: those listed, and those the "row 0" line says were left out. */
function refusedRows(problems: readonly { row: number; reason: string }[]): number {
  const listed = new Set(problems.filter((p) => p.row > 0).map((p) => p.row)).size;
  const more = problems
    .filter((p) => p.row === 0)
    .map((p) => Number(/ytterligare (\d+)/.exec(p.reason)?.[1] ?? 0))
    .reduce((sum, n) => sum + n, 0);
  return listed + more;
}

/**
 * The coordinator's import of a time-use survey: the file's expected columns, the form, the
 * progress while the file is sent and read, and the outcome: every bad row, or a link to the
 * imported survey's public page.
 */
export function MeasurementImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [periodStart, setPeriodStart] = useState("");
  const [periodEnd, setPeriodEnd] = useState("");
  const [round, setRound] = useState<SurveyRound>("BEFORE_VISIT_1");
  const [running, setRunning] = useState<{ importId: string; rows: number | null } | null>(null);
  const [progress, setProgress] = useState<Progress>({ sent: 0, total: 0, rowsRead: null });
  const [announcement, setAnnouncement] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const problem = outcome?.kind === "problem" ? outcome.problem : null;

  // While the file is read, ask the API how far it has come, every second.
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = window.setInterval(async () => {
      const answer = await client
        .query(
          MeasurementImportForm_Progress,
          { id: running.importId },
          { requestPolicy: "network-only" },
        )
        .toPromise();
      const found = answer.data?.surveyImport;
      if (stopped || !found) return;
      setProgress((p) => ({ ...p, rowsRead: found.rowsRead }));
    }, 1000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [running, client]);

  const progressText = (() => {
    if (!running) return "";
    if (progress.rowsRead !== null && progress.rowsRead > 0)
      return running.rows
        ? t("measurementAdmin.readingOf", {
            rows: progress.rowsRead,
            total: Math.max(running.rows, progress.rowsRead),
          })
        : t("measurementAdmin.reading", { rows: progress.rowsRead });
    const percent = progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
    return t("measurementAdmin.uploading", { percent });
  })();

  // Screen readers hear the progress now and then, not at every answer.
  const lastAnnounced = useRef(0);
  useEffect(() => {
    if (!progressText) return;
    const now = Date.now();
    if (now - lastAnnounced.current < 5000) return;
    lastAnnounced.current = now;
    setAnnouncement(progressText);
  }, [progressText]);

  // The outcome takes the focus, so that it is read first.
  useEffect(() => {
    if (!outcome) return;
    if (outcome.kind === "problem") {
      const field = outcome.problem.field;
      const control = field
        ? formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)
        : null;
      (control ?? outcomeRef.current)?.focus();
    } else outcomeRef.current?.focus();
  }, [outcome]);

  const submit = async () => {
    const file = fileInput.current?.files?.[0];
    const local = !name.trim()
      ? localProblem("NAME_MISSING", "name")
      : !periodStart
        ? localProblem("DATE_MISSING", "periodStart")
        : !periodEnd
          ? localProblem("DATE_MISSING", "periodEnd")
          : !file
            ? localProblem("FILE_MISSING", "file")
            : file.size > maximumBytes
              ? localProblem("FILE_TOO_LARGE", "file")
              : null;
    if (local || !file) {
      setOutcome({ kind: "problem", problem: local ?? localProblem("FILE_MISSING", "file") });
      return;
    }
    const importId = crypto.randomUUID();
    setOutcome(null);
    setProgress({ sent: 0, total: file.size, rowsRead: null });
    lastAnnounced.current = 0;
    setRunning({ importId, rows: null });
    estimateRows(file).then(
      (rows) => setRunning((r) => (r?.importId === importId ? { ...r, rows } : r)),
      () => undefined,
    );
    // The fields go before the file, so that the API knows them when the file starts.
    const body = new FormData();
    body.append("name", name.trim());
    body.append("periodStart", periodStart);
    body.append("periodEnd", periodEnd);
    body.append("round", round);
    body.append("importId", importId);
    body.append("file", file, file.name);
    let result: Outcome;
    try {
      const { status, answer } = await send(body, (sent, total) =>
        setProgress((p) => ({ ...p, sent, total })),
      );
      result = outcomeOf(status, answer);
    } catch {
      result = { kind: "problem", problem: localProblem("FAILED") };
    }
    setRunning(null);
    setAnnouncement("");
    setOutcome(result);
    if (result.kind === "imported") {
      if (fileInput.current) fileInput.current.value = "";
      onImported();
    }
  };

  const fileInvalid = problem?.field === "file";
  return (
    <>
      <section className="measurement-columns" aria-labelledby={`${id}-columns`}>
        <h3 id={`${id}-columns`}>{t("measurementAdmin.columnsHeading")}</h3>
        <p>{t("measurementAdmin.columnsIntro")}</p>
        <ul>
          <li>{t("measurementAdmin.columnMunicipality")}</li>
          <li>{t("measurementAdmin.columnRole")}</li>
          <li>{t("measurementAdmin.columnShares")}</li>
        </ul>
        <p>{t("measurementAdmin.columnsExample")}</p>
        <pre className="measurement-example" lang={CONTENT_LANG}>
          {
            "kommunkod;roll;direkt;dokumentation;administration;resor;övrigt\n0180;socialsekreterare;0,35;0,30;0,15;0,05;0,15\n2584;chef;20;25;40;5;10"
          }
        </pre>
      </section>

      <form
        ref={formRef}
        className="form-card measurement-import"
        noValidate
        aria-labelledby={`${id}-heading`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!running) void submit();
        }}
      >
        <h3 id={`${id}-heading`} className="visually-hidden">
          {t("measurementAdmin.importHeading")}
        </h3>
        <FormProblem problem={problem} fields={FIELDS} texts={texts} />
        <TextField
          name="name"
          label={t("measurementAdmin.name")}
          hint={t("measurementAdmin.nameHint")}
          maxLength={200}
          required
          value={name}
          onValue={setName}
          problem={problem}
          texts={texts}
        />
        <div className="measurement-period">
          <TextField
            name="periodStart"
            type="date"
            label={t("measurementAdmin.periodStart")}
            required
            value={periodStart}
            onValue={setPeriodStart}
            problem={problem}
            texts={texts}
          />
          <TextField
            name="periodEnd"
            type="date"
            label={t("measurementAdmin.periodEnd")}
            required
            value={periodEnd}
            onValue={setPeriodEnd}
            problem={problem}
            texts={texts}
          />
        </div>
        <Field name="round" label={t("measurementAdmin.round")} problem={problem} texts={texts}>
          {(control) => (
            <select
              {...control}
              value={round}
              onChange={(event) => setRound(event.target.value as SurveyRound)}
            >
              {SURVEY_ROUNDS.map((r) => (
                <option key={r} value={r}>
                  {t(`measurement.roundLabel.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="file"
          label={t("measurementAdmin.file")}
          hint={t("measurementAdmin.fileHint")}
          problem={problem}
          texts={texts}
        >
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              aria-invalid={fileInvalid || undefined}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={running !== null}>
            {running ? t("measurementAdmin.submitting") : t("measurementAdmin.submit")}
          </button>
        </div>
        {running && (
          <div className="measurement-progress">
            <label htmlFor={`${id}-progress`}>{progressText}</label>
            <progress
              id={`${id}-progress`}
              {...(progress.rowsRead !== null && progress.rowsRead > 0
                ? running.rows
                  ? { max: Math.max(running.rows, progress.rowsRead), value: progress.rowsRead }
                  : {}
                : progress.total > 0
                  ? { max: progress.total, value: progress.sent }
                  : {})}
            />
          </div>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </form>

      {outcome?.kind === "imported" && (
        <div
          ref={outcomeRef as RefObject<HTMLDivElement>}
          tabIndex={-1}
          className="notice notice-success measurement-outcome"
        >
          <p>
            {t("measurementAdmin.imported", {
              name: outcome.answer.name,
              count: outcome.answer.rowsRead,
            })}
          </p>
          {outcome.answer.surveyId && (
            <p>
              <Link to={measurementHref(outcome.answer.surveyId)}>
                {t("measurementAdmin.importedLink")}
              </Link>
            </p>
          )}
        </div>
      )}

      {outcome?.kind === "refused" && (
        <RefusedRows focusRef={outcomeRef} problems={outcome.answer.problems} />
      )}
    </>
  );
}

function RefusedRows({
  focusRef,
  problems,
}: {
  focusRef: RefObject<HTMLElement | null>;
  problems: readonly { row: number; reason: string }[];
}) {
  const { t } = useI18n();
  const id = useId();
  const count = refusedRows(problems);
  const fileWide = problems.filter((p) => p.row === 0);
  const rows = problems.filter((p) => p.row > 0);
  return (
    <section
      ref={focusRef}
      tabIndex={-1}
      className="notice notice-error measurement-outcome"
      aria-labelledby={`${id}-summary`}
    >
      <p id={`${id}-summary`} className="measurement-refused-summary">
        {count > 0
          ? t("measurementAdmin.refusedSummary", { count })
          : t("measurementAdmin.refusedFile")}
      </p>
      {fileWide.map((p) => (
        <p key={p.reason} lang={CONTENT_LANG}>
          {p.reason}
        </p>
      ))}
      {rows.length > 0 && (
        <DataTable
          captionId={`${id}-caption`}
          caption={t("measurementAdmin.refusedCaption")}
          className="measurement-problems"
          rows={rows}
          columns={
            <>
              <th scope="col" className="numeric">
                {t("measurementAdmin.col.row")}
              </th>
              <th scope="col">{t("measurementAdmin.col.reason")}</th>
            </>
          }
          row={(p) => (
            <tr key={`${p.row}:${p.reason}`}>
              <th scope="row" className="numeric">
                <span className="visually-hidden">{t("measurementAdmin.col.row")} </span>
                {p.row}
              </th>
              <td lang={CONTENT_LANG}>{p.reason}</td>
            </tr>
          )}
        />
      )}
    </section>
  );
}
