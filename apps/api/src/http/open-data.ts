import type { Database } from "@kraftsamling/db";
import {
  type OpenDataFormat,
  openDataFormatInfo,
  openDataFormats,
  openDataLicence,
  openDataset,
  openDatasets,
  type SurveyGrouping,
  surveyGroupings,
} from "@kraftsamling/domain";
import { type NextFunction, type Request, type Response, Router } from "express";
import {
  type FindingCsvPosition,
  type FindingRecord,
  findingCountColumns,
  findingCountCsvRow,
  findingCountRecords,
  findingCsvHeader,
  findingCsvRow,
  findingRecordBatch,
} from "../findings/picture-csv";
import {
  type DirectTimeRecord,
  directTimeCsvHeader,
  directTimeDownloadRows,
} from "../measurement/csv";
import { listSurveys, surveyById } from "../measurement/service";
import { InputError } from "../shared/errors";
import {
  BadParameter,
  checkParameters,
  findingFilterOfQuery,
  groupByOfQuery,
  parameterRefusal,
  queryOf,
} from "./open-data-filter";
import { type Download, openDataLinks, parametersOf, sendDownload } from "./open-data-stream";

/** How many findings are read and written at a time: the memory used stays the same for any number. */
const batchSize = 1000;

/**
 * A refusal in the form asked for: JSON (`{"error":{"code","message"}}`) for a .json or .jsonl
 * download, one line of text for a CSV one. The code is BAD_PARAMETER (400) or NOT_FOUND (404).
 */
function refuse(res: Response, status: 400 | 404, message: string) {
  const code = status === 400 ? "BAD_PARAMETER" : "NOT_FOUND";
  if (/\.jsonl?$/.test(res.req.path)) return res.status(status).json({ error: { code, message } });
  return res.status(status).type("text/plain; charset=utf-8").send(message);
}

function datasetNamed(name: string) {
  const dataset = openDataset(name);
  if (!dataset) throw new Error(`the open-data catalogue has no dataset ${name}`);
  return dataset;
}

/** Answers a bad parameter with 400 and its sentence; anything else goes to the error handler. */
function refused(res: Response, next: NextFunction, error: unknown) {
  if (error instanceof BadParameter) return refuse(res, 400, error.message);
  if (error instanceof InputError) return refuse(res, 400, parameterRefusal(error).message);
  return next(error);
}

/** The published findings chosen by the query string, newest first, in any format. */
export async function sendFindings(
  database: Database,
  req: Request,
  res: Response,
  next: NextFunction,
  format: OpenDataFormat,
  fileName = "iakttagelser",
) {
  let download: Download<FindingRecord>;
  try {
    const query = queryOf(req.originalUrl);
    checkParameters(datasetNamed("findings"), query);
    const filter = await findingFilterOfQuery(database, query);
    const first = await findingRecordBatch(database.db, filter, null, batchSize);
    async function* rest() {
      let after: FindingCsvPosition | null = first.next;
      while (after) {
        const batch = await findingRecordBatch(database.db, filter, after, batchSize);
        yield batch.records;
        after = batch.next;
      }
    }
    download = {
      dataset: "findings",
      format,
      fileName,
      parameters: parametersOf(query),
      csvHeader: findingCsvHeader,
      csvRow: findingCsvRow,
      jsonRow: (record) => record,
      first: first.records,
      rest: rest(),
    };
  } catch (error) {
    return refused(res, next, error);
  }
  await sendDownload(res, download);
}

async function sendFindingCounts(
  database: Database,
  req: Request,
  res: Response,
  next: NextFunction,
  format: OpenDataFormat,
) {
  let download: Download<Awaited<ReturnType<typeof findingCountRecords>>["records"][number]>;
  try {
    const query = queryOf(req.originalUrl);
    checkParameters(datasetNamed("finding-counts"), query);
    const groupBy = groupByOfQuery(query);
    query.delete("groupBy");
    const filter = await findingFilterOfQuery(database, query);
    const counts = await findingCountRecords(database.db, groupBy, filter);
    const columns = findingCountColumns(groupBy);
    download = {
      dataset: "finding-counts",
      format,
      fileName: "iakttagelser-antal",
      parameters: parametersOf(queryOf(req.originalUrl)),
      meta: { groupBy, total: counts.total },
      csvHeader: columns.map((c) => c.csv),
      csvRow: (record) => findingCountCsvRow(record, columns),
      jsonRow: (record) => record,
      first: counts.records,
      rest: (async function* () {})(),
    };
  } catch (error) {
    return refused(res, next, error);
  }
  await sendDownload(res, download);
}

