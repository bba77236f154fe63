import { useId, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { meetingAdminTexts as texts } from "../lib/meeting-admin-problems";
import { isoToStockholmLocal, stockholmLocalToIso } from "../lib/stockholm";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  problemOf,
  TextField,
} from "./form";
import { meetingKinds } from "./meeting-admin-status-tag";

export const MeetingAdminForm_Meeting = graphql(`
  fragment MeetingAdminForm_Meeting on Meeting {
    id
    slug
    title
    description
    kind
    status
    startsAt
    endsAt
    city
    place
    address
    onlineUrl
    capacity
    registrationOpensAt
    registrationClosesAt
    audience
    conference {
      id
      title
      programme {
        id
        title
      }
    }
    slot {
      id
    }
  }
`);

/** The regional conferences a new seminar can belong to, with their slots. */
export const MeetingAdminForm_Conference = graphql(`
  fragment MeetingAdminForm_Conference on Meeting {
    id
    title
    programme {
      id
      title
    }
  }
`);

const MeetingAdminForm_Create = graphql(
  `
    mutation MeetingAdminForm_Create($input: MeetingInput!) {
      createMeeting(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationCreateMeetingSuccess {
          data {
            id
            slug
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const MeetingAdminForm_Update = graphql(
  `
    mutation MeetingAdminForm_Update($id: ID!, $changes: MeetingChanges!) {
      updateMeeting(id: $id, changes: $changes) {
        __typename
        ...FormProblem_InputError
        ... on MutationUpdateMeetingSuccess {
          data {
            id
            slug
            ...MeetingAdminForm_Meeting
          }
        }
      }
    }
  `,
  [FormProblem_InputError, MeetingAdminForm_Meeting],
);

type Kind = (typeof meetingKinds)[number];
type Audience = "OPEN" | "INVITED";

const fieldNames = [
  "title",
  "slug",
  "description",
  "slotId",
  "startsAt",
  "endsAt",
  "city",
  "place",
  "address",
  "onlineUrl",
  "capacity",
  "registrationOpensAt",
  "registrationClosesAt",
];

const local = (iso: string | null | undefined) => (iso ? isoToStockholmLocal(iso) : "");
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * A meeting's own fields: a new one is created as a draft; a saved one is changed, and when it is
 * published the coordinator is told that a new time, place or link is e-mailed to those registered.
 */
export function MeetingAdminForm({
  meeting: masked,
  conferences,
  onSaved,
}: {
  meeting: FragmentOf<typeof MeetingAdminForm_Meeting> | null;
  conferences: readonly FragmentOf<typeof MeetingAdminForm_Conference>[];
  /** The meeting's slug, and whether those registered are told of the change. */
  onSaved: (slug: string, notified: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const meeting = masked ? readFragment(MeetingAdminForm_Meeting, masked) : null;
  const conferenceList = conferences.map((c) => readFragment(MeetingAdminForm_Conference, c));
  const [title, setTitle] = useState(meeting?.title ?? "");
  const [slug, setSlug] = useState("");
  const [description, setDescription] = useState(meeting?.description ?? "");
  const [kind, setKind] = useState<Kind>(meeting?.kind ?? "DIALOGUE_MEETING");
  const [conferenceId, setConferenceId] = useState(meeting?.conference?.id ?? "");
  const [slotId, setSlotId] = useState(meeting?.slot?.id ?? "");
  const [startsAt, setStartsAt] = useState(local(meeting?.startsAt));
  const [endsAt, setEndsAt] = useState(local(meeting?.endsAt));
  const [city, setCity] = useState(meeting?.city ?? "");
  const [place, setPlace] = useState(meeting?.place ?? "");
  const [address, setAddress] = useState(meeting?.address ?? "");
  const [onlineUrl, setOnlineUrl] = useState(meeting?.onlineUrl ?? "");
  const [capacity, setCapacity] = useState(meeting?.capacity?.toString() ?? "");
  const [opensAt, setOpensAt] = useState(local(meeting?.registrationOpensAt));
  const [closesAt, setClosesAt] = useState(local(meeting?.registrationClosesAt));
  const [audience, setAudience] = useState<Audience>(meeting?.audience ?? "OPEN");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, create] = useMutation(MeetingAdminForm_Create);
  const [updated, update] = useMutation(MeetingAdminForm_Update);

  const seminar = kind === "SEMINAR";
  const slots = meeting?.conference
    ? meeting.conference.programme
    : (conferenceList.find((c) => c.id === conferenceId)?.programme ?? []);
  const published = meeting?.status === "PUBLISHED";

  /** Whether what is on the form changes the meeting's time, place or link. */
  const noticeable = (): boolean => {
    if (!meeting) return false;
    return (
      (!seminar &&
        (stockholmLocalToIso(startsAt) !== meeting.startsAt ||
          stockholmLocalToIso(endsAt) !== meeting.endsAt)) ||
      (seminar && slotId !== (meeting.slot?.id ?? "")) ||
      orNull(city) !== meeting.city ||
      orNull(place) !== meeting.place ||
      orNull(address) !== meeting.address ||
      orNull(onlineUrl) !== meeting.onlineUrl
    );
  };

  /** The form's values for the API, or the problem that keeps them from being sent. */
  const values = () => {
    const times = (value: string, field: string, required: boolean) => {
      if (value === "") {
        if (required) throw localProblem("TIMES_MISSING", field);
        return null;
      }
      const iso = stockholmLocalToIso(value);
      if (!iso) throw localProblem("TIMES_MISSING", field);
      return iso;
    };
    const places = capacity.trim() === "" ? null : Number(capacity);
    if (places !== null && (!Number.isInteger(places) || places < 1))
      throw localProblem("INVALID_CAPACITY", "capacity");
    if (seminar && slotId === "") throw localProblem("SLOT_MISSING", "slotId");
    return {
      title,
      description,
      city: orNull(city),
      place: orNull(place),
      address: orNull(address),
      onlineUrl: orNull(onlineUrl),
      capacity: places,
      registrationOpensAt: times(opensAt, "registrationOpensAt", false),
      registrationClosesAt: times(closesAt, "registrationClosesAt", false),
      audience,
      ...(seminar
        ? { slotId }
        : {
            startsAt: times(startsAt, "startsAt", true),
            endsAt: times(endsAt, "endsAt", true),
          }),
    };
  };

  return (
    <form
      className="form-card meeting-admin-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        let input: ReturnType<typeof values>;
        try {
          input = values();
        } catch (found) {
          setProblem(found as Problem);
          return;
        }
        if (meeting) {
          const notified = published && noticeable();
          const answer = await update({ id: meeting.id, changes: input });
          const payload = answer.data?.updateMeeting;
          const found = problemOf(answer.error, payload);
          setProblem(found);
          if (!found && payload?.__typename === "MutationUpdateMeetingSuccess")
            onSaved(payload.data.slug, notified);
        } else {
          const answer = await create({
            input: { ...input, kind, slug: orNull(slug) },
          });
          const payload = answer.data?.createMeeting;
          const found = problemOf(answer.error, payload);
          setProblem(found);
          if (!found && payload?.__typename === "MutationCreateMeetingSuccess")
            onSaved(payload.data.slug, false);
        }
      }}
    >
      <FormProblem problem={problem} fields={fieldNames} texts={texts} />
      <TextField
        name="title"
        label={t("meetingAdmin.field.title")}
        value={title}
        onValue={setTitle}
        problem={problem}
        texts={texts}
        required
        lang={CONTENT_LANG}
      />
      {!meeting && (
        <TextField
          name="slug"
          label={t("meetingAdmin.field.slug")}
          hint={t("meetingAdmin.field.slugHint")}
          value={slug}
          onValue={setSlug}
          problem={problem}
          texts={texts}
        />
      )}
      <Field
        name="description"
        label={t("meetingAdmin.field.description")}
        hint={t("meetingAdmin.field.descriptionHint")}
        problem={problem}
        texts={texts}
      >
        {(control) => (
          <textarea
            {...control}
            rows={6}
            value={description}
            lang={CONTENT_LANG}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <Field
        name="kind"
        label={t("meetingAdmin.field.kind")}
        hint={meeting ? t("meetingAdmin.field.kindFixed") : undefined}
        problem={problem}
        texts={texts}
      >
        {(control) => (
          <select
            {...control}
            value={kind}
            disabled={meeting !== null}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {t(`meetingKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {seminar && !meeting && (
        <Field name="conferenceId" label={t("meetingAdmin.field.conference")} problem={problem}>
          {(control) => (
            <select
              {...control}
              value={conferenceId}
              onChange={(e) => {
                setConferenceId(e.target.value);
                setSlotId("");
              }}
            >
              <option value="">{t("meetingAdmin.field.conferenceNone")}</option>
              {conferenceList.map((c) => (
                <option key={c.id} value={c.id} lang={CONTENT_LANG}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {seminar && !meeting && conferenceList.length === 0 && (
        <p className="notice">{t("meetingAdmin.field.noConferences")}</p>
      )}
      {seminar && meeting?.conference && (
        <p lang={CONTENT_LANG}>
          {t("meetingAdmin.conferenceOf", { title: meeting.conference.title })}
        </p>
      )}
      {seminar && (conferenceId || meeting) && (
        <Field
          name="slotId"
          label={t("meetingAdmin.field.slotId")}
          hint={t("meetingAdmin.field.seminarTimes")}
          problem={problem}
          texts={texts}
        >
          {(control) => (
            <select {...control} value={slotId} onChange={(e) => setSlotId(e.target.value)}>
              <option value="">{t("meetingAdmin.field.slotNone")}</option>
              {slots.map((s) => (
                <option key={s.id} value={s.id} lang={CONTENT_LANG}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {seminar && conferenceId && slots.length === 0 && (
        <p className="notice">{t("meetingAdmin.field.noSlots")}</p>
      )}
      {!seminar && (
        <div className="form-grid meeting-admin-times">
          <TextField
            name="startsAt"
            type="datetime-local"
            label={t("meetingAdmin.field.startsAt")}
            hint={t("meetingAdmin.field.timeHint")}
            value={startsAt}
            onValue={setStartsAt}
            problem={problem}
            texts={texts}
            required
          />
          <TextField
            name="endsAt"
            type="datetime-local"
            label={t("meetingAdmin.field.endsAt")}
            hint={t("meetingAdmin.field.timeHint")}
            value={endsAt}
            onValue={setEndsAt}
            problem={problem}
            texts={texts}
            required
          />
        </div>
      )}
      <div className="form-grid">
        <TextField
          name="city"
          label={t("meetingAdmin.field.city")}
          value={city}
          onValue={setCity}
          problem={problem}
          texts={texts}
          lang={CONTENT_LANG}
        />
        <TextField
          name="place"
          label={t("meetingAdmin.field.place")}
          value={place}
          onValue={setPlace}
          problem={problem}
          texts={texts}
          lang={CONTENT_LANG}
        />
      </div>
      <TextField
        name="address"
        label={t("meetingAdmin.field.address")}
        value={address}
        onValue={setAddress}
        problem={problem}
        texts={texts}
        lang={CONTENT_LANG}
        autoComplete="off"
      />
      <TextField
        name="onlineUrl"
        type="url"
        label={t("meetingAdmin.field.onlineUrl")}
        hint={t("meetingAdmin.field.onlineUrlHint")}
        value={onlineUrl}
        onValue={setOnlineUrl}
        problem={problem}
        texts={texts}
      />
      <TextField
        name="capacity"
        type="number"
        min={1}
        inputMode="numeric"
        label={t("meetingAdmin.field.capacity")}
        hint={t("meetingAdmin.field.capacityHint")}
        value={capacity}
        onValue={setCapacity}
        problem={problem}
        texts={texts}
      />
      <div className="form-grid">
        <TextField
          name="registrationOpensAt"
          type="datetime-local"
          label={t("meetingAdmin.field.registrationOpensAt")}
          hint={t("meetingAdmin.field.windowHint")}
          value={opensAt}
          onValue={setOpensAt}
          problem={problem}
          texts={texts}
        />
        <TextField
          name="registrationClosesAt"
          type="datetime-local"
          label={t("meetingAdmin.field.registrationClosesAt")}
          hint={t("meetingAdmin.field.windowHint")}
          value={closesAt}
          onValue={setClosesAt}
          problem={problem}
          texts={texts}
        />
      </div>
      <fieldset>
        <legend>{t("meetingAdmin.field.audience")}</legend>
        {(["OPEN", "INVITED"] as const).map((value) => (
          <div key={value} className="check-field">
            <input
              id={`${id}-audience-${value}`}
              type="radio"
              name="audience"
              checked={audience === value}
              onChange={() => setAudience(value)}
            />
            <label htmlFor={`${id}-audience-${value}`}>{t(`meetingAdmin.audience.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {published && noticeable() && (
        <p className="notice meeting-admin-change-notice">{t("meetingAdmin.changeNotice")}</p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={created.fetching || updated.fetching}
        >
          {meeting ? t("meetingAdmin.save") : t("meetingAdmin.create")}
        </button>
      </div>
    </form>
  );
}
