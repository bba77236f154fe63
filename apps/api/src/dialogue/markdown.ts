import MarkdownIt from "markdown-it";

/**
 * The Markdown people may write in comments and posts: paragraphs, emphasis, lists, quotes, code and
 * links. No raw HTML (it is shown as text), no images, headings or tables; links only to http(s) and
 * mailto, and every link gets rel="nofollow ugc noopener" so the portal vouches for none of them.
 * What it renders is stored (comments' and posts' `body_html`): a change here comes with a migration
 * that empties the stored HTML, which the next start renders anew (comment-html.ts, post-html.ts).
 */
const markdown = new MarkdownIt("default", {
  html: false,
  linkify: true,
  breaks: true,
  typographer: false,
});
markdown.disable(["image", "heading", "lheading", "table", "hr"]);
markdown.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());

const renderLink =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet("rel", "nofollow ugc noopener");
  return renderLink(tokens, idx, options, env, self);
};

/** Safe HTML for a text written in the portal's Markdown subset. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
