import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { BlogPostEditor, BlogPostEditor_Post } from "../components/blog-post-editor";
import { BlogPostMeta, BlogPostMeta_Post } from "../components/blog-post-meta";
import { QueryStatus } from "../components/query-status";
import { graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useDocumentTitle, useI18n } from "../i18n";

const AdminBlogPage_Posts = graphql(
  `
    query AdminBlogPage_Posts {
      blogPosts {
        id
        slug
        title
        ...BlogPostMeta_Post
        ...BlogPostEditor_Post
      }
      themes {
        id
        title
      }
    }
  `,
  [BlogPostMeta_Post, BlogPostEditor_Post],
);

/** The coordinator's blog desk: every post (drafts and scheduled too), a new one, and editing. */
export function AdminBlogPage() {
  const { t } = useI18n();
  useDocumentTitle(t("adminBlog.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminBlogPage_Posts,
    requestPolicy: "cache-and-network",
  });
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [savedSlug, setSavedSlug] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const posts = data?.blogPosts ?? [];
  const current = posts.find((p) => p.id === editing);

  return (
    <>
      <div className="page-intro">
        <h1>{t("adminBlog.heading")}</h1>
        <p className="lead">{t("adminBlog.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={data !== undefined}
        onRetry={refresh}
      />
      {savedSlug && (
        <output className="notice notice-success">
          {t("adminBlog.saved")} <Link to={`/blogg/${savedSlug}`}>{t("adminBlog.view")}</Link>
        </output>
      )}
      {data && editing === null && (
        <p>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setSavedSlug(null);
              setEditing("new");
            }}
          >
            {t("adminBlog.new")}
          </button>
        </p>
      )}
      {data && editing !== null && (
        <section className="section" aria-labelledby="blog-editor">
          <h2 id="blog-editor" lang={current ? CONTENT_LANG : undefined}>
            {current ? t("adminBlog.editing", { title: current.title }) : t("adminBlog.new")}
          </h2>
          <BlogPostEditor
            key={editing}
            post={current ?? null}
            themes={data.themes}
            onCancel={() => setEditing(null)}
            onSaved={(slug) => {
              setEditing(null);
              setSavedSlug(slug);
              refresh();
            }}
          />
        </section>
      )}
      {data && (
        <section className="section" aria-labelledby="blog-posts">
          <h2 id="blog-posts">{t("adminBlog.posts")}</h2>
          {posts.length === 0 ? (
            <p>{t("adminBlog.empty")}</p>
          ) : (
            <ol className="blog-list">
              {posts.map((post) => (
                <li key={post.id}>
                  <article className="card blog-card">
                    <h3 className="card-title" lang={CONTENT_LANG}>
                      <Link to={`/blogg/${post.slug}`}>{post.title}</Link>
                    </h3>
                    <BlogPostMeta post={post} />
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => {
                        setSavedSlug(null);
                        setEditing(post.id);
                      }}
                    >
                      {t("blog.edit")}
                      <span className="visually-hidden">
                        : {readFragment(BlogPostEditor_Post, post).title}
                      </span>
                    </button>
                  </article>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
