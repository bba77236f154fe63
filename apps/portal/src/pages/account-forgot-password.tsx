import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { DonePanel } from "../components/done-panel";
import {
  FormProblem,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "../components/form";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const ForgotPasswordPage_Request = graphql(`
  mutation ForgotPasswordPage_Request($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a link to choose a new password; the answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t("forgotPassword.documentTitle"));
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  const [result, request] = useMutation(ForgotPasswordPage_Request);

  return (
    <div className="narrow">
      <div className="page-intro">
        <h1>{t("forgotPassword.heading")}</h1>
        <p className="lead">{t("forgotPassword.intro")}</p>
      </div>
      {sent ? (
        <DonePanel>
          <p>{t("forgotPassword.sent")}</p>
          <p>{t("forgotPassword.sentHint")}</p>
          <p>
            <Link to="/logga-in">{t("account.toSignIn")}</Link>
          </p>
        </DonePanel>
      ) : (
        <form
          className="form-card"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (!email.trim()) return setProblem(localProblem("EMAIL_MISSING", "email"));
            const answer = await request({ email: email.trim() });
            const found = problemOf(answer.error, answer.data?.requestPasswordReset);
            setProblem(found);
            if (!found) setSent(true);
          }}
        >
          <FormProblem problem={problem} fields={["email"]} />
          <TextField
            name="email"
            type="email"
            label={t("account.email")}
            autoComplete="email"
            spellCheck={false}
            required
            value={email}
            onValue={setEmail}
            problem={problem}
          />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={result.fetching}>
              {t("forgotPassword.submit")}
            </button>
            <Link to="/logga-in">{t("account.toSignIn")}</Link>
          </div>
        </form>
      )}
    </div>
  );
}
