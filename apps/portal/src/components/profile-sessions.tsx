import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { useSession } from "../lib/session";
import { DataTable } from "./data-table";
import { type Problem, ProblemMessage, problemOf } from "./form";

export const ProfileSessions_Session = graphql(`
  fragment ProfileSessions_Session on Session {
    id
    userAgent
    createdAt
    lastSeenAt
    current
    actingOrganisation {
      id
      name
    }
  }
`);

const ProfileSessions_End = graphql(`
  mutation ProfileSessions_End($id: ID!) {
    endSession(id: $id)
  }
`);

const ProfileSessions_EndAll = graphql(`
  mutation ProfileSessions_EndAll {
    signOutEverywhere
  }
`);

/** "Firefox på Windows" from a User-Agent header: enough to tell one's browsers apart. */
function describeBrowser(userAgent: string | null): { browser: string; system: string } | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /OPR\//.test(userAgent)
      ? "Opera"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /Chrom(e|ium)\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : null;
  const system = /Windows/.test(userAgent)
    ? "Windows"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Mac OS X/.test(userAgent)
        ? "macOS"
        : /Android/.test(userAgent)
          ? "Android"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  if (!browser || !system) return null;
  return { browser, system };
}

/** Where the person is signed in; ends the others, or all of them. */
export function ProfileSessions({
  sessions,
  onChange,
}: {
  sessions: readonly FragmentOf<typeof ProfileSessions_Session>[];
  onChange: () => void;
}) {
  const { t, formatDateTimeShort } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [ended, endOne] = useMutation(ProfileSessions_End);
  const [endedAll, endAll] = useMutation(ProfileSessions_EndAll);
  const rows = sessions.map((s) => readFragment(ProfileSessions_Session, s));
  const others = rows.filter((s) => !s.current).length;

  const browserOf = (userAgent: string | null) => {
    const known = describeBrowser(userAgent);
    return known ? t("sessions.browserOn", known) : t("sessions.unknownBrowser");
  };

  return (
    <section className="section" aria-labelledby="profile-sessions">
      <h2 id="profile-sessions">{t("sessions.heading")}</h2>
      <p>{t("sessions.intro")}</p>
      {problem && <ProblemMessage key={problem.key} problem={problem} />}
      <DataTable
        captionId="sessions-caption"
        caption={t("sessions.caption")}
        columns={
          <>
            <th scope="col">{t("sessions.browser")}</th>
            <th scope="col">{t("sessions.created")}</th>
            <th scope="col">{t("sessions.lastSeen")}</th>
            <th scope="col">{t("sessions.actingFor")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </>
        }
        rows={rows}
        row={(s) => (
          <tr key={s.id}>
            <th scope="row">
              <span title={s.userAgent ?? undefined}>{browserOf(s.userAgent)}</span>
              {s.current && (
                <>
                  {" "}
                  <span className="tag tag-success">{t("sessions.current")}</span>
                </>
              )}
            </th>
            <td className="nowrap">
              <time dateTime={s.createdAt}>{formatDateTimeShort(s.createdAt)}</time>
            </td>
            <td className="nowrap">
              <time dateTime={s.lastSeenAt}>{formatDateTimeShort(s.lastSeenAt)}</time>
            </td>
            <td>
              {s.actingOrganisation ? (
                <span lang={CONTENT_LANG}>{s.actingOrganisation.name}</span>
              ) : (
                t("profile.actingSelf")
              )}
            </td>
            <td>
              {!s.current && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={ended.fetching}
                  aria-label={t("sessions.endLabel", {
                    browser: browserOf(s.userAgent),
                    date: formatDateTimeShort(s.lastSeenAt),
                  })}
                  onClick={async () => {
                    const answer = await endOne({ id: s.id });
                    const found = problemOf(answer.error, answer.data?.endSession);
                    setProblem(found);
                    onChange();
                  }}
                >
                  {t("sessions.end")}
                </button>
              )}
            </td>
          </tr>
        )}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={endedAll.fetching}
          onClick={async () => {
            const answer = await endAll({});
            const found = problemOf(answer.error, answer.data?.signOutEverywhere);
            if (found) return setProblem(found);
            session.renew();
            navigate("/logga-in", { state: { notice: "signedOutEverywhere" } });
          }}
        >
          {t("sessions.signOutEverywhere")}
        </button>
        <span className="muted">
          {others === 0 ? t("sessions.noOthers") : t("sessions.others", { count: others })}
        </span>
      </div>
    </section>
  );
}
