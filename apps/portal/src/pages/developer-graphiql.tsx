import { graphqlExamples } from "@kraftsamling/domain";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { Link } from "react-router";
import { useDocumentTitle, useI18n } from "../i18n";
import "graphiql/style.css";
import "../styles/developer.css";

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

const example = graphqlExamples.find((e) => e.name === "counts-by-theme-and-group");

/**
 * GraphiQL, from the portal's own files (no other site), against `/graphql`, with an example
 * query. Loaded only when this page is opened: the router imports it lazily.
 */
export function DeveloperGraphiqlPage() {
  const { t } = useI18n();
  useDocumentTitle(t("developer.graphiqlDocumentTitle"));
  return (
    <div className="developer-graphiql-page">
      <div className="page-intro">
        <h1>{t("developer.graphiqlHeading")}</h1>
        <p className="lead">
          {t("developer.graphiqlIntro", { url: `${window.location.origin}/graphql` })}
        </p>
        <p>
          <Link to="/utvecklare">{t("developer.backToDeveloper")}</Link>
        </p>
      </div>
      <div className="developer-graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={example?.query}
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}
