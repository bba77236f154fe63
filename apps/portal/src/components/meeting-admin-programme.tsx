import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts, slotTexts } from "../lib/meeting-admin-problems";
import { stockholmLocalToIso } from "../lib/stockholm";
import { ConfirmButton } from "./confirm-button";
import {
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "./form";
import { MeetingStatusTag } from "./meeting-admin-status-tag";

export const MeetingAdminProgramme_Meeting = graphql(`
  fragment MeetingAdminProgramme_Meeting on Meeting {
    id
    programme {
      id
      title
      startsAt
      endsAt
      seminars {
        id
        slug
        title
        status
        capacity
        confirmedCount
      }
    }
  }
`);

const MeetingAdminProgramme_AddSlot = graphql(
  `
    mutation MeetingAdminProgramme_AddSlot($conferenceId: ID!, $input: ConferenceSlotInput!) {
      createConferenceSlot(conferenceId: $conferenceId, input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationCreateConferenceSlotSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const MeetingAdminProgramme_RemoveSlot = graphql(
  `
    mutation MeetingAdminProgramme_RemoveSlot($slotId: ID!) {
      removeConferenceSlot(slotId: $slotId) {
        __typename
        ...FormProblem_InputError
      }
    }
  `,
  [FormProblem_InputError],
);

const MeetingAdminProgramme_AddSeminar = graphql(
  `
    mutation MeetingAdminProgramme_AddSeminar($input: MeetingInput!) {
      createMeeting(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationCreateMeetingSuccess {
          data {
            id
            title
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** A conference's programme: slots of parallel seminars, each seminar with its own places. */
export function MeetingAdminProgramme({
  meeting: masked,
  onChanged,
}: {
  meeting: FragmentOf<typeof MeetingAdminProgramme_Meeting>;
  onChanged: () => void;
}) {
  const { t, formatDateTimeRange } = useI18n();
  const meeting = readFragment(MeetingAdminProgramme_Meeting, masked);
  const [done, setDone] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [, removeSlot] = useMutation(MeetingAdminProgramme_RemoveSlot);

  return (
    <>
      <p>{t("meetingAdmin.programmeIntro")}</p>
      <output className="saved">{done}</output>
      <FormProblem problem={problem} texts={slotTexts} />
      {meeting.programme.length === 0 && <p>{t("meetingAdmin.programmeEmpty")}</p>}
      {meeting.programme.map((slot) => (
        <section
          key={slot.id}
          className="card meeting-admin-slot"
          aria-labelledby={`slot-${slot.id}`}
        >
          <h3 id={`slot-${slot.id}`} lang={CONTENT_LANG}>
            {slot.title}
          </h3>
          <p>
            <time dateTime={slot.startsAt}>{formatDateTimeRange(slot.startsAt, slot.endsAt)}</time>
          </p>
          {slot.seminars.length === 0 ? (
            <>
              <p>{t("meetingAdmin.slotNoSeminars")}</p>
              <ConfirmButton
                label={t("meetingAdmin.slotRemove")}
                question={t("meetingAdmin.slotRemoveQuestion", { title: slot.title })}
                confirmLabel={t("meetingAdmin.slotRemove")}
                onConfirm={async () => {
                  const answer = await removeSlot({ slotId: slot.id });
                  const found = problemOf(answer.error, answer.data?.removeConferenceSlot);
                  setProblem(found);
                  if (!found) {
                    setDone(t("meetingAdmin.slotRemoved"));
                    onChanged();
                  }
                }}
              />
            </>
          ) : (
            <ul className="plain-list meeting-admin-seminars">
              {slot.seminars.map((seminar) => (
                <li key={seminar.id}>
                  <Link to={`/admin/moten/${seminar.slug}`} lang={CONTENT_LANG}>
                    {seminar.title}
                  </Link>{" "}
                  <MeetingStatusTag status={seminar.status} />{" "}
                  <span className="muted">
                    {seminar.capacity === null
                      ? t("meetingAdmin.seminarNoLimit", { taken: seminar.confirmedCount })
                      : t("meetingAdmin.seminarPlaces", {
                          taken: seminar.confirmedCount,
                          capacity: seminar.capacity,
                        })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <SeminarForm
            slot={slot}
            onAdded={(title) => {
              setDone(t("meetingAdmin.seminarAdded", { title }));
              onChanged();
            }}
          />
        </section>
      ))}
      <SlotForm
        conferenceId={meeting.id}
        onAdded={() => {
          setDone(t("meetingAdmin.slotAdded"));
          onChanged();
        }}
      />
    </>
  );
}

function SeminarForm({
  slot,
  onAdded,
}: {
  slot: { id: string; title: string };
  onAdded: (title: string) => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [capacity, setCapacity] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [adding, add] = useMutation(MeetingAdminProgramme_AddSeminar);
  return (
    <form
      className="meeting-admin-seminar-form"
      noValidate
      aria-label={t("meetingAdmin.seminarNew", { slot: slot.title })}
      onSubmit={async (event) => {
        event.preventDefault();
        const places = capacity.trim() === "" ? null : Number(capacity);
        if (places !== null && (!Number.isInteger(places) || places < 1))
          return setProblem(localProblem("INVALID_CAPACITY", "capacity"));
        const answer = await add({
          input: { kind: "SEMINAR", slotId: slot.id, title, capacity: places },
        });
        const payload = answer.data?.createMeeting;
        const found = problemOf(answer.error, payload);
        setProblem(found);
        if (!found && payload?.__typename === "MutationCreateMeetingSuccess") {
          setTitle("");
          setCapacity("");
          onAdded(payload.data.title);
        }
      }}
    >
      <FormProblem problem={problem} fields={["title", "capacity"]} texts={meetingAdminTexts} />
      <div className="form-grid">
        <TextField
          name="title"
          label={t("meetingAdmin.seminarTitle")}
          value={title}
          onValue={setTitle}
          problem={problem}
          texts={meetingAdminTexts}
          lang={CONTENT_LANG}
        />
        <TextField
          name="capacity"
          type="number"
          min={1}
          label={t("meetingAdmin.field.capacity")}
          hint={t("meetingAdmin.field.capacityHint")}
          value={capacity}
          onValue={setCapacity}
          problem={problem}
          texts={meetingAdminTexts}
        />
      </div>
      <button type="submit" className="button-secondary" disabled={adding.fetching}>
        {t("meetingAdmin.seminarAdd")}
      </button>
    </form>
  );
}

function SlotForm({ conferenceId, onAdded }: { conferenceId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [adding, add] = useMutation(MeetingAdminProgramme_AddSlot);
  return (
    <form
      className="form-card"
      noValidate
      aria-labelledby="meeting-admin-slot-new"
      onSubmit={async (event) => {
        event.preventDefault();
        const start = stockholmLocalToIso(startsAt);
        const end = stockholmLocalToIso(endsAt);
        if (!start) return setProblem(localProblem("TIMES_MISSING", "startsAt"));
        if (!end) return setProblem(localProblem("TIMES_MISSING", "endsAt"));
        const answer = await add({ conferenceId, input: { title, startsAt: start, endsAt: end } });
        const found = problemOf(answer.error, answer.data?.createConferenceSlot);
        setProblem(found);
        if (!found) {
          setTitle("");
          onAdded();
        }
      }}
    >
      <h3 id="meeting-admin-slot-new">{t("meetingAdmin.slotNew")}</h3>
      <FormProblem problem={problem} fields={["title", "startsAt", "endsAt"]} texts={slotTexts} />
      <TextField
        name="title"
        label={t("meetingAdmin.slotTitle")}
        value={title}
        onValue={setTitle}
        problem={problem}
        texts={slotTexts}
        lang={CONTENT_LANG}
      />
      <div className="form-grid">
        <TextField
          name="startsAt"
          type="datetime-local"
          label={t("meetingAdmin.field.startsAt")}
          hint={t("meetingAdmin.field.timeHint")}
          value={startsAt}
          onValue={setStartsAt}
          problem={problem}
          texts={slotTexts}
        />
        <TextField
          name="endsAt"
          type="datetime-local"
          label={t("meetingAdmin.field.endsAt")}
          hint={t("meetingAdmin.field.timeHint")}
          value={endsAt}
          onValue={setEndsAt}
          problem={problem}
          texts={slotTexts}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={adding.fetching}>
          {t("meetingAdmin.slotAdd")}
        </button>
      </div>
    </form>
  );
}
