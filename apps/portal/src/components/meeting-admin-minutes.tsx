import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { Field, FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

const MeetingAdminMinutes_Save = graphql(
  `
    mutation MeetingAdminMinutes_Save($meetingId: ID!, $minutes: String!) {
      recordMinutes(meetingId: $meetingId, minutes: $minutes) {
        __typename
        ...FormProblem_InputError
        ... on MutationRecordMinutesSuccess {
          data {
            id
            minutes
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The minutes in Markdown, written after the meeting. */
export function MeetingAdminMinutes({
  meeting,
}: {
  meeting: { id: string; minutes: string | null };
}) {
  const { t } = useI18n();
  const [minutes, setMinutes] = useState(meeting.minutes ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [saving, save] = useMutation(MeetingAdminMinutes_Save);
  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const answer = await save({ meetingId: meeting.id, minutes });
        const found = problemOf(answer.error, answer.data?.recordMinutes);
        setProblem(found);
        if (!found) setSaved(t("meetingAdmin.minutesSaved"));
      }}
    >
      <FormProblem problem={problem} fields={["minutes"]} texts={texts} />
      <Field
        name="minutes"
        label={t("meetingAdmin.minutesLabel")}
        hint={t("meetingAdmin.minutesHint")}
        problem={problem}
        texts={texts}
      >
        {(control) => (
          <textarea
            {...control}
            rows={10}
            value={minutes}
            lang={CONTENT_LANG}
            onChange={(e) => setMinutes(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving.fetching}>
          {t("meetingAdmin.minutesSave")}
        </button>
        <output className="saved">{saved}</output>
      </div>
    </form>
  );
}
