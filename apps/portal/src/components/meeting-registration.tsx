import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingRegistrationProblemTexts } from "../lib/meeting-problems";
import { useViewer } from "../lib/viewer";
import { signInHref } from "./access-notice";
import { ConfirmButton } from "./confirm-button";
import { Field, FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

export const MeetingRegistration_Meeting = graphql(`
  fragment MeetingRegistration_Meeting on Meeting {
    id
    kind
    registrationState
    registrationOpensAt
    registrationClosesAt
    audience
    full
    capacity
    viewerCanRegister
    organisations {
      id
    }
    myRegistration {
      id
      status
      waitingListPosition
      organisation {
        id
        name
      }
    }
  }
`);

/**
 * What a registration or a withdrawal changes on the meeting, returned with the answer so that the
 * page shows it in place; the cache links or unlinks the person's registration (lib/cache.ts).
 */
const MeetingRegistration_Counts = graphql(`
  fragment MeetingRegistration_Counts on Meeting {
    id
    registrationState
    full
    remainingPlaces
    confirmedCount
    waitingListCount
    viewerCanRegister
  }
`);

const MeetingRegistration_Register = graphql(
  `
    mutation MeetingRegistration_Register($meetingId: ID!, $organisationId: ID) {
      registerForMeeting(meetingId: $meetingId, organisationId: $organisationId) {
        __typename
        ...FormProblem_InputError
        ... on MutationRegisterForMeetingSuccess {
          data {
            id
            status
            waitingListPosition
            organisation {
              id
              name
            }
            meeting {
              ...MeetingRegistration_Counts
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError, MeetingRegistration_Counts],
);

export const MeetingRegistration_Cancel = graphql(
  `
    mutation MeetingRegistration_Cancel($meetingId: ID!) {
      cancelMeetingRegistration(meetingId: $meetingId) {
        __typename
        ...FormProblem_InputError
        ... on MutationCancelMeetingRegistrationSuccess {
          data {
            id
            status
            meeting {
              ...MeetingRegistration_Counts
            }
          }
        }
      }
    }
  `,
  [FormProblem_InputError, MeetingRegistration_Counts],
);

/**
 * The registration box: sign in, register (for oneself or one of one's organisations), the answer
 * (a place, or the waiting list with the place in line), and withdrawing with a confirmation.
 * Every refusal shows its own text; after each action focus moves to the box's status.
 */
export function MeetingRegistration({
  meeting,
}: {
  meeting: FragmentOf<typeof MeetingRegistration_Meeting>;
}) {
  const { t, formatDateTime } = useI18n();
  const m = readFragment(MeetingRegistration_Meeting, meeting);
  const location = useLocation();
  const { state: viewer } = useViewer();
  const headingId = useId();
  const status = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [registering, register] = useMutation(MeetingRegistration_Register);
  const [cancelling, cancel] = useMutation(MeetingRegistration_Cancel);
  const [focusStatus, setFocusStatus] = useState(0);

  useEffect(() => {
    if (focusStatus > 0) status.current?.focus();
  }, [focusStatus]);

  const person = viewer.status === "signedIn" ? viewer.person : null;
  const actingForId = viewer.status === "signedIn" ? (viewer.actingFor?.id ?? null) : null;
  const chosenOrganisation = organisationId ?? actingForId ?? "";
  const mine = m.myRegistration;
  const state = m.registrationState;

  const windowText =
    m.registrationOpensAt && state === "NOT_OPEN_YET"
      ? t("meetings.registration.opensAt", { time: formatDateTime(m.registrationOpensAt) })
      : m.registrationClosesAt && state === "OPEN"
        ? t("meetings.registration.closesAt", { time: formatDateTime(m.registrationClosesAt) })
        : null;

  return (
    <section className="registration-box" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("meetings.registration.heading")}</h2>
      <div ref={status} tabIndex={-1} className="registration-status">
        {mine?.status === "CONFIRMED" && (
          <p className="notice notice-success">
            {t("meetings.registration.confirmed")}
            {mine.organisation && (
              <>
                {" "}
                {t("meetings.registration.onBehalfOf")}{" "}
                <span lang={CONTENT_LANG}>{mine.organisation.name}</span>.
              </>
            )}
          </p>
        )}
        {mine?.status === "WAITLISTED" && (
          <p className="notice">
            {t("meetings.registration.waitlisted", { position: mine.waitingListPosition ?? 0 })}
          </p>
        )}
        <output className="saved">{message}</output>
      </div>
      {windowText && <p>{windowText}</p>}
      <FormProblem
        problem={problem}
        fields={["organisationId"]}
        texts={meetingRegistrationProblemTexts}
      />
      {!mine && state !== "OPEN" && (
        <p className="notice">{t(`meetings.registration.state.${state}`)}</p>
      )}
      {!mine && state === "OPEN" && viewer.status === "signedOut" && (
        <p>
          {t("meetings.registration.signInFirst")}{" "}
          <Link to={signInHref(location)}>{t("meetings.registration.signIn")}</Link>
        </p>
      )}
      {!mine && m.viewerCanRegister && person && (
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setMessage(null);
            const answer = await register({
              meetingId: m.id,
              organisationId: chosenOrganisation || null,
            });
            const found = problemOf(answer.error, answer.data?.registerForMeeting);
            setProblem(found);
            // The status above, which takes focus, says it: a place, or the place in line.
            setFocusStatus((n) => n + 1);
          }}
        >
          {m.full && <p>{t("meetings.registration.fullNote")}</p>}
          {person.memberships.length > 0 && (
            <Field
              name="organisationId"
              label={t("meetings.registration.for")}
              hint={
                m.audience === "INVITED"
                  ? t("meetings.registration.invitedHint")
                  : t("meetings.registration.forHint")
              }
              problem={problem}
              texts={meetingRegistrationProblemTexts}
            >
              {(control) => (
                <select
                  {...control}
                  value={chosenOrganisation}
                  onChange={(e) => setOrganisationId(e.target.value)}
                >
                  <option value="">{t("meetings.registration.forSelf")}</option>
                  {person.memberships.map((ms) => (
                    <option key={ms.organisation.id} value={ms.organisation.id} lang={CONTENT_LANG}>
                      {ms.organisation.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={registering.fetching}>
              {m.full
                ? t("meetings.registration.joinWaitingList")
                : t("meetings.registration.register")}
            </button>
          </div>
        </form>
      )}
      {mine && (
        <ConfirmButton
          label={
            mine.status === "WAITLISTED"
              ? t("meetings.registration.leaveWaitingList")
              : t("meetings.registration.cancel")
          }
          question={t("meetings.registration.cancelQuestion")}
          confirmLabel={t("meetings.registration.cancelConfirm")}
          busy={cancelling.fetching}
          onConfirm={async () => {
            setMessage(null);
            const answer = await cancel({ meetingId: m.id });
            const found = problemOf(answer.error, answer.data?.cancelMeetingRegistration);
            setProblem(found);
            if (!found) setMessage(t("meetings.registration.cancelled"));
            setFocusStatus((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
