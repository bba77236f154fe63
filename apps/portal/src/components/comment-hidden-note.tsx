import { Link } from "react-router";
import { CONTENT_LANG, useI18n } from "../i18n";

/** Who hid a comment, as the API says. */
export type HiddenBy = "REPORTS" | "MODERATOR";

/** Why a comment is hidden: reports awaiting a decision, or a moderator's reason. */
export function HiddenReason({
  hiddenBy,
  reason,
}: {
  hiddenBy: HiddenBy | null;
  reason: string | null;
}) {
  const { t } = useI18n();
  if (hiddenBy !== "MODERATOR") return <>{t("comment.hiddenByReports")}</>;
  return (
    <>
      {t("comment.hiddenByModerator")} <span lang={CONTENT_LANG}>{reason}</span>
    </>
  );
}

/**
 * Beside a hidden comment, for those who still see it: its author (who is told that only they and
 * the moderators see it) and the moderators (who get the way to the queue).
 */
export function CommentHiddenNote({
  hiddenBy,
  reason,
  own,
  moderates,
}: {
  hiddenBy: HiddenBy | null;
  reason: string | null;
  own: boolean;
  moderates: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="comment-hidden-note">
      <p>
        <HiddenReason hiddenBy={hiddenBy} reason={reason} />
      </p>
      {own && <p>{t("comment.hiddenOwnNote")}</p>}
      {moderates && (
        <p>
          <Link to="/moderering">{t("comment.toQueue")}</Link>
        </p>
      )}
    </div>
  );
}
