import { curlCommand, curlExamples, graphqlExamples } from "@kraftsamling/domain";
import { useI18n } from "../i18n";

/** Code to copy; it scrolls sideways when wide, so it is reachable by keyboard. */
function CodeBlock({ children }: { children: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <pre className="developer-code" tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

/** The API's examples as code to copy: the same module the API's tests run. */
export function DeveloperExamples({ origin }: { origin: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      {graphqlExamples.map((example) => (
        <section
          key={example.name}
          className="developer-example"
          aria-labelledby={`example-${example.name}`}
        >
          <h3 id={`example-${example.name}`}>{example.title[locale]}</h3>
          <p>{example.explain[locale]}</p>
          <p className="developer-code-label">{t("developer.query")}</p>
          <CodeBlock>{example.query}</CodeBlock>
          {example.variables && (
            <>
              <p className="developer-code-label">{t("developer.variables")}</p>
              <CodeBlock>{JSON.stringify(example.variables, null, 2)}</CodeBlock>
            </>
          )}
        </section>
      ))}
      {curlExamples.map((example) => (
        <section
          key={example.name}
          className="developer-example"
          aria-labelledby={`example-${example.name}`}
        >
          <h3 id={`example-${example.name}`}>{example.title[locale]}</h3>
          <p>{example.explain[locale]}</p>
          <p className="developer-code-label">{t("developer.command")}</p>
          <CodeBlock>{curlCommand(example, origin)}</CodeBlock>
        </section>
      ))}
    </>
  );
}
