import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingRegistrationProblemTexts } from "../lib/meeting-problems";
import { portalNow } from "../lib/portal-clock";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

export const ConferenceProgramme_Meeting = graphql(`
  fragment ConferenceProgramme_Meeting on Meeting {
    id
    slug
    registrationState
    endsAt
    myRegistration {
      id
      status
    }
    programme {
      id
      title
      startsAt
      endsAt
      myPick {
        id
      }
      seminars {
        id
        slug
        title
        description
        status
        capacity
        remainingPlaces
        full
        pickedByMe
      }
    }
  }
`);

const ConferenceProgramme_Pick = graphql(
  `
    mutation ConferenceProgramme_Pick($seminarId: ID!) {
      pickSeminar(seminarId: $seminarId) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const ConferenceProgramme_Unpick = graphql(
  `
    mutation ConferenceProgramme_Unpick($seminarId: ID!) {
      unpickSeminar(seminarId: $seminarId) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

type Slot = ResultOf<typeof ConferenceProgramme_Meeting>["programme"][number];

/**
 * A conference's programme: its time slots, each a group of parallel seminars with their places.
 * Someone with a place at the conference picks one seminar per slot, changes or removes the pick.
 */
export function ConferenceProgramme({
  meeting,
  headingLevel = 2,
  onChanged,
}: {
  meeting: FragmentOf<typeof ConferenceProgramme_Meeting>;
  headingLevel?: 1 | 2;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const m = readFragment(ConferenceProgramme_Meeting, meeting);
  const headingId = useId();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  if (m.programme.length === 0) return null;
  const confirmed = m.myRegistration?.status === "CONFIRMED";
  const open = m.registrationState === "OPEN";
  const canPick = confirmed && open;
  // After the conference, or while registration is closed, its places are no longer on offer.
  const over = new Date(m.endsAt) <= portalNow();
  return (
    <section className="section programme" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("meetings.programme.heading")}</Heading>
      {over && <p className="notice">{t("meetings.programme.heldNote")}</p>}
      {!over && !confirmed && (
        <p className="notice">
          {!open
            ? t("meetings.programme.notOpenNote")
            : m.myRegistration?.status === "WAITLISTED"
              ? t("meetings.programme.waitingNote")
              : t("meetings.programme.registerFirst")}
        </p>
      )}
      {!over && confirmed && !canPick && (
        <p className="notice">{t("meetings.programme.closedNote")}</p>
      )}
      {canPick && <p>{t("meetings.programme.pickHint")}</p>}
      {m.programme.map((slot) => (
        <ProgrammeSlot
          key={slot.id}
          slot={slot}
          canPick={canPick}
          showPlaces={open}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}

function ProgrammeSlot({
  slot,
  canPick,
  showPlaces,
  onChanged,
}: {
  slot: Slot;
  canPick: boolean;
  /** Places left are shown only while registration is open. */
  showPlaces: boolean;
  onChanged: () => void;
}) {
  const { t, formatDateTimeRange } = useI18n();
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState("");
  const [picking, pick] = useMutation(ConferenceProgramme_Pick);
  const [unpicking, unpick] = useMutation(ConferenceProgramme_Unpick);
  const status = useRef<HTMLOutputElement>(null);
  const selected = chosen ?? slot.myPick?.id ?? "";
  const picked = slot.seminars.find((s) => s.id === slot.myPick?.id);
  const name = `slot-${slot.id}`;
  const when = formatDateTimeRange(slot.startsAt, slot.endsAt);

  const placesText = (s: Slot["seminars"][number]) => {
    if (s.status === "CANCELLED") return t("meetings.status.CANCELLED");
    if (s.full) return t("meetings.full");
    if (s.remainingPlaces === null) return t("meetings.noLimit");
    return t("meetings.placesLeft", { count: s.remainingPlaces });
  };

  return (
    <form
      className="programme-slot"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!selected) return;
        const answer = await pick({ seminarId: selected });
        const found = problemOf(answer.error, answer.data?.pickSeminar);
        setProblem(found);
        if (!found) {
          const title = slot.seminars.find((s) => s.id === selected)?.title ?? "";
          setMessage(t("meetings.programme.picked", { seminar: title }));
          setChosen(null);
          onChanged();
        } else setMessage("");
        status.current?.focus();
      }}
    >
      <fieldset>
        <legend>
          <span className="programme-slot-title" lang={CONTENT_LANG}>
            {slot.title}
          </span>{" "}
          <time dateTime={slot.startsAt}>{when}</time>
        </legend>
        <ul className="seminar-choices">
          {slot.seminars.map((s) => {
            const unavailable = (s.full || s.status === "CANCELLED") && !s.pickedByMe;
            const id = `${name}-${s.id}`;
            return (
              <li
                key={s.id}
                className={s.pickedByMe ? "seminar-choice seminar-picked" : "seminar-choice"}
              >
                {canPick ? (
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={s.id}
                    checked={selected === s.id}
                    disabled={unavailable}
                    aria-describedby={`${id}-places`}
                    onChange={() => setChosen(s.id)}
                  />
                ) : null}
                <div>
                  {canPick ? (
                    <label htmlFor={id} lang={CONTENT_LANG} className="seminar-title">
                      {s.title}
                    </label>
                  ) : (
                    <span lang={CONTENT_LANG} className="seminar-title">
                      {s.title}
                    </span>
                  )}{" "}
                  {(showPlaces || s.status === "CANCELLED") && (
                    <span id={`${id}-places`} className={unavailable ? "tag tag-warning" : "tag"}>
                      {placesText(s)}
                    </span>
                  )}
                  {s.pickedByMe && (
                    <span className="tag tag-success">{t("meetings.programme.myPick")}</span>
                  )}
                  <p className="seminar-description" lang={CONTENT_LANG}>
                    {s.description}
                  </p>
                  <Link to={`/moten/${s.slug}`} className="seminar-link">
                    {t("meetings.programme.seminarLink")}
                    <span className="visually-hidden">: {s.title}</span>
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <FormProblem problem={problem} texts={meetingRegistrationProblemTexts} />
      {canPick && (
        <div className="button-row">
          <button
            type="submit"
            className="button-primary button-small"
            disabled={picking.fetching || !selected || selected === slot.myPick?.id}
          >
            {picked ? t("meetings.programme.change") : t("meetings.programme.pick")}
            <span className="visually-hidden"> – {slot.title}</span>
          </button>
          {picked && (
            <button
              type="button"
              className="button-secondary button-small"
              disabled={unpicking.fetching}
              onClick={async () => {
                const answer = await unpick({ seminarId: picked.id });
                const found = problemOf(answer.error, answer.data?.unpickSeminar);
                setProblem(found);
                if (!found) {
                  setMessage(t("meetings.programme.removed", { seminar: picked.title }));
                  setChosen(null);
                  onChanged();
                } else setMessage("");
                status.current?.focus();
              }}
            >
              {t("meetings.programme.remove")}
              <span className="visually-hidden"> – {slot.title}</span>
            </button>
          )}
        </div>
      )}
      <output ref={status} tabIndex={-1} className="saved">
        {message}
      </output>
    </form>
  );
}
