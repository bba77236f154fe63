import { Link } from "react-router";
import { CONTENT_LANG, useI18n } from "../i18n";

/** The reason the API gives a comment that reports, not a moderator, have hidden. */
export const hiddenByReports = "reported";

/** Why a comment is hidden: a moderator's reason, or reports awaiting a decision. */
export function HiddenReason({ reason }: { reason: string | null }) {
  const { t } = useI18n();
  if (reason === null || reason === hiddenByReports) return <>{t("comment.hiddenByReports")}</>;
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
  reason,
  own,
  moderates,
}: {
  reason: string | null;
  own: boolean;
  moderates: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="comment-hidden-note">
      <p>
        <HiddenReason reason={reason} />
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
