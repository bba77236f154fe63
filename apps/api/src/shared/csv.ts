import { stringify } from "csv-stringify/sync";

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
  return stringify([header, ...rows] as string[][], {
    bom: options.bom ?? false,
    record_delimiter: "\r\n",
    // Quote a field holding any line break, not only a whole CRLF.
    quote_record_delimiter: true,
    escape_formulas: true,
    eof: true,
  });
}
