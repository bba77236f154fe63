import { Link } from "react-router";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { portalNow } from "../lib/portal-clock";

export const BlogPostMeta_Post = graphql(`
  fragment BlogPostMeta_Post on BlogPost {
    publishedAt
    authorName
    commentCount
    themes {
      slug
      title
    }
  }
`);

/** Who wrote a post and when (or that it is a draft or scheduled), its themes and comment count. */
export function BlogPostMeta({ post }: { post: FragmentOf<typeof BlogPostMeta_Post> }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const p = readFragment(BlogPostMeta_Post, post);
  const scheduled = p.publishedAt !== null && new Date(p.publishedAt) > portalNow();
  return (
    <div className="blog-meta">
      <p className="comment-meta">
        {p.publishedAt === null ? (
          <span className="tag tag-warning">{t("blog.draft")}</span>
        ) : scheduled ? (
          <span className="tag tag-warning">
            {t("blog.scheduled", { date: formatDateTime(p.publishedAt) })}
          </span>
        ) : (
          <>
            <span lang={CONTENT_LANG}>{p.authorName}</span>,{" "}
            <time dateTime={p.publishedAt}>{formatDate(p.publishedAt)}</time>
          </>
        )}
        {" · "}
        {t("blog.commentCount", { count: p.commentCount })}
      </p>
      {p.themes.length > 0 && (
        <p className="tags">
          <span className="visually-hidden">{t("blog.themes")}: </span>
          {p.themes.map((theme) => (
            <Link key={theme.slug} to={`/teman/${theme.slug}`} className="tag" lang={CONTENT_LANG}>
              {theme.title}
            </Link>
          ))}
        </p>
      )}
    </div>
  );
}
