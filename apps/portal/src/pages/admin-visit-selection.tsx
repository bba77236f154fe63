import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useClient, useMutation, useQuery } from "urql";
import {
  Field,
  FormProblem_InputError,
  type Problem,
  problem,
  problemOf,
  useProblemText,
} from "../components/form";
import { QueryStatus } from "../components/query-status";
import { VisitInventedNote } from "../components/visit-common";
import { VisitMunicipalityPicker } from "../components/visit-municipality-picker";
import {
  type SelectionData,
  VisitSelectionResult,
  VisitSelectionResult_Selection,
} from "../components/visit-selection-result";
import { graphql, readFragment } from "../graphql";
import { type MessageKey, useDocumentTitle, useI18n } from "../i18n";
import "../i18n/office-texts";

const AdminVisitSelectionPage_Data = graphql(
  `
    query AdminVisitSelectionPage_Data {
      visitSelection {
        ...VisitSelectionResult_Selection
      }
      counties {
        code
        name
      }
      municipalityGroups {
        code
        name
      }
      municipalities {
        code
        name
        county {
          code
          name
        }
        group {
          code
        }
      }
    }
  `,
  [VisitSelectionResult_Selection],
);

const AdminVisitSelectionPage_Preview = graphql(
  `
    query AdminVisitSelectionPage_Preview(
      $size: Int!
      $seed: Int!
      $lockedIn: [String!]
      $lockedOut: [String!]
    ) {
      visitSelectionPreview(size: $size, seed: $seed, lockedIn: $lockedIn, lockedOut: $lockedOut) {
        __typename
        ...FormProblem_InputError
        ... on QueryVisitSelectionPreviewSuccess {
          data {
            ...VisitSelectionResult_Selection
          }
        }
      }
    }
  `,
  [FormProblem_InputError, VisitSelectionResult_Selection],
);

const AdminVisitSelectionPage_Save = graphql(
  `
    mutation AdminVisitSelectionPage_Save(
      $size: Int!
      $seed: Int!
      $lockedIn: [String!]
      $lockedOut: [String!]
    ) {
      saveVisitSelection(size: $size, seed: $seed, lockedIn: $lockedIn, lockedOut: $lockedOut) {
        __typename
        ...FormProblem_InputError
        ... on MutationSaveVisitSelectionSuccess {
          data {
            ...VisitSelectionResult_Selection
          }
        }
      }
    }
  `,
  [FormProblem_InputError, VisitSelectionResult_Selection],
);

/** The selection's conflicts, each with a text of the portal's own that names it. */
const conflictCodes = [
  "TOO_FEW_SEATS",
  "TOO_MANY_LOCKED_IN",
  "GROUP_OVER_LOCKED",
  "COUNTY_ALL_LOCKED_OUT",
  "GROUP_ALL_LOCKED_OUT",
  "COUNTY_UNREACHABLE",
  "NOT_ENOUGH_LEFT",
  "LOCKED_IN_AND_OUT",
  "UNKNOWN_MUNICIPALITY",
  "SIZE_NOT_WHOLE",
  "DROPS_VISITED_MUNICIPALITY",
] as const;
type ConflictCode = (typeof conflictCodes)[number];
const isConflict = (code: string): code is ConflictCode =>
  (conflictCodes as readonly string[]).includes(code);

const DEFAULT_SIZE = "50";
const DEFAULT_SEED = "2015";
const INT_MAX = 2_147_483_647;

interface Request {
  size: number;
  seed: number;
  lockedIn: string[];
  lockedOut: string[];
}

