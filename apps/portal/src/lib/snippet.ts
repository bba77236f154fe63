/** A run of a search snippet's text, marked where the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * The API's snippet is HTML: the passage escaped, the matched words in <mark>. Only the marks become
 * markup here; everything else is text (React escapes it again), so no other tag can reach the page.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const token of snippet.split(/(<mark>|<\/mark>)/)) {
    if (token === "<mark>") marked = true;
    else if (token === "</mark>") marked = false;
    else if (token !== "")
      parts.push({
        text: token.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e),
        marked,
      });
  }
  return parts;
}
