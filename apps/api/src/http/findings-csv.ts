import { once } from "node:events";
import type { Database } from "@kraftsamling/db";
import { type Response, Router } from "express";
import type { FindingFilter, FindingKind, FindingSource } from "../findings/filter";
import {
  type FindingCsvPosition,
  findingCsvBatch,
  findingCsvHeader,
  themeIdsBySlug,
} from "../findings/picture-csv";
import { csvRecords, toCsv } from "../shared/csv";
import { InputError } from "../shared/errors";

/** How many findings are read and written at a time: the memory used stays the same for any number. */
const batchSize = 1000;

const kinds: Record<string, FindingKind> = { CHALLENGE: "challenge", GOOD_EXAMPLE: "good_example" };
const sources: Record<string, FindingSource> = {
  VISIT: "visit",
  DIALOGUE_MEETING: "dialogue_meeting",
  HEARING: "hearing",
  ROUND_TABLE: "round_table",
  WEBINAR: "webinar",
  SURVEY: "survey",
  RESEARCH: "research",
};
const parameters = ["theme", "county", "group", "phase", "kind", "source", "round", "q"];

/** The filter's fields, by the parameter that sets them. */
const parameterOf: Record<string, string> = {
  themeIds: "theme",
  countyCodes: "county",
  groupCodes: "group",
  phaseNumbers: "phase",
  kinds: "kind",
  sources: "source",
  rounds: "round",
  search: "q",
};

class BadParameter extends Error {}

function checked<T>(
  values: string[],
  name: string,
  read: (value: string) => T | undefined,
  expected: string,
): T[] | undefined {
  if (values.length === 0) return undefined;
  return values.map((value) => {
    const read_ = read(value);
    if (read_ === undefined)
      throw new BadParameter(`The parameter ${name} must be ${expected}, not "${value}".`);
    return read_;
  });
}

/** The filter the query string asks for; a bad value throws a BadParameter naming it. */
async function filterOf(database: Database, query: URLSearchParams): Promise<FindingFilter> {
  for (const name of new Set(query.keys())) {
    if (!parameters.includes(name))
      throw new BadParameter(
        `The parameter ${name} is not known: use ${parameters.slice(0, -1).join(", ")} or q.`,
      );
  }
  const all = (name: string) => query.getAll(name);
  for (const name of new Set(query.keys())) {
    // A NUL or another control character is in no theme, code or word.
    if (all(name).some((value) => [...value].some((c) => c < " " || c === "\u007f")))
      throw new BadParameter(`The parameter ${name} holds a control character.`);
  }
  const slugs = all("theme");
  const themes = await themeIdsBySlug(database.db, slugs);
  if (themes.unknown.length > 0)
    throw new BadParameter(`The parameter theme names no theme: "${themes.unknown[0]}".`);
  const search = all("q")
    .map((q) => q.trim())
    .filter((q) => q !== "")
    .join(" ");
  return {
    themeIds: slugs.length > 0 ? themes.ids : undefined,
    countyCodes: checked(
      all("county"),
      "county",
      (v) => (/^\d{2}$/.test(v) ? v : undefined),
      "a two-digit county code such as 01",
    ),
    groupCodes: checked(
      all("group"),
      "group",
      (v) => (/^[A-C][1-9]$/.test(v) ? v : undefined),
      "a municipality group A1 … C9",
    ),
    phaseNumbers: checked(
      all("phase"),
      "phase",
      (v) => (/^[1-5]$/.test(v) ? Number(v) : undefined),
      "a phase 1–5",
    ),
    kinds: checked(all("kind"), "kind", (v) => kinds[v], "CHALLENGE or GOOD_EXAMPLE"),
    sources: checked(
      all("source"),
      "source",
      (v) => sources[v],
      `one of ${Object.keys(sources).join(", ")}`,
    ),
    rounds: checked(
      all("round"),
      "round",
      (v) => (/^[12]$/.test(v) ? Number(v) : undefined),
      "1 or 2",
    ),
    search: search || undefined,
  };
}

const refuse = (res: Response, message: string) =>
  res.status(400).type("text/plain; charset=utf-8").send(message);

/**
 * The published findings as a CSV file for a spreadsheet, newest first, chosen by the same
 * parameters as the national picture; written in batches as they are read.
 */
export function findingsCsvRoutes(options: { database: Database }): Router {
  const { database } = options;
  const router = Router();
  router.get("/findings.csv", async (req, res, next) => {
    let filter: FindingFilter;
    let first: Awaited<ReturnType<typeof findingCsvBatch>>;
    try {
      const query = new URL(req.originalUrl, "http://localhost").searchParams;
      filter = await filterOf(database, query);
      first = await findingCsvBatch(database.db, filter, null, batchSize);
    } catch (error) {
      if (error instanceof BadParameter) return refuse(res, error.message);
      if (error instanceof InputError) {
        const name = parameterOf[error.field ?? ""] ?? error.field ?? "of the query";
        return refuse(res, `The parameter ${name} is not valid: ${error.message}`);
      }
      return next(error);
    }
    res.status(200).set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="iakttagelser.csv"',
      "Cache-Control": "no-store",
    });
    const write = async (text: string) => {
      if (text !== "" && !res.write(text)) await once(res, "drain");
    };
    try {
      await write(toCsv(findingCsvHeader, first.rows, { bom: true }));
      let next_: FindingCsvPosition | null = first.next;
      while (next_ && !res.destroyed) {
        const batch = await findingCsvBatch(database.db, filter, next_, batchSize);
        await write(csvRecords(batch.rows));
        next_ = batch.next;
      }
      res.end();
    } catch (error) {
      // The status has gone: cut the file short, so that it cannot pass for a whole one.
      res.destroy(error as Error);
    }
  });
  return router;
}
