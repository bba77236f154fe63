import { openDataFormatInfo, openDataFormats, openDatasets } from "@kraftsamling/domain";
import type { ReactNode } from "react";
import { useI18n } from "../i18n";

/** A table that scrolls sideways on a narrow screen, reachable by keyboard so that it can. */
function ScrollingTable({
  id,
  caption,
  children,
}: {
  id: string;
  caption: string;
  children: ReactNode;
}) {
  return (
    <section
      className="table-scroll"
      aria-labelledby={id}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table className="data-table developer-table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** The open data's datasets, formats, parameters and columns: the catalogue the API serves. */
export function OpenDataCatalogue() {
  const { t, locale } = useI18n();
  return (
    <>
      <ScrollingTable id="open-data-formats" caption={t("developer.formatsHeading")}>
        <thead>
          <tr>
            <th scope="col">{t("developer.format")}</th>
            <th scope="col">{t("developer.formatMeaning")}</th>
          </tr>
        </thead>
        <tbody>
          {openDataFormatInfo.map((f) => (
            <tr key={f.format}>
              <th scope="row">
                <code>.{f.format}</code>
              </th>
              <td>{f.meaning[locale]}</td>
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
      {openDatasets.map((dataset) => (
        <section
          key={dataset.name}
          className="developer-dataset"
          aria-labelledby={`dataset-${dataset.name}`}
        >
          <h3 id={`dataset-${dataset.name}`}>
            {dataset.title[locale]} <code>{dataset.path}</code>
          </h3>
          <p>{dataset.description[locale]}</p>
          <p>
            {t("developer.downloads")}{" "}
            {openDataFormats.map((format, i) => (
              <span key={format}>
                {i > 0 && ", "}
                <a href={`${dataset.path}.${format}`} download>
                  {dataset.name}.{format}
                </a>
              </span>
            ))}
          </p>
          {dataset.csvAliases.length > 0 && (
            <p className="developer-note">
              {t("developer.aliases", { paths: dataset.csvAliases.join(", ") })}
            </p>
          )}
          <ScrollingTable
            id={`dataset-${dataset.name}-parameters`}
            caption={t("developer.parameters")}
          >
            <thead>
              <tr>
                <th scope="col">{t("developer.parameter")}</th>
                <th scope="col">{t("developer.meaning")}</th>
                <th scope="col">{t("developer.repeatable")}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.parameters.map((p) => (
                <tr key={p.name}>
                  <th scope="row">
                    <code>{p.name}</code>
                  </th>
                  <td>{p.meaning[locale]}</td>
                  <td>{p.repeatable ? t("developer.repeatable") : t("developer.once")}</td>
                </tr>
              ))}
            </tbody>
          </ScrollingTable>
          <ScrollingTable id={`dataset-${dataset.name}-columns`} caption={t("developer.columns")}>
            <thead>
              <tr>
                <th scope="col">{t("developer.field")}</th>
                <th scope="col">{t("developer.csvColumn")}</th>
                <th scope="col">{t("developer.type")}</th>
                <th scope="col">{t("developer.meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.columns.map((c) => (
                <tr key={c.field}>
                  <th scope="row">
                    <code>{c.field}</code>
                  </th>
                  <td>
                    <code>{c.csv}</code>
                  </td>
                  <td>{c.type}</td>
                  <td>{c.meaning[locale]}</td>
                </tr>
              ))}
            </tbody>
          </ScrollingTable>
        </section>
      ))}
    </>
  );
}
