import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef } from "react";
import { Link, useLocation } from "react-router";
import type { CombinedError } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { type MessageKey, useI18n } from "../i18n";
import { signInHref } from "./access-notice";

/** Every mutation with expected failures spreads this in its result union. */
export const FormProblem_InputError = graphql(`
  fragment FormProblem_InputError on InputError {
    code
    field
    message
    retryAt
  }
`);

/**
 * What went wrong with a form: the API's InputError, or FORBIDDEN / UNAUTHENTICATED / FAILED
 * (the request did not get through), or a check of the portal's own (PASSWORDS_DIFFER, EMAIL_MISSING …).
 * `key` changes with every attempt, so a screen reader announces a repeated message again.
 */
export interface Problem {
  code: string;
  field: string | null;
  message: string;
  retryAt: string | null;
  key: number;
  /**
   * The fields a message of the whole form is about (a wrong password is about the e-mail and the
   * password): they are marked invalid and described by the message, which is shown once.
   */
  about?: string[];
  /** Further problems found at the same time, each with its field (e-mail and password both missing). */
  more?: Problem[];
}

/** Texts for codes whose meaning depends on the form, such as LINK_USED for an invitation. */
export type ProblemTexts = Partial<Record<string, MessageKey>>;

let attempts = 0;

export function problem(code: string, field: string | null = null, message = ""): Problem {
  attempts += 1;
  return { code, field, message, retryAt: null, key: attempts };
}

/** Several problems found at once, as one: the first, with the others in `more`; null for none. */
export function problems(found: (Problem | null)[]): Problem | null {
  const [first, ...others] = found.filter((p): p is Problem => p !== null);
  if (!first) return null;
  return others.length > 0 ? { ...first, more: others } : first;
}

/** The problem and those found with it. */
export function allProblems(p: Problem | null | undefined): Problem[] {
  return p ? [p, ...(p.more ?? [])] : [];
}

/**
 * A message of the whole form tied to the fields it is about, by its code: for sign-in,
 * `{ INVALID_CREDENTIALS: ["email", "password"] }`. Other problems are left as they are.
 */
export function concerning(
  p: Problem | null,
  fieldsByCode: Partial<Record<string, string[]>>,
): Problem | null {
  const about = p && p.field === null ? fieldsByCode[p.code] : undefined;
  return p && about ? { ...p, about } : p;
}

/** The id of a form's message, which the fields it is about point at with aria-describedby. */
const formProblemId = (p: Problem) => `form-problem-${p.key}`;

/** Moves focus to the first field with a problem (a summary of several takes focus itself). */
export function focusProblemField(form: HTMLFormElement | null, p: Problem | null) {
  if (!form || !p || (p.more?.length ?? 0) > 0) return;
  const name = p.field ?? p.about?.[0];
  if (name) form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
}

/** The mutations select `__typename` beside the fragment, which tells an InputError from a success. */
function isInputError(payload: object): payload is FragmentOf<typeof FormProblem_InputError> {
  return "__typename" in payload && payload.__typename === "InputError";
}

/** The problem in a mutation's answer, or null when it succeeded. */
export function problemOf(
  error: CombinedError | undefined,
  payload: object | boolean | number | null | undefined,
): Problem | null {
  if (error) {
    // The browser's own guard (lib/personal-data-exchange.ts) refused to send it.
    const personal = error.graphQLErrors.find((e) => e.extensions?.code === "PERSONAL_DATA");
    if (personal) {
      const field = personal.extensions.field;
      return problem("PERSONAL_DATA", typeof field === "string" ? field : null);
    }
    const codes = error.graphQLErrors.map((e) => e.extensions?.code);
    const code = codes.find((c) => c === "FORBIDDEN" || c === "UNAUTHENTICATED");
    return problem(typeof code === "string" ? code : "FAILED", null, error.message);
  }
  if (payload === null || payload === undefined) return problem("FAILED");
  if (typeof payload === "object" && isInputError(payload)) {
    const e = readFragment(FormProblem_InputError, payload);
    return { ...problem(e.code, e.field, e.message), retryAt: e.retryAt };
  }
  return null;
}

