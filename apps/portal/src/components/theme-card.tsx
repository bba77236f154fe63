import { Link } from "react-router";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { ThemeStatusTag, ThemeStatusTag_Theme } from "./theme-status-tag";

export const ThemeCard_Theme = graphql(
  `
    fragment ThemeCard_Theme on Theme {
      slug
      title
      description
      phase {
        number
        name
      }
      ...ThemeStatusTag_Theme
    }
  `,
  [ThemeStatusTag_Theme],
);

/** A theme in a list: title (to the theme's page), the phase it belongs to, its status, and what it is about. */
export function ThemeCard({ theme }: { theme: FragmentOf<typeof ThemeCard_Theme> }) {
  const { t } = useI18n();
  const th = readFragment(ThemeCard_Theme, theme);
  return (
    <article className="card theme-card">
      <h3 className="card-title" lang={CONTENT_LANG}>
        <Link to={`/teman/${th.slug}`}>{th.title}</Link>
      </h3>
      <p className="tags">
        <span className="tag">
          {th.phase ? (
            <>
              {t("phase.number", { number: th.phase.number })}:{" "}
              <span lang={CONTENT_LANG}>{th.phase.name}</span>
            </>
          ) : (
            t("theme.noPhase")
          )}
        </span>
        <ThemeStatusTag theme={th} />
      </p>
      <p lang={CONTENT_LANG}>{th.description}</p>
    </article>
  );
}