/** The coordinator chooses the municipalities to visit: preview with locks, then save. */
export function AdminVisitSelectionPage() {
  const { t, formatDateTime } = useI18n();
  useDocumentTitle(t("visitSelection.documentTitle"));
  const client = useClient();
  const problemText = useProblemText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminVisitSelectionPage_Data,
    requestPolicy: "cache-and-network",
  });
  const current = data?.visitSelection
    ? readFragment(VisitSelectionResult_Selection, data.visitSelection)
    : null;

  const [size, setSize] = useState(DEFAULT_SIZE);
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const [lockedIn, setLockedIn] = useState<string[]>([]);
  const [lockedOut, setLockedOut] = useState<string[]>([]);
  const [preview, setPreview] = useState<SelectionData | null>(null);
  const [running, setRunning] = useState(false);
  const [found, setFound] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, save] = useMutation(AdminVisitSelectionPage_Save);
  const problemBox = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const savedNotice = useRef<HTMLOutputElement>(null);
  const focusResult = useRef(false);

  // The form starts from the saved selection's settings, once, when it arrives.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !data) return;
    started.current = true;
    const s = data.visitSelection
      ? readFragment(VisitSelectionResult_Selection, data.visitSelection)
      : null;
    if (s) {
      setSize(String(s.size));
      setSeed(String(s.seed));
      setLockedIn([...s.lockedIn]);
      setLockedOut([...s.lockedOut]);
    }
  }, [data]);

  useEffect(() => {
    if (found) problemBox.current?.focus();
  }, [found]);
  useEffect(() => {
    if (saved) savedNotice.current?.focus();
  }, [saved]);
  useEffect(() => {
    if (preview && focusResult.current) {
      focusResult.current = false;
      resultHeading.current?.focus();
    }
  }, [preview]);

  /** The request the form holds, or a problem with its numbers. */
  function request(changes: Partial<Request> = {}): Request | Problem {
    const sizeNumber = Number(size);
    if (!Number.isInteger(sizeNumber) || size.trim() === "" || sizeNumber > INT_MAX) {
      return problem("SIZE_NOT_WHOLE", "size");
    }
    const seedNumber = Number(seed);
    if (!Number.isInteger(seedNumber) || seed.trim() === "" || Math.abs(seedNumber) > INT_MAX) {
      return problem("SEED_INVALID", "seed");
    }
    return { size: sizeNumber, seed: seedNumber, lockedIn, lockedOut, ...changes };
  }

  async function run(changes: Partial<Request> = {}) {
    const wanted = request(changes);
    setSaved(false);
    if ("code" in wanted) {
      setFound(wanted);
      return;
    }
    setRunning(true);
    const answer = await client
      .query(AdminVisitSelectionPage_Preview, wanted, { requestPolicy: "network-only" })
      .toPromise();
    setRunning(false);
    const payload = answer.data?.visitSelectionPreview;
    const refused = problemOf(answer.error, payload);
    setFound(refused);
    if (refused || payload?.__typename !== "QueryVisitSelectionPreviewSuccess") {
      setPreview(null);
      return;
    }
    focusResult.current = true;
    setPreview(readFragment(VisitSelectionResult_Selection, payload.data));
  }

  async function saveSelection() {
    const wanted = request();
    setSaved(false);
    if ("code" in wanted) {
      setFound(wanted);
      return;
    }
    const answer = await save(wanted);
    const refused = problemOf(answer.error, answer.data?.saveVisitSelection);
    setFound(refused);
    if (refused) {
      setPreview(null);
      return;
    }
    setPreview(null);
    setSaved(true);
    reexecute({ requestPolicy: "network-only" });
  }

  const lock = (code: string, how: "in" | "out" | "release", rerun: boolean) => {
    const nextIn = lockedIn.filter((c) => c !== code);
    const nextOut = lockedOut.filter((c) => c !== code);
    if (how === "in") nextIn.push(code);
    if (how === "out") nextOut.push(code);
    nextIn.sort();
    nextOut.sort();
    setLockedIn(nextIn);
    setLockedOut(nextOut);
    if (rerun) void run({ lockedIn: nextIn, lockedOut: nextOut });
  };

  const sizeNumber = Number(size);
  const conflictText = (p: Problem) =>
    isConflict(p.code)
      ? t(`visitConflict.${p.code}` as MessageKey, {
          size: Number.isFinite(sizeNumber) ? sizeNumber : size,
        })
      : null;
  const shown = preview ?? current;
  const counties = data?.counties ?? [];
  const groups = data?.municipalityGroups ?? [];
  const pickerMunicipalities = (data?.municipalities ?? []).map((m) => ({
    code: m.code,
    name: m.name,
    countyName: m.county.name,
    groupCode: m.group.code,
  }));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/besok">{t("visitSelection.back")}</Link>
      </p>
      <div className="page-intro">
        <h1>{t("visitSelection.heading")}</h1>
        <p className="lead">{t("visitSelection.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data && (
        <>
          <section className="section visit-current" aria-labelledby="visit-selection-current">
            <h2 id="visit-selection-current">{t("visitSelection.current")}</h2>
            {current ? (
              <p>
                {t("visitSelection.savedSettings", {
                  size: current.size,
                  seed: String(current.seed),
                })}{" "}
                {current.savedAt &&
                  (current.savedByName
                    ? t("visitSelection.savedBy", {
                        name: current.savedByName,
                        time: formatDateTime(current.savedAt),
                      })
                    : t("visitSelection.savedAt", { time: formatDateTime(current.savedAt) }))}
              </p>
            ) : (
              <p>{t("visitSelection.none")}</p>
            )}
            {current?.invented && <VisitInventedNote kind="selection" />}
            {saved && (
              <output ref={savedNotice} tabIndex={-1} className="notice notice-success">
                {t("visitSelection.saved")}
              </output>
            )}
          </section>

          <section className="section" aria-labelledby="visit-selection-settings">
            <h2 id="visit-selection-settings">{t("visitSelection.settings")}</h2>
            <form
              className="form-card visit-selection-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void run();
              }}
            >
              <div className="form-columns">
                <Field
                  name="size"
                  label={t("visitSelection.size")}
                  hint={t("visitSelection.sizeHint")}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={290}
                      step={1}
                      value={size}
                      onChange={(e) => setSize(e.target.value)}
                    />
                  )}
                </Field>
                <Field
                  name="seed"
                  label={t("visitSelection.seed")}
                  hint={t("visitSelection.seedHint")}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      inputMode="numeric"
                      step={1}
                      value={seed}
                      onChange={(e) => setSeed(e.target.value)}
                    />
                  )}
                </Field>
              </div>
              <VisitMunicipalityPicker
                municipalities={pickerMunicipalities}
                lockedIn={lockedIn}
                lockedOut={lockedOut}
                onLockIn={(code) => lock(code, "in", false)}
                onLockOut={(code) => lock(code, "out", false)}
                onRelease={(code) => lock(code, "release", false)}
              />
              {found && (
                <div
                  ref={problemBox}
                  tabIndex={-1}
                  className="visit-conflict"
                  role="alert"
                  key={found.key}
                >
                  {conflictText(found) !== null ? (
                    <>
                      <p className="visit-conflict-heading">{t("visitConflict.heading")}</p>
                      <p className="problem">{conflictText(found)}</p>
                      {found.message && (
                        <p className="visit-conflict-detail">
                          {t("visitConflict.apiDetail")} <span lang="en">{found.message}</span>
                        </p>
                      )}
                      <p>{t("visitConflict.nothingSaved")}</p>
                    </>
                  ) : (
                    <p className="problem">
                      {problemText(found, { SEED_INVALID: "visitSelection.seedInvalid" })}
                    </p>
                  )}
                </div>
              )}
              <div className="form-actions">
                <button type="submit" className="button-primary" disabled={running}>
                  {t("visitSelection.preview")}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={saving.fetching || running}
                  onClick={() => void saveSelection()}
                >
                  {t("visitSelection.save")}
                </button>
                <output className="muted">{running ? t("visitSelection.running") : ""}</output>
              </div>
            </form>
          </section>

          {shown && (
            <section className="section visit-result" aria-labelledby="visit-selection-result">
              <h2 id="visit-selection-result" ref={resultHeading} tabIndex={-1}>
                {preview ? t("visitSelection.previewHeading") : t("visitSelection.currentResult")}
              </h2>
              {preview && <p className="notice">{t("visitSelection.previewNote")}</p>}
              <VisitSelectionResult
                selection={shown}
                idPrefix="visit-selection"
                counties={counties}
                groups={groups}
                lockedIn={lockedIn}
                busy={running}
                onLock={(code, how) => lock(code, how, true)}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
