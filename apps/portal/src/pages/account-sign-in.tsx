import { useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import {
  concerning,
  FormProblem,
  FormProblem_InputError,
  focusProblemField,
  problem as localProblem,
  type Problem,
  problemOf,
  problems,
  TextField,
} from "../components/form";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useSession } from "../lib/session";
import { useViewer } from "../lib/viewer";

const SignInPage_SignIn = graphql(
  `
    mutation SignInPage_SignIn($email: String!, $password: String!) {
      signIn(email: $email, password: $password) {
        __typename
        ...FormProblem_InputError
        ... on MutationSignInSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** Where to go after signing in: a path of the portal from ?tillbaka=, never another site. */
function returnPath(value: string | null): string {
  if (value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  return "/profil";
}

/** Sign in with e-mail and password, then back to where the person came from. */
export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t("signIn.documentTitle"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const { state: viewer } = useViewer();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, signIn] = useMutation(SignInPage_SignIn);
  const form = useRef<HTMLFormElement>(null);
  const show = (found: Problem | null) => {
    setProblem(found);
    // After React shows the messages, so the field is marked when it gets focus.
    requestAnimationFrame(() => focusProblemField(form.current, found));
  };

  return (
    <div className="narrow">
      <div className="page-intro">
        <h1>{t("signIn.heading")}</h1>
        <p className="lead">{t("signIn.intro")}</p>
      </div>

      {viewer.status === "signedIn" && (
        <p className="notice">
          {t("signIn.alreadySignedIn", { name: viewer.person.name })}{" "}
          <Link to="/profil">{t("signIn.toProfile")}</Link>
        </p>
      )}

      <form
        ref={form}
        className="form-card"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          // Every missing field at once, not one at a time.
          const missing = problems([
            email.trim() ? null : localProblem("EMAIL_MISSING", "email"),
            password ? null : localProblem("PASSWORD_MISSING", "password"),
          ]);
          if (missing) return show(missing);
          const answer = await signIn({ email: email.trim(), password });
          const found = concerning(problemOf(answer.error, answer.data?.signIn), {
            INVALID_CREDENTIALS: ["email", "password"],
          });
          if (found) return show(found);
          setProblem(null);
          session.renew();
          navigate(returnPath(params.get("tillbaka")), { replace: true });
        }}
      >
        <FormProblem problem={problem} fields={["email", "password"]} />
        <TextField
          name="email"
          type="email"
          label={t("account.email")}
          autoComplete="username"
          spellCheck={false}
          required
          value={email}
          onValue={setEmail}
          problem={problem}
        />
        <TextField
          name="password"
          type="password"
          label={t("account.password")}
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          problem={problem}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={result.fetching}>
            {t("account.signIn")}
          </button>
          <Link to="/glomt-losenord">{t("signIn.forgotPassword")}</Link>
        </div>
      </form>
    </div>
  );
}
