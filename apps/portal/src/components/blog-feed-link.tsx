import { useEffect } from "react";
import { useI18n } from "../i18n";

export const blogFeedPath = "/blogg/atom.xml";

/** The blog's Atom feed: a visible link, and the <link rel="alternate"> feed readers look for. */
export function BlogFeedLink() {
  const { t } = useI18n();
  useEffect(() => {
    const link = document.createElement("link");
    link.rel = "alternate";
    link.type = "application/atom+xml";
    link.title = t("blog.heading");
    link.href = blogFeedPath;
    document.head.append(link);
    return () => link.remove();
  }, [t]);
  return (
    <p className="feed-link">
      <a href={blogFeedPath} type="application/atom+xml">
        {t("blog.feed")}
      </a>
    </p>
  );
}
