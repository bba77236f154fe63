import { useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingLiveProblemTexts } from "../lib/meeting-live";
import { personalDataProblem } from "../lib/personal-data";
import type { ViewerPerson } from "../lib/viewer";
import { Field, FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { QuestionItem_Question } from "./live-data";

const QuestionForm_Ask = graphql(
  `
    mutation QuestionForm_Ask($input: AskQuestionInput!) {
      askQuestion(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationAskQuestionSuccess {
          data {
            id
            ...QuestionItem_Question
          }
        }
      }
    }
  `,
  [FormProblem_InputError, QuestionItem_Question],
);

/**
 * A question with a visible label, and the organisation asked for when the person has any. After a
 * refusal the text stays as written, so that only what was wrong needs changing.
 */
export function QuestionForm({
  meetingId,
  person,
  actingForId,
}: {
  meetingId: string;
  person: ViewerPerson;
  /** The organisation the person acts for in this session: chosen at first. */
  actingForId: string | null;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState("");
  const [organisationId, setOrganisationId] = useState(actingForId ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [asking, ask] = useMutation(QuestionForm_Ask);
  const text = useRef<HTMLTextAreaElement>(null);

  return (
    <form
      className="form-card question-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const refused = personalDataProblem(body);
        if (refused) {
          setProblem(refused);
          text.current?.focus();
          return;
        }
        const answer = await ask({
          input: { meetingId, body, organisationId: organisationId || null },
        });
        const found = problemOf(answer.error, answer.data?.askQuestion);
        setProblem(found);
        if (found) {
          if (found.field === "body") text.current?.focus();
          return;
        }
        setBody("");
        // The answer's question joins the Q&A in the cache (lib/cache.ts).
        setDone(true);
      }}
    >
      <FormProblem
        problem={problem}
        fields={["body", "organisationId"]}
        texts={meetingLiveProblemTexts}
      />
      <Field
        name="body"
        label={t("meetingLive.askLabel")}
        hint={t("meetingLive.askHint")}
        problem={problem}
        texts={meetingLiveProblemTexts}
      >
        {(control) => (
          <textarea
            {...control}
            ref={text}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      {person.memberships.length > 0 && (
        <Field
          name="organisationId"
          label={t("meetingLive.askFor")}
          problem={problem}
          texts={meetingLiveProblemTexts}
        >
          {(control) => (
            <select
              {...control}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              <option value="">{t("meetingLive.askForSelf")}</option>
              {person.memberships.map((m) => (
                <option key={m.organisation.id} value={m.organisation.id} lang={CONTENT_LANG}>
                  {m.organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={asking.fetching}>
          {t("meetingLive.askSend")}
        </button>
        <output className="saved">{done && t("meetingLive.askSent")}</output>
      </div>
    </form>
  );
}
