import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";
import { SkeletonLines } from "./skeleton-lines";

const LatestFindings_Findings = graphql(`
  query LatestFindings_Findings($filter: FindingFilter, $first: Int) {
    findingsConnection(filter: $filter, orderBy: NEWEST, first: $first) {
      totalCount
      nodes {
        id
        title
        body
        kind
        publishedAt
        themes {
          id
          title
        }
        municipality {
          code
          name
          county {
            code
            name
          }
        }
      }
    }
  }
`);

const SUMMARY = 160;

/** The start of a text, cut at a word, with an ellipsis when cut. */
function summary(text: string): string {
  if (text.length <= SUMMARY) return text;
  const cut = text.slice(0, SUMMARY);
  const space = cut.lastIndexOf(" ");
  return `${(space > SUMMARY / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface LatestFindingsProps {
  /** The section's heading's id, for its aria-labelledby. */
  id: string;
  heading: MessageKey;
  /** What the empty list says will come. */
  empty: MessageKey;
  /** Only the findings about this theme; all themes when left out. */
  theme?: { id: string; slug: string };
  /** How many, newest first. */
  count?: number;
}

/**
 * The latest published findings, newest publication first: title, summary, themes, place and day,
 * each a link to the finding, and a link to all of them. The list keeps its place while it comes.
 */
export function LatestFindings({ id, heading, empty, theme, count = 5 }: LatestFindingsProps) {
  const { t, formatDate } = useI18n();
  const [{ data, error }, reexecute] = useQuery({
    query: LatestFindings_Findings,
    variables: {
      filter: { statuses: ["PUBLISHED"], themeIds: theme ? [theme.id] : null },
      first: count,
    },
  });
  const connection = data?.findingsConnection;
  const all = theme ? `/iakttagelser?tema=${encodeURIComponent(theme.slug)}` : "/iakttagelser";

  return (
    <section className="section latest-findings" aria-labelledby={id}>
      <h2 id={id}>{t(heading)}</h2>
      {!connection ? (
        error ? (
          <div className="notice notice-error" role="alert">
            <p>{t("common.error")}</p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => reexecute({ requestPolicy: "network-only" })}
            >
              {t("common.retry")}
            </button>
          </div>
        ) : (
          <SkeletonLines
            lines={count}
            label={t("common.loading")}
            className="latest-finding-skeleton"
          />
        )
      ) : connection.totalCount === 0 ? (
        <p>{t(empty)}</p>
      ) : (
        <>
          <ol className="latest-findings-list">
            {connection.nodes.map((f) => (
              <li key={f.id} className="latest-finding">
                <h3 className="latest-finding-title" lang={CONTENT_LANG}>
                  <Link to={`/iakttagelser/${f.id}`}>{f.title}</Link>
                </h3>
                <p className="latest-finding-summary" lang={CONTENT_LANG}>
                  {summary(f.body)}
                </p>
                <p className="latest-finding-meta">
                  <span>{t(`findingKind.${f.kind}`)}</span>
                  {f.themes.length > 0 && (
                    <span lang={CONTENT_LANG}>{f.themes.map((th) => th.title).join(", ")}</span>
                  )}
                  {f.municipality && (
                    <span lang={CONTENT_LANG}>
                      {t("findings.detail.municipalityValue", {
                        municipality: f.municipality.name,
                        county: f.municipality.county.name,
                      })}
                    </span>
                  )}
                  {f.publishedAt && (
                    <span>{t("findings.published", { date: formatDate(f.publishedAt) })}</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
          <p>
            <Link to={all}>{t("findings.startTeaserLink", { count: connection.totalCount })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
