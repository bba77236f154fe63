import { Link } from "react-router";
import { useQuery } from "urql";
import { BlogFeedLink } from "../components/blog-feed-link";
import { BlogPostMeta, BlogPostMeta_Post } from "../components/blog-post-meta";
import { ListPager } from "../components/list-pager";
import { type ListPaging, useUrlListPage } from "../components/list-paging";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

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
  const paging = useUrlListPage(PAGE_SIZE);
  const { page } = paging;

  return (
    <>
      <div className="page-intro">
        <h1>{t("blog.heading")}</h1>
        <p className="lead">{t("blog.intro")}</p>
        <BlogFeedLink />
      </div>
      <BlogListPosts key={`${page.number}:${page.after ?? page.before ?? ""}`} paging={paging} />
    </>
  );
}

function BlogListPosts({ paging }: { paging: ListPaging }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BlogListPage_Posts,
    variables: paging.variables,
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
        <ListPager
          paging={paging}
          pageInfo={connection.pageInfo}
          shown={posts.length}
          total={connection.totalCount}
          label={t("blog.pager")}
        />
      )}
    </>
  );
}
