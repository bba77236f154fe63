import { useI18n } from "../i18n";
import { problem as localProblem, type Problem, TextField } from "./form";

/** PASSWORDS_DIFFER on the repeat field when the two differ, checked before anything is sent. */
export function passwordsDiffer(password: string, repeat: string): Problem | null {
  return password === repeat ? null : localProblem("PASSWORDS_DIFFER", "repeat");
}

/** A new password and the same again, with the rules as a hint: for invitations, resets and the profile. */
export function NewPasswordFields({
  label,
  password,
  repeat,
  onPassword,
  onRepeat,
  problem,
}: {
  label: string;
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  problem: Problem | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={label}
        hint={t("account.passwordHint")}
        autoComplete="new-password"
        required
        value={password}
        onValue={onPassword}
        problem={problem}
      />
      <TextField
        name="repeat"
        type="password"
        label={t("account.repeatPassword")}
        autoComplete="new-password"
        required
        value={repeat}
        onValue={onRepeat}
        problem={problem}
      />
    </>
  );
}
