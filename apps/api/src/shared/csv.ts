import { stringify } from "csv-stringify/sync";

const rfc4180 = {
  record_delimiter: "\r\n",
  // Quote a field holding any line break, not only a whole CRLF.
  quote_record_delimiter: true,
  escape_formulas: true,
  eof: true,
} as const;

/**
 * Rows as RFC 4180 CSV: fields separated by commas, records by CRLF, a header first. A field that
 * a spreadsheet would read as a formula gets a leading quote. With `bom`, a UTF-8 byte-order mark
 * goes first, so that Excel reads å, ä and ö.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { bom?: boolean } = {},
): string {
  return stringify([header, ...rows] as string[][], { ...rfc4180, bom: options.bom ?? false });
}

/** More records of a CSV file that `toCsv` began, written the same way: for a file sent in parts. */
export function csvRecords(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? "" : stringify(rows as string[][], rfc4180);
}
