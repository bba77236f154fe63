/**
 * Kraftsamling's word mark: three lines that gather into a circle, in the brand colour (the SVG
 * draws in currentColor), beside the name in the portal's own type. The mark is decoration; the
 * name is text, so it reads, translates and zooms like any other.
 */
export function WordMark({ name }: { name: string }) {
  return (
    <span className="word-mark">
      <WordMarkSymbol />
      <span className="word-mark-name">{name}</span>
    </span>
  );
}

/** The mark alone, as public/favicon.svg draws it too. */
export function WordMarkSymbol() {
  return (
    <svg
      className="word-mark-symbol"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
        <path d="M3 6.5 17 16M3 16h14M3 25.5 17 16" />
      </g>
      <circle cx="23" cy="16" r="6" fill="currentColor" />
    </svg>
  );
}
