import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { portalNow } from "../lib/portal-clock";
import { ConfirmButton } from "./confirm-button";
import { Field, FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";
import { MeetingStatusTag, type meetingStatuses } from "./meeting-admin-status-tag";

const MeetingAdminStatus_Publish = graphql(
  `
    mutation MeetingAdminStatus_Publish($id: ID!) {
      publishMeeting(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationPublishMeetingSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const MeetingAdminStatus_Cancel = graphql(
  `
    mutation MeetingAdminStatus_Cancel($id: ID!, $message: String!) {
      cancelMeeting(id: $id, message: $message) {
        __typename
        ...FormProblem_InputError
        ... on MutationCancelMeetingSuccess {
          data {
            id
            status
            cancellationMessage
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const MeetingAdminStatus_Held = graphql(
  `
    mutation MeetingAdminStatus_Held($id: ID!) {
      markMeetingHeld(id: $id) {
        __typename
        ...FormProblem_InputError
        ... on MutationMarkMeetingHeldSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

type Status = (typeof meetingStatuses)[number];

/** Publish a draft, cancel with a message to those registered, or mark a meeting as held. */
export function MeetingAdminStatus({
  meeting,
  onChanged,
}: {
  meeting: { id: string; status: Status; cancellationMessage: string | null; startsAt: string };
  onChanged: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  // A meeting can be marked as held only once it has started.
  const started = new Date(meeting.startsAt) <= portalNow();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState("");
  const [message, setMessage] = useState("");
  const [cancelling, setCancelling] = useState(false);
  const [published, publish] = useMutation(MeetingAdminStatus_Publish);
  const [cancelled, cancel] = useMutation(MeetingAdminStatus_Cancel);
  const [held, markHeld] = useMutation(MeetingAdminStatus_Held);
  const result = useRef<HTMLOutputElement>(null);
  const messageBox = useRef<HTMLTextAreaElement>(null);

  // After a change of status the buttons that were pressed are gone: focus goes to what happened.
  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);
  useEffect(() => {
    if (cancelling) messageBox.current?.focus();
  }, [cancelling]);

  const after = (found: Problem | null, text: string) => {
    setProblem(found);
    if (!found) {
      setDone(text);
      setCancelling(false);
      onChanged();
    }
  };

  return (
    <div className="meeting-admin-status">
      <p>
        {t("meetingAdmin.currentStatus")} <MeetingStatusTag status={meeting.status} />
      </p>
      {meeting.status === "CANCELLED" && meeting.cancellationMessage && (
        <p>
          {t("meetingAdmin.cancellationMessage")}{" "}
          <span lang={CONTENT_LANG}>{meeting.cancellationMessage}</span>
        </p>
      )}
      <output ref={result} tabIndex={-1} className="saved">
        {done}
      </output>
      <FormProblem problem={problem} fields={["message"]} texts={texts} />
      {meeting.status === "DRAFT" && (
        <ConfirmButton
          label={t("meetingAdmin.publish")}
          question={t("meetingAdmin.publishQuestion")}
          confirmLabel={t("meetingAdmin.publish")}
          busy={published.fetching}
          onConfirm={async () => {
            const answer = await publish({ id: meeting.id });
            after(
              problemOf(answer.error, answer.data?.publishMeeting),
              t("meetingAdmin.published"),
            );
          }}
        />
      )}
      {meeting.status === "PUBLISHED" && !started && (
        <p>{t("meetingAdmin.heldAfterStart", { time: formatDateTime(meeting.startsAt) })}</p>
      )}
      {meeting.status === "PUBLISHED" && started && (
        <div className="button-row">
          <ConfirmButton
            label={t("meetingAdmin.markHeld")}
            question={t("meetingAdmin.markHeldQuestion")}
            confirmLabel={t("meetingAdmin.markHeld")}
            busy={held.fetching}
            onConfirm={async () => {
              const answer = await markHeld({ id: meeting.id });
              after(problemOf(answer.error, answer.data?.markMeetingHeld), t("meetingAdmin.held"));
            }}
          />
        </div>
      )}
      {(meeting.status === "PUBLISHED" || meeting.status === "DRAFT") &&
        (cancelling ? (
          <form
            className="form-card meeting-admin-cancel"
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              const answer = await cancel({ id: meeting.id, message });
              after(
                problemOf(answer.error, answer.data?.cancelMeeting),
                t("meetingAdmin.cancelled"),
              );
            }}
          >
            <Field
              name="message"
              label={t("meetingAdmin.cancelMessage")}
              hint={t("meetingAdmin.cancelHint")}
              problem={problem}
              texts={texts}
            >
              {(control) => (
                <textarea
                  {...control}
                  ref={messageBox}
                  rows={4}
                  value={message}
                  lang={CONTENT_LANG}
                  onChange={(e) => setMessage(e.target.value)}
                />
              )}
            </Field>
            <p>{t("meetingAdmin.cancelQuestion")}</p>
            <div className="button-row">
              <button type="submit" className="button-danger" disabled={cancelled.fetching}>
                {t("meetingAdmin.cancelConfirm")}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setCancelling(false);
                  setProblem(null);
                }}
              >
                {t("common.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setDone("");
                setCancelling(true);
              }}
            >
              {t("meetingAdmin.cancel")}
            </button>
          </p>
        ))}
      {(meeting.status === "CANCELLED" || meeting.status === "HELD") && (
        <p className="muted">{t("meetingAdmin.statusFinal")}</p>
      )}
    </div>
  );
}
