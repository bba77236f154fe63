import { type ReactNode, useCallback, useId, useState } from "react";
import { CONTENT_LANG, useI18n } from "../i18n";
import { type PlotModule, textWidth, usePlotFigure } from "../lib/plot-figure";

/** One row of the distribution: a cell's name and, unless suppressed, its statistics (shares 0–1). */
export interface DistributionRow {
  key: string;
  label: string;
  suppressed: boolean;
  /** "färre än 5" for a suppressed cell. */
  suppressedLabel: string | null;
  n: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  mean: number | null;
}

interface MeasurementDistributionProps {
  heading: string;
  summary: ReactNode;
  caption: string;
  rows: readonly DistributionRow[];
  /** Whether the names are the API's content (Swedish whatever the portal's language). */
  contentLabels: boolean;
  formatShare: (value: number | null) => string;
  busy?: boolean;
}

const ROW = 30;
const NARROW = 480;

/**
 * The distribution of the direct-time share per cell, drawn with Observable Plot as simplified box
 * plots: a bar from the first to the third quartile, a tick at the median and a dot at the mean.
 * A suppressed cell is a marked gap with its label, never a value. The drawing is hidden from
 * screen readers: the table says the same, read always and shown on "Visa som tabell".
 */
export function MeasurementDistribution({
  heading,
  summary,
  caption,
  rows,
  contentLabels,
  formatShare,
  busy,
}: MeasurementDistributionProps) {
  const { t, formatNumber } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const tableId = useId();
  const patternId = `measurement-gap-${useId().replace(/[^\w-]/g, "")}`;
  const [showTable, setShowTable] = useState(false);
  const draw = useCallback(
    (Plot: PlotModule, width: number, fontFamily: string) =>
      drawDistribution(Plot, { rows, width, patternId, formatShare, fontFamily }),
    [rows, patternId, formatShare],
  );
  const figure = usePlotFigure(rows.length > 0 ? draw : null);

  return (
    <section className="chart measurement-chart" aria-labelledby={headingId}>
      <div className="chart-head">
        <h3 id={headingId}>{heading}</h3>
        <button
          type="button"
          className="button-secondary button-small"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {t("measurement.showTable")}
        </button>
      </div>
      <p className="chart-summary">{summary}</p>
      <ul className="chart-legend measurement-legend" aria-hidden="true">
        <li>
          <span className="measurement-swatch measurement-swatch-box" />
          {t("measurement.legendBox")}
        </li>
        <li>
          <span className="measurement-swatch measurement-swatch-median" />
          {t("measurement.legendMedian")}
        </li>
        <li>
          <span className="measurement-swatch measurement-swatch-mean" />
          {t("measurement.legendMean")}
        </li>
      </ul>
      <div className="chart-figure" ref={figure} aria-hidden="true" />
      <div
        id={tableId}
        className={showTable ? "table-scroll chart-table" : "visually-hidden"}
        {...(showTable
          ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 }
          : { role: undefined })}
      >
        <table className="data-table measurement-table" aria-busy={busy}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("measurement.col.cell")}</th>
              <th scope="col" className="numeric">
                {t("measurement.col.n")}
              </th>
              <th scope="col" className="numeric">
                {t("measurement.col.median")}
              </th>
              <th scope="col" className="numeric">
                {t("measurement.col.q1")}
              </th>
              <th scope="col" className="numeric">
                {t("measurement.col.q3")}
              </th>
              <th scope="col" className="numeric">
                {t("measurement.col.mean")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" lang={contentLabels ? CONTENT_LANG : undefined}>
                  {row.label}
                </th>
                {row.suppressed ? (
                  <td colSpan={5} className="measurement-suppressed" lang={CONTENT_LANG}>
                    {row.suppressedLabel}
                  </td>
                ) : (
                  <>
                    <td className="numeric">
                      {row.n === null ? t("measurement.missingValue") : formatNumber(row.n)}
                    </td>
                    <td className="numeric">{formatShare(row.median)}</td>
                    <td className="numeric">{formatShare(row.q1)}</td>
                    <td className="numeric">{formatShare(row.q3)}</td>
                    <td className="numeric">{formatShare(row.mean)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function drawDistribution(
  Plot: PlotModule,
  {
    rows,
    width,
    patternId,
    formatShare,
    fontFamily,
  }: {
    rows: readonly DistributionRow[];
    width: number;
    patternId: string;
    formatShare: (value: number | null) => string;
    fontFamily: string;
  },
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const fontSize = narrow ? 12 : 14;
  const font = `${fontSize}px ${fontFamily}`;
  const longest = Math.max(...rows.map((r) => textWidth(r.label, font)));
  // Names fit beside the bars on a wide screen; otherwise each goes on a line of its own above.
  const above = narrow || longest + 12 > width * 0.42;
  const marginLeft = above ? 4 : Math.ceil(longest + 12);
  const marginRight = narrow ? 44 : 56;
  const shown = rows.filter(
    (r): r is DistributionRow & { q1: number; q3: number; median: number; mean: number } =>
      !r.suppressed && r.q1 !== null && r.q3 !== null && r.median !== null && r.mean !== null,
  );
  const gaps = rows.filter((r) => r.suppressed);
  const titleKey = (r: DistributionRow) => `${r.key}\u0000title`;
  const domain = rows.flatMap((r) => (above ? [titleKey(r), r.key] : [r.key]));
  const marginBottom = 30;
  const svg = Plot.plot({
    width,
    height: domain.length * (above ? ROW * 0.8 : ROW) + marginBottom + 6,
    marginTop: 6,
    marginLeft,
    marginRight,
    marginBottom,
    className: "measurement-svg",
    style: { fontSize: `${fontSize}px`, fontFamily: "inherit", overflow: "visible" },
    x: {
      domain: [0, 1],
      grid: true,
      label: null,
      ticks: narrow ? 4 : 10,
      tickFormat: (n: number) => formatShare(n),
    },
    y: { domain, axis: null, padding: 0.25 },
    marks: [
      Plot.text(rows, {
        x: 0,
        y: above ? titleKey : "key",
        text: "label",
        textAnchor: above ? "start" : "end",
        dx: above ? 0 : -8,
        dy: above ? 3 : 0,
        className: "measurement-category",
      }),
      Plot.barX(gaps, {
        x1: 0,
        x2: 1,
        y: "key",
        fill: `url(#${patternId})`,
        className: "measurement-gap",
      }),
      Plot.text(gaps, {
        x: 0.5,
        y: "key",
        text: (r: DistributionRow) => r.suppressedLabel ?? "",
        className: "measurement-gap-label",
      }),
      Plot.barX(shown, { x1: "q1", x2: "q3", y: "key", className: "measurement-box" }),
      Plot.tickX(shown, { x: "median", y: "key", strokeWidth: 3, className: "measurement-median" }),
      Plot.dot(shown, { x: "mean", y: "key", r: 4, className: "measurement-mean" }),
      Plot.text(shown, {
        x: "q3",
        y: "key",
        text: (r: DistributionRow) => formatShare(r.median),
        textAnchor: "start",
        dx: 6,
        className: "chart-value",
      }),
    ],
  });
  // The findings' charts' look (size, colours of the grid and the axis) as well.
  svg.classList.add("chart-svg");
  addGapPattern(svg, patternId);
  return svg;
}

/** Light diagonal stripes for a suppressed cell, coloured by the stylesheet's classes. */
function addGapPattern(svg: SVGSVGElement | HTMLElement, id: string) {
  const ns = "http://www.w3.org/2000/svg";
  const defs = document.createElementNS(ns, "defs");
  const pattern = document.createElementNS(ns, "pattern");
  pattern.setAttribute("id", id);
  pattern.setAttribute("patternUnits", "userSpaceOnUse");
  pattern.setAttribute("width", "8");
  pattern.setAttribute("height", "8");
  pattern.setAttribute("patternTransform", "rotate(45)");
  pattern.setAttribute("class", "measurement-gap-pattern");
  const background = document.createElementNS(ns, "rect");
  background.setAttribute("width", "8");
  background.setAttribute("height", "8");
  background.setAttribute("class", "measurement-gap-background");
  const stripe = document.createElementNS(ns, "rect");
  stripe.setAttribute("width", "2");
  stripe.setAttribute("height", "8");
  stripe.setAttribute("class", "measurement-gap-stripe");
  pattern.append(background, stripe);
  defs.append(pattern);
  svg.prepend(defs);
}
