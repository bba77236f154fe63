import { Link } from "react-router";
import { useQuery } from "urql";
import { BlogFeedLink } from "../components/blog-feed-link";
import { BlogPostMeta, BlogPostMeta_Post } from "../components/blog-post-meta";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const BlogListPage_Posts = graphql(
  `
    query BlogListPage_Posts {
      blogPosts {
        id
        slug
        title
        excerpt
        ...BlogPostMeta_Post
      }
    }
  `,
  [BlogPostMeta_Post],
);

/** The coordinator's blog: the posts, newest first, each with its opening words. */
export function BlogListPage() {
  const { t } = useI18n();
  useDocumentTitle(t("blog.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: BlogListPage_Posts });
  const posts = data?.blogPosts ?? [];

  return (
    <>
      <div className="page-intro">
        <h1>{t("blog.heading")}</h1>
        <p className="lead">{t("blog.intro")}</p>
        <BlogFeedLink />
      </div>
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
    </>
  );
}
