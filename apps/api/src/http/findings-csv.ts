import type { Database } from "@kraftsamling/db";
import { Router } from "express";
import { sendFindings } from "./open-data";

/**
 * The published findings as a CSV file at its first address, `/findings.csv`: the same download as
 * `/open-data/findings.csv`, with the same parameters.
 */
export function findingsCsvRoutes(options: { database: Database }): Router {
  const { database } = options;
  const router = Router();
  router.get("/findings.csv", (req, res, next) =>
    sendFindings(database, req, res, next, "csv").catch(next),
  );
  return router;
}
