import type { Database } from "@kraftsamling/db";
import { type Request, type Response, Router } from "express";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { reportDocx, reportFileName } from "../reports/docx";
import { readReport } from "../reports/service";
import { InputError } from "../shared/errors";

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

/**
 * The quarterly report as a Word document, for the coordinator (session cookie):
 * `/reports/2016-q3.docx`, as sent once sent, else as it stands.
 */
export function reportDocxRoutes(options: {
  database: Database;
  viewerOf: (req: Request) => Promise<Viewer | null>;
}): Router {
  const { database } = options;
  const router = Router();
  router.get(/^\/reports\/(\d{4})-q(\d)\.docx$/, async (req, res, next) => {
    try {
      const viewer = await options.viewerOf(req);
      if (!viewer || !hasScope(viewer, "coordinator")) {
        return viewer
          ? refuse(res, 403, "FORBIDDEN", "Only the coordinator downloads the quarterly reports.")
          : refuse(res, 401, "UNAUTHENTICATED", "Sign in as the coordinator to download a report.");
      }
      const params = req.params as unknown as Record<string, string>;
      const quarter = { year: Number(params[0]), quarter: Number(params[1]) };
      const report = await readReport(database.db, quarter);
      const bytes = await reportDocx(report);
      res.status(200).set({
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${reportFileName(quarter)}"`,
        "Content-Length": String(bytes.length),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      return res.end(bytes);
    } catch (error) {
      if (error instanceof InputError) return refuse(res, 400, error.code, error.message);
      return next(error);
    }
  });
  return router;
}
