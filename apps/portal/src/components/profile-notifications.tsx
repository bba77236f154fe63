import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";
import { FormProblem, type Problem, problemOf } from "./form";

export const ProfileNotifications_Person = graphql(`
  fragment ProfileNotifications_Person on Person {
    notificationMail
  }
`);

const ProfileNotifications_Set = graphql(`
  mutation ProfileNotifications_Set($mail: NotificationMail!) {
    setNotificationMail(mail: $mail)
  }
`);

const choices = ["IMMEDIATE", "DAILY", "OFF"] as const;
type Choice = (typeof choices)[number];

/** Whether notifications also come by e-mail: at once, in a daily digest, or not at all. */
export function ProfileNotifications({
  person,
}: {
  person: FragmentOf<typeof ProfileNotifications_Person>;
}) {
  const { t } = useI18n();
  const { notificationMail } = readFragment(ProfileNotifications_Person, person);
  const [choice, setChoice] = useState<Choice>(notificationMail);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, save] = useMutation(ProfileNotifications_Set);

  return (
    <section className="section" id="notiser" aria-labelledby="profile-notifications">
      <h2 id="profile-notifications">{t("profile.notificationsHeading")}</h2>
      <form
        className="form-card"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const answer = await save({ mail: choice });
          const found = problemOf(
            answer.error,
            answer.data ? { mail: answer.data.setNotificationMail } : null,
          );
          setProblem(found);
          setSaved(!found);
        }}
      >
        <fieldset>
          <legend>{t("profile.notificationsIntro")}</legend>
          {choices.map((value) => (
            <div key={value} className="check-field">
              <input
                id={`notification-mail-${value}`}
                type="radio"
                name="notificationMail"
                value={value}
                checked={choice === value}
                onChange={() => {
                  setChoice(value);
                  setSaved(false);
                }}
              />
              <label htmlFor={`notification-mail-${value}`}>
                {t(`profile.notificationMail.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <FormProblem problem={problem} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={result.fetching}>
            {t("profile.notificationsSave")}
          </button>
          <output className="saved">{saved && t("profile.notificationsSaved")}</output>
        </div>
      </form>
    </section>
  );
}