/**
 * The direct-time distribution of one grouping of a survey (or of every survey, latest first), in
 * any format, small cells suppressed as everywhere else.
 */
export async function sendDirectTime(
  database: Database,
  req: Request,
  res: Response,
  next: NextFunction,
  format: OpenDataFormat,
) {
  let download: Download<{ record: DirectTimeRecord; csv: string[] }>;
  try {
    const query = queryOf(req.originalUrl);
    try {
      checkParameters(datasetNamed("direct-time"), query);
    } catch (error) {
      // The CSV's first address named its two parameters so; its callers keep that sentence.
      if (error instanceof BadParameter && error.message.includes("is not known"))
        throw new BadParameter(`${error.message.split(":")[0]}: use survey and grouping.`);
      throw error;
    }
    const grouping = (query.get("grouping") ?? "TOTAL").toLowerCase();
    if (!surveyGroupings.includes(grouping as SurveyGrouping))
      throw new BadParameter(
        `The parameter grouping must be one of ${surveyGroupings.map((g) => g.toUpperCase()).join(", ")}.`,
      );
    const surveyId = query.get("survey");
    const surveys =
      surveyId === null
        ? await listSurveys(database.db)
        : [await surveyById(database.db, surveyId)];
    const chosen = surveys.filter((s) => s !== undefined);
    if (chosen.length < surveys.length)
      return refuse(res, 404, "There is no such survey (parameter survey).");
    const rows = (
      await Promise.all(
        chosen.map((survey) =>
          directTimeDownloadRows(database.db, survey, grouping as SurveyGrouping),
        ),
      )
    ).flat();
    download = {
      dataset: "direct-time",
      format,
      fileName: `direkt-tid-${grouping.replace("_", "-")}`,
      parameters: parametersOf(query),
      meta: { grouping: grouping.toUpperCase() },
      csvHeader: directTimeCsvHeader,
      csvRow: (row) => row.csv,
      jsonRow: (row) => row.record,
      first: rows,
      rest: (async function* () {})(),
    };
  } catch (error) {
    return refused(res, next, error);
  }
  await sendDownload(res, download);
}

/** The index at `/open-data/`: every dataset with its addresses, parameters and columns. */
export function openDataIndex() {
  return {
    license: openDataLicence,
    formats: openDataFormatInfo,
    datasets: openDatasets.map((dataset) => ({
      ...dataset,
      urls: Object.fromEntries(openDataFormats.map((f) => [f, `${dataset.path}.${f}`])),
    })),
  };
}

const senders: Record<
  string,
  (
    database: Database,
    req: Request,
    res: Response,
    next: NextFunction,
    format: OpenDataFormat,
  ) => Promise<unknown>
> = {
  findings: sendFindings,
  "finding-counts": sendFindingCounts,
  "direct-time": sendDirectTime,
};

/**
 * The open data, mounted at `/open-data`: its index, and each dataset as `<name>.csv`, `.json` and
 * `.jsonl`, under CC0 1.0 for the real data (invented demo rows are marked and not covered).
 */
export function openDataRoutes(options: { database: Database }): Router {
  const { database } = options;
  const router = Router();
  router.get("/", (_req, res) => {
    res.set({ "Cache-Control": "no-cache", Link: openDataLinks }).json(openDataIndex());
  });
  router.get("/:file", (req, res, next) => {
    const match = /^([a-z-]+)\.(csv|json|jsonl)$/.exec(req.params.file ?? "");
    const send = match?.[1] ? senders[match[1]] : undefined;
    if (!match || !send)
      return refuse(
        res,
        404,
        `There is no such download: see /open-data/ for ${openDatasets.map((d) => `${d.name}.csv`).join(", ")} and their .json and .jsonl.`,
      );
    return send(database, req, res, next, match[2] as OpenDataFormat).catch(next);
  });
  return router;
}
