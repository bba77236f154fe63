import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { BlogFeedLink } from "../components/blog-feed-link";
import { BlogPostMeta, BlogPostMeta_Post } from "../components/blog-post-meta";
import { Discussion } from "../components/discussion";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";
import { portalNow } from "../lib/portal-clock";
import { NotFoundPage } from "./error-not-found";

const BlogPostPage_Post = graphql(
  `
    query BlogPostPage_Post($slug: String!) {
      blogPost(slug: $slug) {
        id
        title
        bodyHtml
        publishedAt
        locked
        slowModeSeconds
        viewerCanEdit
        ...BlogPostMeta_Post
      }
    }
  `,
  [BlogPostMeta_Post],
);

/** One post of the coordinator's blog, and the comments under it. */
export function BlogPostPage() {
  const { t } = useI18n();
  const { slug = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BlogPostPage_Post,
    variables: { slug },
  });
  const post = data?.blogPost;
  useDocumentTitle(post?.title ?? t(data ? "notFound.documentTitle" : "blog.documentTitle"));

  if (data && !post) return <NotFoundPage />;
  const published = post?.publishedAt != null && new Date(post.publishedAt) <= portalNow();

  return (
    <>
      <p className="breadcrumb">
        <Link to="/blogg">{t("blog.back")}</Link>
      </p>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
      {post && (
        <>
          <article className="blog-post">
            <div className="page-intro">
              <h1 lang={CONTENT_LANG}>{post.title}</h1>
              <BlogPostMeta post={post} />
              {post.viewerCanEdit && (
                <p>
                  <Link to="/admin/blogg">{t("blog.edit")}</Link>
                </p>
              )}
            </div>
            {/* The API renders the post's Markdown without raw HTML, so this markup is safe. */}
            <div
              className="blog-body"
              lang={CONTENT_LANG}
              dangerouslySetInnerHTML={{ __html: post.bodyHtml }}
            />
          </article>
          <BlogFeedLink />
          {published && (
            <section className="section" aria-labelledby="comments">
              <h2 id="comments">{t("blog.commentsHeading")}</h2>
              <Discussion
                target={{ postId: post.id }}
                slug={slug}
                state={{
                  status: "OPEN",
                  locked: post.locked,
                  slowModeSeconds: post.slowModeSeconds,
                }}
                onStateChanged={() => reexecute({ requestPolicy: "network-only" })}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
