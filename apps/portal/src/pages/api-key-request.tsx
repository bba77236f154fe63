import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { DonePanel } from "../components/done-panel";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  type ProblemTexts,
  problemOf,
  TextField,
} from "../components/form";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";

const ApiKeyRequestPage_Request = graphql(
  `
    mutation ApiKeyRequestPage_Request($email: String!, $name: String!) {
      requestApiKey(email: $email, name: $name) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ApiKeyRequestPage_Revoke = graphql(
  `
    mutation ApiKeyRequestPage_Revoke($key: String!) {
      revokeApiKeyBySecret(key: $key) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const texts: ProblemTexts = {
  KEY_NAME_LENGTH: "apiKey.KEY_NAME_LENGTH",
  NAME_MISSING: "apiKey.nameMissing",
  KEY_MISSING: "apiKey.keyMissing",
  INVALID_API_KEY: "apiKey.keyUnknown",
};

/** Asks for an API key by e-mail, without an account; and revokes one by the key itself. */
export function ApiKeyRequestPage() {
  const { t } = useI18n();
  useDocumentTitle(t("apiKey.documentTitle"));
  const { state: viewer } = useViewer();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requested, request] = useMutation(ApiKeyRequestPage_Request);
  const [key, setKey] = useState("");
  const [revokeProblem, setRevokeProblem] = useState<Problem | null>(null);
  const [revokedDone, setRevokedDone] = useState(false);
  const [revoking, revoke] = useMutation(ApiKeyRequestPage_Revoke);

  return (
    <div className="narrow">
      <div className="page-intro">
        <h1>{t("apiKey.heading")}</h1>
        <p className="lead">{t("apiKey.intro")}</p>
        <p>{t("apiKey.noAccount")}</p>
        <p>
          <Link to="/utvecklare">{t("apiKey.toDeveloper")}</Link>
          {viewer.status === "signedIn" && (
            <>
              {" · "}
              <Link to="/profil">{t("apiKey.toProfile")}</Link>
            </>
          )}
        </p>
      </div>
      {sentTo ? (
        <DonePanel>
          <p>{t("apiKey.sent", { email: sentTo })}</p>
          <p>{t("apiKey.sentHint")}</p>
        </DonePanel>
      ) : (
        <form
          className="form-card"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (!email.trim()) return setProblem(localProblem("EMAIL_MISSING", "email"));
            if (!name.trim()) return setProblem(localProblem("NAME_MISSING", "name"));
            const answer = await request({ email: email.trim(), name: name.trim() });
            const found = problemOf(answer.error, answer.data?.requestApiKey);
            setProblem(found);
            if (!found) setSentTo(email.trim());
          }}
        >
          <FormProblem problem={problem} fields={["email", "name"]} texts={texts} />
          <TextField
            name="email"
            type="email"
            label={t("apiKey.email")}
            hint={t("apiKey.emailHint")}
            autoComplete="email"
            spellCheck={false}
            required
            value={email}
            onValue={setEmail}
            problem={problem}
            texts={texts}
          />
          <TextField
            name="name"
            label={t("apiKey.name")}
            hint={t("apiKey.nameHint")}
            maxLength={80}
            required
            value={name}
            onValue={setName}
            problem={problem}
            texts={texts}
          />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={requested.fetching}>
              {t("apiKey.submit")}
            </button>
          </div>
        </form>
      )}

      <section className="section" aria-labelledby="api-key-revoke">
        <h2 id="api-key-revoke">{t("apiKey.revokeHeading")}</h2>
        <p>{t("apiKey.revokeIntro")}</p>
        {revokedDone ? (
          <DonePanel>
            <p>{t("apiKey.revoked")}</p>
          </DonePanel>
        ) : (
          <form
            className="form-card form-danger"
            noValidate
            aria-labelledby="api-key-revoke"
            onSubmit={async (event) => {
              event.preventDefault();
              if (!key.trim()) return setRevokeProblem(localProblem("KEY_MISSING", "key"));
              const answer = await revoke({ key: key.trim() });
              const found = problemOf(answer.error, answer.data?.revokeApiKeyBySecret);
              setRevokeProblem(found);
              if (!found) setRevokedDone(true);
            }}
          >
            <FormProblem problem={revokeProblem} fields={["key"]} texts={texts} />
            <TextField
              name="key"
              label={t("apiKey.revokeKey")}
              autoComplete="off"
              spellCheck={false}
              required
              value={key}
              onValue={setKey}
              problem={revokeProblem}
              texts={texts}
            />
            <div className="form-actions">
              <button type="submit" className="button-danger" disabled={revoking.fetching}>
                {t("apiKey.revokeSubmit")}
              </button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}
