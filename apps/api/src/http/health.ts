import { type Database, statementCount } from "@kraftsamling/db";
import { Router } from "express";
import type { LiveUpdates } from "../live/live-updates";
import type { Log } from "../shared/log";

/** GET /healthz: 200 once the database answers, 503 otherwise; says whether live updates listen. */
export function healthRoutes(options: { database: Database; live: LiveUpdates; log: Log }): Router {
  const { database, live, log } = options;
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    try {
      await database.ping();
      const statements = statementCount();
      res.json({
        status: "ok",
        database: database.kind,
        live: live.state,
        // Only for a load run (DB_STATEMENT_COUNT=on): the statements sent since start.
        ...(statements === undefined ? {} : { statements }),
      });
    } catch (error) {
      log.warn("health check failed", error);
      res.status(503).json({ status: "unavailable", database: database.kind, live: live.state });
    }
  });
  return router;
}
