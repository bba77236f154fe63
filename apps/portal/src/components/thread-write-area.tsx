import { type RefObject, useEffect, useRef } from "react";
import { Link } from "react-router";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";
import { useFormatInterval } from "../lib/interval";
import type { ViewerPerson } from "../lib/viewer";
import { CommentForm } from "./comment-form";
import type { Problem } from "./form";

/** Why the person cannot write in the thread, in the order the API checks. */
type Closed =
  | { kind: "status"; text: MessageKey }
  | { kind: "observer" }
  | { kind: "locked" }
  | { kind: "blocked"; until: string; reason: string };

interface ThreadWriteAreaProps {
  /** The API's answer: the person may write in the thread (viewerCanComment). */
  canComment: boolean;
  status: "OPEN" | "CLOSED" | "ARCHIVED";
  locked: boolean;
  slowModeSeconds: number;
  person: ViewerPerson;
  actingFor: { id: string; name: string } | null;
  /** The person's block from writing, if a moderator has blocked them. */
  block: { until: string; reason: string } | null;
  onSubmit: (body: string, asPosition: boolean) => Promise<Problem | null>;
  /** What the form says once the comment is written: published, or what it waits for. */
  publishedText?: string;
  /** The form's message of success, which takes focus when the new comment waits. */
  statusRef?: RefObject<HTMLOutputElement | null>;
}

/** Why the person may not write, for the notice; the decision itself is the API's. */
export function closedReason({
  status,
  locked,
  person,
  block,
}: Pick<ThreadWriteAreaProps, "status" | "locked" | "person" | "block">): Closed | null {
  if (status !== "OPEN")
    return {
      kind: "status",
      text: status === "CLOSED" ? "themePage.closed" : "themePage.archived",
    };
  if (person.role === "OBSERVER") return { kind: "observer" };
  if (locked) return { kind: "locked" };
  if (block) return { kind: "blocked", ...block };
  return null;
}

/**
 * Under the thread: the form to write a comment, with slow mode's interval beside it; or, where the
 * API says the person may not write, a notice saying why (closed theme, observer, locked thread,
 * blocked person).
 * A notice that replaces the form after a refusal takes focus, so that the change is not missed.
 */
export function ThreadWriteArea(props: ThreadWriteAreaProps) {
  const { t, formatDateTime } = useI18n();
  const formatInterval = useFormatInterval();
  // Where the API says no for a reason the portal cannot tell, the thread counts as locked.
  const closed = props.canComment ? null : (closedReason(props) ?? ({ kind: "locked" } as const));
  const notice = useRef<HTMLDivElement>(null);
  const formShown = useRef(false);

  const closedKind = closed?.kind ?? null;
  useEffect(() => {
    if (closedKind && formShown.current) notice.current?.focus();
    formShown.current = closedKind === null;
  }, [closedKind]);

  if (closed) {
    return (
      <div ref={notice} className="notice write-closed" tabIndex={-1}>
        {closed.kind === "status" && <p>{t(closed.text)}</p>}
        {closed.kind === "observer" && <p>{t("thread.observer")}</p>}
        {closed.kind === "locked" && <p>{t("thread.locked")}</p>}
        {closed.kind === "blocked" && (
          <>
            <p>{t("thread.blocked", { time: formatDateTime(closed.until) })}</p>
            <p>
              {t("thread.blockedReason")} <span lang={CONTENT_LANG}>{closed.reason}</span>
            </p>
          </>
        )}
      </div>
    );
  }

  const { actingFor, slowModeSeconds } = props;
  return (
    <section className="write-comment" aria-labelledby="write-comment">
      <h3 id="write-comment">{t("comment.writeHeading")}</h3>
      <CommentForm
        label={t("comment.bodyLabel")}
        submitLabel={t("comment.publish")}
        successText={props.publishedText ?? t("comment.published")}
        statusRef={props.statusRef}
        positionFor={actingFor?.name ?? null}
        intro={
          <>
            <p className="muted">
              {actingFor
                ? t("comment.actingFor", { organisation: actingFor.name })
                : t("comment.actingSelf")}{" "}
              <Link to="/profil">{t("comment.actingChange")}</Link>
            </p>
            {slowModeSeconds > 0 && (
              <p className="slow-mode">
                {t("thread.slowMode", { interval: formatInterval(slowModeSeconds) })}
              </p>
            )}
          </>
        }
        onSubmit={props.onSubmit}
      />
    </section>
  );
}
