import { useId, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { CommitmentPage_Commitment } from "./commitment-timeline";
import {
  FormProblem,
  FormProblem_InputError,
  type Problem,
  type ProblemTexts,
  problemOf,
} from "./form";

const CommitmentLinksForm_Save = graphql(
  `
    mutation CommitmentLinksForm_Save(
      $commitmentId: ID!
      $findingIds: [ID!]!
      $meetingIds: [ID!]!
    ) {
      setCommitmentLinks(
        commitmentId: $commitmentId
        findingIds: $findingIds
        meetingIds: $meetingIds
      ) {
        __typename
        ...FormProblem_InputError
        ... on MutationSetCommitmentLinksSuccess {
          data {
            id
            ...CommitmentPage_Commitment
          }
        }
      }
    }
  `,
  [FormProblem_InputError, CommitmentPage_Commitment],
);

const CommitmentLinksForm_Findings = graphql(`
  query CommitmentLinksForm_Findings($search: String!) {
    findings(filter: { search: $search, statuses: [PUBLISHED] }, limit: 10) {
      id
      title
      kind
      observedOn
      publishedAt
    }
  }
`);

const CommitmentLinksForm_Meetings = graphql(`
  query CommitmentLinksForm_Meetings {
    meetings(statuses: [PUBLISHED, HELD], limit: 500) {
      id
      slug
      title
      startsAt
    }
  }
`);

export interface LinkedFinding {
  id: string;
  title: string;
  kind: "CHALLENGE" | "GOOD_EXAMPLE";
  /** The day it was observed, or else when it was published. */
  day: string | null;
}

export interface LinkedMeeting {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
}

/** Refusals of the findings and of the meetings, told apart by the field the API names. */
const findingTexts: ProblemTexts = {
  TOO_MANY: "commitments.links.problem.TOO_MANY_FINDINGS",
  NOT_FOUND: "commitments.links.problem.NOT_FOUND_FINDING",
};
const meetingTexts: ProblemTexts = {
  TOO_MANY: "commitments.links.problem.TOO_MANY_MEETINGS",
  NOT_FOUND: "commitments.links.problem.NOT_FOUND_MEETING",
};

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((x) => b.some((y) => y.id === x.id));

/**
 * The coordinator's choice of the findings and meetings that led to a commitment: the linked ones
 * each with "Ta bort", a search among the published findings and a choice among the published and
 * held meetings, saved together in place of the links before.
 */
export function CommitmentLinksForm({
  commitmentId,
  findings: savedFindings,
  meetings: savedMeetings,
}: {
  commitmentId: string;
  findings: readonly LinkedFinding[];
  meetings: readonly LinkedMeeting[];
}) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [findings, setFindings] = useState<LinkedFinding[]>([...savedFindings]);
  const [meetings, setMeetings] = useState<LinkedMeeting[]>([...savedMeetings]);
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  const [meetingId, setMeetingId] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, save] = useMutation(CommitmentLinksForm_Save);
  const [found] = useQuery({
    query: CommitmentLinksForm_Findings,
    variables: { search },
    pause: search === "",
  });
  const [meetingChoices] = useQuery({ query: CommitmentLinksForm_Meetings });
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const meetingsHeading = useRef<HTMLHeadingElement>(null);

  const unsaved = !sameIds(findings, savedFindings) || !sameIds(meetings, savedMeetings);
  const changed = () => {
    setSaved(false);
    setProblem(null);
  };
  const choosable = [...(meetingChoices.data?.meetings ?? [])]
    .filter((m) => !meetings.some((linked) => linked.id === m.id))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const texts = problem?.field === "meetingIds" ? meetingTexts : findingTexts;

  return (
    <section aria-labelledby={`${id}-heading`} className="commitment-links">
      <h2 id={`${id}-heading`}>{t("commitments.links.heading")}</h2>
      <p className="field-hint">{t("commitments.links.intro")}</p>

      <h3 id={`${id}-findings`} ref={findingsHeading} tabIndex={-1}>
        {t("commitments.links.findings")}
      </h3>
      {findings.length === 0 ? (
        <p>{t("commitments.links.noFindings")}</p>
      ) : (
        <ul className="commitment-links-list" aria-labelledby={`${id}-findings`}>
          {findings.map((f) => (
            <li key={f.id}>
              <span>
                <span lang={CONTENT_LANG}>{f.title}</span>{" "}
                <span className="muted">
                  {t(`findingKind.${f.kind}`)}
                  {f.day && <>, {formatDate(f.day)}</>}
                </span>
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => {
                  setFindings((all) => all.filter((x) => x.id !== f.id));
                  changed();
                  findingsHeading.current?.focus();
                }}
              >
                {t("commitments.links.remove")}
                <span className="visually-hidden">
                  : <span lang={CONTENT_LANG}>{f.title}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <search className="commitment-links-search">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSearch(searchText.trim());
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-search`}>{t("commitments.links.search")}</label>
            <p className="field-hint" id={`${id}-search-hint`}>
              {t("commitments.links.searchHint")}
            </p>
            <div className="commitment-links-row">
              <input
                id={`${id}-search`}
                type="search"
                autoComplete="off"
                aria-describedby={`${id}-search-hint`}
                aria-controls={`${id}-results`}
                value={searchText}
                onChange={(e) => setSearchText(e.target.value)}
              />
              <button type="submit" className="button-secondary">
                {t("commitments.links.searchButton")}
              </button>
            </div>
          </div>
        </form>
        <div id={`${id}-results`}>
          {search !== "" && found.error && (
            <p className="problem" role="alert">
              {t("common.error")}
            </p>
          )}
          {search !== "" && found.data && (
            <>
              <output className="commitment-links-count">
                {found.data.findings.length === 0
                  ? t("commitments.links.noResults")
                  : t("commitments.links.resultCount", { count: found.data.findings.length })}
              </output>
              {found.data.findings.length > 0 && (
                <ul className="commitment-links-list" aria-label={t("commitments.links.results")}>
                  {found.data.findings.map((f) => {
                    const linked = findings.some((x) => x.id === f.id);
                    const day = f.observedOn ?? f.publishedAt;
                    return (
                      <li key={f.id}>
                        <span>
                          <span lang={CONTENT_LANG}>{f.title}</span>{" "}
                          <span className="muted">
                            {t(`findingKind.${f.kind}`)}
                            {day && <>, {formatDate(day)}</>}
                          </span>
                        </span>
                        <button
                          type="button"
                          className="button-secondary button-small"
                          aria-disabled={linked || undefined}
                          onClick={() => {
                            if (linked) return;
                            setFindings((all) => [
                              ...all,
                              { id: f.id, title: f.title, kind: f.kind, day },
                            ]);
                            changed();
                          }}
                        >
                          {t(linked ? "commitments.links.linked" : "commitments.links.link")}
                          <span className="visually-hidden">
                            : <span lang={CONTENT_LANG}>{f.title}</span>
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          )}
        </div>
      </search>

      <h3 id={`${id}-meetings`} ref={meetingsHeading} tabIndex={-1}>
        {t("commitments.links.meetings")}
      </h3>
      {meetings.length === 0 ? (
        <p>{t("commitments.links.noMeetings")}</p>
      ) : (
        <ul className="commitment-links-list" aria-labelledby={`${id}-meetings`}>
          {meetings.map((m) => (
            <li key={m.id}>
              <span>
                <span lang={CONTENT_LANG}>{m.title}</span>{" "}
                <span className="muted">{formatDate(m.startsAt)}</span>
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => {
                  setMeetings((all) => all.filter((x) => x.id !== m.id));
                  changed();
                  meetingsHeading.current?.focus();
                }}
              >
                {t("commitments.links.remove")}
                <span className="visually-hidden">
                  : <span lang={CONTENT_LANG}>{m.title}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-meeting`}>{t("commitments.links.meeting")}</label>
        <p className="field-hint" id={`${id}-meeting-hint`}>
          {t("commitments.links.meetingHint")}
        </p>
        <div className="commitment-links-row">
          <select
            id={`${id}-meeting`}
            aria-describedby={`${id}-meeting-hint`}
            value={meetingId}
            onChange={(e) => setMeetingId(e.target.value)}
          >
            <option value="">
              {meetingChoices.fetching && !meetingChoices.data
                ? t("common.loading")
                : t("commitments.links.chooseMeeting")}
            </option>
            {choosable.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} ({formatDate(m.startsAt)})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              const meeting = choosable.find((m) => m.id === meetingId);
              if (!meeting) return;
              setMeetings((all) => [...all, meeting]);
              setMeetingId("");
              changed();
            }}
          >
            {t("commitments.links.linkMeeting")}
          </button>
        </div>
        {meetingChoices.error && (
          <p className="problem" role="alert">
            {t("common.error")}
          </p>
        )}
      </div>

      <form
        className="commitment-links-save"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(false);
          const answer = await save({
            commitmentId,
            findingIds: findings.map((f) => f.id),
            meetingIds: meetings.map((m) => m.id),
          });
          const refused = problemOf(answer.error, answer.data?.setCommitmentLinks);
          setProblem(refused);
          if (!refused) setSaved(true);
        }}
      >
        <FormProblem problem={problem} texts={texts} />
        {unsaved && <p className="field-hint">{t("commitments.links.unsaved")}</p>}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving.fetching}>
            {t("commitments.links.save")}
          </button>
          <output className="saved">{saved ? t("commitments.links.saved") : ""}</output>
        </div>
      </form>
    </section>
  );
}
