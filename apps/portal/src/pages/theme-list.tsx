import { useQuery } from "urql";
import { QueryStatus } from "../components/query-status";
import { ThemeCard, ThemeCard_Theme } from "../components/theme-card";
import { type FragmentOf, graphql } from "../graphql";
import { type MessageKey, useDocumentTitle, useI18n } from "../i18n";

const ThemeList_Themes = graphql(
  `
    query ThemeList_Themes {
      themes {
        id
        ...ThemeCard_Theme
      }
      archived: themes(status: ARCHIVED) {
        id
        ...ThemeCard_Theme
      }
    }
  `,
  [ThemeCard_Theme],
);

type ListedTheme = FragmentOf<typeof ThemeCard_Theme> & { id: string };

/** Every theme of the dialogue: the open and closed ones first, then the archived ones. */
export function ThemeListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("themes.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ThemeList_Themes });

  return (
    <>
      <div className="page-intro">
        <h1>{t("themes.heading")}</h1>
        <p className="lead">{t("themes.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data && data.themes.length === 0 && data.archived.length === 0 && <p>{t("themes.empty")}</p>}
      {data && (
        <>
          <ThemeSection id="current-themes" heading="themes.currentHeading" themes={data.themes} />
          <ThemeSection
            id="archived-themes"
            heading="themes.archivedHeading"
            themes={data.archived}
          />
        </>
      )}
    </>
  );
}

function ThemeSection({
  id,
  heading,
  themes,
}: {
  id: string;
  heading: MessageKey;
  themes: ListedTheme[];
}) {
  const { t } = useI18n();
  if (themes.length === 0) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{t(heading)}</h2>
      <ul className="card-grid">
        {themes.map((theme) => (
          <li key={theme.id}>
            <ThemeCard theme={theme} />
          </li>
        ))}
      </ul>
    </section>
  );
}
