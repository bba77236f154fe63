import type { Database } from "@kraftsamling/db";
import { type SurveyGrouping, surveyGroupings } from "@kraftsamling/domain";
import { type Response, Router } from "express";
import { directTimeCsvHeader, directTimeCsvRows } from "../measurement/csv";
import { surveyById } from "../measurement/service";
import { toCsv } from "../shared/csv";

const refuse = (res: Response, status: number, message: string) =>
  res.status(status).type("text/plain; charset=utf-8").send(message);

const parameters = ["survey", "grouping"];

/** An unknown or repeated parameter, said in one sentence naming it; null when there is none. */
function badParameter(query: URLSearchParams): string | null {
  for (const name of new Set(query.keys())) {
    if (!parameters.includes(name))
      return `The parameter ${name} is not known: use survey and grouping.`;
    if (query.getAll(name).length > 1) return `The parameter ${name} is given more than once.`;
  }
  return null;
}

/**
 * The direct-time distribution of a survey as a CSV file for a spreadsheet:
 * `/measurement/direct-time.csv?survey=<id>&grouping=<TOTAL|GROUP|COUNTY|ROLE|GROUP_ROLE|COUNTY_ROLE>`,
 * small cells suppressed as everywhere else ("färre än 5"). Any other parameter, or one given twice,
 * is refused with 400.
 */
export function directTimeCsvRoutes(options: { database: Database }): Router {
  const { database } = options;
  const router = Router();
  router.get("/measurement/direct-time.csv", async (req, res, next) => {
    try {
      const query = new URL(req.originalUrl, "http://localhost").searchParams;
      const bad = badParameter(query);
      if (bad) return refuse(res, 400, bad);
      const grouping = (query.get("grouping") ?? "TOTAL").toLowerCase();
      if (!surveyGroupings.includes(grouping as SurveyGrouping))
        return refuse(
          res,
          400,
          `The parameter grouping must be one of ${surveyGroupings.map((g) => g.toUpperCase()).join(", ")}.`,
        );
      const survey = await surveyById(database.db, query.get("survey") ?? "");
      if (!survey) return refuse(res, 404, "There is no such survey (parameter survey).");
      const rows = await directTimeCsvRows(database.db, survey, grouping as SurveyGrouping);
      res.status(200).set({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="direkt-tid-${grouping.replace("_", "-")}.csv"`,
        "Cache-Control": "no-store",
      });
      return res.send(toCsv(directTimeCsvHeader, rows, { bom: true }));
    } catch (error) {
      return next(error);
    }
  });
  return router;
}
