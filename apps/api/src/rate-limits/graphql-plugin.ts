import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../context";
import { isPortalOperation } from "../http/persisted-operations";
import { type ApiBudgets, type Caller, rateLimitHeaders, type Verdict } from "./budgets";
import { chargeOperation, operationPrice, rateLimitedError } from "./price";

/**
 * Whom a GraphQL request counts against: its API key; for the portal's own operations its session,
 * or its address's portal budget; else its address. A portal document sent as text (a page loaded
 * before a deploy, whose hash the server no longer knows) counts as a third party's.
 */
export function callerOf(
  context: Pick<Context, "apiKey" | "request"> & { viewer: { sessionId: string } | null },
  portalOperation: boolean,
): Caller {
  if (context.apiKey) return { budget: "apiKey", keyId: context.apiKey.id };
  if (portalOperation && context.viewer)
    return { budget: "portalSession", sessionId: context.viewer.sessionId };
  if (portalOperation) return { budget: "portalAddress", ip: context.request.ip };
  return { budget: "anonymous", ip: context.request.ip };
}

/**
 * Counts every GraphQL request over HTTP against its caller's budget, weighted by the operation's
 * cost (`pointsForCost`), once the operation and its variables are known; an operation the cost
 * limit refuses, and a request that never gets as far (a syntax error, an invalid document), take
 * one point. Every answer carries the RateLimit-* headers; a refusal is HTTP 429 with Retry-After
 * and the error RATE_LIMITED, and nothing of the operation runs.
 */
export function rateLimitPlugin(
  schema: GraphQLSchema,
  budgets: ApiBudgets,
  apiKeyBudget: number,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(start: GraphQLRequestContext<Context>) {
      const caller = callerOf(start.contextValue, isPortalOperation(start.request.http));
      let verdict: Verdict | null = null;
      const setHeaders = (headers: Map<string, string>, answer: Verdict) => {
        for (const [name, value] of rateLimitHeaders(answer))
          headers.set(name.toLowerCase(), value);
      };
      return {
        async didResolveOperation({ document, operation, request, response }) {
          if (!operation) return;
          // The same cost the cost limit computed, read from its per-document cache.
          const price = operationPrice(schema, document, request.operationName, request.variables);
          const charged = await chargeOperation(budgets, caller, price, apiKeyBudget);
          verdict = charged.verdict;
          setHeaders(response.http.headers, charged.verdict);
          if (charged.refusal) throw charged.refusal;
        },
        async willSendResponse({ response }) {
          if (!verdict) {
            verdict = await budgets.take(caller, 1);
            if (!verdict.allowed && response.body.kind === "single") {
              response.http.status = 429;
              const { message, extensions } = rateLimitedError(verdict, caller, apiKeyBudget);
              const { http: _http, ...visible } = extensions;
              response.body.singleResult = { errors: [{ message, extensions: visible }] };
            }
          }
          setHeaders(response.http.headers, verdict);
        },
      };
    },
  };
}
