import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { agendaTexts as texts } from "../lib/meeting-admin-problems";
import { isoToStockholmLocal, stockholmLocalToIso } from "../lib/stockholm";
import { FormProblem, FormProblem_InputError, type Problem, problemOf } from "./form";

export const MeetingAdminAgenda_Meeting = graphql(`
  fragment MeetingAdminAgenda_Meeting on Meeting {
    id
    startsAt
    agenda {
      id
      title
      description
      startsAt
      endsAt
      speakers
    }
  }
`);

const MeetingAdminAgenda_Save = graphql(
  `
    mutation MeetingAdminAgenda_Save($meetingId: ID!, $items: [AgendaItemInput!]!) {
      setMeetingAgenda(meetingId: $meetingId, items: $items) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetMeetingAgendaSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

interface Item {
  key: number;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  speakers: string;
}

let nextKey = 0;
const newKey = () => {
  nextKey += 1;
  return nextKey;
};

/** The agenda as a list of items to add, remove, reorder and save in one go. */
export function MeetingAdminAgenda({
  meeting: masked,
  onChanged,
}: {
  meeting: FragmentOf<typeof MeetingAdminAgenda_Meeting>;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const meeting = readFragment(MeetingAdminAgenda_Meeting, masked);
  const [items, setItems] = useState<Item[]>(() =>
    meeting.agenda.map((item) => ({
      key: newKey(),
      title: item.title,
      description: item.description,
      startsAt: item.startsAt ? isoToStockholmLocal(item.startsAt) : "",
      endsAt: item.endsAt ? isoToStockholmLocal(item.endsAt) : "",
      speakers: item.speakers.join("\n"),
    })),
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState("");
  const [saving, save] = useMutation(MeetingAdminAgenda_Save);
  /** Where focus goes after an item is added, moved or removed: "<key>-<control>". */
  const [focus, setFocus] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focus) return;
    list.current?.querySelector<HTMLElement>(`[data-focus="${focus}"]`)?.focus();
    setFocus(null);
  }, [focus]);

  const change = (key: number, values: Partial<Item>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...values } : item)));
  const move = (index: number, by: -1 | 1) =>
    setItems((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });

  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved("");
        const answer = await save({
          meetingId: meeting.id,
          items: items.map((item) => ({
            title: item.title,
            description: item.description,
            startsAt: stockholmLocalToIso(item.startsAt),
            endsAt: stockholmLocalToIso(item.endsAt),
            speakers: item.speakers.split("\n").filter((s) => s.trim() !== ""),
          })),
        });
        const found = problemOf(answer.error, answer.data?.setMeetingAgenda);
        setProblem(found);
        if (!found) {
          setSaved(t("meetingAdmin.agendaSaved"));
          onChanged();
        }
      }}
    >
      {items.length === 0 && <p>{t("meetingAdmin.agendaEmpty")}</p>}
      <ol ref={list} className="meeting-admin-agenda">
        {items.map((item, index) => {
          const number = index + 1;
          const control = (name: string) => `${id}-${item.key}-${name}`;
          return (
            <li key={item.key}>
              <fieldset>
                <legend>{t("meetingAdmin.agendaItem", { number })}</legend>
                <div className="field">
                  <label htmlFor={control("title")}>{t("meetingAdmin.agendaTitle")}</label>
                  <input
                    id={control("title")}
                    data-focus={`${item.key}-title`}
                    value={item.title}
                    lang={CONTENT_LANG}
                    onChange={(e) => change(item.key, { title: e.target.value })}
                  />
                </div>
                <div className="form-grid">
                  <div className="field">
                    <label htmlFor={control("starts")}>{t("meetingAdmin.agendaStartsAt")}</label>
                    <input
                      id={control("starts")}
                      type="datetime-local"
                      value={item.startsAt}
                      onChange={(e) => change(item.key, { startsAt: e.target.value })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={control("ends")}>{t("meetingAdmin.agendaEndsAt")}</label>
                    <input
                      id={control("ends")}
                      type="datetime-local"
                      value={item.endsAt}
                      onChange={(e) => change(item.key, { endsAt: e.target.value })}
                    />
                  </div>
                </div>
                <div className="field">
                  <label htmlFor={control("speakers")}>{t("meetingAdmin.agendaSpeakers")}</label>
                  <p id={control("speakers-hint")} className="field-hint">
                    {t("meetingAdmin.agendaSpeakersHint")}
                  </p>
                  <textarea
                    id={control("speakers")}
                    aria-describedby={control("speakers-hint")}
                    rows={2}
                    value={item.speakers}
                    lang={CONTENT_LANG}
                    onChange={(e) => change(item.key, { speakers: e.target.value })}
                  />
                </div>
                <div className="button-row">
                  <button
                    type="button"
                    className="button-secondary button-small"
                    data-focus={`${item.key}-up`}
                    disabled={index === 0}
                    onClick={() => {
                      move(index, -1);
                      setFocus(`${item.key}-${index - 1 === 0 ? "down" : "up"}`);
                    }}
                  >
                    {t("meetingAdmin.agendaUp", { number })}
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    data-focus={`${item.key}-down`}
                    disabled={index === items.length - 1}
                    onClick={() => {
                      move(index, 1);
                      setFocus(`${item.key}-${index + 1 === items.length - 1 ? "up" : "down"}`);
                    }}
                  >
                    {t("meetingAdmin.agendaDown", { number })}
                  </button>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    onClick={() => {
                      const neighbour = items[index + 1] ?? items[index - 1];
                      setItems((all) => all.filter((x) => x.key !== item.key));
                      setFocus(neighbour ? `${neighbour.key}-title` : "add");
                    }}
                  >
                    {t("meetingAdmin.agendaRemove", { number })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
        <li className="meeting-admin-agenda-add">
          <button
            type="button"
            className="button-secondary"
            data-focus="add"
            onClick={() => {
              const last = items[items.length - 1];
              const key = newKey();
              setItems((all) => [
                ...all,
                {
                  key,
                  title: "",
                  description: "",
                  startsAt: last?.endsAt || isoToStockholmLocal(meeting.startsAt),
                  endsAt: "",
                  speakers: "",
                },
              ]);
              setFocus(`${key}-title`);
            }}
          >
            {t("meetingAdmin.agendaAdd")}
          </button>
        </li>
      </ol>
      <FormProblem problem={problem} texts={texts} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving.fetching}>
          {t("meetingAdmin.agendaSave")}
        </button>
        <output className="saved">{saved}</output>
      </div>
    </form>
  );
}
