import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { BlogFeedLink } from "../components/blog-feed-link";
import { BlogPostMeta, BlogPostMeta_Post } from "../components/blog-post-meta";
import { Pager } from "../components/pager";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { type CursorPage, pageVariables, readCursorPage } from "../lib/cursor-page";

const BlogListPage_Posts = graphql(
  `
    query BlogListPage_Posts($first: Int, $after: String, $last: Int, $before: String) {
      blogPostsConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          startCursor
          endCursor
        }
        nodes {
          id
          slug
          title
          excerpt
          ...BlogPostMeta_Post
        }
      }
    }
  `,
  [BlogPostMeta_Post],
);

/** Posts on one page of the blog. */
const PAGE_SIZE = 20;

/**
 * The coordinator's blog: the posts, newest first, each with its opening words, a page at a time
 * (the page in the address).
 */
export function BlogListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("blog.documentTitle"));
  const [params] = useSearchParams();
  const position = readCursorPage(params);

  return (
    <>
      <div className="page-intro">
        <h1>{t("blog.heading")}</h1>
        <p className="lead">{t("blog.intro")}</p>
        <BlogFeedLink />
      </div>
      <BlogListPosts
        key={`${position.page}:${position.after ?? position.before ?? ""}`}
        position={position}
      />
    </>
  );
}

function BlogListPosts({ position }: { position: CursorPage }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BlogListPage_Posts,
    variables: pageVariables(position, PAGE_SIZE),
  });
  const connection = data?.blogPostsConnection;
  const posts = connection?.nodes ?? [];

  return (
    <>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {data &&
        (posts.length === 0 ? (
          <p>{t("blog.empty")}</p>
        ) : (
          <ol className="blog-list">
            {posts.map((post) => (
              <li key={post.id}>
                <article className="card blog-card">
                  <h2 className="card-title" lang={CONTENT_LANG}>
                    <Link to={`/blogg/${post.slug}`}>{post.title}</Link>
                  </h2>
                  <BlogPostMeta post={post} />
                  <p lang={CONTENT_LANG}>{post.excerpt}</p>
                  <p>
                    <Link
                      to={`/blogg/${post.slug}`}
                      aria-label={t("blog.readMoreAbout", { title: post.title })}
                    >
                      {t("blog.readMore")}
                    </Link>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        ))}
      {connection && (
        <Pager
          position={position}
          size={PAGE_SIZE}
          shown={posts.length}
          total={connection.totalCount}
          pageInfo={connection.pageInfo}
          labels={{
            nav: t("blog.pager"),
            previous: t("blog.previous"),
            next: t("blog.next"),
            range: (values) => t("blog.range", values),
          }}
        />
      )}
    </>
  );
}
