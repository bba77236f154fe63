import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/dialogue/markdown";

describe("the Markdown of comments", () => {
  it("renders emphasis, lists, quotes and links, each link with rel=nofollow ugc noopener", () => {
    const html = renderMarkdown(
      "Vi *behöver* mer **direkttid**.\n\n- första\n- andra\n\n> citat\n\n[SKR](https://skr.se) och https://www.socialstyrelsen.se",
    );
    expect(html).toContain("<em>behöver</em>");
    expect(html).toContain("<strong>direkttid</strong>");
    expect(html).toContain("<li>första</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://skr.se" rel="nofollow ugc noopener">SKR</a>');
    expect(html).toContain('<a href="https://www.socialstyrelsen.se" rel="nofollow ugc noopener">');
  });

  it("shows raw HTML as text and drops unsafe links and images", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <b onclick="x()">fet</b> [klicka](javascript:alert(1)) ![bild](https://example.se/a.png)',
    );
    expect(html).not.toMatch(/<script|<b |onclick="|href="javascript|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("keeps headings and tables out", () => {
    expect(renderMarkdown("# Rubrik")).not.toContain("<h1>");
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).not.toContain("<table>");
  });
});
