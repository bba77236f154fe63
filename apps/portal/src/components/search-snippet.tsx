import { CONTENT_LANG } from "../i18n";
import { snippetParts } from "../lib/snippet";

/** A search hit's passage with the matched words marked; nothing of it is inserted as HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="search-snippet" lang={CONTENT_LANG}>
      {/* The parts are a fixed sequence for one snippet: their places are their identity. */}
      {snippetParts(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
