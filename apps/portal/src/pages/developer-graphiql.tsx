import { graphqlExamples } from "@kraftsamling/domain";
import { GraphiQL, type GraphiQLProps } from "graphiql";
// GraphiQL's own stylesheet comes with this page alone, not with the portal's styles.
import graphiqlStylesheet from "graphiql/style.css?url";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { type MessageKey, useDocumentTitle, useI18n } from "../i18n";

/** GraphQL over HTTP to the portal's own API, as GraphiQL asks for it. */
const fetcher: GraphiQLProps["fetcher"] = async (params) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(params),
    credentials: "same-origin",
  });
  return response.json();
};

/**
 * Names GraphiQL's editors for screen readers (its text areas have no label) and lets the keyboard
 * reach their scrolling areas, which WCAG asks of a region that scrolls.
 */
function labelEditors(root: HTMLElement, t: (key: MessageKey) => string) {
  const named: [string, MessageKey][] = [
    [".graphiql-query-editor textarea", "developer.query"],
    [".graphiql-editor-tool .graphiql-editor:nth-child(1) textarea", "developer.variables"],
    [".graphiql-editor-tool .graphiql-editor:nth-child(2) textarea", "developer.headers"],
    [".graphiql-response textarea", "developer.response"],
  ];
  for (const [selector, key] of named) {
    for (const area of root.querySelectorAll(selector)) {
      if (!area.hasAttribute("aria-label")) area.setAttribute("aria-label", t(key));
    }
  }
  // CodeMirror takes its scrolling area out of the tab order (-1); its text area sits outside it.
  for (const scroller of root.querySelectorAll(".CodeMirror-scroll")) {
    if (scroller.getAttribute("tabindex") !== "0") scroller.setAttribute("tabindex", "0");
  }
}

const example = graphqlExamples.find((e) => e.name === "counts-by-theme-and-group");

/**
 * GraphiQL, from the portal's own files (no other site), against `/graphql`, with an example
 * query. Loaded only when this page is opened: the router imports it lazily.
 */
export function DeveloperGraphiqlPage() {
  const { t } = useI18n();
  useDocumentTitle(t("developer.graphiqlDocumentTitle"));
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const label = () => labelEditors(root, (key) => t(key));
    label();
    // GraphiQL makes its editors as they are first shown.
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [t]);
  return (
    <div className="developer-graphiql-page">
      <link rel="stylesheet" href={graphiqlStylesheet} precedence="graphiql" />
      <div className="page-intro">
        <h1>{t("developer.graphiqlHeading")}</h1>
        <p className="lead">
          {t("developer.graphiqlIntro", { url: `${window.location.origin}/graphql` })}
        </p>
        <p>
          <Link to="/utvecklare">{t("developer.backToDeveloper")}</Link>
        </p>
      </div>
      <div className="developer-graphiql" ref={frame}>
        <GraphiQL
          forcedTheme="light"
          fetcher={fetcher}
          defaultQuery={example?.query}
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}
