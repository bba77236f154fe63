import type { RateLimitSettings } from "@kraftsamling/config";
import { RateLimiterRes } from "rate-limiter-flexible";
import type { Log } from "../shared/log";
import type { RateLimitStore } from "./store";

/** Every budget is counted over one minute, from the first request of the window. */
export const windowSeconds = 60;

/**
 * Who a request is counted against. A program with an API key, per key; the portal's own
 * (persisted) operations per signed-in session, or per address with a larger budget when no one is
 * signed in, so that an office or a conference network behind one address is not limited like a
 * scraper; anything else per client address.
 */
export type Caller =
  | { budget: "apiKey"; keyId: string }
  | { budget: "portalSession"; sessionId: string }
  | { budget: "portalAddress"; ip: string }
  | { budget: "anonymous"; ip: string };

/**
 * The points an operation takes: one per started 100 of its cost (query-cost.ts: every object the
 * answer may hold costs 1, lists multiply), at least one. A page of 50 findings with their themes
 * and municipality takes 2 to 3 points; the limit of 50 000 would take 500.
 */
export function pointsForCost(cost: number): number {
  return Math.max(1, Math.ceil(cost / 100));
}

/** What a budget looks like after a request: for the RateLimit-* headers and a refusal. */
export interface Verdict {
  allowed: boolean;
  /** Points a window. */
  limit: number;
  /** Points left for this window, after the request when allowed; a refused one took none. */
  remaining: number;
  /** The points the request asked for. */
  asked: number;
  /** Seconds until the window ends and the budget is whole again. */
  resetSeconds: number;
}

function subjectOf(caller: Caller): string {
  switch (caller.budget) {
    case "apiKey":
      return caller.keyId;
    case "portalSession":
      return caller.sessionId;
    default:
      return caller.ip;
  }
}

/** The API's budgets, taken from in the shared store. */
export class ApiBudgets {
  constructor(
    private readonly store: RateLimitStore,
    private readonly settings: RateLimitSettings,
    private readonly log: Log,
  ) {}

  /** The points a minute of the caller's budget. */
  limitOf(caller: Caller): number {
    return this.settings[caller.budget];
  }

  /**
   * Takes `points` from the caller's budget; refused when it would go below nothing, and then
   * takes none: a query that asks for more than is left leaves the rest for smaller ones.
   */
  async take(caller: Caller, points: number): Promise<Verdict> {
    const limit = this.settings[caller.budget];
    const limiter = this.store.limiter({
      name: `api-${caller.budget}`,
      points: limit,
      durationSeconds: windowSeconds,
    });
    try {
      const taken = await limiter.consume(subjectOf(caller), points);
      return {
        allowed: true,
        limit,
        remaining: taken.remainingPoints,
        asked: points,
        resetSeconds: Math.ceil(taken.msBeforeNext / 1000),
      };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        // The store counted the refused points as it refused them: they are given back.
        await limiter.reward(subjectOf(caller), points).catch((error: unknown) => {
          this.log.warn("rate limit: refused points not given back", error);
        });
        return {
          allowed: false,
          limit,
          remaining: Math.max(0, limit - (refusal.consumedPoints - points)),
          asked: points,
          resetSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        };
      }
      // The store is away (Redis restarting): answering matters more than counting.
      this.log.warn("rate limit not counted: the store did not answer", refusal);
      return { allowed: true, limit, remaining: limit, asked: points, resetSeconds: windowSeconds };
    }
  }
}

/** The RateLimit-* headers (IETF draft "RateLimit header fields for HTTP"), and Retry-After when refused. */
export function rateLimitHeaders(verdict: Verdict): [string, string][] {
  const headers: [string, string][] = [
    ["RateLimit-Limit", String(verdict.limit)],
    ["RateLimit-Remaining", String(verdict.remaining)],
    ["RateLimit-Reset", String(verdict.resetSeconds)],
  ];
  if (!verdict.allowed) headers.push(["Retry-After", String(verdict.resetSeconds)]);
  return headers;
}

/** The sentence a refused caller reads: how long to wait, and how to get a larger budget. */
export function rateLimitedMessage(verdict: Verdict, caller: Caller, apiKeyBudget: number): string {
  const budget =
    verdict.remaining > 0
      ? `this request takes ${verdict.asked} points and this ${budgetName(caller)} has ${verdict.remaining} of its ${verdict.limit} points left for this minute`
      : `this ${budgetName(caller)} has used its ${verdict.limit} points for this minute`;
  const wait = `Too many requests: ${budget} (a point is one request, or one per started 100 of a query's cost). Wait ${verdict.resetSeconds} seconds and try again`;
  if (caller.budget === "anonymous")
    return `${wait}, or get an API key at /api-nyckel for a budget of ${apiKeyBudget} a minute and send it as Authorization: Bearer <key>.`;
  return `${wait}, or ask for fewer or smaller queries.`;
}

/**
 * The sentence for a query that takes more points than the caller's whole budget of a minute:
 * waiting cannot help, a smaller query or a larger budget can.
 */
export function overBudgetMessage(
  points: number,
  cost: number,
  limit: number,
  caller: Caller,
  apiKeyBudget: number,
): string {
  const sentence = `This query takes ${points} points (one per started 100 of its cost of ${cost.toLocaleString("en")}), more than the ${limit} points a minute of this ${budgetName(caller)}: it cannot run within the budget however long you wait. Ask for fewer nested lists or smaller pages (first/last)`;
  if (caller.budget === "anonymous")
    return `${sentence}, or get an API key at /api-nyckel for a budget of ${apiKeyBudget} points a minute and send it as Authorization: Bearer <key>.`;
  return `${sentence}.`;
}

function budgetName(caller: Caller): string {
  switch (caller.budget) {
    case "apiKey":
      return "API key";
    case "portalSession":
      return "session";
    case "portalAddress":
      return "address's portal budget";
    default:
      return "address";
  }
}
