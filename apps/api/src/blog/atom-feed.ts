import type { Database } from "@kraftsamling/db";
import { renderMarkdown } from "../dialogue/markdown";

/** Escapes text for XML content and attributes. */
function xml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * The blog as an Atom feed (RFC 4287): the 50 newest published posts with their full text as HTML.
 * Ids are tag URIs, stable when the site moves.
 */
export async function blogAtomFeed(database: Database, siteUrl: string, now = new Date()) {
  const site = siteUrl.replace(/\/$/, "");
  const posts = await database.db.query.blogPosts.findMany({
    where: { publishedAt: { lte: now } },
    orderBy: { publishedAt: "desc" },
    limit: 50,
    with: { author: { columns: { name: true } }, themes: { columns: { title: true } } },
  });
  const updated = posts.reduce(
    (latest, post) => (post.updatedAt > latest ? post.updatedAt : latest),
    posts[0]?.publishedAt ?? new Date(0),
  );
  const entries = posts.map((post) => {
    const link = `${site}/blogg/${post.slug}`;
    return [
      "  <entry>",
      `    <id>tag:kraftsamling,2017:blogg/${post.id}</id>`,
      `    <title>${xml(post.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <published>${post.publishedAt?.toISOString()}</published>`,
      `    <updated>${post.updatedAt > (post.publishedAt ?? post.updatedAt) ? post.updatedAt.toISOString() : post.publishedAt?.toISOString()}</updated>`,
      `    <author><name>${xml(post.author?.name ?? "Nationella samordnaren")}</name></author>`,
      ...post.themes.map((theme) => `    <category term="${xml(theme.title)}"/>`),
      `    <content type="html">${xml(renderMarkdown(post.body))}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">`,
    `  <id>tag:kraftsamling,2017:blogg</id>`,
    `  <title>Samordnarens blogg – Kraftsamling</title>`,
    `  <subtitle>Den nationella samordningen för den sociala barn- och ungdomsvården</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(site)}/blogg/atom.xml"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(site)}/blogg"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
