import type { Database } from "@kraftsamling/db";
import { Router } from "express";
import { sendDirectTime } from "./open-data";

/**
 * The direct-time distribution as a CSV file at its first address,
 * `/measurement/direct-time.csv?survey=<id>&grouping=<TOTAL|GROUP|COUNTY|ROLE|GROUP_ROLE|COUNTY_ROLE>`:
 * the same download as `/open-data/direct-time.csv`, small cells suppressed as everywhere else.
 */
export function directTimeCsvRoutes(options: { database: Database }): Router {
  const { database } = options;
  const router = Router();
  router.get("/measurement/direct-time.csv", (req, res, next) =>
    sendDirectTime(database, req, res, next, "csv").catch(next),
  );
  return router;
}
