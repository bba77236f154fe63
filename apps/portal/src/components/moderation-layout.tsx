import { useI18n } from "../i18n";
import { moderates } from "../lib/viewer";
import { GuardedSection } from "./guarded-section";
import { useSubNavCurrentInView } from "./sub-nav-in-view";

/** The moderators' pages: the queue and the log under a menu of their own; others are told no. */
export function ModerationLayout() {
  const { t } = useI18n();
  useSubNavCurrentInView();
  return (
    <GuardedSection
      allows={moderates}
      navLabel={t("moderation.navLabel")}
      links={[
        { to: "/moderering", label: t("moderation.queue") },
        { to: "/moderering/logg", label: t("moderation.log") },
      ]}
      heading={t("moderation.heading")}
      documentTitle={t("moderation.documentTitle")}
    />
  );
}
