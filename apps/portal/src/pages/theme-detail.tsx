import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Discussion } from "../components/discussion";
import { LatestFindings } from "../components/latest-findings";
import { QueryStatus } from "../components/query-status";
import { ThemeStatusTag, ThemeStatusTag_Theme } from "../components/theme-status-tag";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { NotFoundPage } from "./error-not-found";

const ThemePage_Theme = graphql(
  `
    query ThemePage_Theme($slug: String!) {
      theme(slug: $slug) {
        id
        slug
        title
        description
        status
        locked
        slowModeSeconds
        phase {
          number
          name
        }
        visitQuestions {
          number
          text
        }
        ...ThemeStatusTag_Theme
      }
    }
  `,
  [ThemeStatusTag_Theme],
);

/**
 * One theme: what it is about, the visit questions that belong to it, its latest published
 * findings, and its thread.
 */
export function ThemePage() {
  const { t } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ThemePage_Theme,
    variables: { slug },
  });
  const theme = data?.theme;
  useDocumentTitle(theme?.title ?? t(data ? "notFound.documentTitle" : "themes.documentTitle"));

  if (data && !theme) return <NotFoundPage />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/teman">{t("themePage.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {theme && (
        <>
          <div className="page-intro">
            <h1 lang={CONTENT_LANG}>{theme.title}</h1>
            <p className="tags">
              <span className="tag">
                {theme.phase ? (
                  <>
                    {t("phase.number", { number: theme.phase.number })}:{" "}
                    <span lang={CONTENT_LANG}>{theme.phase.name}</span>
                  </>
                ) : (
                  t("theme.noPhase")
                )}
              </span>
              <ThemeStatusTag theme={theme} />
            </p>
            <p className="lead" lang={CONTENT_LANG}>
              {theme.description}
            </p>
          </div>

          {theme.visitQuestions.length > 0 && (
            <section className="section" aria-labelledby="visit-questions">
              <h2 id="visit-questions">{t("themePage.questionsHeading")}</h2>
              <p>{t("themePage.questionsIntro")}</p>
              <ul className="prompts">
                {theme.visitQuestions.map((question) => (
                  <li key={question.number}>
                    <p className="prompt-number">
                      {t("themePage.question", { number: question.number })}
                    </p>
                    <p lang={CONTENT_LANG}>{question.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <LatestFindings
            id="theme-findings"
            heading="themePage.findingsHeading"
            empty="themePage.findingsEmpty"
            theme={{ id: theme.id, slug: theme.slug }}
          />

          <section className="section" aria-labelledby="thread">
            <h2 id="thread">{t("themePage.threadHeading")}</h2>
            <Discussion
              target={{ themeId: theme.id }}
              slug={slug}
              state={theme}
              onStateChanged={() => reexecute({ requestPolicy: "network-only" })}
            />
          </section>
        </>
      )}
    </>
  );
}
