import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import {
  FormProblem,
  FormProblem_InputError,
  type Problem,
  type ProblemTexts,
  problemOf,
  TextField,
} from "../components/form";
import { NewPasswordFields, passwordsDiffer } from "../components/new-password-fields";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { useSession } from "../lib/session";

const InvitationPage_Preview = graphql(`
  query InvitationPage_Preview($token: String!) {
    invitation(token: $token) {
      email
      name
      organisationName
      expiresAt
      state
    }
  }
`);

const InvitationPage_Accept = graphql(
  `
    mutation InvitationPage_Accept($token: String!, $name: String!, $password: String!) {
      acceptInvitation(token: $token, name: $name, password: $password) {
        __typename
        ...FormProblem_InputError
        ... on MutationAcceptInvitationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const linkTexts: ProblemTexts = {
  LINK_INVALID: "invitation.invalid",
  LINK_USED: "invitation.used",
  LINK_EXPIRED: "invitation.expired",
  LINK_REVOKED: "invitation.revoked",
};

/** The link in an invitation e-mail: who is invited where, then name and password to create the account. */
export function InvitationPage() {
  const { t, formatDateTime } = useI18n();
  useDocumentTitle(t("invitation.documentTitle"));
  const { token = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InvitationPage_Preview,
    variables: { token },
    requestPolicy: "network-only",
  });
  const invitation = data?.invitation;

  return (
    <div className="narrow">
      <div className="page-intro">
        <h1>{t("invitation.heading")}</h1>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data &&
        (!invitation ? (
          <LinkNotice text={t("invitation.invalid")} />
        ) : invitation.state === "USED" ? (
          <LinkNotice text={t("invitation.used")} signIn />
        ) : invitation.state === "EXPIRED" ? (
          <LinkNotice text={t("invitation.expired")} />
        ) : invitation.state === "REVOKED" ? (
          <LinkNotice text={t("invitation.revoked")} />
        ) : (
          <>
            <p className="lead">
              {invitation.organisationName ? (
                <>
                  {t("invitation.introOrganisation")}{" "}
                  <strong lang={CONTENT_LANG}>{invitation.organisationName}</strong>.
                </>
              ) : (
                t("invitation.intro")
              )}
            </p>
            <dl className="facts">
              <div>
                <dt>{t("account.email")}</dt>
                <dd>{invitation.email}</dd>
              </div>
              <div>
                <dt>{t("invitation.validUntil")}</dt>
                <dd>
                  <time dateTime={invitation.expiresAt}>
                    {formatDateTime(invitation.expiresAt)}
                  </time>
                </dd>
              </div>
            </dl>
            <AcceptForm token={token} initialName={invitation.name ?? ""} />
          </>
        ))}
    </div>
  );
}

function LinkNotice({ text, signIn = false }: { text: string; signIn?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error">
      <p>{text}</p>
      <p>
        {signIn ? (
          <Link to="/logga-in">{t("account.toSignIn")}</Link>
        ) : (
          <Link to="/">{t("notFound.home")}</Link>
        )}
      </p>
    </div>
  );
}

function AcceptForm({ token, initialName }: { token: string; initialName: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  const [name, setName] = useState(initialName);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, accept] = useMutation(InvitationPage_Accept);

  return (
    <form
      className="form-card"
      noValidate
      aria-labelledby="accept-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const differ = passwordsDiffer(password, repeat);
        if (differ) return setProblem(differ);
        const answer = await accept({ token, name: name.trim(), password });
        const found = problemOf(answer.error, answer.data?.acceptInvitation);
        setProblem(found);
        if (found) return;
        session.renew();
        navigate("/profil", { replace: true });
      }}
    >
      <h2 id="accept-heading" className="form-heading">
        {t("invitation.formHeading")}
      </h2>
      <FormProblem problem={problem} fields={["name", "password", "repeat"]} texts={linkTexts} />
      {problem?.code === "LINK_USED" && (
        <p>
          <Link to="/logga-in">{t("account.toSignIn")}</Link>
        </p>
      )}
      <TextField
        name="name"
        label={t("account.name")}
        hint={t("invitation.nameHint")}
        autoComplete="name"
        required
        value={name}
        onValue={setName}
        problem={problem}
      />
      <NewPasswordFields
        label={t("account.choosePassword")}
        password={password}
        repeat={repeat}
        onPassword={setPassword}
        onRepeat={setRepeat}
        problem={problem}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={result.fetching}>
          {t("invitation.submit")}
        </button>
      </div>
    </form>
  );
}
