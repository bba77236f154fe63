import type { RequestHandler } from "express";
import type { ApiBudgets, Caller } from "./budgets";
import { rateLimitedMessage, rateLimitHeaders } from "./budgets";

export interface HttpRateLimitOptions {
  budgets: ApiBudgets;
  /** The budget of an API key, named in the refusal. */
  apiKeyBudget: number;
  /** The key a request carries, when keys are known to the server; else every request counts by address. */
  apiKeyOf?: (
    req: Parameters<RequestHandler>[0],
    res: Parameters<RequestHandler>[1],
  ) => { id: string } | null;
}

/**
 * The API's rate limit on the routes beside GraphQL (the CSV downloads, the open data): one point
 * per request against the key or the client's address, the same RateLimit-* headers, and 429 with
 * Retry-After and a plain sentence when the budget is spent.
 */
export function httpRateLimit(options: HttpRateLimitOptions): RequestHandler {
  return async (req, res, next) => {
    try {
      const key = options.apiKeyOf?.(req, res) ?? null;
      const ip = req.ip ?? req.socket.remoteAddress ?? "";
      const caller: Caller = key
        ? { budget: "apiKey", keyId: key.id }
        : { budget: "anonymous", ip };
      const verdict = await options.budgets.take(caller, 1);
      for (const [name, value] of rateLimitHeaders(verdict)) res.setHeader(name, value);
      if (verdict.allowed) {
        next();
        return;
      }
      res
        .status(429)
        .type("text/plain; charset=utf-8")
        .send(rateLimitedMessage(verdict, caller, options.apiKeyBudget));
    } catch (error) {
      next(error);
    }
  };
}