const codeTexts: Record<string, MessageKey> = {
  INVALID_CREDENTIALS: "problem.INVALID_CREDENTIALS",
  ACCOUNT_LOCKED: "problem.ACCOUNT_LOCKED",
  TOO_MANY_ATTEMPTS: "problem.TOO_MANY_ATTEMPTS",
  PASSWORD_TOO_SHORT: "problem.PASSWORD_TOO_SHORT",
  PASSWORD_IS_EMAIL: "problem.PASSWORD_IS_EMAIL",
  PASSWORD_UNCHANGED: "problem.PASSWORD_UNCHANGED",
  PASSWORDS_DIFFER: "problem.PASSWORDS_DIFFER",
  EMAIL_MISSING: "problem.EMAIL_MISSING",
  PASSWORD_MISSING: "problem.PASSWORD_MISSING",
  LINK_INVALID: "problem.LINK_INVALID",
  LINK_USED: "problem.LINK_USED",
  LINK_EXPIRED: "problem.LINK_EXPIRED",
  LINK_REVOKED: "problem.LINK_REVOKED",
  NAME_LENGTH: "problem.NAME_LENGTH",
  EMAIL_INVALID: "problem.EMAIL_INVALID",
  PERSON_EXISTS: "problem.PERSON_EXISTS",
  TOO_MANY_INVITATIONS: "problem.TOO_MANY_INVITATIONS",
  NOT_FOUND: "problem.NOT_FOUND",
  NO_ACCOUNT: "problem.NO_ACCOUNT",
  ALREADY_MEMBER: "problem.ALREADY_MEMBER",
  NOT_A_MEMBER: "problem.NOT_A_MEMBER",
  WRONG_PASSWORD: "problem.WRONG_PASSWORD",
  OWN_ROLE: "problem.OWN_ROLE",
  OWN_ACCOUNT: "problem.OWN_ACCOUNT",
  LAST_COORDINATOR: "problem.LAST_COORDINATOR",
  NAME_TAKEN: "problem.NAME_TAKEN",
  WEBSITE_INVALID: "problem.WEBSITE_INVALID",
  PERSONAL_DATA: "problem.PERSONAL_DATA",
  TOO_FAST: "problem.TOO_FAST",
  DUPLICATE: "problem.DUPLICATE",
  TOO_DEEP: "problem.TOO_DEEP",
  THEME_CLOSED: "problem.THEME_CLOSED",
  POST_NOT_PUBLISHED: "problem.POST_NOT_PUBLISHED",
  BODY_EMPTY: "problem.BODY_EMPTY",
  BODY_TOO_LONG: "problem.BODY_TOO_LONG",
  NO_ORGANISATION: "problem.NO_ORGANISATION",
  OWN_COMMENT: "problem.OWN_COMMENT",
  NOT_PROPOSED: "problem.NOT_PROPOSED",
  BLOCKED: "problem.BLOCKED",
  THREAD_LOCKED: "problem.THREAD_LOCKED",
  SLOW_MODE: "problem.SLOW_MODE",
  NOTE_TOO_LONG: "problem.NOTE_TOO_LONG",
  REASON_REQUIRED: "problem.REASON_REQUIRED",
  REASON_TOO_LONG: "problem.REASON_TOO_LONG",
  INVALID_UNTIL: "problem.INVALID_UNTIL",
  INVALID_SECONDS: "problem.INVALID_SECONDS",
  SELF: "problem.SELF",
  NOT_BLOCKABLE: "problem.NOT_BLOCKABLE",
  FORBIDDEN: "problem.FORBIDDEN",
  UNAUTHENTICATED: "problem.UNAUTHENTICATED",
  FAILED: "problem.FAILED",
};

/** Codes whose message says when to try again, with a text of their own for when the API does not say. */
const waitCodes = [
  "ACCOUNT_LOCKED",
  "TOO_MANY_ATTEMPTS",
  "TOO_MANY_INVITATIONS",
  "TOO_FAST",
  "SLOW_MODE",
  "BLOCKED",
] as const;
type WaitCode = (typeof waitCodes)[number];
const isWaitCode = (code: string): code is WaitCode =>
  (waitCodes as readonly string[]).includes(code);

