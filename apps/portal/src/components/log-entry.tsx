import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { CONTENT_LANG, useI18n } from "../i18n";
import { areaNameKey, areaOf, logKey, sentenceKey } from "../lib/log-actions";
import { changeLines, type LogReference } from "../lib/log-changes";

/** An entry of the audit or moderation log, as the API gives it. */
export interface LogEntryData {
  id: string;
  at: string;
  actorName: string;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectExists: boolean;
  subjectTitle: string | null;
  subjectPath: string | null;
  subjectPlace: string | null;
  before: unknown;
  after: unknown;
  references: readonly LogReference[];
}

/** A message with `{name}` parts replaced by elements: the actor and the subject, with its link. */
function filledIn(template: string, parts: Record<string, ReactNode>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const part = name !== undefined ? parts[name] : undefined;
    return <Fragment key={i}>{part === undefined ? piece : part}</Fragment>;
  });
}

/** Who did it: "Samordnaren Ingrid Holm", the portal itself, or a name whose account is gone. */
function Actor({ entry }: { entry: LogEntryData }) {
  const { t } = useI18n();
  if (entry.actorRole === "SYSTEM") return <>{t("log.system")}</>;
  const role = entry.actorRole ? logKey(`log.role.${entry.actorRole.toLowerCase()}`) : null;
  if (!role) {
    return (
      <>
        {filledIn(t("log.formerAccount"), {
          name: <span lang={CONTENT_LANG}>{entry.actorName}</span>,
        })}
      </>
    );
  }
  return (
    <>
      {t(role)} <span lang={CONTENT_LANG}>{entry.actorName}</span>
    </>
  );
}

/** What it was done to: its title (as a link while it is there), within its place when it has one. */
function Subject({ entry }: { entry: LogEntryData }) {
  const { t } = useI18n();
  const unnamed = logKey(`log.unnamed.${entry.subjectType}`);
  const title = entry.subjectTitle ? (
    <span lang={CONTENT_LANG}>{entry.subjectTitle}</span>
  ) : entry.subjectExists ? (
    t(unnamed ?? "log.unnamed")
  ) : (
    t(entry.subjectType === "person" ? "log.removedPerson" : "log.removed")
  );
  const named = entry.subjectPath ? <Link to={entry.subjectPath}>{title}</Link> : title;
  const place = entry.subjectPlace ? logKey(`log.place.${entry.subjectPlace.toLowerCase()}`) : null;
  return <>{place ? filledIn(t(place), { title: named }) : named}</>;
}

/** The person an organisation's membership entry is about, by name, or that they are gone. */
function memberName(entry: LogEntryData, t: ReturnType<typeof useI18n>["t"]): ReactNode {
  const person = entry.references.find((r) => r.kind === "PERSON");
  return person?.name ? <span lang={CONTENT_LANG}>{person.name}</span> : t("log.removedPerson");
}

/**
 * One entry as a sentence in the reader's language ("Samordnaren Ingrid Holm publicerade mötet
 * Hearing om familjehemsvård"), when it was done in Swedish time, and what it changed, in words.
 */
export function LogEntry({ entry }: { entry: LogEntryData }) {
  const { t, formatDate, formatDateTime, formatNumber } = useI18n();
  const sentence = sentenceKey(entry.action);
  const area = areaNameKey(areaOf(entry.action));
  const thing = logKey(`log.thing.${entry.subjectType}`);
  const template = sentence ? t(sentence) : t("log.generic");
  const changes = changeLines(entry, { t, formatDate, formatDateTime, formatNumber });
  return (
    <li className="log-entry">
      <p className="log-sentence">
        {filledIn(template, {
          actor: <Actor entry={entry} />,
          subject: <Subject entry={entry} />,
          person: memberName(entry, t),
          thing: thing ? t(thing) : "",
          area: area ? t(area) : t("log.generic.area"),
        })}
      </p>
      <p className="log-time muted">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </p>
      {changes.length > 0 && (
        <ul className="log-changes" aria-label={t("log.changes")}>
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
