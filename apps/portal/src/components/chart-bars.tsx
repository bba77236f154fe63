import { type ReactNode, useCallback, useId, useState } from "react";
import { CONTENT_LANG, useI18n } from "../i18n";
import { type PlotModule, usePlotFigure } from "../lib/plot-figure";

/**
 * How a series' bars look: solid in the brand colour, hatched in green, or hatched in grey. The
 * hatched ones carry stripes and an outline, so that two series differ by more than colour.
 */
export type BarLook = "solid" | "hatched" | "hatched-grey";

export interface ChartSeries {
  key: string;
  label: string;
  look: BarLook;
}

export interface ChartCategory {
  key: string;
  label: string;
  /** Each series' value, by the series' key; a missing one is 0. */
  values: Record<string, number>;
}

interface ChartBarsProps {
  heading: string;
  /** A sentence or two on what the chart shows, for everyone. */
  summary: ReactNode;
  /** The table's caption. */
  caption: string;
  /** The first column's header: what the categories are. */
  categoryHeader: string;
  series: readonly ChartSeries[];
  categories: readonly ChartCategory[] | undefined;
  /** More columns for the table, after the series'. */
  extraColumns?: readonly { header: string; value: (category: ChartCategory) => ReactNode }[];
  /** Whether the category labels are the API's content (Swedish whatever the portal's language). */
  contentLabels?: boolean;
  busy?: boolean;
}

/** Rows of the drawing, in pixels: the category's name, then one bar per series. */
const TITLE_ROW = 22;
const BAR_ROW = 20;
const NARROW = 480;

/**
 * A bar chart drawn with Observable Plot, each category's name above its bars so that long names fit
 * a phone's width, the number at the end of each bar. The drawing is hidden from screen readers:
 * the table below says the same, read by screen readers always and shown on "Visa som tabell".
 */