/** The problem in the portal's language; a code the portal does not know shows the API's message. */
export function useProblemText(): (p: Problem, texts?: ProblemTexts) => string {
  const { t, formatTime, formatTimeWithSeconds, formatDateTime, formatDate } = useI18n();
  /** A moment later today to the second ("kl. 14:35:20"), a later day with its date. */
  const momentSoon = (value: string) =>
    formatDate(value) === formatDate(new Date())
      ? t("problem.atTime", { time: formatTimeWithSeconds(value) })
      : formatDateTime(value);
  return (p, texts) => {
    const key = texts?.[p.code] ?? codeTexts[p.code];
    if (!key) return t("problem.other", { message: p.message });
    if (isWaitCode(p.code) && !p.retryAt) return t(`problem.${p.code}_LATER`);
    if (!p.retryAt) return t(key, { time: "" });
    // Comments wait seconds, not minutes: the time to try again is given to the second.
    if (p.code === "TOO_FAST") return t(key, { time: formatTimeWithSeconds(p.retryAt) });
    if (p.code === "SLOW_MODE") return t(key, { time: momentSoon(p.retryAt) });
    // A block lasts days: its end with the date.
    if (p.code === "BLOCKED") return t(key, { time: formatDateTime(p.retryAt) });
    return t(key, { time: formatTime(p.retryAt) });
  };
}

/** A problem as an announced message; a person whose session ended gets a way to sign in again. */
export function ProblemMessage({
  problem: p,
  id,
  texts,
}: {
  problem: Problem;
  id?: string;
  texts?: ProblemTexts;
}) {
  const { t } = useI18n();
  const text = useProblemText();
  const location = useLocation();
  return (
    <p id={id} className="problem" role="alert">
      {text(p, texts)}
      {p.code === "UNAUTHENTICATED" && (
        <>
          {" "}
          <Link to={signInHref(location)}>{t("account.signIn")}</Link>
        </>
      )}
    </p>
  );
}

/**
 * The form's problem when it belongs to none of its fields (those show it beside the field);
 * several problems with fields at once get a summary listing them all, which takes focus.
 */
export function FormProblem({
  problem: p,
  fields = [],
  texts,
}: {
  problem: Problem | null;
  fields?: string[];
  texts?: ProblemTexts;
}) {
  const all = allProblems(p);
  const withField = all.filter((x) => x.field !== null && fields.includes(x.field));
  if (!p) return null;
  if (withField.length > 1)
    return <ProblemSummary key={p.key} problems={withField} texts={texts} />;
  if (p.field !== null && fields.includes(p.field)) return null;
  return <ProblemMessage key={p.key} problem={p} id={formProblemId(p)} texts={texts} />;
}

/** "Formuläret har 2 fel" and each one's message; focused when shown, so it is read at once. */
function ProblemSummary({ problems: list, texts }: { problems: Problem[]; texts?: ProblemTexts }) {
  const { t } = useI18n();
  const text = useProblemText();
  const headingId = useId();
  const summary = useRef<HTMLElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <section
      ref={summary}
      className="notice notice-error problem-summary"
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <p id={headingId}>
        <strong>{t("common.problemSummary", { count: list.length })}</strong>
      </p>
      <ul>
        {list.map((x) => (
          <li key={x.field}>{text(x, texts)}</li>
        ))}
      </ul>
    </section>
  );
}

interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldProps {
  /** The input's name, which is also the API's `field` for it. */
  name: string;
  label: string;
  hint?: string;
  problem?: Problem | null;
  texts?: ProblemTexts;
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint, the problem with this field (if any) and the control, tied together. */
export function Field({ name, label, hint, problem: p, texts, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const own = allProblems(p).find((x) => x.field === name);
  // A message of the whole form about this field (a wrong password) describes it from where it is.
  const about = p && p.field === null && p.about?.includes(name) ? p : null;
  const invalid = own !== undefined || about !== null;
  const describedBy = [
    hint ? hintId : null,
    own ? problemId : null,
    about ? formProblemId(about) : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={invalid ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {own && <ProblemMessage key={own.key} problem={own} id={problemId} texts={texts} />}
      {children({
        id,
        name,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy || undefined,
      })}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "onChange"> & {
  name: string;
  label: string;
  hint?: string;
  problem?: Problem | null;
  texts?: ProblemTexts;
  onValue: (value: string) => void;
};

/** A text, e-mail or password input in a Field. */
export function TextField({ name, label, hint, problem: p, texts, onValue, ...input }: InputProps) {
  return (
    <Field name={name} label={label} hint={hint} problem={p} texts={texts}>
      {(control) => <input {...input} {...control} onChange={(e) => onValue(e.target.value)} />}
    </Field>
  );
}
