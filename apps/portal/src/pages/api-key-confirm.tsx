import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ApiKeyShownOnce } from "../components/api-key-shown-once";
import {
  FormProblem,
  FormProblem_InputError,
  type Problem,
  type ProblemTexts,
  problemOf,
} from "../components/form";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const ApiKeyConfirmPage_Confirm = graphql(
  `
    mutation ApiKeyConfirmPage_Confirm($token: String!) {
      confirmApiKey(token: $token) {
        __typename
        ... on MutationConfirmApiKeySuccess {
          data {
            secret
            key {
              id
              name
            }
          }
        }
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ApiKeyConfirmPage_Link = graphql(`
  query ApiKeyConfirmPage_Link($token: String!) {
    apiKeyLink(token: $token)
  }
`);

const linkTexts: ProblemTexts = {
  LINK_INVALID: "apiKey.linkInvalid",
  LINK_USED: "apiKey.linkUsed",
  LINK_EXPIRED: "apiKey.linkExpired",
  TOO_MANY_KEYS: "apiKey.TOO_MANY_KEYS",
};

/** The problem a link that cannot make its key is shown with, as `confirmApiKey` would answer. */
function spentLink(state: string | undefined): Problem | null {
  if (state === undefined || state === "READY") return null;
  return { code: `LINK_${state}`, field: "token", message: "", retryAt: null, key: 0 };
}

/**
 * The link in the mail: a press of the button makes the key and shows it, once. (Not on opening:
 * a mail program that opens links to check them would spend it unseen.) A link that is spent, too
 * old or not whole says so at once, with no button.
 */
export function ApiKeyConfirmPage() {
  const { t } = useI18n();
  useDocumentTitle(t("apiKey.confirmTitle"));
  const { token = "" } = useParams();
  const [link] = useQuery({ query: ApiKeyConfirmPage_Link, variables: { token } });
  const [answered, setProblem] = useState<Problem | null>(null);
  const [made, setMade] = useState<{ name: string; secret: string } | null>(null);
  const [confirming, confirm] = useMutation(ApiKeyConfirmPage_Confirm);
  const problem = answered ?? spentLink(link.data?.apiKeyLink);
  const linkSpent = problem?.code.startsWith("LINK_") ?? false;
  // Until the link's state is known, the button waits, so that it never shows for a spent link.
  if (link.fetching) return null;

  return (
    <div className="narrow">
      <div className="page-intro">
        <h1>{t("apiKey.confirmHeading")}</h1>
        {!made && !linkSpent && <p className="lead">{t("apiKey.confirmIntro")}</p>}
      </div>
      {made ? (
        <ApiKeyShownOnce name={made.name} secret={made.secret} />
      ) : (
        <form
          className="form-card"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const answer = await confirm({ token });
            const payload = answer.data?.confirmApiKey;
            const found = problemOf(answer.error, payload);
            setProblem(found);
            if (!found && payload?.__typename === "MutationConfirmApiKeySuccess")
              setMade({ name: payload.data.key.name, secret: payload.data.secret });
          }}
        >
          <FormProblem problem={problem} texts={linkTexts} />
          {linkSpent ? (
            <p>
              <Link to="/api-nyckel">{t("apiKey.askAgain")}</Link>
            </p>
          ) : (
            <div className="form-actions">
              <button type="submit" className="button-primary" disabled={confirming.fetching}>
                {t("apiKey.confirmSubmit")}
              </button>
            </div>
          )}
        </form>
      )}
    </div>
  );
}
