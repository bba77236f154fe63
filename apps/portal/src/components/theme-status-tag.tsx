import { type FragmentOf, graphql, readFragment } from "../graphql";
import { useI18n } from "../i18n";

export const ThemeStatusTag_Theme = graphql(`
  fragment ThemeStatusTag_Theme on Theme {
    status
  }
`);

const tagClass = { OPEN: "tag tag-success", CLOSED: "tag", ARCHIVED: "tag" } as const;

/** Whether the theme takes comments: öppen, stängd or arkiverad. */
export function ThemeStatusTag({ theme }: { theme: FragmentOf<typeof ThemeStatusTag_Theme> }) {
  const { t } = useI18n();
  const { status } = readFragment(ThemeStatusTag_Theme, theme);
  return (
    <span className={tagClass[status]}>
      <span className="visually-hidden">{t("theme.statusLabel")} </span>
      {t(`theme.status.${status}`)}
    </span>
  );
}
