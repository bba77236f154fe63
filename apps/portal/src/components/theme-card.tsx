import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";

export const ThemeCard_Theme = graphql(`
  fragment ThemeCard_Theme on Theme {
    title
    description
    phase {
      number
      name
    }
  }
`);

/** A theme in a list: title, the phase it belongs to, and what it is about. */
export function ThemeCard({ theme }: { theme: FragmentOf<typeof ThemeCard_Theme> }) {
  const { t } = useI18n();
  const th = readFragment(ThemeCard_Theme, theme);
  return (
    <article className="card theme-card">
      <h3 className="card-title" lang={CONTENT_LANG}>
        {th.title}
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
      </p>
      <p lang={CONTENT_LANG}>{th.description}</p>
    </article>
  );
}
