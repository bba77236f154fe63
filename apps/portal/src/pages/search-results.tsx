import { useId, useState } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { signInHref } from "../components/access-notice";
import { commentAnchor } from "../components/comment-item";
import { QueryStatus, refusedFor } from "../components/query-status";
import { SearchSnippet } from "../components/search-snippet";
import { graphql, type ResultOf } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { useFollowValue } from "../lib/follow-value";
import { useViewer } from "../lib/viewer";

/** A page of 50 hits, best first. */
const SearchPage_Hits = graphql(`
  query SearchPage_Hits($text: String!, $after: String) {
    searchConnection(text: $text, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        kind
        themeSlug
        themeTitle
        commentId
        snippet
        rank
      }
    }
  }
`);

type Page = ResultOf<typeof SearchPage_Hits>["searchConnection"];
type Hit = Page["nodes"][number];

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
  useFollowValue(query, () => setDraft(query));

  const fits = query.length >= shortest && query.length <= longest;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchPage_Hits,
    variables: { text: query },
    pause: !fits,
  });
  const more = useMoreHits(query, data?.searchConnection ?? null);
  const first = fits ? data?.searchConnection : undefined;
  const hits = first ? [...first.nodes, ...more.hits] : [];
  const last = more.pageInfo ?? first?.pageInfo;
  const total = first?.totalCount ?? 0;
  const themes = hits.filter((hit) => hit.kind === "THEME");
  const comments = hits.filter((hit) => hit.kind === "COMMENT");
  const answered = fits && data !== undefined && !fetching;

  // Words the search leaves out ("och att") are said as such, not as a failure to retry.
  const noWords = fits && refusedFor(error, "NO_SEARCH_WORDS");
  let summary = "";
  if (query && !fits) summary = t(query.length < shortest ? "search.tooShort" : "search.tooLong");
  else if (noWords) summary = t("search.noWords", { query });
  else if (answered)
    summary =
      total === 0 ? t("search.none", { query }) : t("search.count", { count: total, query });

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
          error={noWords ? undefined : error}
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
      {answered && last?.hasNextPage && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            aria-busy={more.loading}
            disabled={more.loading}
            onClick={() => more.load(last.endCursor)}
          >
            {t("search.showMore", { count: Math.max(0, total - hits.length) })}
          </button>
          {more.failed && (
            <p className="form-problem" role="alert">
              {t("search.moreFailed")}
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** The pages after the first, as the person asks for them; a new search starts again. */
function useMoreHits(text: string, first: Page | null) {
  const client = useClient();
  const [state, setState] = useState<{
    first: Page | null;
    hits: Hit[];
    pageInfo: Page["pageInfo"] | null;
  }>({
    first: null,
    hits: [],
    pageInfo: null,
  });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // Pages that follow another first page (another search, or the same one read again) are dropped.
  const current = state.first === first ? state : { first, hits: [], pageInfo: null };
  const load = async (after: string | null) => {
    if (!after || loading) return;
    setLoading(true);
    setFailed(false);
    const answer = await client.query(SearchPage_Hits, { text, after }).toPromise();
    const page = answer.data?.searchConnection;
    if (page) setState({ first, hits: [...current.hits, ...page.nodes], pageInfo: page.pageInfo });
    setFailed(!page);
    setLoading(false);
  };
  return { hits: current.hits, pageInfo: current.pageInfo, load, loading, failed };
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
