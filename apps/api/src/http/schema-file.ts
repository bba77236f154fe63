import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Router } from "express";

/** The committed contract: apps/api/schema.graphql (the build keeps this address for dist too). */
const schemaPath = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

/** The API's schema as committed, at `/schema.graphql`, for code generators and readers. */
export function schemaFileRoutes(): Router {
  const router = Router();
  router.get("/schema.graphql", async (_req, res, next) => {
    try {
      const text = await readFile(schemaPath, "utf8");
      res.set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
      res.send(text);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