export function ChartBars({
  heading,
  summary,
  caption,
  categoryHeader,
  series,
  categories,
  extraColumns = [],
  contentLabels,
  busy,
}: ChartBarsProps) {
  const { t, formatNumber } = useI18n();
  const headingId = useId();
  const captionId = useId();
  const tableId = useId();
  const patternPrefix = `chart-${useId().replace(/[^\w-]/g, "")}`;
  const [showTable, setShowTable] = useState(false);
  const draw = useCallback(
    (Plot: PlotModule, width: number, fontFamily: string) =>
      drawBars(Plot, {
        categories: categories ?? [],
        series,
        width,
        patternPrefix,
        formatNumber,
        fontFamily,
      }),
    [categories, series, patternPrefix, formatNumber],
  );
  const figure = usePlotFigure(categories ? draw : null);

  const multiple = series.length > 1;
  return (
    <section className="chart" aria-labelledby={headingId}>
      <div className="chart-head">
        <h3 id={headingId}>{heading}</h3>
        <button
          type="button"
          className="button-secondary button-small"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {t("findings.chart.showTable")}
        </button>
      </div>
      <p className="chart-summary">{summary}</p>
      {multiple && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <span className={`chart-swatch chart-swatch-${s.look}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div className="chart-figure" ref={figure} aria-hidden="true" />
      {categories && (
        <div
          id={tableId}
          className={showTable ? "table-scroll chart-table" : "visually-hidden"}
          {...(showTable
            ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 }
            : { role: undefined })}
        >
          <table className="data-table" aria-busy={busy}>
            <caption id={captionId}>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                {series.map((s) => (
                  <th scope="col" key={s.key} className="numeric">
                    {s.label}
                  </th>
                ))}
                {extraColumns.map((c) => (
                  <th scope="col" key={c.header} className="numeric">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.key}>
                  <th scope="row" lang={contentLabels ? CONTENT_LANG : undefined}>
                    {c.label}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="numeric">
                      {formatNumber(c.values[s.key] ?? 0)}
                    </td>
                  ))}
                  {extraColumns.map((col) => (
                    <td key={col.header} className="numeric">
                      {col.value(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface Row {
  row: string;
  label: string;
  value: number;
  series: string;
}

function drawBars(
  Plot: PlotModule,
  {
    categories,
    series,
    width,
    patternPrefix,
    formatNumber,
    fontFamily,
  }: {
    categories: readonly ChartCategory[];
    series: readonly ChartSeries[];
    width: number;
    patternPrefix: string;
    formatNumber: (n: number) => string;
    /** The page's font, to measure the names with. */
    fontFamily: string;
  },
): SVGSVGElement | HTMLElement {
  const titles: Row[] = [];
  const bars: Row[] = [];
  const domain: string[] = [];
  let height = 0;
  const narrow = width < NARROW;
  const fontSize = narrow ? 13 : 14;
  const marginLeft = 4;
  const marginRight = narrow ? 36 : 48;
  const lineWidth = width - marginLeft - marginRight;
  for (const c of categories) {
    // A name too long for one line takes two or more, each a row of its own.
    wrapLines(c.label, lineWidth, `600 ${fontSize}px ${fontFamily}`).forEach((line, index) => {
      const title = `${c.key}\u0000title${index}`;
      domain.push(title);
      titles.push({ row: title, label: line, value: 0, series: "" });
      height += TITLE_ROW;
    });
    for (const s of series) {
      const row = `${c.key}\u0000${s.key}`;
      domain.push(row);
      bars.push({ row, label: c.label, value: c.values[s.key] ?? 0, series: s.key });
      height += BAR_ROW;
    }
  }
  const max = Math.max(1, ...bars.map((b) => b.value));
  const marginBottom = 28;
  const fillOf = (look: BarLook) =>
    look === "solid" ? undefined : `url(#${patternPrefix}-${look})`;

  const svg = Plot.plot({
    width,
    height: height + marginBottom + 4,
    marginTop: 4,
    marginLeft,
    marginRight,
    marginBottom,
    className: "chart-svg",
    style: { fontSize: `${fontSize}px`, fontFamily: "inherit", overflow: "visible" },
    x: {
      domain: [0, max],
      nice: true,
      grid: true,
      label: null,
      ticks: narrow ? 4 : 6,
      tickFormat: (n: number) => (Number.isInteger(n) ? formatNumber(n) : ""),
    },
    y: { domain, axis: null, paddingInner: 0.2, paddingOuter: 0 },
    marks: [
      ...series.map((s) =>
        Plot.barX(
          bars.filter((b) => b.series === s.key),
          {
            x: "value",
            y: "row",
            className: `chart-bar chart-bar-${s.look}`,
            fill: fillOf(s.look),
          },
        ),
      ),
      Plot.ruleX([0], { className: "chart-baseline" }),
      Plot.text(titles, {
        x: 0,
        y: "row",
        text: "label",
        textAnchor: "start",
        lineAnchor: "middle",
        dy: 2,
        className: "chart-category",
      }),
      Plot.text(bars, {
        x: "value",
        y: "row",
        text: (d: Row) => formatNumber(d.value),
        textAnchor: "start",
        dx: 5,
        className: "chart-value",
      }),
    ],
  });
  addPatterns(svg, patternPrefix);
  return svg;
}

let measure: CanvasRenderingContext2D | null | undefined;

/** The text in lines of at most `width` pixels in the font, broken between words. */
function wrapLines(text: string, width: number, font: string): string[] {
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return [text];
  measure.font = font;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** Diagonal stripes for the hatched looks, coloured by the stylesheet's classes. */
function addPatterns(svg: SVGSVGElement | HTMLElement, prefix: string) {
  const ns = "http://www.w3.org/2000/svg";
  const defs = document.createElementNS(ns, "defs");
  for (const look of ["hatched", "hatched-grey"] as const) {
    const pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", `${prefix}-${look}`);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "6");
    pattern.setAttribute("height", "6");
    pattern.setAttribute("patternTransform", "rotate(45)");
    pattern.setAttribute("class", `chart-pattern chart-pattern-${look}`);
    const background = document.createElementNS(ns, "rect");
    background.setAttribute("width", "6");
    background.setAttribute("height", "6");
    background.setAttribute("class", "chart-pattern-background");
    const stripe = document.createElementNS(ns, "rect");
    stripe.setAttribute("width", "3");
    stripe.setAttribute("height", "6");
    stripe.setAttribute("class", "chart-pattern-stripe");
    pattern.append(background, stripe);
    defs.append(pattern);
  }
  svg.prepend(defs);
}
