import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";

/**
 * The public API and its downloads are read from web pages of any site (a researcher's notebook, a
 * newsroom's chart), so their answers allow any origin. They allow it without credentials: a
 * browser sends no cookie to another site's request that the answer may read, so another site
 * reads only what an anonymous caller, or one with its own API key, would. The session cookie stays
 * the portal's own (and the WebSocket, which carries it, checks the page's origin).
 */
export const crossOriginHeaders: readonly (readonly [string, string])[] = [
  ["Access-Control-Allow-Origin", "*"],
  // What a page may read of the answer beyond the basic headers: the budget, and when to come back.
  [
    "Access-Control-Expose-Headers",
    "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Content-Disposition, Link",
  ],
];

/** The methods `/graphql` answers: a query by GET or POST, a mutation by POST. */
export const graphqlMethods = "GET, POST";

/**
 * The answer to a browser's preflight (OPTIONS): the methods and request headers another site's
 * page may use (the JSON body's type, an API key, the headers that mark a GET as no form's), for a
 * day. No point is taken from a budget: the request that follows takes its own.
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, methods: string): void {
  res.statusCode = 204;
  res.setHeader("Allow", `${methods}, OPTIONS`);
  res.setHeader("Access-Control-Allow-Methods", methods);
  res.setHeader(
    "Access-Control-Allow-Headers",
    "Content-Type, Content-Encoding, Authorization, Apollo-Require-Preflight, X-Apollo-Operation-Name",
  );
  res.setHeader("Access-Control-Max-Age", "86400");
  // Nothing of the request is read: its body, if any, goes by.
  req.resume();
  res.end();
}

/** The public files beside `/graphql` that a page of any site may read: the downloads and the schema. */
export const publicFilePaths = [
  "/open-data",
  "/findings.csv",
  "/measurement/direct-time.csv",
  "/schema.graphql",
];

/** Sets the cross-origin headers on every answer, a refusal (401, 429, 404) as much as a file. */
export const allowAnyOrigin: RequestHandler = (_req, res, next) => {
  for (const [name, value] of crossOriginHeaders) res.setHeader(name, value);
  next();
};
