import type { Database } from "@kraftsamling/db";
import { XMLBuilder } from "fast-xml-parser";
import { storedPostHtml } from "./post-html";
import { publishedBy } from "./service";

/** Writes the feed's XML, escaping text and attributes; an element without content closes itself. */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

/**
 * The blog as an Atom feed (RFC 4287): the 50 newest published posts with their full text as the
 * HTML stored when each was written (a post without it gets it stored now). Ids are tag URIs, stable
 * when the site moves. `now` is the blog's clock: posts scheduled later wait.
 */
export async function blogAtomFeed(database: Database, siteUrl: string, now = new Date()) {
  const site = siteUrl.replace(/\/$/, "");
  const posts = await database.db.query.blogPosts.findMany({
    where: publishedBy(now),
    orderBy: { publishedAt: "desc" },
    limit: 50,
    with: { author: { columns: { name: true } }, themes: { columns: { title: true } } },
  });
  const unrendered = posts.filter((post) => post.bodyHtml === null).map((post) => post.id);
  const filledIn = unrendered.length > 0 ? await storedPostHtml(database.db, unrendered) : null;
  const updated = posts.reduce(
    (latest, post) => (post.updatedAt > latest ? post.updatedAt : latest),
    posts[0]?.publishedAt ?? new Date(0),
  );
  const entries = posts.map((post) => {
    const published = post.publishedAt ?? post.updatedAt;
    return {
      id: `tag:kraftsamling,2017:blogg/${post.id}`,
      title: post.title,
      link: { "@_rel": "alternate", "@_type": "text/html", "@_href": `${site}/blogg/${post.slug}` },
      published: published.toISOString(),
      updated: (post.updatedAt > published ? post.updatedAt : published).toISOString(),
      author: { name: post.author?.name ?? "Nationella samordnaren" },
      category: post.themes.map((theme) => ({ "@_term": theme.title })),
      content: { "@_type": "html", "#text": post.bodyHtml ?? filledIn?.get(post.id) ?? "" },
    };
  });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": "sv",
      id: "tag:kraftsamling,2017:blogg",
      title: "Samordnarens blogg – Kraftsamling",
      subtitle: "Den nationella samordningen för den sociala barn- och ungdomsvården",
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": `${site}/blogg/atom.xml` },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": `${site}/blogg` },
      ],
      updated: updated.toISOString(),
      entry: entries,
    },
  }) as string;
}
