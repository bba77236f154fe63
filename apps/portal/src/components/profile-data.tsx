import { useState } from "react";
import { useNavigate } from "react-router";
import { useClient, useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import { downloadText } from "../lib/download";
import { useSession } from "../lib/session";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  ProblemMessage,
  problemOf,
  TextField,
} from "./form";
import { MeasurementRetentionNote } from "./measurement-retention-note";

const ProfileData_Export = graphql(`
  query ProfileData_Export {
    exportMyData
  }
`);

const ProfileData_Delete = graphql(
  `
    mutation ProfileData_Delete($password: String!) {
      deleteMyAccount(password: $password) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const EXPORT_FILE_NAME = "kraftsamling-mina-uppgifter.json";

/** The person's rights over their data: a copy of all of it, and erasure of the account. */
export function ProfileData() {
  const { t } = useI18n();
  const client = useClient();
  const navigate = useNavigate();
  const session = useSession();
  const [exporting, setExporting] = useState(false);
  const [exportProblem, setExportProblem] = useState<Problem | null>(null);
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [deleted, deleteAccount] = useMutation(ProfileData_Delete);

  return (
    <>
      <section className="section" aria-labelledby="profile-export">
        <h2 id="profile-export">{t("profile.exportHeading")}</h2>
        <p>{t("profile.exportIntro")}</p>
        <MeasurementRetentionNote />
        {exportProblem && <ProblemMessage key={exportProblem.key} problem={exportProblem} />}
        <button
          type="button"
          className="button-secondary"
          disabled={exporting}
          onClick={async () => {
            setExporting(true);
            const answer = await client
              .query(ProfileData_Export, {}, { requestPolicy: "network-only" })
              .toPromise();
            setExporting(false);
            // A query has no result union: an answer without data is the failure.
            const found = problemOf(answer.error, answer.data ? {} : null);
            setExportProblem(found);
            if (!found && answer.data)
              downloadText(
                `${JSON.stringify(answer.data.exportMyData, null, 2)}\n`,
                EXPORT_FILE_NAME,
                "application/json",
              );
          }}
        >
          {t("profile.export")}
        </button>
      </section>

      <section className="section" aria-labelledby="profile-delete">
        <h2 id="profile-delete">{t("profile.deleteHeading")}</h2>
        <p>{t("profile.deleteIntro")}</p>
        <p>{t("profile.deleteComments")}</p>
        <form
          className="form-card form-danger"
          noValidate
          aria-labelledby="profile-delete"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!password) return setProblem(localProblem("PASSWORD_MISSING", "password"));
            const answer = await deleteAccount({ password });
            const found = problemOf(answer.error, answer.data?.deleteMyAccount);
            setProblem(found);
            if (found) return;
            session.renew();
            navigate("/", { state: { notice: "accountDeleted" } });
          }}
        >
          <FormProblem problem={problem} fields={["password"]} />
          <TextField
            name="password"
            type="password"
            label={t("profile.deletePassword")}
            autoComplete="current-password"
            required
            value={password}
            onValue={setPassword}
            problem={problem}
          />
          <div className="form-actions">
            <button type="submit" className="button-danger" disabled={deleted.fetching}>
              {t("profile.delete")}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
