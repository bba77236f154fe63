import type { Database } from "@kraftsamling/db";
import { Router } from "express";
import { blogAtomFeed } from "../blog/atom-feed";
import type { Clock } from "../shared/clock";

/** The blog's Atom feed at /blogg/atom.xml, for anyone; without a clock, by real time. */
export function blogFeedRoutes(options: {
  database: Database;
  publicUrl: string;
  clock?: Clock;
}): Router {
  const router = Router();
  router.get("/blogg/atom.xml", async (_req, res, next) => {
    try {
      const feed = await blogAtomFeed(options.database, options.publicUrl, options.clock?.now());
      res.type("application/atom+xml; charset=utf-8").send(feed);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
