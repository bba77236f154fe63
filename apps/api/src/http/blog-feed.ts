import type { Database } from "@kraftsamling/db";
import { Router } from "express";
import { blogAtomFeed } from "../blog/atom-feed";

/** The blog's Atom feed at /blogg/atom.xml, for anyone. */
export function blogFeedRoutes(options: { database: Database; publicUrl: string }): Router {
  const router = Router();
  router.get("/blogg/atom.xml", async (_req, res, next) => {
    try {
      const feed = await blogAtomFeed(options.database, options.publicUrl);
      res.type("application/atom+xml; charset=utf-8").send(feed);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
