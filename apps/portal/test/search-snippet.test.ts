import { describe, expect, it } from "vitest";
import { snippetParts } from "../src/lib/snippet";

describe("a search snippet's parts", () => {
  it("marks what the API put in <mark>, and nothing else", () => {
    expect(snippetParts("Många <mark>socialsekreterare</mark> slutar inom två år")).toEqual([
      { text: "Många ", marked: false },
      { text: "socialsekreterare", marked: true },
      { text: " slutar inom två år", marked: false },
    ]);
  });

  it("turns the API's escapes back into the characters they stand for, as text", () => {
    expect(
      snippetParts("Barnens röst &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>mer</mark>"),
    ).toEqual([
      { text: "Barnens röst <script>alert(1)</script> & ", marked: false },
      { text: "mer", marked: true },
    ]);
  });

  it("keeps any other tag as text, so that it can never become markup", () => {
    const parts = snippetParts('<img src="x" onerror="alert(1)"><mark>barn</mark>');
    expect(parts).toEqual([
      { text: '<img src="x" onerror="alert(1)">', marked: false },
      { text: "barn", marked: true },
    ]);
  });

  it("decodes an escaped ampersand once: &amp;lt; is the text &lt;", () => {
    expect(snippetParts("a &amp;lt; b")).toEqual([{ text: "a &lt; b", marked: false }]);
  });
});
