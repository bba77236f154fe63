import { useCallback, useId } from "react";
import { CONTENT_LANG, useI18n } from "../i18n";
import { type PlotModule, textWidth, usePlotFigure } from "../lib/plot-figure";
import { DataTable } from "./data-table";

/** One cell compared between the rounds; the numbers are null when suppressed. */
export interface ChangeRow {
  key: string;
  label: string;
  suppressed: boolean;
  suppressedLabel: string | null;
  medianBefore: number | null;
  medianAfter: number | null;
  medianChange: number | null;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
}

/**
 * The direct-time share before round 1 against before round 2, cell by cell: an arrow per cell from
 * the median before to the median after (hidden from screen readers), and the table with every
 * number.
 */
export function MeasurementChange({
  caption,
  rows,
  contentLabels,
  formatShare,
  formatPoints,
  busy,
}: {
  caption: string;
  rows: readonly ChangeRow[];
  contentLabels: boolean;
  formatShare: (value: number | null) => string;
  formatPoints: (value: number | null) => string;
  busy?: boolean;
}) {
  const { t } = useI18n();
  const captionId = useId();
  const draw = useCallback(
    (Plot: PlotModule, width: number, fontFamily: string) =>
      drawChange(Plot, { rows, width, formatShare, fontFamily }),
    [rows, formatShare],
  );
  const figure = usePlotFigure(rows.length > 0 ? draw : null);
  return (
    <>
      <p className="chart-summary">{t("measurement.changeChartSummary")}</p>
      <ul className="chart-legend measurement-legend" aria-hidden="true">
        <li>
          <span className="measurement-swatch measurement-swatch-before" />
          {t("measurement.legendBefore")}
        </li>
        <li>
          <span className="measurement-swatch measurement-swatch-mean" />
          {t("measurement.legendAfter")}
        </li>
      </ul>
      <div className="chart-figure measurement-change-figure" ref={figure} aria-hidden="true" />
      <DataTable
        captionId={captionId}
        caption={caption}
        className="measurement-table"
        busy={busy}
        rows={rows}
        columns={
          <>
            <th scope="col">{t("measurement.col.cell")}</th>
            <th scope="col" className="numeric">
              {t("measurement.col.medianBefore")}
            </th>
            <th scope="col" className="numeric">
              {t("measurement.col.medianAfter")}
            </th>
            <th scope="col" className="numeric">
              {t("measurement.col.medianChange")}
            </th>
            <th scope="col" className="numeric">
              {t("measurement.col.meanBefore")}
            </th>
            <th scope="col" className="numeric">
              {t("measurement.col.meanAfter")}
            </th>
            <th scope="col" className="numeric">
              {t("measurement.col.meanChange")}
            </th>
          </>
        }
        row={(row) => (
          <tr key={row.key}>
            <th scope="row" lang={contentLabels ? CONTENT_LANG : undefined}>
              {row.label}
            </th>
            {row.suppressed ? (
              <td colSpan={6} className="measurement-suppressed" lang={CONTENT_LANG}>
                {row.suppressedLabel}
              </td>
            ) : (
              <>
                <td className="numeric">{formatShare(row.medianBefore)}</td>
                <td className="numeric">{formatShare(row.medianAfter)}</td>
                <td className="numeric">{formatPoints(row.medianChange)}</td>
                <td className="numeric">{formatShare(row.meanBefore)}</td>
                <td className="numeric">{formatShare(row.meanAfter)}</td>
                <td className="numeric">{formatPoints(row.meanChange)}</td>
              </>
            )}
          </tr>
        )}
      />
    </>
  );
}

const ROW = 30;
const NARROW = 480;

function drawChange(
  Plot: PlotModule,
  {
    rows,
    width,
    formatShare,
    fontFamily,
  }: {
    rows: readonly ChangeRow[];
    width: number;
    formatShare: (value: number | null) => string;
    fontFamily: string;
  },
): SVGSVGElement | HTMLElement {
  const narrow = width < NARROW;
  const fontSize = narrow ? 12 : 14;
  const longest = Math.max(...rows.map((r) => textWidth(r.label, `${fontSize}px ${fontFamily}`)));
  // Names fit beside the arrows on a wide screen; otherwise each goes on a line of its own above.
  const above = narrow || longest + 12 > width * 0.42;
  const titleKey = (r: ChangeRow) => `${r.key}\u0000title`;
  const domain = rows.flatMap((r) => (above ? [titleKey(r), r.key] : [r.key]));
  const shown = rows.filter(
    (r): r is ChangeRow & { medianBefore: number; medianAfter: number } =>
      !r.suppressed && r.medianBefore !== null && r.medianAfter !== null,
  );
  const gaps = rows.filter((r) => r.suppressed);
  const marginBottom = 30;
  const svg = Plot.plot({
    width,
    height: domain.length * (above ? ROW * 0.8 : ROW) + marginBottom + 6,
    marginTop: 6,
    marginLeft: above ? 4 : Math.ceil(longest + 12),
    marginRight: narrow ? 44 : 56,
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
      Plot.text(gaps, {
        x: 0.5,
        y: "key",
        text: (r: ChangeRow) => r.suppressedLabel ?? "",
        className: "measurement-gap-label",
      }),
      Plot.arrow(shown, {
        x1: "medianBefore",
        x2: "medianAfter",
        y: "key",
        headLength: 6,
        insetEnd: 5,
        className: "measurement-arrow",
      }),
      Plot.dot(shown, { x: "medianBefore", y: "key", r: 4, className: "measurement-before" }),
      Plot.dot(shown, { x: "medianAfter", y: "key", r: 4, className: "measurement-mean" }),
      Plot.text(shown, {
        x: (r: ChangeRow) => Math.max(r.medianBefore ?? 0, r.medianAfter ?? 0),
        y: "key",
        text: (r: ChangeRow) => formatShare(r.medianAfter),
        textAnchor: "start",
        dx: 8,
        className: "chart-value",
      }),
    ],
  });
  svg.classList.add("chart-svg");
  return svg;
}
