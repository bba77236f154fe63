import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { DonePanel } from "../components/done-panel";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  type ProblemTexts,
  problemOf,
} from "../components/form";
import { NewPasswordFields, passwordsDiffer } from "../components/new-password-fields";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const ResetPasswordPage_Reset = graphql(
  `
    mutation ResetPasswordPage_Reset($token: String!, $password: String!) {
      resetPassword(token: $token, password: $password) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ResetPasswordPage_Link = graphql(`
  query ResetPasswordPage_Link($token: String!) {
    passwordReset(token: $token) {
      state
    }
  }
`);

const linkTexts: ProblemTexts = {
  LINK_INVALID: "resetPassword.linkInvalid",
  LINK_USED: "resetPassword.linkUsed",
  LINK_EXPIRED: "resetPassword.linkExpired",
};

/** A new password from the link in the e-mail; every session of the person ends with it. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t("resetPassword.documentTitle"));
  const { token = "" } = useParams();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [result, reset] = useMutation(ResetPasswordPage_Reset);
  // A spent or expired link says so at once, before anyone types a new password.
  const [link] = useQuery({ query: ResetPasswordPage_Link, variables: { token } });
  const linkState = link.data ? (link.data.passwordReset?.state ?? "INVALID") : null;
  const deadLink = useMemo(
    () =>
      linkState !== null && linkState !== "VALID"
        ? localProblem(`LINK_${linkState}`, "token")
        : null,
    [linkState],
  );
  const shownProblem = problem ?? deadLink;
  const linkProblem = shownProblem?.code.startsWith("LINK_") ?? false;

  return (
    <div className="narrow">
      <div className="page-intro">
        <h1>{t("resetPassword.heading")}</h1>
        {!done && <p className="lead">{t("resetPassword.intro")}</p>}
      </div>
      {done ? (
        <DonePanel>
          <p>{t("resetPassword.done")}</p>
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
            const differ = passwordsDiffer(password, repeat);
            if (differ) return setProblem(differ);
            const answer = await reset({ token, password });
            const found = problemOf(answer.error, answer.data?.resetPassword);
            setProblem(found);
            if (!found) setDone(true);
          }}
        >
          <FormProblem problem={shownProblem} fields={["password", "repeat"]} texts={linkTexts} />
          {linkProblem && (
            <p>
              <Link to="/glomt-losenord">{t("resetPassword.askAgain")}</Link>
            </p>
          )}
          {!deadLink && (
            <>
              <NewPasswordFields
                label={t("account.newPassword")}
                password={password}
                repeat={repeat}
                onPassword={setPassword}
                onRepeat={setRepeat}
                problem={problem}
              />
              <div className="form-actions">
                <button type="submit" className="button-primary" disabled={result.fetching}>
                  {t("resetPassword.submit")}
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </div>
  );
}
