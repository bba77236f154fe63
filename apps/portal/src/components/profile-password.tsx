import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { useI18n } from "../i18n";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "./form";
import { NewPasswordFields, passwordsDiffer } from "./new-password-fields";

const ProfilePassword_Change = graphql(
  `
    mutation ProfilePassword_Change($currentPassword: String!, $newPassword: String!) {
      changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

/** A new password; the person's other browsers are signed out by it. */
export function ProfilePassword({ onChange }: { onChange: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, change] = useMutation(ProfilePassword_Change);

  return (
    <section className="section" aria-labelledby="profile-password">
      <h2 id="profile-password">{t("profile.passwordHeading")}</h2>
      <p>{t("profile.passwordIntro")}</p>
      <form
        className="form-card"
        noValidate
        aria-labelledby="profile-password"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          if (!current) return setProblem(localProblem("PASSWORD_MISSING", "currentPassword"));
          const differ = passwordsDiffer(password, repeat);
          if (differ) return setProblem(differ);
          const answer = await change({ currentPassword: current, newPassword: password });
          const found = problemOf(answer.error, answer.data?.changePassword);
          setProblem(found);
          if (found) return;
          setSaved(true);
          setCurrent("");
          setPassword("");
          setRepeat("");
          onChange();
        }}
      >
        <FormProblem problem={problem} fields={["currentPassword", "password", "repeat"]} />
        <TextField
          name="currentPassword"
          type="password"
          label={t("profile.currentPassword")}
          autoComplete="current-password"
          required
          value={current}
          onValue={setCurrent}
          problem={problem}
          texts={{ WRONG_PASSWORD: "profile.currentPasswordWrong" }}
        />
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
            {t("profile.changePassword")}
          </button>
          <output className="saved">{saved && t("profile.passwordChanged")}</output>
        </div>
      </form>
    </section>
  );
}
