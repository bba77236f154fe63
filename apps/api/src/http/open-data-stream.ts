import { type OpenDataFormat, openDataFormatInfo, openDataLicence } from "@kraftsamling/domain";
import type { Response } from "express";
import { csvRecords, toCsv } from "../shared/csv";

/** What one download sends: its rows come in batches, read only as fast as the client takes them. */
export interface Download<R> {
  dataset: string;
  format: OpenDataFormat;
  /** The file's name, without its extension. */
  fileName: string;
  /** The parameters as given, for the JSON's metadata. */
  parameters: Record<string, string[]>;
  /** More metadata for the JSON, before its rows (a total, for example). */
  meta?: Record<string, unknown>;
  csvHeader: readonly string[];
  csvRow: (row: R) => string[];
  jsonRow: (row: R) => unknown;
  /** The first batch is read before the answer begins, so that its failure can still be a status. */
  first: R[];
  rest: AsyncIterable<R[]>;
}

/** The licence, and where the columns are described, as `Link` header values. */
export const openDataLinks = `<${openDataLicence.url}>; rel="license", </open-data/>; rel="describedby"`;

/** The parameters of a query string by name, each with its values. */
export function parametersOf(query: URLSearchParams): Record<string, string[]> {
  return Object.fromEntries([...new Set(query.keys())].map((name) => [name, query.getAll(name)]));
}

/**
 * Waits until the client has taken what was written, or has gone: the next batch is read only
 * then, so that the memory used stays the same however many rows follow.
 */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

async function write(res: Response, text: string): Promise<void> {
  if (text !== "" && !res.write(text) && !res.destroyed) await drained(res);
}

function opening<R>(download: Download<R>): string {
  const head = {
    dataset: download.dataset,
    license: openDataLicence,
    parameters: download.parameters,
    generatedAt: new Date().toISOString(),
    ...download.meta,
  };
  return `${JSON.stringify(head).slice(0, -1)},"rows":[`;
}

/**
 * Sends a download as CSV (with a BOM and a header row), as one JSON object whose `rows` array is
 * written row by row, or as JSON Lines (one row a line, no metadata line): in batches, each written
 * before the next is read.
 */
export async function sendDownload<R>(res: Response, download: Download<R>): Promise<void> {
  const { format } = download;
  const contentType =
    openDataFormatInfo.find((f) => f.format === format)?.contentType ?? "text/plain";
  res.status(200).set({
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${download.fileName}.${format}"`,
    "Cache-Control": "no-store",
    Link: openDataLinks,
  });
  let firstRow = true;
  const text = (rows: R[]): string => {
    if (format === "csv") return csvRecords(rows.map(download.csvRow));
    if (format === "jsonl")
      return rows.map((row) => `${JSON.stringify(download.jsonRow(row))}\n`).join("");
    const parts = rows.map((row) => JSON.stringify(download.jsonRow(row)));
    if (parts.length === 0) return "";
    const joined = `${firstRow ? "\n" : ",\n"}${parts.join(",\n")}`;
    firstRow = false;
    return joined;
  };
  try {
    if (format === "csv") await write(res, toCsv(download.csvHeader, [], { bom: true }));
    if (format === "json") await write(res, opening(download));
    await write(res, text(download.first));
    for await (const rows of download.rest) {
      if (res.destroyed) return;
      await write(res, text(rows));
    }
    if (format === "json") await write(res, "\n]}\n");
    res.end();
  } catch (error) {
    // The status has gone: cut the file short, so that it cannot pass for a whole one.
    res.destroy(error as Error);
  }
}
