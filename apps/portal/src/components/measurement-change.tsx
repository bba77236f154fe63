import { useId } from "react";
import { CONTENT_LANG, useI18n } from "../i18n";
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

/** The direct-time share before round 1 against before round 2, cell by cell, in a table. */
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
  return (
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
  );
}
