import { useEffect, useId, useState } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { signInHref } from "../components/access-notice";
import { commentAnchor } from "../components/comment-item";
import { QueryStatus } from "../components/query-status";
import { SearchSnippet } from "../components/search-snippet";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { useViewer } from "../lib/viewer";

const SearchPage_Hits = graphql(`
  query SearchPage_Hits($text: String!) {
    search(text: $text, limit: 50) {
      kind
      themeSlug
      themeTitle
      commentId
      snippet
      rank
    }
  }
`);

type Hit = ResultOf<typeof SearchPage_Hits>["search"][number];

/** The API searches 2 to 200 characters. */
const shortest = 2;
const longest = 200;
const PARAM = "q";

/**
 * Search over themes and, for signed-in people, comments. The words are kept in the address
 * (/sok?q=…), so that a search can be shared and the back button returns to it.
 */
export function SearchPage() {
  const { t } = useI18n();
  const id = useId();
  const location = useLocation();
  const { state: viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const query = (params.get(PARAM) ?? "").trim();
  const [draft, setDraft] = useState(query);
  useDocumentTitle(query ? t("search.documentTitleFor", { query }) : t("search.documentTitle"));

  // A new address (back, forward, a link) puts its words in the box.
  useEffect(() => setDraft(query), [query]);

  const fits = query.length >= shortest && query.length <= longest;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchPage_Hits,
    variables: { text: query },
    pause: !fits,
  });
  const hits = fits ? (data?.search ?? []) : [];
  const themes = hits.filter((hit) => hit.kind === "THEME");
  const comments = hits.filter((hit) => hit.kind === "COMMENT");
  const answered = fits && data !== undefined && !fetching;

  let summary = "";
  if (query && !fits) summary = t(query.length < shortest ? "search.tooShort" : "search.tooLong");
  else if (answered)
    summary =
      hits.length === 0
        ? t("search.none", { query })
        : t("search.count", { count: hits.length, query });

  return (
    <>
      <div className="page-intro">
        <h1>{t("search.heading")}</h1>
        <p className="lead">{t("search.intro")}</p>
      </div>

      <search className="search-box">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const words = draft.trim();
            setParams(words ? { [PARAM]: words } : {});
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-q`}>{t("search.label")}</label>
            <p id={`${id}-hint`} className="field-hint">
              {t("search.hint")}
            </p>
            <div className="search-row">
              <input
                id={`${id}-q`}
                type="search"
                name={PARAM}
                value={draft}
                maxLength={longest}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setDraft(e.target.value)}
              />
              <button type="submit" className="button-primary">
                {t("search.submit")}
              </button>
            </div>
          </div>
        </form>
      </search>

      {viewer.status === "signedOut" && (
        <p className="notice">
          <Link to={signInHref(location)}>{t("search.signInForComments")}</Link>
        </p>
      )}

      {/* Announced when the answer comes: how many hits, or why there are none. */}
      <output className="summary search-summary">{summary}</output>

      {fits && (
        <QueryStatus
          fetching={fetching}
          error={error}
          hasData={data !== undefined}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}

      {themes.length > 0 && (
        <section className="section" aria-labelledby={`${id}-themes`}>
          <h2 id={`${id}-themes`}>{t("search.themesHeading")}</h2>
          <SearchHitList hits={themes} />
        </section>
      )}
      {comments.length > 0 && (
        <section className="section" aria-labelledby={`${id}-comments`}>
          <h2 id={`${id}-comments`}>{t("search.commentsHeading")}</h2>
          <SearchHitList hits={comments} />
        </section>
      )}
    </>
  );
}

function SearchHitList({ hits }: { hits: Hit[] }) {
  const { t } = useI18n();
  return (
    <ol className="search-hits">
      {hits.map((hit) => {
        const comment = hit.kind === "COMMENT" && hit.commentId !== null;
        const to = {
          pathname: `/teman/${hit.themeSlug}`,
          hash: comment && hit.commentId ? `#${commentAnchor(hit.commentId)}` : "",
        };
        return (
          <li key={`${hit.themeSlug}-${hit.commentId ?? ""}`} className="search-hit">
            <h3 className="search-hit-title">
              <Link to={to}>
                {comment && <>{t("search.commentIn")} </>}
                <span lang={CONTENT_LANG}>{hit.themeTitle}</span>
              </Link>
            </h3>
            <SearchSnippet snippet={hit.snippet} />
          </li>
        );
      })}
    </ol>
  );
}
